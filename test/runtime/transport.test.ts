/**
 * The transport end to end against a real loopback server: retries and Retry-After, error mapping, timeouts,
 * cancellation, broken connections, bad 2xx bodies, size caps, redirects, int64 and prototype safety, clock
 * skew correction and the logger hook.
 *
 * Timing assertions are lower bounds only (a retry must not come before the server's hint), except where an
 * upper bound is orders of magnitude away from the expected value.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { createDataArtsInsightClient } from '../../generated/clients/dataarts-insight.js';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import type { ClientOptions } from '../../src/client/client-options.js';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectRefusedError,
  ServerError,
  TaskportError,
  TimeoutError,
} from '../../src/core/errors.js';
import type { LogEvent } from '../../src/http/transport.js';
import { chunked, delayHeaders, json, redirect, resetConnection, slowBody, startLoopback, text, type Handler, type Loopback } from '../helpers/loopback.js';
import { AK, caught, FAST_RETRY, isolateEnv, PROJECT_ID, SECURITY_TOKEN, SK, TOKEN } from './support.js';

isolateEnv();

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

const OK_BODY = { export_tasks: [{ task_id: 't1', status: 'SUCCESS' }], count: 1 };
const ok = () => json(200, OK_BODY);

function ws(options: Partial<ClientOptions> = {}) {
  return createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN }, retry: FAST_RETRY, ...options });
}

function gap(a: number, b: number): number {
  return server.requests[b]!.receivedAt - server.requests[a]!.receivedAt;
}

/** A free local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function sdkDateToMs(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`not an X-Sdk-Date: ${value}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

describe('retries', () => {
  it('503 then 200 succeeds after one retry', async () => {
    server.enqueue(json(503, { error_code: 'WKS.0500', error_msg: 'busy' }), ok());
    await expect(ws().listExportTasks()).resolves.toEqual(OK_BODY);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.url).toBe(server.requests[0]!.url);
  });

  it.each([500, 502, 503, 504, 408, 429])('%i is retried', async (status) => {
    server.enqueue(json(status, { error_code: 'X.1' }), ok());
    await expect(ws().listExportTasks()).resolves.toEqual(OK_BODY);
    expect(server.requests).toHaveLength(2);
  });

  it('429 with Retry-After: 1 (seconds) waits about a second', async () => {
    server.enqueue(json(429, { error_code: 'APIGW.0308', error_msg: 'throttled' }, { 'retry-after': '1' }), ok());
    await expect(ws().listExportTasks()).resolves.toEqual(OK_BODY);
    expect(server.requests).toHaveLength(2);
    expect(gap(0, 1)).toBeGreaterThanOrEqual(950);
  });

  it('429 with Retry-After as an HTTP date waits until that date', async () => {
    // HTTP dates have whole seconds: aim at least 1.5 s ahead.
    const retryAt = Math.ceil((Date.now() + 1500) / 1000) * 1000;
    server.enqueue(json(429, { error_code: 'APIGW.0308' }, { 'retry-after': new Date(retryAt).toUTCString() }), ok());
    await expect(ws().listExportTasks()).resolves.toEqual(OK_BODY);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.receivedAt).toBeGreaterThanOrEqual(retryAt - 50);
  });

  it('503 with Retry-After is honoured too', async () => {
    server.enqueue(json(503, {}, { 'retry-after': '1' }), ok());
    await ws().listExportTasks();
    expect(gap(0, 1)).toBeGreaterThanOrEqual(950);
  });

  it('a long Retry-After is capped at maxRetryAfterMs', async () => {
    server.enqueue(json(429, {}, { 'retry-after': '30' }), ok());
    await ws({ retry: { ...FAST_RETRY, maxRetryAfterMs: 100 } }).listExportTasks();
    expect(gap(0, 1)).toBeGreaterThanOrEqual(90);
    expect(gap(0, 1)).toBeLessThan(10_000);
  });

  it('retries exhausted → ServerError with status, code and request id from the body', async () => {
    server.fallback = json(503, { error_code: 'WKS.00000500', error_msg: 'service unavailable', request_id: 'req-body-1' });
    const error = await caught(() => ws().listExportTasks());
    expect(error).toBeInstanceOf(ServerError);
    const e = error as ServerError;
    expect(e).toMatchObject({ status: 503, code: 'WKS.00000500', requestId: 'req-body-1', service: 'workspace', operation: 'ListExportTasks' });
    expect(e.message).toContain('503');
    expect(e.message).toContain('WKS.00000500');
    expect(e.message).toContain('service unavailable');
    expect(e.message).toContain('req-body-1');
    expect(server.requests).toHaveLength(1 + FAST_RETRY.maxRetries);
  });

  it('request id falls back to the X-Request-Id header', async () => {
    server.fallback = json(500, { error_code: 'WKS.00000001', error_msg: 'boom' }, { 'x-request-id': 'req-header-7' });
    const error = (await caught(() => ws({ retry: { maxRetries: 1, minDelayMs: 1, maxDelayMs: 2 } }).listExportTasks())) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.requestId).toBe('req-header-7');
    expect(error.code).toBe('WKS.00000001');
    expect(server.requests).toHaveLength(2);
  });

  it('the body request_id wins over the header', async () => {
    server.fallback = json(500, { error_code: 'E', request_id: 'from-body' }, { 'x-request-id': 'from-header' });
    const error = (await caught(() => ws({ retry: false }).listExportTasks())) as ServerError;
    expect(error.requestId).toBe('from-body');
  });

  it('retry: false sends exactly once', async () => {
    server.enqueue(json(503, { error_code: 'WKS.0503' }), ok());
    const error = await caught(() => ws({ retry: false }).listExportTasks());
    expect(error).toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('maxRetries: 0 sends exactly once', async () => {
    server.fallback = json(503, {});
    await caught(() => ws({ retry: { maxRetries: 0 } }).listExportTasks());
    expect(server.requests).toHaveLength(1);
  });

  it('429 exhausted → RateLimitError carrying retryAfterMs', async () => {
    server.fallback = json(429, { error_code: 'APIGW.0308', error_msg: 'throttled' }, { 'retry-after': '0' });
    const error = (await caught(() => ws().listExportTasks())) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(0);
    expect(server.requests).toHaveLength(3);
  });
});

describe('error mapping (no retry for 4xx)', () => {
  it.each<[number, new (...args: never[]) => ApiError, Record<string, unknown>]>([
    [400, BadRequestError, { error_code: 'WKS.00000400', error_msg: 'bad' }],
    [401, AuthenticationError, { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' }],
    [403, PermissionDeniedError, { error_code: 'APIGW.0302', error_msg: 'forbidden' }],
    [404, NotFoundError, { error_code: 'WKS.00000404', error_msg: 'not found' }],
    [409, ApiError, { error_code: 'WKS.00000409', error_msg: 'conflict' }],
  ])('%i → %o, sent once', async (status, kind, body) => {
    server.fallback = json(status, body);
    const error = await caught(() => ws().listExportTasks());
    expect(error).toBeInstanceOf(kind);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(TaskportError);
    expect(error).toMatchObject({ status, code: body.error_code, body });
    expect((error as Error).message).toContain(String(body.error_msg));
    expect(server.requests).toHaveLength(1);
  });

  it('401 with AK/SK and a correct clock is not retried or re-signed', async () => {
    server.fallback = json(401, { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' });
    const client = ws({ credentials: { ak: AK, sk: SK } });
    const error = await caught(() => client.listExportTasks());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(1);
  });

  it('400 with a MetaStudio body → BadRequestError code MSS.000000003', async () => {
    const body = { error_code: 'MSS.000000003', error_msg: 'Invalid parameter: resource', request_id: 'ms-req-1' };
    server.fallback = json(400, body);
    const ms = createMetaStudioClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN } });
    const error = (await caught(() => ms.searchTask({ resource: ['knowledge-intent-question-create'] }))) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'MSS.000000003', requestId: 'ms-req-1', service: 'metastudio', operation: 'SearchTask', body });
    expect(error.message).toBe('metastudio SearchTask failed with HTTP 400 MSS.000000003: Invalid parameter: resource (request id ms-req-1)');
  });

  it('the API gateway envelope { error: { code, message } } is parsed into code and message', async () => {
    const body = { error: { code: 'APIGW.0301', message: 'Incorrect IAM authentication information: verify aksk signature fail', request_id: 'gw-1' } };
    server.fallback = json(401, body, { 'x-request-id': 'gw-hdr' });
    const error = (await caught(() => ws().listExportTasks())) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe('APIGW.0301');
    expect(error.message).toContain('Incorrect IAM authentication information: verify aksk signature fail');
    expect(error.requestId).toBe('gw-hdr');
    expect(error.body).toEqual(body);
  });

  it('a non-JSON error body (HTML from a proxy) is kept as text', async () => {
    server.fallback = text(404, '<html><body>404 Not Found</body></html>', { 'content-type': 'text/html' });
    const error = (await caught(() => ws().listExportTasks())) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBeUndefined();
    expect(error.body).toBe('<html><body>404 Not Found</body></html>');
    expect(error.message).toContain('404 Not Found');
  });

  it('an empty error body still maps by status', async () => {
    server.fallback = text(403, '');
    const error = (await caught(() => ws().listExportTasks())) as PermissionDeniedError;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.body).toBeUndefined();
  });
});

describe('timeouts', () => {
  it('per-attempt timeout (server delays headers 2 s) → TimeoutError after the retries', async () => {
    server.fallback = delayHeaders(2000, ok());
    const started = Date.now();
    const error = await caught(() => ws({ timeoutMs: 200, retry: { maxRetries: 1, minDelayMs: 1, maxDelayMs: 2 } }).listExportTasks());
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(200);
    expect((error as TimeoutError).message).toContain('200 ms');
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
  });

  it('the per-call timeoutMs overrides the client one', async () => {
    server.fallback = delayHeaders(2000, ok());
    const error = await caught(() => ws({ timeoutMs: 30_000, retry: false }).listExportTasks({}, { timeoutMs: 150 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(150);
  });

  it('a body that trickles in too slowly also times out', async () => {
    server.fallback = slowBody(JSON.stringify(OK_BODY), 2000, 5);
    const error = await caught(() => ws({ timeoutMs: 200, retry: { maxRetries: 1, minDelayMs: 1, maxDelayMs: 2 } }).listExportTasks());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(2);
  });

  it('a slow answer within the limit is fine', async () => {
    server.enqueue(delayHeaders(100, ok()));
    await expect(ws({ timeoutMs: 2000 }).listExportTasks()).resolves.toEqual(OK_BODY);
  });
});

describe('cancellation', () => {
  it('AbortSignal aborts the in-flight request at once', async () => {
    server.fallback = delayHeaders(5000, ok());
    const controller = new AbortController();
    const pending = caught(() => ws().listExportTasks({}, { signal: controller.signal }));
    await server.waitForRequests(1);
    const abortedAt = Date.now();
    controller.abort();
    const error = await pending;
    expect(Date.now() - abortedAt).toBeLessThan(1000);
    expect((error as Error).name).toBe('AbortError');
    expect(server.requests).toHaveLength(1);
  });

  it('AbortSignal aborts a pending backoff at once (Retry-After: 5)', async () => {
    server.fallback = json(503, {}, { 'retry-after': '5' });
    const controller = new AbortController();
    const started = Date.now();
    const pending = caught(() => ws().listExportTasks({}, { signal: controller.signal }));
    await server.waitForRequests(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort(new Error('user gave up'));
    const error = await pending;
    expect(Date.now() - started).toBeLessThan(2500);
    expect((error as Error).message).toBe('user gave up');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.requests).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const error = await caught(() => ws().listExportTasks({}, { signal: AbortSignal.abort() }));
    expect((error as Error).name).toBe('AbortError');
    expect(server.requests).toHaveLength(0);
  });
});

describe('broken connections', () => {
  it('a connection reset is a ConnectionError and is retried', async () => {
    server.enqueue(resetConnection(), ok());
    const events: LogEvent[] = [];
    await expect(ws({ logger: (e) => events.push(e) }).listExportTasks()).resolves.toEqual(OK_BODY);
    expect(server.requests).toHaveLength(2);
    expect(events.map((e) => e.type)).toEqual(['request', 'error', 'retry', 'request', 'response']);
  });

  it('resets every time → ConnectionError after the retries', async () => {
    server.fallback = resetConnection();
    const error = await caught(() => ws().listExportTasks());
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toMatch(/^workspace ListExportTasks: /);
    expect(server.requests).toHaveLength(3);
  });

  it('a refused connection is a ConnectionError', async () => {
    const port = await closedPort();
    const error = await caught(() => ws({ endpoint: `http://127.0.0.1:${port}`, retry: false }).listExportTasks());
    expect(error).toBeInstanceOf(ConnectionError);
  });

  it('a body cut off before its content-length is a ConnectionError (retried)', async () => {
    const cut: Handler = (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"export_tasks": [');
      setTimeout(() => req.socket.destroy(), 20);
    };
    server.enqueue(cut, ok());
    await expect(ws().listExportTasks()).resolves.toEqual(OK_BODY);
    expect(server.requests).toHaveLength(2);
  });
});

describe('invalid 2xx bodies', () => {
  it.each<[string, Handler, RegExp]>([
    ['an empty body (content-length 0)', text(200, '', { 'content-type': 'application/json' }), /empty/],
    ['an empty chunked body', chunked(200, ''), /empty/],
    ['a whitespace body', json(200, '  \n '), /empty/],
    ['an HTML page', text(200, '<!DOCTYPE html><html><body>Login</body></html>', { 'content-type': 'text/html; charset=utf-8' }), /expected JSON, got text\/html/],
    ['truncated JSON', json(200, '{"export_tasks": [{"task_id": "t1"'), /not valid JSON/],
    ['a JSON array', json(200, '[1,2,3]'), /not a JSON object/],
    ['a JSON string', json(200, '"ok"'), /not a JSON object/],
    ['a JSON number', json(200, '42'), /not a JSON object/],
    ['JSON null', json(200, 'null'), /not a JSON object/],
    ['JSON true', json(200, 'true'), /not a JSON object/],
  ])('%s → InvalidResponseError, not retried', async (_what, handler, message) => {
    server.fallback = handler;
    const error = await caught(() => ws().listExportTasks());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(200);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^workspace ListExportTasks: /);
    expect(server.requests).toHaveLength(1);
  });

  it('JSON without a content-type is accepted', async () => {
    server.enqueue(text(200, JSON.stringify(OK_BODY)));
    await expect(ws().listExportTasks()).resolves.toEqual(OK_BODY);
  });

  it('carries the X-Request-Id header', async () => {
    server.enqueue(json(200, '[]', { 'x-request-id': 'rid-9' }));
    const error = (await caught(() => ws().listExportTasks())) as InvalidResponseError;
    expect(error.requestId).toBe('rid-9');
  });
});

describe('maxResponseBytes', () => {
  const big = JSON.stringify({ export_tasks: Array.from({ length: 200 }, (_, i) => ({ task_id: `task-${i}`, file_name: 'x'.repeat(40) })), count: 200 });

  it.each<[string, Handler]>([
    ['with content-length', json(200, big)],
    ['chunked, without content-length', chunked(200, big, 512)],
  ])('a body over the cap %s → InvalidResponseError with a clear message', async (_what, handler) => {
    server.fallback = handler;
    const error = await caught(() => ws({ maxResponseBytes: 4096 }).listExportTasks());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toBe('workspace ListExportTasks: response body exceeds the 4096-byte cap');
    expect(server.requests).toHaveLength(1);
  });

  it('a body of exactly the cap is accepted (chunked and not)', async () => {
    const exact = JSON.stringify(OK_BODY);
    server.enqueue(json(200, exact), chunked(200, exact, 7));
    const client = ws({ maxResponseBytes: Buffer.byteLength(exact) });
    await expect(client.listExportTasks()).resolves.toEqual(OK_BODY);
    await expect(client.listExportTasks()).resolves.toEqual(OK_BODY);
  });
});

describe('redirects are not followed', () => {
  it.each([301, 302, 303, 307, 308])('%i: nothing reaches the target; the caller gets a RedirectRefusedError (a ConnectionError) with that status', async (status) => {
    server.enqueue(redirect(status, '/redirect-target'));
    server.fallback = json(200, { reached: 'target' });
    const error = await caught(() => ws().listExportTasks());
    // Node's fetch returns the 3xx response itself for redirect: 'manual' (type 'basic', not
    // 'opaqueredirect'); the client turns it into the README's "redirect refused" ConnectionError.
    expect(error).toBeInstanceOf(RedirectRefusedError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ status, location: '/redirect-target' });
    expect((error as Error).message).toMatch(/^workspace ListExportTasks: the server redirected/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(1);
    expect(server.requests.some((r) => r.path === '/redirect-target')).toBe(false);
  });

  it('a cross-origin redirect does not carry the token anywhere', async () => {
    const other = await startLoopback();
    try {
      server.enqueue(redirect(302, `${other.origin}/steal`));
      await caught(() => ws().listExportTasks());
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });
});

describe('body parsing', () => {
  it('DataArts int64 create_date arrives as the exact string; small integers stay numbers', async () => {
    server.enqueue(
      json(200, '{ "id": "2406a337", "name": "n", "status": 1, "create_date": 9223372036854776000, "update_date": 1744276967708, "error_msg": "" }'),
    );
    const dai = createDataArtsInsightClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN }, workspaceId: 'w' });
    const body = (await dai.listImportResourceTaskDetail({ task_id: '2406a337' })) as Record<string, unknown>;
    expect(body.create_date).toBe('9223372036854776000');
    expect(body.update_date).toBe(1744276967708);
    expect(body.status).toBe(1);
  });

  it('a body with __proto__ keys does not pollute Object.prototype', async () => {
    server.enqueue(json(200, '{"__proto__": {"polluted": "yes"}, "export_tasks": [{"task_id": "t", "__proto__": {"isAdmin": true}}], "count": 1, "constructor": {"prototype": {"polluted2": 1}}}'));
    const body = (await ws().listExportTasks()) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted2).toBeUndefined();
    expect(Object.hasOwn(body, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    const item = (body.export_tasks as Record<string, unknown>[])[0]!;
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(item.isAdmin).toBeUndefined();
    // Merging the parsed body must not reach the prototype either.
    const merged = Object.assign({}, body, item);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(merged.polluted).toBeUndefined();
  });

  it('an error body with __proto__ keys does not pollute either', async () => {
    server.enqueue(json(400, '{"error_code": "E", "__proto__": {"polluted": "yes"}}'));
    const error = (await caught(() => ws().listExportTasks())) as BadRequestError;
    expect(error.code).toBe('E');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(error.body as object, '__proto__')).toBe(false);
  });
});

describe('clock skew', () => {
  function skewed401(offsetMs: number): Handler {
    return (_req, res) => {
      const body = JSON.stringify({ error_code: 'APIGW.0303', error_msg: 'Incorrect app authentication information: signature expired' });
      res.writeHead(401, { 'content-type': 'application/json', date: new Date(Date.now() + offsetMs).toUTCString(), 'content-length': String(body.length) });
      res.end(body);
    };
  }

  it('a 401 with a Date header 1 h ahead → re-signed once with the corrected X-Sdk-Date, then succeeds', async () => {
    server.enqueue(skewed401(3_600_000), ok());
    const client = ws({ credentials: { ak: AK, sk: SK, securityToken: SECURITY_TOKEN }, retry: false });
    await expect(client.listExportTasks({ limit: 5 })).resolves.toEqual(OK_BODY);
    expect(server.requests).toHaveLength(2);
    const first = sdkDateToMs(server.requests[0]!.headers['x-sdk-date'] as string);
    const second = sdkDateToMs(server.requests[1]!.headers['x-sdk-date'] as string);
    expect(Math.abs(first - Date.now())).toBeLessThan(60_000);
    expect(Math.abs(second - (Date.now() + 3_600_000))).toBeLessThan(120_000);
    for (const i of [0, 1]) expect(server.verify(i, SK).valid).toBe(true);
  });

  it('a 1 h behind server clock is corrected too', async () => {
    server.enqueue(skewed401(-3_600_000), ok());
    await ws({ credentials: { ak: AK, sk: SK } }).listExportTasks();
    const second = sdkDateToMs(server.requests[1]!.headers['x-sdk-date'] as string);
    expect(Math.abs(second - (Date.now() - 3_600_000))).toBeLessThan(120_000);
  });

  it('re-signs only once: a second skewed 401 is an AuthenticationError', async () => {
    server.fallback = skewed401(3_600_000);
    const error = await caught(() => ws({ credentials: { ak: AK, sk: SK } }).listExportTasks());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(2);
  });

  it('token credentials are not re-sent on a skewed 401', async () => {
    server.fallback = skewed401(3_600_000);
    const error = await caught(() => ws().listExportTasks());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(1);
  });

  it('a small skew (1 min) is not "corrected"', async () => {
    server.fallback = skewed401(60_000);
    await caught(() => ws({ credentials: { ak: AK, sk: SK } }).listExportTasks());
    expect(server.requests).toHaveLength(1);
  });
});

describe('logger hook', () => {
  it.each([
    ['AK/SK with a security token', { ak: AK, sk: SK, securityToken: SECURITY_TOKEN }, ['authorization', 'x-security-token']],
    ['token', { token: TOKEN }, ['x-auth-token']],
  ] as const)('receives request/response/retry events with %s redacted', async (_kind, credentials, redactedNames) => {
    server.enqueue(json(503, { error_code: 'X' }), ok());
    const events: LogEvent[] = [];
    await ws({ credentials, logger: (e) => events.push(e) }).listExportTasks({ limit: 3 });
    expect(events.map((e) => e.type)).toEqual(['request', 'response', 'retry', 'request', 'response']);
    expect(events.map((e) => e.attempt)).toEqual([1, 1, 1, 2, 2]);
    for (const e of events) {
      expect(e).toMatchObject({ service: 'workspace', operation: 'ListExportTasks', method: 'GET' });
      expect(e.url).toContain(`/v2/${PROJECT_ID}/export-tasks`);
    }
    expect(events[1]).toMatchObject({ status: 503 });
    expect(events[2]).toMatchObject({ status: 503, delayMs: expect.any(Number) });
    expect(events[4]).toMatchObject({ status: 200 });
    const requests = events.filter((e) => e.type === 'request');
    for (const e of requests) {
      for (const name of redactedNames) expect(e.headers?.[name]).toBe('[redacted]');
    }
    const serialised = JSON.stringify(events);
    for (const secret of [SK, SECURITY_TOKEN, TOKEN]) expect(serialised).not.toContain(secret);
    // The signature itself is not logged either.
    const signature = /Signature=([0-9a-f]{64})/.exec(String(server.requests[0]!.headers.authorization ?? ''))?.[1];
    if (signature) expect(serialised).not.toContain(signature);
  });

  it('a throwing logger does not break the call', async () => {
    server.enqueue(ok());
    const client = ws({
      logger: () => {
        throw new Error('logger bug');
      },
    });
    await expect(client.listExportTasks()).resolves.toEqual(OK_BODY);
  });
});
