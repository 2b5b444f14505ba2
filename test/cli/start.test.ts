/**
 * `taskport start` as a real subprocess against an in-test mock on 127.0.0.1: for each service,
 * start a task, wait for it and save its file (DataArts Insight: see the import's outcome); an
 * unknown flag is exit 3 before anything is sent; a download that breaks leaves no file behind.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import { FAST, mockEnv, runCli } from './helpers.js';

vi.setConfig({ testTimeout: 120_000 });

let mock: MockServer;
let env: Record<string, string>;
let dir: string;
beforeAll(async () => {
  mock = await startMockServer({ scenarios: [], fileSize: 3000 });
  env = mockEnv(mock);
  dir = mkdtempSync(path.join(tmpdir(), 'taskport-start-'));
});
afterAll(async () => {
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The bytes every served file of this size holds (byte i is i % 251). */
const expectedBytes = (size: number) => Buffer.from(Array.from({ length: size }, (_, i) => i % 251));
const startedBy = (operation: string) => mock.started.filter((s) => s.operation === operation);

describe('start → wait → download, per service (CLI)', () => {
  it('HSS: exportVuls with query flags and a nested-array body flag, --output saves the zip', async () => {
    const output = path.join(dir, 'vuls.zip');
    const result = await runCli(['start', 'hss', 'exportVuls', '--category', 'vul', '--export-size', '100', '--export-headers', '["vul_name","Vulnerability"]', '--export-headers', '["cve_id","CVE"]', '--output', output, ...FAST], env);
    expect(result.stderr).toMatch(/started hss task [0-9a-f-]{36}/);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('succeeded (done)');
    expect(result.stdout).toContain(`saved ${output} (3000 bytes)`);
    expect(readFileSync(output)).toEqual(expectedBytes(3000));
    // Plain progress lines: the task's states, then the bytes.
    expect(result.stderr).toMatch(/ hss [0-9a-f-]{36} succeeded\n/);
    expect(result.stderr).toMatch(/ vuls\.zip 3000\/3000 bytes\n/);
    const [started] = startedBy('ExportVuls');
    const request = mock.requests.find((r) => r.url.includes('/vul/export'))!;
    expect(request.url).toContain('category=vul');
    expect(started).toBeDefined();
  });

  it('Workspace: exportUsersNew --json --output DIR saves the file under its own name', async () => {
    const result = await runCli(['start', 'workspace', 'exportUsersNew', '--language', 'en_US', '--output', dir, '--json', ...FAST], env);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { taskId: string; task: { status: string; name: string }; file: { path: string; bytes: number; name: string } };
    expect(summary.task.status).toBe('succeeded');
    expect(summary.file).toMatchObject({ path: path.join(dir, summary.task.name), bytes: 3000, name: summary.task.name });
    expect(readFileSync(summary.file.path)).toEqual(expectedBytes(3000));
    expect(summary.taskId).toBe(startedBy('ExportUsersNew')[0]!.id);
  });

  it('MetaStudio: importResource --file uploads a CSV; --wait shows the counted rows', async () => {
    const csv = path.join(dir, 'questions.csv');
    writeFileSync(csv, 'question,answer\nq1,a1\nq2,a2\nq3,a3\nq4,a4\n');
    const result = await runCli(['start', 'metastudio', 'importResource', '--resource', 'knowledge-intent-question-create', '--file', csv, '--wait', ...FAST], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/progress\s+4\/4/);
    expect(startedBy('ImportResource')[0]!.rows).toEqual({ total: 4, succeeded: 4, failed: 0 });
  });

  it('MetaStudio: exportResource then its file; a partial import exits 1 like wait', async () => {
    const output = path.join(dir, 'export.bin');
    const exported = await runCli(['start', 'metastudio', 'ExportResource', '--resource', 'knowledge-intent-question-create', '--output', output, ...FAST], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(output)).toEqual(expectedBytes(3000));
    const csv = path.join(dir, 'broken.csv');
    writeFileSync(csv, 'a,b\n1,2\nbroken\n');
    const partial = await runCli(['start', 'metastudio', 'importResource', '--resource', 'r', '--file', csv, '--wait', ...FAST], env);
    expect(partial.code).toBe(1);
    expect(partial.stdout).toMatch(/status\s+partial/);
  });

  it('DataArts Insight: importResourcePackage with --file and a text part; the import\'s outcome is the exit code', async () => {
    const csv = path.join(dir, 'package.csv');
    writeFileSync(csv, 'id,name\n1,a\n2,b\n');
    const ok = await runCli(['start', 'dataarts-insight', 'importResourcePackage', '--file', csv, '--import-strategy', 'addNew', '--wait', '--json', ...FAST], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ task: { service: 'dataarts-insight', status: 'succeeded' } });
    writeFileSync(csv, 'id,name\n1\n2\n');
    const failed = await runCli(['start', 'dataarts-insight', 'importResourcePackage', '--file', csv, '--import-strategy', 'replace', '--wait', '--json', ...FAST], env);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ error: { name: 'TaskFailedError' }, task: { status: 'failed' } });
  });

  it('--body FILE.json gives body fields by their documented names; flags win', async () => {
    const body = path.join(dir, 'body.json');
    // export_size 0 is below its documented minimum: the call only passes because the flag wins.
    writeFileSync(body, JSON.stringify({ export_header_list: [['host_name', 'Host']], export_size: 0 }));
    const alone = await runCli(['start', 'hss', 'exportVulHandleHistory', '--body', body], env);
    expect(alone.code).toBe(3);
    expect(alone.stderr).toContain('export_size');
    const result = await runCli(['start', 'hss', 'exportVulHandleHistory', '--body', body, '--export-size', '7', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ taskId: startedBy('ExportVulHandleHistory')[0]!.id });
  });
});

describe('bad input and broken downloads', () => {
  it('an unknown flag is exit 3 naming it, before anything is sent', async () => {
    const before = mock.requests.length;
    const result = await runCli(['start', 'hss', 'exportVuls', '--category', 'vul', '--export-size', '1', '--export-headers', '["a","b"]', '--bogus-flag', 'x'], env);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("unknown option '--bogus-flag'");
    expect(mock.requests.length).toBe(before);
  });

  it('a missing required body field or bad JSON in a flag is exit 3, before anything is sent', async () => {
    const before = mock.requests.length;
    const missing = await runCli(['start', 'hss', 'exportVuls', '--category', 'vul', '--export-size', '1'], env);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('export_headers');
    const badJson = await runCli(['start', 'hss', 'exportVuls', '--category', 'vul', '--export-size', '1', '--export-headers', '[oops'], env);
    expect(badJson.code).toBe(3);
    expect(badJson.stderr).toContain('--export-headers: expected JSON');
    const unknownOperation = await runCli(['start', 'hss', 'listQueryExportTask'], env);
    expect(unknownOperation.code).toBe(3);
    expect(unknownOperation.stderr).toContain('exportVuls');
    expect(mock.requests.length).toBe(before);
  });

  it('a download that breaks mid-way exits 4 and leaves neither the file nor its .partial', async () => {
    const output = path.join(dir, 'broken', 'template.bin');
    rmSync(path.dirname(output), { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(output)));
    mock.inject({ status: 200, breakAfterBytes: 1000, path: /\/template$/ });
    const result = await runCli(['start', 'metastudio', 'downloadTemplate', '--resource', 'r', '--output', output], env);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/broke off after 1000 of 3000 bytes|ended after 1000 of 3000 bytes/);
    expect(readdirSync(path.dirname(output))).toEqual([]);
  });
});
