/**
 * pages:new on temporary copies of the repository: the draft lands in the house layout, reuses shared
 * parameters and equal schemas, and after the one line a person adds to the root, the copy passes the
 * project lint and pages:check.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPages } from '../../scripts/pages/check-pages.js';
import { pathFileName } from '../../scripts/pages/house-layout.js';
import { repoRoot } from '../helpers/bundles.js';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function copyOfRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taskport-pages-new-'));
  copies.push(dir);
  for (const entry of ['pages', 'specs', 'redocly.yaml']) cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true });
  return dir;
}

const npm = (args: string[]) => spawnSync('npm', ['run', '--silent', ...args], { cwd: repoRoot, encoding: 'utf8' });
const pagesNew = (page: string, service: string, repo: string) => npm(['pages:new', '--', page, '--service', service, '--repo', repo]);
const read = (repo: string, file: string) => readFileSync(path.join(repo, file), 'utf8');

/** Adds the root entry pages:new asks for, exactly as it prints it. */
function addRootEntry(repo: string, stdout: string, service: string): void {
  const entry = /under paths:\n((?: {2}\S.*\n {4}\$ref: .*\n))/.exec(stdout)?.[1];
  expect(entry, stdout).toBeDefined();
  const root = `specs/${service}/openapi.yaml`;
  writeFileSync(path.join(repo, root), read(repo, root).replace(/^paths:\n/m, `paths:\n${entry ?? ''}`));
}

function lint(repo: string, service: string): { status: number | null; output: string } {
  const result = npm(['generate', '--', '--repo', repo, '--only', 'lint', '--service', service]);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('pages:new', () => {
  it('names path files as the house does', () => {
    expect(pathFileName('/v2/{project_id}/ies/task')).toBe('ies_task.yaml');
    expect(pathFileName('/v2/{project_id}/ies/task/{id}')).toBe('ies_task_{id}.yaml');
    expect(pathFileName('/v1/{project_id}/resource-package/import-tasks/{task_id}')).toBe('resource-package_import-tasks_{task_id}.yaml');
  });

  it('redrafts ShowTask as the hand-written file has it: shared parameters and the existing schemas by $ref', async () => {
    const repo = copyOfRepo();
    const pathFile = 'specs/metastudio/paths/ies_task_{id}.yaml';
    const original = parse(read(repo, pathFile)) as { get: { parameters: { $ref?: string; example?: unknown }[]; tags: string[] } & Record<string, unknown> };
    rmSync(path.join(repo, pathFile));
    rmSync(path.join(repo, 'pages/metastudio/ShowTask.txt'));
    const root = 'specs/metastudio/openapi.yaml';
    writeFileSync(path.join(repo, root), read(repo, root).replace('  /v2/{project_id}/ies/task/{id}:\n    $ref: paths/ies_task_{id}.yaml\n', ''));

    const result = pagesNew('pages/metastudio/ShowTask.txt', 'metastudio', repo);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`wrote   ${pathFile}`);
    expect(result.stdout).toContain('reused  schema ShowTaskResponse → specs/metastudio/components/schemas/QueryTaskResultDTO.yaml');
    expect(result.stdout).toContain('reused  schema ShowTaskError → specs/metastudio/components/schemas/MetaStudioError.yaml');
    expect(result.stdout).not.toContain('components/schemas/ShowTask');
    const drafted = parse(read(repo, pathFile)) as { get: Record<string, unknown> };
    // The one inline parameter differs from the hand-written file only in the description's wording and
    // the example value the spec takes from the page's example response (a page states no parameter example).
    expect(drafted.get.parameters).toEqual(original.get.parameters.map(({ example: _example, ...p }) => (p.$ref ? p : { ...p, description: 'Task ID.' })));
    expect(drafted.get.responses).toMatchObject({
      '200': { content: { 'application/json': { schema: { $ref: '../components/schemas/QueryTaskResultDTO.yaml' } } } },
      '400': { content: { 'application/json': { schema: { $ref: '../components/schemas/MetaStudioError.yaml' } } } },
    });
    expect(drafted.get.tags).toEqual(original.get.tags);
    expect(read(repo, 'pages/metastudio/ShowTask.txt')).toBe(read(repoRoot, 'pages/metastudio/ShowTask.txt'));
    await expect(read(repo, pathFile)).toMatchFileSnapshot('__drafts__/new.metastudio.ies_task_{id}.yaml');

    addRootEntry(repo, result.stdout, 'metastudio');
    // What the person adds (the lint asks for it: SearchTask lists the tasks ShowTask reads): the
    // hand-written file's extensions, x-task and x-error-codes among them.
    expect(result.stdout).toContain('x-error-codes');
    const completed = parse(read(repo, pathFile)) as { get: Record<string, unknown> };
    for (const [key, value] of Object.entries(original.get)) if (key.startsWith('x-') && !(key in completed.get)) completed.get[key] = value;
    writeFileSync(path.join(repo, pathFile), stringify(completed));
    expect(lint(repo, 'metastudio').status).toBe(0);
    expect(checkPages(repo).ok).toBe(true);
  });

  it('adds a new operation with a request body: one file per path and per new schema, the shared error body reused', async () => {
    const repo = copyOfRepo();
    const result = pagesNew('test/fixtures/pages/synthetic/CreateWidgetExport.txt', 'metastudio', repo);
    expect(result.status, result.stderr).toBe(0);
    const written = result.stdout.split('\n').filter((l) => l.startsWith('wrote')).map((l) => l.replace(/^wrote\s+/, ''));
    expect(written.sort()).toEqual(
      [
        'pages/metastudio/CreateWidgetExport.txt',
        'specs/metastudio/components/schemas/CreateWidgetExportRequestBody.yaml',
        'specs/metastudio/components/schemas/CreateWidgetExportResponse.yaml',
        'specs/metastudio/components/schemas/ExportColumn.yaml',
        'specs/metastudio/components/schemas/WidgetFilter.yaml',
        'specs/metastudio/paths/widgets_export-tasks.yaml',
      ].sort(),
    );
    expect(result.stdout).toContain('reused  schema CreateWidgetExportError → specs/shared/schemas/ErrorBody.yaml');
    expect(result.stdout).toContain('reused  parameter X-Auth-Token → specs/shared/parameters/X-Auth-Token-documented-required.yaml');
    for (const file of written.filter((f) => f.startsWith('specs/'))) {
      await expect(read(repo, file)).toMatchFileSnapshot(`__drafts__/new.${file.replace(/^specs\//, '').replace(/\//g, '.')}`);
    }
    const before = lint(repo, 'metastudio');
    expect(before.status, 'the path is not in the root yet, so lint sees the old tree').toBe(0);
    addRootEntry(repo, result.stdout, 'metastudio');
    // What the person adds: the lint requires x-idempotent on every operation (taskport-x-idempotent), and pages:new asks for it.
    expect(result.stdout).toContain('add x-idempotent');
    const pathFile = 'specs/metastudio/paths/widgets_export-tasks.yaml';
    writeFileSync(path.join(repo, pathFile), `${read(repo, pathFile).trimEnd()}\n  x-idempotent: false\n`);
    const after = lint(repo, 'metastudio');
    expect(after.status, after.output).toBe(0);
    const check = checkPages(repo);
    expect(check.ok).toBe(true);
    expect(check.pages.find((p) => p.operationId === 'CreateWidgetExport')?.state).toBe('checked');
    // pages:new and two lint runs of a six-operation service: longer than the default on a shared machine.
  }, 120_000);

  it('writes nothing when the operation exists, the page cannot be read whole, or the service has no root', () => {
    const repo = copyOfRepo();
    const exists = pagesNew('pages/metastudio/ShowTask.txt', 'metastudio', repo);
    expect(exists.status).toBe(1);
    expect(exists.stderr).toContain('pages:new: specs already have ShowTask (specs/metastudio/paths/ies_task_{id}.yaml); pages:new adds new operations only');
    const broken = pagesNew('test/fixtures/pages/broken/DuplicatedRows.txt', 'metastudio', repo);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('DuplicatedRows.txt:33: error: size is listed twice');
    expect(broken.stderr).toContain('nothing written');
    const noRoot = pagesNew('test/fixtures/pages/synthetic/CreateWidgetExport.txt', 'widgets', repo);
    expect(noRoot.status).toBe(1);
    expect(noRoot.stderr).toContain('specs/widgets/openapi.yaml does not exist');
    expect(existsSync(path.join(repo, 'specs/metastudio/paths/widgets_export-tasks.yaml'))).toBe(false);
    expect(existsSync(path.join(repo, 'pages/metastudio/CreateWidgetExport.txt'))).toBe(false);
    expect(npm(['pages:new', '--', 'pages/metastudio/ShowTask.txt']).status).toBe(2);
  });
});
