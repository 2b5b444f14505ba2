/**
 * The whole task lifecycle from a spec: a made-up service (test/fixtures/lifecycle-service/) goes
 * through the real pipeline, and its generated client — on the unchanged src/ — sends JSON and
 * multipart bodies (signed over their exact bytes), streams file answers, retries by `x-idempotent`
 * and fetches a finished task's file by `x-task.download`, against real loopback servers.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileNameOf, type DownloadedFile } from '../../src/client/download.js';
import { ApiError, ConnectionError, NotFoundError, RedirectRefusedError, ServerError, TaskFileUnavailableError, TimeoutError, ValidationError } from '../../src/core/errors.js';
import type { Task } from '../../src/core/task.js';
import { buildFixtureService, REPO, type FixtureBuild } from '../helpers/fixture-service.js';
import { json, redirect, resetConnection, startLoopback, text, type Handler, type Loopback } from '../helpers/loopback.js';

type Call = (params?: Record<string, unknown>, options?: Record<string, unknown>) => Promise<unknown>;
interface ArchiveClient {
  createArchiveTask: Call;
  showArchiveTask: Call;
  deleteArchiveTask: Call;
  importArchive: Call;
  downloadArchiveFile: (params?: Record<string, unknown>, options?: Record<string, unknown>) => Promise<DownloadedFile>;
  getTask(id: string): Promise<Task>;
  waitForTask(id: string, options?: Record<string, unknown>): Promise<Task>;
  downloadTaskFile(taskOrId: Task | string): Promise<DownloadedFile>;
}
type Factory = (options?: Record<string, unknown>) => ArchiveClient;

const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'ExampleSecretKey0123456789abcdefghijklmn';
const PROJECT = 'p1';

let build: FixtureBuild;
let createArchiveCenterClient: Factory;
let server: Loopback;
let other: Loopback;

beforeAll(async () => {
  build = await buildFixtureService('lifecycle-service', 'archive');
  createArchiveCenterClient = (await build.load<{ createArchiveCenterClient: Factory }>('generated/clients/archive.ts')).createArchiveCenterClient;
  server = await startLoopback();
  other = await startLoopback();
}, 180_000);

afterAll(async () => {
  await server?.close();
  await other?.close();
  build?.remove();
});

const aksk = (extra: Record<string, unknown> = {}) => createArchiveCenterClient({ endpoint: server.origin, projectId: PROJECT, credentials: { ak: AK, sk: SK }, retry: { minDelayMs: 1, maxDelayMs: 2 }, ...extra });
const token = (extra: Record<string, unknown> = {}) => createArchiveCenterClient({ endpoint: server.origin, projectId: PROJECT, credentials: { token: 'tok-lifecycle-0001' }, retry: { minDelayMs: 1, maxDelayMs: 2 }, ...extra });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** A file answer: `bytes` with the given headers (content-length from the bytes unless given). */
function file(bytes: Uint8Array, headers: Record<string, string> = {}): Handler {
  return text(200, Buffer.from(bytes), { 'content-type': 'application/zip', ...headers });
}

const bytesOf = (n: number, seed = 7) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);

describe('JSON request bodies', () => {
  const valid = { export_category: 'vul', export_size: 10, export_headers: [['vul_name', 'Vulnerability'], ['severity', 'Severity']], filter: { severity: 'high', names: ['a'] } };

  it('sends the body fields under their documented names (x-param-name renames only the flat name), signed over the exact bytes', async () => {
    server.reset();
    server.fallback = json(200, { task_id: 't-1' });
    const answer = await aksk().createArchiveTask({ ...valid, category: 'q' });
    expect(answer).toEqual({ task_id: 't-1' });
    const [sent] = server.requests;
    expect(sent!.method).toBe('POST');
    expect(sent!.path).toBe(`/v1/${PROJECT}/archive-tasks`);
    expect(sent!.query.get('category')).toBe('q');
    expect(sent!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent!.body.toString())).toEqual({ category: 'vul', export_size: 10, export_headers: valid.export_headers, filter: valid.filter });
    expect(server.verify(0, SK)).toMatchObject({ valid: true });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a missing required field', { export_category: 'vul' }, 'export_headers', 'required'],
    ['a wrong type inside a nested array', { ...valid, export_headers: [['a', 'b'], ['c', 3]] }, 'export_headers[1][1]', 'type'],
    ['an array where an array of arrays is wanted', { ...valid, export_headers: ['a', 'b'] }, 'export_headers[0]', 'type'],
    ['a value outside the enum', { ...valid, export_category: 'all' }, 'export_category', 'enum'],
    ['a value outside the range', { ...valid, export_size: 1001 }, 'export_size', 'maximum'],
    ['a missing required field of a nested object', { ...valid, filter: { names: [] } }, 'filter.severity', 'required'],
    ['a wrong enum in a nested object', { ...valid, filter: { severity: 'mid' } }, 'filter.severity', 'enum'],
    ['a wrong type deep in a nested object', { ...valid, filter: { severity: 'low', names: [1] } }, 'filter.names[0]', 'type'],
    ['the documented name of a renamed field', { ...valid, category: 'q', export_category: undefined }, 'export_category', 'required'],
    ['an unknown field', { ...valid, export_sise: 3 }, 'export_sise', 'unknown'],
  ])('%s is a ValidationError naming the field, before sending', async (_name, params, field, rule) => {
    server.reset();
    const error = await rejection(token().createArchiveTask(params));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule });
    expect((error as Error).message).toContain(field);
    expect(server.requests).toHaveLength(0);
  });

  it('an operation documented with no answer body resolves to undefined', async () => {
    server.reset();
    server.fallback = (_req, res) => void res.writeHead(204).end();
    await expect(token().deleteArchiveTask({ task_id: 't-1' })).resolves.toBeUndefined();
    expect(server.requests.map((r) => r.method)).toEqual(['DELETE']);
  });
});

describe('idempotency from the spec (x-idempotent)', () => {
  const start = { export_category: 'vul', export_headers: [['a', 'b']] };

  it('a start operation is never resent once it may have reached the server: 5xx, 429, reset, timeout', async () => {
    for (const [handler, kind] of [
      [json(503, { error_code: 'X.503', error_msg: 'busy' }), ServerError],
      [json(429, { error_code: 'X.429', error_msg: 'slow down' }, { 'retry-after': '0' }), ApiError],
      [resetConnection(), ConnectionError],
    ] as const) {
      server.reset();
      server.fallback = handler;
      expect(await rejection(aksk().createArchiveTask(start))).toBeInstanceOf(kind);
      expect(server.requests).toHaveLength(1);
    }
    server.reset();
    server.fallback = (_req, res) => void setTimeout(() => res.writeHead(200).end('{}'), 300);
    expect(await rejection(token({ timeoutMs: 50 }).createArchiveTask(start))).toBeInstanceOf(TimeoutError);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(server.requests).toHaveLength(1);
  });

  it('a start operation is retried when the connection was refused (nothing was sent)', async () => {
    const closed = await startLoopback();
    const origin = closed.origin;
    await closed.close();
    let attempts = 0;
    const counting = (url: string, init: RequestInit) => (attempts++, fetch(url, init));
    const client = createArchiveCenterClient({ endpoint: origin, projectId: PROJECT, credentials: { token: 't' }, fetch: counting, retry: { maxRetries: 2, minDelayMs: 1, maxDelayMs: 2 } });
    expect(await rejection(client.createArchiveTask(start))).toBeInstanceOf(ConnectionError);
    expect(attempts).toBe(3);
  });

  it('reads keep their retries', async () => {
    server.reset();
    server.enqueue(json(503, {}), resetConnection());
    server.fallback = json(200, { task_id: 't-1', state: 'RUNNING' });
    await expect(aksk().showArchiveTask({ task_id: 't-1' })).resolves.toMatchObject({ state: 'RUNNING' });
    expect(server.requests).toHaveLength(3);
  });
});

describe('multipart/form-data uploads', () => {
  const tmpFile = () => path.join(build.dir, 'upload.bin');

  async function received(index = 0) {
    const r = server.requests[index]!;
    return new Response(new Uint8Array(r.body), { headers: { 'content-type': String(r.headers['content-type']) } }).formData();
  }

  it.each<[string, () => Promise<unknown> | unknown, string, string]>([
    ['a Blob', () => new Blob([bytesOf(5000)]), 'file', 'application/octet-stream'],
    ['a File (its name and type)', () => new File([bytesOf(5000)], 'assets.zip', { type: 'application/zip' }), 'assets.zip', 'application/zip'],
    ['a Uint8Array', () => bytesOf(5000), 'file', 'application/octet-stream'],
    [
      'fs.openAsBlob of a file on disk',
      () => {
        writeFileSync(tmpFile(), bytesOf(5000));
        return openAsBlob(tmpFile());
      },
      'file',
      'application/octet-stream',
    ],
  ])('sends %s as the file part and a text part, AK/SK signed over the exact body', async (_name, make, fileName, type) => {
    server.reset();
    server.fallback = json(202, { value: 'import-1' });
    const answer = await aksk().importArchive({ file: await make(), description: 'two "quoted" words' });
    expect(answer).toEqual({ value: 'import-1' });
    const sent = server.requests[0]!;
    expect(sent.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.headers['content-length']).toBe(String(sent.body.byteLength));
    expect(server.verify(0, SK)).toMatchObject({ valid: true });
    const form = await received();
    const part = form.get('file') as File;
    expect(part.name).toBe(fileName);
    expect(part.type).toBe(type);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytesOf(5000));
    expect(form.get('description')).toBe('two "quoted" words');
  });

  it('a stream with its length is sent once with that length, signed as UNSIGNED-PAYLOAD', async () => {
    server.reset();
    server.fallback = json(202, { value: 'import-2' });
    const data = bytesOf(70_000);
    const stream = new Blob([data]).stream();
    await aksk().importArchive({ file: { stream, size: data.byteLength, name: 'big.csv', type: 'text/csv' } });
    const sent = server.requests[0]!;
    expect(sent.headers['x-sdk-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(sent.headers['content-length']).toBe(String(sent.body.byteLength));
    expect(server.verify(0, SK)).toMatchObject({ valid: true });
    const part = (await received()).get('file') as File;
    expect(part.name).toBe('big.csv');
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(data);
  });

  it.each<[string, unknown, string]>([
    ['a stream without its length', { stream: new Blob(['x']).stream() }, 'file-length'],
    ['a path instead of a file', 'exports/assets.zip', 'file'],
    ['a plain object', { name: 'x.zip' }, 'file'],
    ['a negative length', { stream: new Blob(['x']).stream(), size: -1 }, 'file-length'],
  ])('%s is a ValidationError naming the part, before sending', async (_name, value, rule) => {
    server.reset();
    const error = await rejection(token().importArchive({ file: value }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: 'file', rule });
    expect(server.requests).toHaveLength(0);
  });

  it('a missing file part and a too long text part are ValidationErrors', async () => {
    server.reset();
    expect(await rejection(token().importArchive({ description: 'x' }))).toMatchObject({ field: 'file', rule: 'required' });
    expect(await rejection(token().importArchive({ file: new Blob(['x']), description: 'x'.repeat(65) }))).toMatchObject({ field: 'description', rule: 'maxLength' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('file answers (DownloadedFile)', () => {
  it('streams the body with the name from Content-Disposition (filename* wins), the type and the size', async () => {
    server.reset();
    const data = bytesOf(300_000);
    server.fallback = file(data, { 'content-disposition': `attachment; filename="fallback.zip"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%20v1.zip` });
    const downloaded = await token({ maxResponseBytes: 1024 }).downloadArchiveFile({ file_id: 'f-1' });
    expect(downloaded).toMatchObject({ name: '报告 v1.zip', contentType: 'application/zip', size: data.byteLength });
    expect(downloaded.body).toBeInstanceOf(ReadableStream);
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(data);
    expect(server.requests[0]!.path).toBe(`/v1/${PROJECT}/archive-files/f-1`);
  });

  it('a JSON error answer on a download endpoint is a typed ApiError', async () => {
    server.reset();
    server.fallback = json(404, { error_code: 'ARC.404', error_msg: 'no such file' });
    const error = await rejection(token().downloadArchiveFile({ file_id: 'f-404' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'ARC.404' });
  });

  it('a body shorter than its Content-Length is a ConnectionError when read, never a short file', async () => {
    server.reset();
    server.fallback = (req, res) => {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': '100000' });
      res.write(Buffer.from(bytesOf(40_000)));
      setTimeout(() => req.socket.destroy(), 20);
    };
    const downloaded = await token().downloadArchiveFile({ file_id: 'f-1' });
    const error = await rejection(downloaded.arrayBuffer());
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/of 100000 bytes/);
  });

  it('a body that ends cleanly before its Content-Length (a fetch that does not check it) is a ConnectionError', async () => {
    const short = async () => new Response(bytesOf(60), { headers: { 'content-type': 'application/zip', 'content-length': '100' } });
    const downloaded = await token({ fetch: short }).downloadArchiveFile({ file_id: 'f-1' });
    expect(downloaded.size).toBe(100);
    const error = await rejection(downloaded.arrayBuffer());
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain('ended after 60 of 100 bytes');
  });

  it('a body that stalls longer than timeoutMs is a TimeoutError when read', async () => {
    server.reset();
    server.fallback = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': '10' });
      res.write('12345');
    };
    const downloaded = await token({ timeoutMs: 100 }).downloadArchiveFile({ file_id: 'f-1' });
    expect(await rejection(downloaded.arrayBuffer())).toBeInstanceOf(TimeoutError);
  });

  it('a redirect is not followed: a RedirectRefusedError, and the other origin sees no request (nor the token)', async () => {
    server.reset();
    other.reset();
    server.fallback = redirect(302, `${other.origin}/bucket/file.zip`);
    const error = await rejection(token().downloadArchiveFile({ file_id: 'f-1' }));
    expect(error).toBeInstanceOf(RedirectRefusedError);
    expect(error).toMatchObject({ status: 302, location: `${other.origin}/bucket/file.zip` });
    expect((error as Error).message).toContain('redirects are not followed');
    expect(other.requests).toHaveLength(0);
  });

  it.each<[string, string | null, string | undefined]>([
    ['a quoted name', 'attachment; filename="report.zip"', 'report.zip'],
    ['a token name', 'attachment; filename=report.zip', 'report.zip'],
    ['escaped quotes', 'attachment; filename="a \\"b\\".zip"', 'a "b".zip'],
    ['a Latin-1 extended name', "attachment; filename*=iso-8859-1'en'%E9t%E9.txt", 'été.txt'],
    ['a path is reduced to its last segment', 'attachment; filename="../../etc/passwd"', 'passwd'],
    ['a Windows path', 'attachment; filename="C:\\\\temp\\\\x.zip"', 'x.zip'],
    ['a dot-dot name', 'attachment; filename=".."', undefined],
    ['a malformed extended name falls back to filename', "attachment; filename*=UTF-8''%E6%8A; filename=b.zip", 'b.zip'],
    ['no name', 'attachment', undefined],
    ['no header', null, undefined],
  ])('Content-Disposition: %s', (_name, header, want) => {
    expect(fileNameOf(header)).toBe(want);
  });
});

describe('downloadTaskFile (x-task.download)', () => {
  it('fetches the file of a succeeded task by the field the spec names, from a task or its id', async () => {
    server.reset();
    const data = bytesOf(1000);
    server.enqueue(json(200, { task_id: 't-1', state: 'DONE', file_id: 'f-9' }), file(data, { 'content-disposition': 'attachment; filename="t-1.zip"' }));
    const byId = await token().downloadTaskFile('t-1');
    expect(byId.name).toBe('t-1.zip');
    expect(new Uint8Array(await byId.arrayBuffer())).toEqual(data);
    expect(server.requests.map((r) => r.path)).toEqual([`/v1/${PROJECT}/archive-tasks/t-1`, `/v1/${PROJECT}/archive-files/f-9`]);

    server.reset();
    server.enqueue(json(200, { task_id: 't-1', state: 'DONE', file_id: 'f-9' }), file(data));
    const client = token();
    const task = await client.waitForTask('t-1', { minDelayMs: 5, maxDelayMs: 10 });
    const byTask = await client.downloadTaskFile(task);
    expect((await byTask.arrayBuffer()).byteLength).toBe(1000);
    expect(server.requests).toHaveLength(2);
  });

  it('a task that has not succeeded, or names no file, is a TaskFileUnavailableError and nothing is downloaded', async () => {
    server.reset();
    server.enqueue(json(200, { task_id: 't-1', state: 'RUNNING' }), json(200, { task_id: 't-2', state: 'DONE' }));
    const running = await rejection(token().downloadTaskFile('t-1'));
    expect(running).toBeInstanceOf(TaskFileUnavailableError);
    expect(running).toMatchObject({ reason: 'not-succeeded', task: { status: 'running' } });
    const noFile = await rejection(token().downloadTaskFile('t-2'));
    expect(noFile).toMatchObject({ reason: 'no-file', missing: 'file_id' });
    expect(server.requests.map((r) => r.path)).toEqual([`/v1/${PROJECT}/archive-tasks/t-1`, `/v1/${PROJECT}/archive-tasks/t-2`]);
  });
});

describe('src/ knows nothing of the service', () => {
  it('no file in src/ names it', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? files(path.join(dir, name)) : [path.join(dir, name)]));
    expect(files(path.join(REPO, 'src')).filter((f) => /archive/i.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
