/**
 * The importer on every page text we have: the stored pages (all 20), their first extractions, and the
 * synthetic pages: no crash, every line accounted for, one operation named after the file. Drafts of the
 * pages the importer was developed on are snapshot whole — since their held-out figure was taken
 * (docs/pages-held-out.md), that includes the 15 lifecycle pages; no stored page is held out any more.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { draftPage } from '../../scripts/pages/draft-document.js';
import { draftYaml } from '../../scripts/pages/import-page.js';
import { DEVELOPMENT_PAGES, FIRST_PAGES } from '../../scripts/pages/report-pages.js';
import { repoRoot } from '../helpers/bundles.js';
import { fixturePagesDir, pageFiles, pagesDir, readPage, stemOf } from './helpers.js';

const stored = pageFiles(pagesDir);
const older = pageFiles(path.join(fixturePagesDir, 'older'));
const synthetic = pageFiles(path.join(fixturePagesDir, 'synthetic'));
const isDevelopment = (file: string) => (DEVELOPMENT_PAGES as readonly string[]).includes(file.replace(/^pages\//, '').replace(/\.txt$/, ''));
const heldOut = stored.filter((f) => !isDevelopment(f));

describe('every page text', () => {
  it('there are the 20 stored pages and the five first extractions', () => {
    expect(stored).toHaveLength(20);
    expect(heldOut).toEqual([]);
    expect(older.map((f) => f.replace('test/fixtures/pages/older/', 'pages/'))).toEqual(FIRST_PAGES.map((p) => `pages/${p}.txt`).sort());
  });

  it.each([...stored, ...older, ...synthetic])('%s: no crash, every line read or reported, one operation named after the file', (file) => {
    const draft = draftPage(readPage(file), stemOf(file));
    const roles = draft.page.ledger.byLineNumber();
    const reported = new Set(draft.page.diagnostics.list.map((d) => d.line));
    for (let no = 1; no <= draft.page.lineCount; no++) {
      const role = roles.get(no) ?? 'unread';
      if (role.includes('unread')) expect(reported.has(no), `line ${no} is neither read nor reported`).toBe(true);
    }
    const operations = Object.values(draft.document.paths as Record<string, Record<string, { operationId: string }>>).flatMap((item) => Object.values(item));
    expect(operations.map((o) => o.operationId)).toEqual([stemOf(file)]);
    expect(draft.document.openapi).toBe('3.1.0');
  });
});

describe('the pages the importer was developed on, in their three extraction styles', () => {
  const styles: [string, string][] = [
    ['metastudio/SearchTask', 'cell-per-line'],
    ['metastudio/ShowTask', 'cell-per-line'],
    ['workspace/ListExportTasks', 'cell-per-line'],
    ['hss/ListQueryExportTask', 'row-per-line'],
    ['dataarts-insight/ListImportResourceTaskDetail', 'bare-cells'],
  ];
  it.each(styles)('%s is in the %s style, and so is its first extraction', (page, style) => {
    for (const file of [`pages/${page}.txt`, `test/fixtures/pages/older/${page}.txt`]) {
      expect(draftPage(readPage(file), stemOf(file)).page.tableStyles).toEqual([style]);
    }
  });

  it.each([...stored.filter(isDevelopment), ...older, ...synthetic])('%s: the draft and the messages are as snapshot', async (file) => {
    const draft = draftPage(readPage(file), stemOf(file));
    const name = file.replace(/^test\/fixtures\/pages\//, '').replace(/^pages\//, 'stored/').replace(/\//g, '.').replace(/\.txt$/, '');
    await expect(draftYaml(draft)).toMatchFileSnapshot(`__drafts__/${name}.yaml`);
    await expect(`${draft.page.diagnostics.format(file).join('\n')}\n`).toMatchFileSnapshot(`__drafts__/${name}.messages.txt`);
  });

  it('the newest texts carry the value lists the first extractions lost', () => {
    const enumAt = (file: string, schema: string, property: string) => {
      const doc = draftPage(readPage(file), stemOf(file)).document as { components: { schemas: Record<string, { properties: Record<string, { enum?: unknown }> }> } };
      return doc.components.schemas[schema]?.properties[property]?.enum;
    };
    expect(enumAt('pages/hss/ListQueryExportTask.txt', 'ListQueryExportTaskResponse', 'task_status')).toEqual(['success', 'failure', 'running']);
    expect(enumAt('test/fixtures/pages/older/hss/ListQueryExportTask.txt', 'ListQueryExportTaskResponse', 'task_status')).toBeUndefined();
    expect(enumAt('pages/metastudio/SearchTask.txt', 'SearchTaskError', 'error_code')).toHaveLength(4);
    expect(enumAt('test/fixtures/pages/older/metastudio/SearchTask.txt', 'SearchTaskError', 'error_code')).toBeUndefined();
  });
});

describe('npm run --silent pages:import', () => {
  const run = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'pages:import', '--', ...args], { cwd: repoRoot, encoding: 'utf8' });

  it('prints the draft as YAML on stdout and exits 0 on a page it reads whole', () => {
    const result = run('pages/hss/ListQueryExportTask.txt');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const file = 'pages/hss/ListQueryExportTask.txt';
    expect(parse(result.stdout)).toEqual(parse(draftYaml(draftPage(readPage(file), stemOf(file)))));
  });

  it('names each line it cannot read on stderr and exits 1, still printing the draft', () => {
    const result = run('test/fixtures/pages/broken/DuplicatedRows.txt');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('test/fixtures/pages/broken/DuplicatedRows.txt:33: error: size is listed twice in this table (first on line 29)');
    expect(parse(result.stdout)).toMatchObject({ openapi: '3.1.0' });
  });

  it('exits 2 with a message for a missing file or bad usage', () => {
    expect(run('no/such/page.txt')).toMatchObject({ status: 2, stderr: 'no/such/page.txt: no such file\n', stdout: '' });
    expect(run()).toMatchObject({ status: 2, stderr: expect.stringContaining('usage: npm run --silent pages:import -- <page.txt>') });
  });

  it('is the command the acceptance checks call', () => {
    const scripts = JSON.parse(execFileSync('npm', ['pkg', 'get', 'scripts'], { cwd: repoRoot, encoding: 'utf8' })) as Record<string, string>;
    expect(scripts['pages:import']).toBe('tsx scripts/pages/import-page.ts');
    expect(scripts.test).toContain('npm run pages:check');
  });
});
