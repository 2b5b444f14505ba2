/**
 * `npm run pages:new -- <page.txt> --service <slug>`: writes a page's draft into the house layout
 * (`house-layout.ts`) and stores the page text under `pages/<slug>/`, then says what is left for a
 * person (the root's `$ref`, `x-task`, `x-pagination`, …). Writes nothing when anything is in the way.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultRepo } from './check-pages.js';
import { draftPage } from './draft-document.js';
import { houseLayout } from './house-layout.js';
import { runCommand } from './command.js';

const USAGE = 'usage: npm run pages:new -- <page.txt> --service <slug> [--repo <dir>]';

function main(argv: string[]): number {
  let values: { service?: string; repo?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv.filter((a) => a !== '--'), options: { service: { type: 'string' }, repo: { type: 'string' } }, allowPositionals: true }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.service || !/^[a-z][a-z0-9-]*$/.test(values.service)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const repo = values.repo ? path.resolve(values.repo) : defaultRepo;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`${file}: no such file\n`);
    return 2;
  }
  const draft = draftPage(text, path.basename(file).replace(/\.txt$/, '').replace(/\.latest$/, ''));
  const messages = draft.page.diagnostics.format(file);
  if (messages.length > 0) process.stderr.write(`${messages.join('\n')}\n`);
  if (draft.page.diagnostics.errors.length > 0) {
    process.stderr.write('pages:new: the importer could not read every page fact (errors above); nothing written\n');
    return 1;
  }
  const layout = houseLayout(repo, values.service, draft, text);
  if (layout.problems.length > 0) {
    process.stderr.write(`${layout.problems.map((p) => `pages:new: ${p}`).join('\n')}\nnothing written\n`);
    return 1;
  }
  for (const f of layout.files) {
    mkdirSync(path.dirname(path.join(repo, f.file)), { recursive: true });
    writeFileSync(path.join(repo, f.file), f.content);
    process.stdout.write(`wrote   ${f.file}\n`);
  }
  for (const r of layout.reused) process.stdout.write(`reused  ${r}\n`);
  process.stdout.write(`\nleft for you:\n${layout.todo.map((t) => `- ${t}`).join('\n')}\n`);
  return 0;
}

runCommand('new-page.ts', main);
