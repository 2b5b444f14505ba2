/**
 * bench:pipeline's synthetic trees are real specs: a small one goes through the whole pipeline
 * (every house rule included), so a new rule cannot silently break the benchmark's growth part.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project } from 'ts-morph';
import { afterAll, expect, it } from 'vitest';
import { writeSyntheticTree } from '../../bench/synthetic-tree.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'taskport-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a synthetic tree of two services passes lint and generates clients', () => {
  writeSyntheticTree(repo, dir, 5, 3);
  const result = spawnSync(process.execPath, [path.join(repo, 'scripts/generate.mjs'), '--force', '--repo', dir], { cwd: repo, encoding: 'utf8' });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  for (const slug of ['synthetic0', 'synthetic1']) {
    const client = readFileSync(path.join(dir, `generated/clients/${slug}.ts`), 'utf8');
    // The clients step no longer runs a formatter: its print must already be formatted.
    const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('client.ts', client);
    file.formatText({ indentSize: 2, convertTabsToSpaces: true });
    expect(client).toBe(file.getFullText());
  }
}, 120_000);

it.each([
  ['a value of the wrong type', 'task_status: 7'],
  ['a property the schema does not declare', 'task_status: running, surplus: 1'],
])('the lint refuses an example with %s (Redocly checks examples; Spectral no longer repeats it)', (_, fields) => {
  const bad = mkdtempSync(path.join(os.tmpdir(), 'taskport-synthetic-bad-'));
  try {
    writeSyntheticTree(repo, bad, 2, 2);
    const file = path.join(bad, 'specs/synthetic0/paths/things1.yaml');
    const spec = readFileSync(file, 'utf8');
    writeFileSync(file, spec.replace('task_status: running, name: thing', `${fields}, name: thing`));
    expect(readFileSync(file, 'utf8')).not.toBe(spec);
    const result = spawnSync(process.execPath, [path.join(repo, 'scripts/generate.mjs'), '--only', 'lint', '--repo', bad], { cwd: repo, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('no-invalid-media-type-examples');
  } finally {
    rmSync(bad, { recursive: true, force: true });
  }
}, 120_000);
