/**
 * bench:pipeline's synthetic trees are real specs: a small one goes through the whole pipeline
 * (every house rule included), so a new rule cannot silently break the benchmark's growth part.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { writeSyntheticTree } from '../../bench/synthetic-tree.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'taskport-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a synthetic tree of two services passes lint and generates clients', () => {
  writeSyntheticTree(repo, dir, 5, 3);
  const result = spawnSync(process.execPath, [path.join(repo, 'scripts/generate.mjs'), '--force', '--repo', dir], { cwd: repo, encoding: 'utf8' });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  for (const slug of ['synthetic0', 'synthetic1']) expect(existsSync(path.join(dir, `generated/clients/${slug}.ts`))).toBe(true);
}, 120_000);
