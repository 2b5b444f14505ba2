/**
 * The whole lifecycle against the mock through the real generated clients: start a task, wait for
 * it, fetch its file (or see an import's counted outcome); uploads parsed and counted; downloads
 * of any size generated, named and broken on request; bad bodies answered with the documented
 * invalid-input code; AK/SK signatures over the body verified.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/auth/sign-request.js';
import { ConnectionError, TaskFileUnavailableError } from '../../src/core/errors.js';
import { fileByteAt } from '../../src/apps/mock/files.js';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN, startMockServer, type MockOptions, type MockServer } from '../../src/apps/mock/index.js';
import { clientFor, CREDENTIALS, expectConformingResponses, FAST_WAIT } from './helpers.js';

let mock: MockServer | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function start(options: MockOptions = {}): Promise<MockServer> {
  mock = await startMockServer({ scenarios: [], ...options });
  return mock;
}

/** The bytes every served file of this size holds (byte i is i % 251), computed here independently. */
function expectedBytes(size: number): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) => i % 251);
}

type Call = (params: Record<string, unknown>, options?: unknown) => Promise<Record<string, unknown>>;
interface FileAnswer {
  name?: string;
  contentType?: string;
  size?: number;
  body: ReadableStream<Uint8Array>;
  arrayBuffer(): Promise<ArrayBuffer>;
}
const call = (client: Record<string, unknown>, method: string) => client[method] as Call;
const download = (client: Record<string, unknown>) => client.downloadTaskFile as (task: unknown) => Promise<FileAnswer>;

const CSV = 'name,question\nq1,What is it?\nq2,Who made it?\nq3,Where is it?\n';

describe('start → wait → download, per service (SDK)', () => {
  it('HSS: exportVuls starts a task (x-task-start /task_id); its file_id appears once it succeeded and ListDownloadExportedFile serves the zip', async () => {
    const server = await start({ fileSize: 5000 });
    const hss = clientFor('hss', server, CREDENTIALS.aksk);
    const started = await call(hss, 'exportVuls')({ category: 'vul', export_size: 100, export_headers: [['vul_name', 'Vulnerability'], ['cve_id', 'CVE']] });
    expect(typeof started.task_id).toBe('string');
    const running = await hss.getTask(started.task_id as string);
    expect(running.status).toBe('running');
    expect(running.file?.id).toBeUndefined();
    await expect(download(hss)(running)).rejects.toBeInstanceOf(TaskFileUnavailableError);
    const task = await hss.waitForTask(started.task_id as string, FAST_WAIT);
    expect(task.status).toBe('succeeded');
    expect(task.file?.id).toBe(`${started.task_id}-file`);
    const file = await download(hss)(task);
    expect(file).toMatchObject({ name: `${started.task_id}.zip`, contentType: 'application/zip', size: 5000 });
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(expectedBytes(5000));
    expect(server.started).toEqual([{ service: 'hss', id: started.task_id, operation: 'ExportVuls' }]);
    expectConformingResponses(server);
  });

  it('HSS: exportVulHandleHistory too, and the task id alone is enough for downloadTaskFile', async () => {
    const server = await start();
    const hss = clientFor('hss', server);
    const { task_id } = await call(hss, 'exportVulHandleHistory')({ export_header_list: [['host_name', 'Host']] });
    await hss.waitForTask(task_id as string, FAST_WAIT);
    const file = await download(hss)(task_id);
    expect(file.size).toBe(1024);
    expect((await file.arrayBuffer()).byteLength).toBe(1024);
  });

  it('Workspace: exportUsersNew (POST JSON) and exportDesktopListNew (a GET that creates a task) are served; DownloadExportFile by task id', async () => {
    const server = await start({ startedTasks: { file: { size: 777, name: 'users.xlsx' } } });
    const ws = clientFor('workspace', server, CREDENTIALS.aksk);
    const users = await call(ws, 'exportUsersNew')({ language: 'en_US', active_type: 'USER_ACTIVATE' });
    const desktops = await call(ws, 'exportDesktopListNew')({ language: 'zh_CN', user_names: ['a', 'b'] });
    expect(users.task_id).not.toBe(desktops.task_id);
    for (const id of [users.task_id, desktops.task_id] as string[]) {
      const task = await ws.waitForTask(id, FAST_WAIT);
      const file = await download(ws)(task);
      // Workspace names a task by its file (file_name is both): the file carries the task's name.
      expect(file).toMatchObject({ name: task.name, size: 777 });
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(expectedBytes(777));
    }
    expectConformingResponses(server);
  });

  it('Workspace: deleteExportTasks answers the documented empty 200', async () => {
    const server = await start();
    const ws = clientFor('workspace', server);
    await expect(call(ws, 'deleteExportTasks')({ task_ids: ['a'] })).resolves.toBeUndefined();
    expect(server.requests.at(-1)!.response).toEqual({ status: 200, body: '' });
  });

  it('MetaStudio: importResource uploads a CSV-like file (multipart, AK/SK signed); its rows become the task counters; 202 { value }', async () => {
    const server = await start();
    const ms = clientFor('metastudio', server, CREDENTIALS.aksk);
    const started = await call(ms, 'importResource')({ resource: 'knowledge-intent-question-create', file: new File([CSV], 'questions.csv', { type: 'text/csv' }) });
    expect(server.requests.at(-1)!.response!.status).toBe(202);
    const task = await ms.waitForTask(started.value as string, FAST_WAIT);
    expect(task).toMatchObject({ status: 'succeeded', progress: { total: 3, succeeded: 3, failed: 0 } });
    expect(server.started).toEqual([{ service: 'metastudio', id: started.value, operation: 'ImportResource', rows: { total: 3, succeeded: 3, failed: 0 } }]);
    expectConformingResponses(server);
  });

  it('MetaStudio: rows with the wrong cell count fail, so the import ends partial (or failed when all do)', async () => {
    const server = await start();
    const ms = clientFor('metastudio', server);
    const partial = await call(ms, 'importResource')({ resource: 'r', file: new TextEncoder().encode('a,b\n1,2\nbroken\n3,4\n5\n') });
    await expect(ms.waitForTask(partial.value as string, FAST_WAIT)).rejects.toMatchObject({ task: { status: 'partial', progress: { total: 4, succeeded: 2, failed: 2 } } });
    const failed = await call(ms, 'importResource')({ resource: 'r', file: new Blob(['a,b\nx\ny\n']) });
    await expect(ms.waitForTask(failed.value as string, FAST_WAIT)).rejects.toMatchObject({ task: { status: 'failed', progress: { total: 2, succeeded: 0, failed: 2 } } });
  });

  it('a binary upload (a NUL byte: a zip, an xlsx) is one item that succeeds', async () => {
    const server = await start();
    const ms = clientFor('metastudio', server);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x0a, 0x2c, 0x0a, 0x01]);
    const { value } = await call(ms, 'importResource')({ resource: 'r', file: zip });
    await expect(ms.waitForTask(value as string, FAST_WAIT)).resolves.toMatchObject({ progress: { total: 1, succeeded: 1, failed: 0 } });
  });

  it('MetaStudio: exportResource starts a task; DownloadResultFile serves its file by task id', async () => {
    const server = await start({ fileSize: 300_000 });
    const ms = clientFor('metastudio', server);
    const { value } = await call(ms, 'exportResource')({ resource: 'knowledge-intent-question-create' });
    const task = await ms.waitForTask(value as string, FAST_WAIT);
    const file = await download(ms)(task);
    expect(file).toMatchObject({ name: `${value}.bin`, contentType: 'application/octet-stream', size: 300_000 });
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(expectedBytes(300_000)).digest('hex'));
  });

  it('MetaStudio: DownloadTemplate is a file of its own, named after the operation and its path values', async () => {
    const server = await start();
    const ms = clientFor('metastudio', server);
    const file = (await call(ms, 'downloadTemplate')({ resource: 'knowledge-intent-question-create' })) as unknown as FileAnswer;
    expect(file).toMatchObject({ name: 'DownloadTemplate-knowledge-intent-question-create.bin', size: 1024 });
  });

  it('DataArts Insight: importResourcePackage (multipart file + text parts) starts an import whose outcome the rows decide', async () => {
    const server = await start();
    const dai = clientFor('dataarts-insight', server, CREDENTIALS.aksk);
    const good = await call(dai, 'importResourcePackage')({ file: new File([CSV], 'package.csv'), import_strategy: 'replace', replace_rule: 'BY_NAME' });
    await expect(dai.waitForTask(good.task_id as string, FAST_WAIT)).resolves.toMatchObject({ status: 'succeeded' });
    const mixed = await call(dai, 'importResourcePackage')({ file: new Blob(['id,name\n1,a\n2\n']), import_strategy: 'addNew' });
    await expect(dai.waitForTask(mixed.task_id as string, FAST_WAIT)).rejects.toMatchObject({ task: { status: 'partial' } });
    expect(server.started.map((s) => s.rows)).toEqual([
      { total: 3, succeeded: 3, failed: 0 },
      { total: 2, succeeded: 1, failed: 1 },
    ]);
    // A text part outside its enum is the client's ValidationError, before anything is sent.
    await expect(call(dai, 'importResourcePackage')({ file: new Blob(['a\n1\n']), import_strategy: 'merge' })).rejects.toMatchObject({ name: 'ValidationError', field: 'import_strategy' });
    expect(server.started).toHaveLength(2);
    expectConformingResponses(server);
  });

  it('DataArts Insight: exportResourcePackage answers with the file itself (synchronous export)', async () => {
    const server = await start({ fileSize: 4096 });
    const dai = clientFor('dataarts-insight', server);
    const file = (await call(dai, 'exportResourcePackage')({ name: 'pkg', resources: [{ resource_type: 'dashboard', resource_id: 'd1' }] })) as unknown as FileAnswer;
    expect(file.size).toBe(4096);
    expect(file.name).toMatch(/^ExportResourcePackage\./);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(expectedBytes(4096));
  });

  it('a started task follows startedTasks (outcome, advance), changeable with setStartedTasks; a failed task has no file', async () => {
    const server = await start({ startedTasks: { outcome: 'failed', advance: { afterPolls: 0 } } });
    const hss = clientFor('hss', server);
    const first = await call(hss, 'exportVuls')({ category: 'host', export_size: 1, export_headers: [['a', 'b']] });
    const failed = await hss.getTask(first.task_id as string);
    expect(failed.status).toBe('failed');
    await expect(download(hss)(failed)).rejects.toMatchObject({ reason: 'not-succeeded' });
    server.setStartedTasks({ outcome: 'succeeded' });
    const second = await call(hss, 'exportVuls')({ category: 'host', export_size: 1, export_headers: [['a', 'b']] });
    expect((await hss.getTask(second.task_id as string)).status).toBe('succeeded');
  });
});

describe('downloads', () => {
  it('a 1 GiB file is generated as it is sent (never stored) and arrives whole, with its Content-Length', { timeout: 120_000 }, async () => {
    const size = 1024 ** 3;
    const server = await start({ scenarios: [{ service: 'hss', id: 'big', outcome: 'succeeded', advance: { afterPolls: 0 }, file: { size } }] });
    const hss = clientFor('hss', server);
    const file = await download(hss)('big');
    expect(file.size).toBe(size);
    let received = 0;
    let mismatches = 0;
    const reader = file.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      const chunk = next.value;
      // Spot-check the first and last byte of every chunk against the documented pattern.
      if (chunk[0] !== fileByteAt(received) || chunk[chunk.length - 1] !== fileByteAt(received + chunk.length - 1)) mismatches++;
      received += chunk.length;
    }
    expect({ received, mismatches }).toEqual({ received: size, mismatches: 0 });
  });

  it('breakAfterBytes cuts the download mid-way: the client sees a ConnectionError, not a short file', async () => {
    const server = await start({ scenarios: [{ service: 'workspace', id: 'w1', outcome: 'succeeded', advance: { afterPolls: 0 }, file: { size: 200_000 } }] });
    const ws = clientFor('workspace', server);
    server.inject({ status: 200, breakAfterBytes: 70_000, path: /\/download$/ });
    const file = await download(ws)('w1');
    expect(file.size).toBe(200_000);
    await expect(file.arrayBuffer()).rejects.toBeInstanceOf(ConnectionError);
    // The fault is used up: the next download is whole.
    expect((await (await download(ws)('w1')).arrayBuffer()).byteLength).toBe(200_000);
  });

  it('an unknown file is the documented error (HSS 4XX → 404, MetaStudio 400 with its invalid-input code)', async () => {
    const server = await start();
    const hss = clientFor('hss', server);
    await expect(call(hss, 'listDownloadExportedFile')({ file_id: 'nope' })).rejects.toMatchObject({ status: 404 });
    const ms = clientFor('metastudio', server);
    await expect(call(ms, 'downloadResultFile')({ id: 'nope' })).rejects.toMatchObject({ status: 400, code: 'MSS.000000003' });
    expectConformingResponses(server);
  });

  it('names that are not ASCII travel as filename* (RFC 5987)', async () => {
    const server = await start({ scenarios: [{ service: 'hss', id: 'h1', outcome: 'succeeded', advance: { afterPolls: 0 }, file: { name: '漏洞报告.zip', size: 3 } }] });
    const file = await download(clientFor('hss', server))('h1');
    expect(file.name).toBe('漏洞报告.zip');
  });
});

describe('bad bodies and body signatures', () => {
  async function raw(server: MockServer, method: string, path: string, body: BodyInit | undefined, headers: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${server.url}${path}`, { method, body: body ?? null, headers: { 'X-Auth-Token': MOCK_TOKEN, ...headers } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
  const hssExport = `/v5/${MOCK_PROJECT_ID}/vul/export?category=vul&export_size=10`;
  const msImport = `/v2/${MOCK_PROJECT_ID}/ies/import/r`;

  it('a missing required body field, a wrong type inside a nested array, a body that is not JSON: 400 with the gateway code (HSS names none)', async () => {
    const server = await start();
    const json = { 'content-type': 'application/json' };
    for (const [body, words] of [
      ['{}', 'export_headers'],
      [JSON.stringify({ export_headers: [['a', 1]] }), 'export_headers[0][1]'],
      ['{not json', 'not valid JSON'],
      ['[1]', 'JSON object'],
    ] as const) {
      const answer = await raw(server, 'POST', hssExport, body, json);
      expect(answer.status, body).toBe(400);
      expect(answer.body.error_code).toBe('APIGW.0201');
      expect(String(answer.body.error_msg)).toContain(words);
    }
    expect(server.started).toEqual([]);
  });

  it('multipart: a text part where the file goes, an empty file, a body that does not parse: 400 with MetaStudio\'s MSS.000000003', async () => {
    const server = await start();
    const withText = new FormData();
    withText.set('file', 'not a file');
    const empty = new FormData();
    empty.set('file', new Blob(['header,only\n']), 'empty.csv');
    for (const [body, headers, words] of [
      [withText, {}, 'must be a file'],
      [empty, {}, 'no data rows'],
      ['garbage', { 'content-type': 'multipart/form-data; boundary=xyz' }, 'cannot be parsed'],
      ['{}', { 'content-type': 'application/json' }, 'multipart/form-data'],
    ] as const) {
      const answer = await raw(server, 'POST', msImport, body, headers);
      expect(answer.status, words).toBe(400);
      expect(answer.body).toMatchObject({ error_code: 'MSS.000000003' });
      expect(String(answer.body.error_msg)).toContain(words);
    }
    expect(server.started).toEqual([]);
  });

  it('AK/SK: the signature covers the body; the same signature over another body is refused', async () => {
    const server = await start();
    const url = `${server.url}${hssExport}`;
    const body = JSON.stringify({ export_headers: [['a', 'b']] });
    const signed = await signRequest(new Request(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } }), { ak: MOCK_AK, sk: MOCK_SK });
    const ok = await fetch(url, { method: 'POST', body, headers: signed.headers });
    expect(ok.status).toBe(200);
    const tampered = await fetch(url, { method: 'POST', body: JSON.stringify({ export_headers: [['a', 'c']] }), headers: signed.headers });
    expect(tampered.status).toBe(401);
    expect(((await tampered.json()) as { error_msg: string }).error_msg).toContain('verify aksk signature fail');
  });

  it('faults are injectable on the new routes: a 500 on a start operation is not resent (x-idempotent: false)', async () => {
    const server = await start();
    server.inject({ status: 500, path: /\/vul\/export/ });
    const hss = clientFor('hss', server);
    await expect(call(hss, 'exportVuls')({ category: 'vul', export_size: 1, export_headers: [['a', 'b']] })).rejects.toMatchObject({ status: 500 });
    expect(server.requests.filter((r) => r.url.includes('/vul/export'))).toHaveLength(1);
    expect(server.started).toEqual([]);
  });
});
