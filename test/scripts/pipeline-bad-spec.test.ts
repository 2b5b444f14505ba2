/**
 * The pipeline on a temporary copy of the repository: a broken spec fails with a SpecError naming the
 * file and JSON pointer at fault and writes nothing; a sound copy regenerates; --check names the one
 * stale file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/run.js';
import { SpecError } from '../../scripts/pipeline/context.js';
import { filesUnder } from '../../scripts/pipeline/outputs.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TIMEOUT = 180_000;
const ORPHAN = 'generated/openapi/orphan.yaml';
const temporaries: string[] = [];

afterAll(() => {
  for (const dir of temporaries) rmSync(dir, { recursive: true, force: true });
});

/**
 * A fresh copy of the pipeline's inputs and outputs — specs/, redocly.yaml, generated/, and
 * package-lock.json and package.json (which the run cache hashes) — at a new path each time, so no config cache is shared.
 */
function copyRepo(): string {
  const tmp = mkdtempSync(path.join(tmpdir(), 'taskport-pipeline-'));
  temporaries.push(tmp);
  for (const entry of ['specs', 'redocly.yaml', 'generated', 'package-lock.json', 'package.json']) cpSync(path.join(repo, entry), path.join(tmp, entry), { recursive: true });
  return tmp;
}

function edit(tmp: string, file: string, change: (text: string) => string): void {
  const full = path.join(tmp, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing; the fixture is out of date`);
  writeFileSync(full, after);
}

/** Every file under generated/, path → bytes. */
function snapshot(tmp: string): Map<string, Buffer> {
  return new Map(filesUnder(path.join(tmp, 'generated')).map((f) => [`generated/${f}`, readFileSync(path.join(tmp, 'generated', f))]));
}

/**
 * Makes every generated file stale and adds an orphan, so that a run which (wrongly) wrote or pruned
 * anything would change generated/; an up-to-date copy would hide such a write.
 */
function makeGeneratedStale(tmp: string): string[] {
  const files = filesUnder(path.join(tmp, 'generated')).map((f) => `generated/${f}`);
  for (const file of files) edit(tmp, file, (text) => `${text}\n`);
  writeFileSync(path.join(tmp, ORPHAN), 'orphan: true\n');
  return files;
}

const HSS_PATH = 'specs/hss/paths/export-task_{task_id}.yaml';

interface BrokenCase {
  file: string;
  change: (text: string) => string;
  /** A `file#/pointer` the error must name. */
  at: string;
}

describe('runPipeline on a broken copy', () => {
  it.each<[string, BrokenCase]>([
    [
      'invalid YAML in a path file',
      {
        file: 'specs/workspace/paths/export-tasks.yaml',
        change: (text) => text.replace('  summary: Listing Export Tasks', '  summary: [Listing Export Tasks'),
        // The file cannot be parsed, so the pointer is where it is referenced from.
        at: 'specs/workspace/openapi.yaml#/paths/~1v2~1{project_id}~1export-tasks',
      },
    ],
    [
      'a dangling $ref in a root file',
      {
        file: 'specs/metastudio/openapi.yaml',
        change: (text) => text.replace('$ref: paths/ies_task_{id}.yaml', '$ref: paths/ies_task_{task_id}.yaml'),
        at: 'specs/metastudio/openapi.yaml#/paths/~1v2~1{project_id}~1ies~1task~1{id}',
      },
    ],
    [
      'an x-task status field naming a missing property',
      {
        file: HSS_PATH,
        change: (text) => text.replace('field: /task_status', 'field: /task_state'),
        at: `${HSS_PATH}#/get/x-task/status/field`,
      },
    ],
  ])(
    '%s: rejects naming the file and pointer, and writes nothing',
    async (_name, { file, change, at }) => {
      const tmp = copyRepo();
      edit(tmp, file, change);
      makeGeneratedStale(tmp);
      const before = snapshot(tmp);

      const error: unknown = await runPipeline({ repo: tmp, log: () => {} }).then(
        () => undefined,
        (e: unknown) => e,
      );

      expect(error).toBeInstanceOf(SpecError);
      const message = (error as SpecError).message;
      expect(message).toContain(file);
      expect(message).toMatch(/\.yaml#\/\S/);
      expect(message).toContain(at);
      expect(snapshot(tmp)).toEqual(before);
    },
    TIMEOUT,
  );
});

describe('runPipeline on a sound copy', () => {
  it(
    'succeeds, rewrites every stale output and prunes what no step produces',
    async () => {
      const tmp = copyRepo();
      const stale = makeGeneratedStale(tmp);

      const result = await runPipeline({ repo: tmp, log: () => {} });

      const produced = result.outputs.map((o) => o.path).sort();
      expect(produced).toEqual(expect.arrayContaining(stale.filter((f) => f.startsWith('generated/openapi/'))));
      expect([...result.changed].sort()).toEqual([...produced, ORPHAN].sort());
      const after = snapshot(tmp);
      expect([...after.keys()].sort()).toEqual(produced);
      for (const output of result.outputs) expect(after.get(output.path)?.toString('utf8'), output.path).toBe(output.content);
    },
    TIMEOUT,
  );

  it(
    '--check names exactly the one modified generated file and writes nothing',
    async () => {
      const tmp = copyRepo();
      const target = 'generated/openapi/hss.json';
      edit(tmp, target, (text) => text.replace('"title": "HSS export tasks"', '"title": "HSS export tasks (edited by hand)"'));
      const before = snapshot(tmp);

      const result = await runPipeline({ repo: tmp, check: true, log: () => {} });

      expect(result.stale).toEqual([target]);
      expect(result.changed).toEqual([]);
      expect(snapshot(tmp)).toEqual(before);
    },
    TIMEOUT,
  );
});
