/**
 * pages:check on the real tree, and on temporary copies of `pages/` and `specs/` where one page fact or
 * one spec note is changed: every change fails, naming the page line and the spec file and pointer.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPages } from '../../scripts/pages/check-pages.js';
import { repoRoot } from '../helpers/bundles.js';
import { lineOf } from './helpers.js';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A temporary repository with copies of pages/ and specs/ (all the check reads). */
function copyOfRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taskport-pages-'));
  copies.push(dir);
  for (const folder of ['pages', 'specs']) cpSync(path.join(repoRoot, folder), path.join(dir, folder), { recursive: true });
  return dir;
}

function edit(repo: string, file: string, from: string, to: string): void {
  const full = path.join(repo, file);
  const text = readFileSync(full, 'utf8');
  expect(text.split(from).length - 1, `"${from}" once in ${file}`).toBe(1);
  writeFileSync(full, text.replace(from, to));
}

const problemsOf = (repo: string): string[] => {
  const result = checkPages(repo);
  return [...result.pages.flatMap((p) => p.problems), ...result.orphans];
};

describe('the real tree', () => {
  const result = checkPages(repoRoot);

  it('passes: every transcribed page agrees with its spec, every spec operation has a page', () => {
    expect([...result.pages.flatMap((p) => p.problems), ...result.orphans]).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('checks all twenty stored pages fact by fact: none is left untranscribed', () => {
    const checked = result.pages.filter((p) => p.state === 'checked');
    expect(checked.map((p) => `${p.service}/${p.operationId}`)).toEqual([
      'dataarts-insight/CreateAndUpdateExportConfig',
      'dataarts-insight/ExportResourcePackage',
      'dataarts-insight/ImportResourcePackage',
      'dataarts-insight/ListImportResourceTaskDetail',
      'hss/ExportVulHandleHistory',
      'hss/ExportVuls',
      'hss/ListDownloadExportedFile',
      'hss/ListQueryExportTask',
      'metastudio/DownloadResultFile',
      'metastudio/DownloadTemplate',
      'metastudio/ExportResource',
      'metastudio/ImportResource',
      'metastudio/SearchTask',
      'metastudio/ShowTask',
      'workspace/DeleteExportTasks',
      'workspace/DownloadExportFile',
      'workspace/ExportDesktopListNew',
      'workspace/ExportUserGroupUsersNew',
      'workspace/ExportUsersNew',
      'workspace/ListExportTasks',
    ]);
    const fiveReads = ['ListImportResourceTaskDetail', 'ListQueryExportTask', 'SearchTask', 'ShowTask', 'ListExportTasks'];
    for (const page of checked) {
      // The smallest pages (a file download with the common headers) still state over twenty facts.
      const least = fiveReads.includes(page.operationId) ? 40 : 20;
      expect(page.compared.filter((c) => c.verdict === 'agree').length, page.file).toBeGreaterThan(least);
    }
    expect(result.pages.filter((p) => p.state === 'not transcribed')).toEqual([]);
  });
});

interface PageChange {
  file: string;
  /** Other differences the change causes besides the one named (a type change also changes what its prose means). */
  alsoDiffers?: number;
  from: string;
  to: string;
  /** The changed page line (its text after the change), or `spec` when the message names only the spec. */
  line: string | 'spec';
  message: string;
}

const PAGE_CHANGES: [string, PageChange][] = [
  [
    'a range in prose',
    {
      file: 'pages/workspace/ListExportTasks.txt',
      from: 'Page size. The value ranges from 1 to 100.',
      to: 'Page size. The value ranges from 1 to 200.',
      line: 'Page size. The value ranges from 1 to 200. The default value is 20. |',
      message: 'query parameter limit · maximum: the page says 200, specs/workspace/paths/export-tasks.yaml#/get/parameters/8/schema/maximum says 100',
    },
  ],
  [
    'a Mandatory cell',
    {
      file: 'pages/hss/ListQueryExportTask.txt',
      from: 'X-Auth-Token | Yes | String |',
      to: 'X-Auth-Token | No | String |',
      line: 'X-Auth-Token | No | String | User token. It can be obtained by calling the IAM API used to obtain a user token. The value of X-Subject-Token in the response header is the user token. |',
      message: 'header parameter x-auth-token · required: the page says false, specs/shared/parameters/X-Auth-Token-documented-required.yaml#/x-doc-parameter/required says true',
    },
  ],
  [
    'a type',
    {
      file: 'pages/hss/ListQueryExportTask.txt',
      from: 'file_name | String | Definition File Name',
      to: 'file_name | Integer | Definition File Name',
      line: 'file_name | Integer | Definition File Name Range The value can contain 1 to 255 characters. |',
      message: 'response 200 body /file_name · type: the page says ["integer"], specs/hss/components/schemas/ListQueryExportTaskResponse.yaml#/properties/file_name/type says ["string"]',
      // format int32 comes with Integer; the String lengths no longer apply.
      alsoDiffers: 3,
    },
  ],
  [
    'a value in a bullet list',
    {
      file: 'pages/metastudio/SearchTask.txt',
      from: '- MSS.000000004: invalid access.',
      to: '- MSS.000000005: invalid access.',
      line: '- MSS.000000001: failure',
      message: 'response 400 body /error_code · enum: the page says ["MSS.000000001","MSS.000000002","MSS.000000003","MSS.000000005"], specs/metastudio/components/schemas/MetaStudioError.yaml#/properties/error_code/enum',
    },
  ],
  [
    'a row taken out',
    {
      file: 'pages/dataarts-insight/ListImportResourceTaskDetail.txt',
      from: 'import_detail |\nString |\nImport details. |\n',
      to: '',
      line: 'spec',
      message: 'specs/dataarts-insight/components/schemas/ImportTaskDetail.yaml#/properties/import_detail: response 200 body /import_detail · exists: true is not on the page',
    },
  ],
  [
    'a parameter added',
    {
      file: 'pages/workspace/ListExportTasks.txt',
      from: '|\nfile_name |\nNo |\nString |\nFile name. |\n',
      to: '|\nfile_name |\nNo |\nString |\nFile name. |\n|\nowner |\nNo |\nString |\nOwner. |\n',
      line: 'owner |',
      message: 'query parameter owner · exists: the page documents true; the spec has nothing there',
    },
  ],
  [
    'an example value',
    {
      file: 'pages/metastudio/ShowTask.txt',
      from: '"task_name" : "Imported Q&A pairs.",',
      to: '"task_name" : "Imported pairs.",',
      line: '{',
      message: 'response 200 body · examples: the page says',
    },
  ],
  [
    'a status code description',
    {
      file: 'pages/workspace/ListExportTasks.txt',
      from: '500 |\nInternal error. |',
      to: '500 |\nServer error. |',
      line: '500 |',
      message: 'response 500 · description: the page says "Server error.", specs/workspace/paths/export-tasks.yaml#/get/responses/500/description says "Internal error."',
    },
  ],
];

describe('a page fact changed in a copy of the tree fails the check', () => {
  it.each(PAGE_CHANGES)('%s', (_name, change) => {
    const repo = copyOfRepo();
    edit(repo, change.file, change.from, change.to);
    const problems = problemsOf(repo);
    expect(problems, problems.join('\n')).toHaveLength(1 + (change.alsoDiffers ?? 0));
    if (change.line === 'spec') {
      expect(problems).toContainEqual(expect.stringContaining(change.message));
      expect(problems.join('\n')).toContain(change.file);
    } else {
      const line = lineOf(readFileSync(path.join(repo, change.file), 'utf8'), change.line);
      expect(problems).toContainEqual(expect.stringContaining(`${change.file}:${line}: ${change.message}`));
    }
  });

  it('the first extraction of a page, which lost its value list, fails where the value list was', () => {
    const repo = copyOfRepo();
    cpSync(path.join(repoRoot, 'test/fixtures/pages/older/hss/ListQueryExportTask.txt'), path.join(repo, 'pages/hss/ListQueryExportTask.txt'));
    expect(problemsOf(repo)).toEqual([
      'specs/hss/components/schemas/ListQueryExportTaskResponse.yaml#/properties/task_status/enum: response 200 body /task_status · enum: ["failure","running","success"] is not on the page pages/hss/ListQueryExportTask.txt; say where it comes from with x-doc-provenance, or remove it',
    ]);
  });
});

describe('the notes the check understands', () => {
  it('a spec fact that is not on the page needs x-doc-provenance', () => {
    const repo = copyOfRepo();
    edit(repo, 'specs/hss/paths/export-task_{task_id}.yaml', `        x-doc-provenance: "default '0' is inferred`, `        x-doc-comment: "default '0' is inferred`);
    expect(problemsOf(repo)).toEqual([
      `specs/hss/paths/export-task_{task_id}.yaml#/get/parameters/2/schema/default: query parameter enterprise_project_id · default: "0" is not on the page pages/hss/ListQueryExportTask.txt; say where it comes from with x-doc-provenance, or remove it`,
    ]);
  });

  it('an x-doc-schema overlay must give what the page documents', () => {
    const repo = copyOfRepo();
    const file = 'specs/metastudio/components/schemas/QueryTaskResultDTO.yaml';
    edit(repo, file, '    x-doc-errata: Table types begin_time as String but the example sends a number (epoch milliseconds); integer is admitted.\n    x-doc-schema:\n      type: string', '    x-doc-errata: Table types begin_time as String but the example sends a number (epoch milliseconds); integer is admitted.\n    x-doc-schema:\n      type: integer');
    const problems = problemsOf(repo);
    // Both pages that document QueryTaskResultDTO say so.
    expect(problems).toHaveLength(2);
    for (const p of problems) expect(p).toMatch(/begin_time · type: the page says \["string"\], specs\/metastudio\/components\/schemas\/QueryTaskResultDTO.yaml#\/properties\/begin_time\/x-doc-schema\/type says \["integer"\] \(x-doc-schema does not give the page's value\)/);
  });

  it('x-doc-parameter gives the documented form of a parameter (a token header the page marks mandatory)', () => {
    const repo = copyOfRepo();
    const file = 'specs/shared/parameters/X-Auth-Token-documented-required.yaml';
    // The real tree carries the overlay: the spec says optional, the page says mandatory.
    expect(readFileSync(path.join(repo, file), 'utf8')).toContain('x-doc-parameter:\n  required: true');
    expect(problemsOf(repo)).toEqual([]);
    edit(repo, file, 'x-doc-parameter:\n  required: true', 'x-doc-parameter:\n  required: false');
    const problems = problemsOf(repo);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toContain('header parameter x-auth-token · required: the page says true, specs/shared/parameters/X-Auth-Token-documented-required.yaml#/x-doc-parameter/required says false');
  });

  it('x-doc-errata on a response or an example covers a difference in its own facts', () => {
    const repo = copyOfRepo();
    const file = 'specs/workspace/paths/export-tasks.yaml';
    edit(repo, file, "      description: Internal error.\n", "      description: Internal server error.\n");
    expect(problemsOf(repo)).toEqual([
      `pages/workspace/ListExportTasks.txt:${lineOf(readFileSync(path.join(repoRoot, 'pages/workspace/ListExportTasks.txt'), 'utf8'), '500 |')}: response 500 · description: the page says "Internal error.", ${file}#/get/responses/500/description says "Internal server error."; fix the spec, or add x-doc-errata with the page's value in x-doc-schema (x-doc-parameter on a parameter)`,
    ]);
    edit(repo, file, "    '500':\n      description: Internal server error.\n", "    '500':\n      x-doc-errata: The page says Internal error.; the gateway's own wording is used.\n      description: Internal server error.\n");
    expect(problemsOf(repo)).toEqual([]);

    edit(repo, file, '                count: 1\n', '                count: 2\n');
    expect(problemsOf(repo)).toHaveLength(1);
    edit(repo, file, '              summary: Example response documented on the page\n', '              summary: Example response documented on the page\n              x-doc-errata: count corrected to the one task listed.\n');
    expect(problemsOf(repo)).toEqual([]);
  });

  it('a spec operation without a stored page fails', () => {
    const repo = copyOfRepo();
    rmSync(path.join(repo, 'pages/metastudio/ShowTask.txt'));
    expect(problemsOf(repo)).toEqual([
      'specs/metastudio/paths/ies_task_{id}.yaml#/get: operation ShowTask has no page; store its text as pages/metastudio/ShowTask.txt',
    ]);
  });
});

describe('npm run pages:check', () => {
  it('exits 1 and prints the failing fact on a changed copy, 0 on the real tree', () => {
    const repo = copyOfRepo();
    edit(repo, 'pages/workspace/ListExportTasks.txt', 'The default value is 20.', 'The default value is 25.');
    const failed = spawnSync('npm', ['run', '--silent', 'pages:check', '--', '--repo', repo], { cwd: repoRoot, encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('query parameter limit · default: the page says 25, specs/workspace/paths/export-tasks.yaml#/get/parameters/8/schema/default says 20');
    expect(failed.stdout).toContain('pages:check: FAILED');
    const passed = spawnSync('npm', ['run', '--silent', 'pages:check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(passed.status, passed.stdout).toBe(0);
    expect(passed.stdout).toContain('ok               hss/ExportVuls:');
    expect(passed.stdout).not.toContain('not transcribed');
  });
});
