/**
 * `npm run --silent pages:import -- <page.txt>`: prints the page's OpenAPI 3.1 draft as YAML on stdout
 * and what it could not read, with line numbers, on stderr. Exit code 1 when a page fact may be missing
 * or misread (an error), 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { draftPage, type Draft } from './draft-document.js';
import { runCommand } from './command.js';

/** The draft of the page file at `file` (its stem names the operation when the page does not). */
export function draftFile(file: string): Draft {
  return draftPage(readFileSync(file, 'utf8'), path.basename(file).replace(/\.txt$/, ''));
}

/** The draft as the YAML pages:import prints. */
export function draftYaml(draft: Draft): string {
  return stringify(draft.document, { lineWidth: 0, aliasDuplicateObjects: false });
}

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== '--');
  if (files.length !== 1 || files[0]?.startsWith('-')) {
    process.stderr.write('usage: npm run --silent pages:import -- <page.txt>\n');
    return 2;
  }
  const file = files[0] as string;
  let draft: Draft;
  try {
    draft = draftFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`${file}: ${code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  process.stdout.write(draftYaml(draft));
  const messages = draft.page.diagnostics.format(file);
  if (messages.length > 0) process.stderr.write(`${messages.join('\n')}\n`);
  return draft.page.diagnostics.errors.length > 0 ? 1 : 0;
}

runCommand('import-page.ts', main);
