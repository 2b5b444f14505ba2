/** pages:report: per-page counts and the two agreement targets, measured the way the report says. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PageResult } from '../../scripts/pages/check-pages.js';
import { scoreOf } from '../../scripts/pages/report-pages.js';
import { repoRoot } from '../helpers/bundles.js';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});
const npm = (args: string[]) => spawnSync('npm', ['run', '--silent', ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('scoreOf', () => {
  it('leaves the facts the spec declares as not from the page out of the documented facts', () => {
    const place = { file: 'f', pointer: '' };
    const fact = (what: string) => ({ where: 'w', what, value: '1', place });
    const provenance = { kind: 'provenance' as const, text: 'from the SDK', place };
    const errata = { kind: 'errata' as const, text: 'example differs', place };
    const result = {
      service: 's',
      operationId: 'Op',
      compared: [
        { where: 'w', what: 'a', page: fact('a'), spec: fact('a'), verdict: 'agree' },
        { where: 'w', what: 'b', page: fact('b'), spec: fact('b'), verdict: 'agree' },
        { where: 'w', what: 'c', spec: { ...fact('c'), note: provenance }, verdict: 'annotated' },
        { where: 'w', what: 'd', spec: { ...fact('d'), note: errata }, verdict: 'annotated' },
        { where: 'w', what: 'e', page: fact('e'), verdict: 'differ' },
      ],
    } as unknown as PageResult;
    expect(scoreOf(result)).toEqual({ page: 's/Op', pageFacts: 3, specFacts: 4, agree: 2, annotated: 2, differ: 1, declaredElsewhere: 1, documented: 4 });
  });
});

describe('npm run pages:report', () => {
  it('prints every page and the two targets on the real tree', () => {
    const result = npm(['pages:report']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^hss\/ListQueryExportTask +own +page +44 +spec +73 +agree +44 +noted +29 +differ +0 +agreement +100\.0 %$/m);
    expect(result.stdout).toMatch(/^hss\/ExportVuls +own +page +86 +spec +121 +agree +86 +noted +35 +differ +0 +agreement +100\.0 %$/m);
    expect(result.stdout).not.toContain('not transcribed');
    expect(result.stdout).toMatch(/^own pages \(the importer was developed on them\): (\d+) of \1 documented facts agree after the spec's notes = 100\.0 % \(target 100 %\) MET$/m);
    expect(result.stdout).toContain('held-out pages (never used to tune the importer): none: every stored page has been used to tune the importer (their held-out figure: docs/pages-held-out.md)');
  });

  it('measures a held-out page once its hand transcription exists, and says MISSED below 95 %', () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'taskport-pages-report-'));
    copies.push(repo);
    for (const entry of ['pages', 'specs', 'redocly.yaml']) cpSync(path.join(repoRoot, entry), path.join(repo, entry), { recursive: true });
    // The synthetic page stands in for a hand transcription that agrees everywhere.
    expect(npm(['pages:new', '--', 'test/fixtures/pages/synthetic/CreateWidgetExport.txt', '--service', 'metastudio', '--repo', repo]).status).toBe(0);
    const root = path.join(repo, 'specs/metastudio/openapi.yaml');
    writeFileSync(root, readFileSync(root, 'utf8').replace(/^paths:\n/m, 'paths:\n  /v3/{project_id}/widgets/export-tasks:\n    $ref: paths/widgets_export-tasks.yaml\n'));
    const agreeing = npm(['pages:report', '--', '--repo', repo]);
    expect(agreeing.stdout).toContain('held-out pages (never used to tune the importer): 81 of 81 documented facts agree = 100.0 % (target ≥ 95 %) MET');

    // A transcription that differs in seven facts: 74 of 81.
    const body = path.join(repo, 'specs/metastudio/components/schemas/ExportColumn.yaml');
    writeFileSync(body, readFileSync(body, 'utf8').replace('minimum: 1\n    maximum: 255\n    default: 20', 'minimum: 0\n    maximum: 256\n    default: 21'));
    const request = path.join(repo, 'specs/metastudio/components/schemas/CreateWidgetExportRequestBody.yaml');
    writeFileSync(request, readFileSync(request, 'utf8').replace('minLength: 1\n    maxLength: 64', 'minLength: 2\n    maxLength: 65').replace('maxItems: 100', 'maxItems: 101').replace('default: csv', 'default: xlsx'));
    const differing = npm(['pages:report', '--', '--repo', repo]);
    expect(differing.stdout).toContain('held-out pages (never used to tune the importer): 74 of 81 documented facts agree = 91.4 % (target ≥ 95 %) MISSED');
    expect(differing.stdout).toContain('request body /columns/[]/width · maximum: page 255 / spec 256 [DIFFERS]');
  });
});
