/**
 * The pipeline's content-hash cache on a temporary copy of the repository: after a build, a no-op
 * `generate` and `generate --check` are answered from the hashes (by the plain-Node entry, without
 * loading the pipeline); a hand edit in generated/ or an edited spec is still seen; an edited spec
 * rebuilds only its own service.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshOutputCount } from '../../scripts/pipeline/cache.mjs';
import { runPipeline } from '../../scripts/pipeline/run.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TIMEOUT = 240_000;
const SPEC = 'specs/hss/paths/export-task_{task_id}.yaml';
const HAND_EDITED = 'generated/clients/workspace.ts';
let tmp: string;

function generate(...args: string[]) {
  return spawnSync(process.execPath, [path.join(repo, 'scripts/generate.mjs'), ...args, '--repo', tmp], { encoding: 'utf8' });
}

function change(file: string, edit: (text: string) => string): () => void {
  const full = path.join(tmp, file);
  const before = readFileSync(full, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing; the fixture is out of date`);
  writeFileSync(full, after);
  return () => writeFileSync(full, before);
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'taskport-cache-'));
  for (const entry of ['specs', 'redocly.yaml', 'generated', 'package-lock.json', 'package.json']) cpSync(path.join(repo, entry), path.join(tmp, entry), { recursive: true });
  await runPipeline({ repo: tmp, log: () => {} });
}, TIMEOUT);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the content-hash cache', () => {
  it('answers a no-op generate and --check without loading the pipeline', () => {
    const outputs = freshOutputCount(tmp);
    expect(outputs).toBeGreaterThan(20);
    const check = generate('--check');
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).toMatch(new RegExp(`^check: all ${outputs} generated files are up to date \\(content hashes\\) in \\d+ ms\\n$`));
    const noop = generate();
    expect(noop.status, noop.stderr).toBe(0);
    expect(noop.stderr).toMatch(/^up to date \(cached\) in \d+ ms\n$/);
  });

  it(
    'still catches a hand edit in generated/: --check fails naming the file',
    () => {
      const restore = change(HAND_EDITED, (text) => `${text}// edited by hand\n`);
      try {
        expect(freshOutputCount(tmp)).toBeUndefined();
        const check = generate('--check');
        expect(check.status).toBe(1);
        expect(check.stderr).toContain(`generated output is stale; run npm run generate and commit:\n  ${HAND_EDITED}\n`);
      } finally {
        restore();
      }
      expect(freshOutputCount(tmp)).toBeGreaterThan(20);
    },
    TIMEOUT,
  );

  it(
    'rebuilds only the service whose spec changed, then is fresh again',
    async () => {
      const restore = change(SPEC, (text) => text.replace('  summary: Querying Export Tasks', '  summary: Querying Export Tasks (edited)'));
      try {
        expect(freshOutputCount(tmp)).toBeUndefined();
        const lines: string[] = [];
        const result = await runPipeline({ repo: tmp, log: (line) => lines.push(line) });
        expect(result.cached.sort()).toEqual(['dataarts-insight', 'metastudio', 'workspace']);
        expect(lines.filter((line) => !line.startsWith('cached')).every((line) => /^\w+\s+hss\s/.test(line)), lines.join('\n')).toBe(true);
        expect(result.changed).toContain('generated/openapi/hss.json');
        expect(result.changed.every((file) => /hss|generated\/docs\/index\.html|generated\/clients\/index\.ts/.test(file)), result.changed.join('\n')).toBe(true);
        expect(freshOutputCount(tmp)).toBeGreaterThan(20);
      } finally {
        restore();
      }
    },
    TIMEOUT,
  );
});
