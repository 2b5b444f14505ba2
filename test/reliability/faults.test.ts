/**
 * Fault matrix: the client against a scripted loopback server (and the mock's `inject` and clock),
 * one row per fault. Each row asserts
 *   - the typed outcome (a value, or the exact error class with what it says),
 *   - that it settles within its deadline (elapsed ≤ deadline + a generous slack; lower bounds only
 *     where the server asked for a wait, e.g. Retry-After),
 *   - how many requests the server saw (retries are bounded),
 * and, for the whole file, that no promise rejection went unhandled.
 *
 * Hangs are 5 s, far beyond every deadline + slack, so a row that waits for the server instead of its
 * own time limit fails on time, not by luck.
 */
import { createServer as createNetServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHssClient } from '../../generated/clients/hss.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import {
  AuthenticationError,
  ConnectionError,
  InvalidResponseError,
  RateLimitError,
  RedirectRefusedError,
  ServerError,
  TimeoutError,
  WaitTimeoutError,
} from '../../src/core/errors.js';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import { chunked, delayHeaders, json, redirect, resetConnection, slowBody, startLoopback, text, type Handler, type Loopback } from '../helpers/loopback.js';
import { isolateEnv } from '../runtime/support.js';
import { describeOutcome, forbidUnhandledRejections, outcome, type ErrorClass } from './support.js';

isolateEnv();
forbidUnhandledRejections();

const TOKEN = 'MIIEtokenFaultMatrix+abc/def=0123456789';
const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'ExampleSecretKey0123456789abcdefghijklmn';
const PROJECT_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
/** Generous: CI machines stall; still far below every hang (5 s). */
const SLACK_MS = 1000;
const HANG_MS = 5000;
const FAST_RETRY = { minDelayMs: 1, maxDelayMs: 5 };
const OK_BODY = { export_tasks: [{ task_id: 't1', status: 'SUCCESS' }], count: 1 };
const ok = () => json(200, OK_BODY);

let server: Loopback;
let other: Loopback;
let mock: MockServer;
let skewedMock: MockServer;
beforeAll(async () => {
  [server, other, mock, skewedMock] = await Promise.all([
    startLoopback(),
    startLoopback(),
    startMockServer(),
    // The server's clock runs 20 minutes ahead: beyond the 15-minute signature window.
    startMockServer({ clock: () => Date.now() + 20 * 60_000 }),
  ]);
});
afterAll(async () => {
  await Promise.all([server.close(), other.close(), mock.close(), skewedMock.close()]);
});
beforeEach(() => {
  server.reset();
  other.reset();
  mock.clearFaults();
});

function ws(options: Record<string, unknown> = {}) {
  return createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN }, retry: { maxRetries: 2, ...FAST_RETRY }, timeoutMs: 2000, ...options } as never);
}
const list = (options: Record<string, unknown> = {}, request?: Record<string, unknown>) => () => ws(options).listExportTasks({ limit: 5 }, request as never);

function mockHss(target: MockServer, options: Record<string, unknown> = {}) {
  return createHssClient({ endpoint: target.url, projectId: MOCK_PROJECT_ID, credentials: { token: MOCK_TOKEN }, retry: { maxRetries: 3, ...FAST_RETRY }, timeoutMs: 2000, ...options } as never);
}

/** Writes a raw HTTP/1.1 head and part of a body straight to the socket; `end` closes it (FIN), else it is left open. */
function truncated(end: boolean): Handler {
  return (req) => {
    req.socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"export_tasks":[');
    if (end) req.socket.end();
  };
}

/** Sends headers and 10 bytes of a declared 1000, then destroys the connection. */
const resetMidBody: Handler = (req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{"export_t');
  setTimeout(() => req.socket.destroy(), 10);
};

/** A chunked body that never ends: 64 KiB every millisecond until the client goes away. */
const endlessBody: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  const timer = setInterval(() => res.write(Buffer.alloc(65_536, 0x20)), 1);
  res.on('close', () => clearInterval(timer));
};

function skewed401(offsetMs: number): Handler {
  return (_req, res) => {
    const body = JSON.stringify({ error_code: 'APIGW.0303', error_msg: 'Incorrect app authentication information: signature expired' });
    res.writeHead(401, { 'content-type': 'application/json', date: new Date(Date.now() + offsetMs).toUTCString(), 'content-length': String(Buffer.byteLength(body)) });
    res.end(body);
  };
}

async function closedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

class Stopped extends Error {
  override name = 'Stopped';
}

interface Row {
  name: string;
  /** Scripts the servers (the loopback is reset before). */
  setup?: () => void | Promise<void>;
  run: () => Promise<unknown>;
  /** Resolves (optionally checking the value) or throws this class. */
  expect: { ok: true; check?: (value: unknown) => void } | { error: ErrorClass; message?: RegExp; check?: (error: never) => void };
  /** Settles by then (plus the slack). */
  deadlineMs: number;
  /** Not before (the server asked for a wait). */
  notBeforeMs?: number;
  /** Requests the loopback saw (or the mock, via `mockStatuses`). */
  requests?: number;
  mockStatuses?: { server: () => MockServer; statuses: number[] };
}

const rows: Row[] = [
  // ---- 5xx bursts ----
  {
    name: '3×503 then 200 with maxRetries 3 → ok',
    setup: () => server.enqueue(json(503, {}), json(503, {}), json(503, {}), ok()),
    run: list({ retry: { maxRetries: 3, ...FAST_RETRY } }),
    expect: { ok: true, check: (v: unknown) => expect(v).toEqual(OK_BODY) },
    deadlineMs: 100,
    requests: 4,
  },
  {
    name: '5×503 with maxRetries 3 → ServerError (503) after 4 attempts',
    setup: () => server.enqueue(...Array.from({ length: 5 }, () => json(503, { error_code: 'SYS.503', error_msg: 'busy' }))),
    run: list({ retry: { maxRetries: 3, ...FAST_RETRY } }),
    expect: { error: ServerError, message: /HTTP 503 SYS\.503: busy/, check: (e: ServerError) => expect(e.status).toBe(503) },
    deadlineMs: 100,
    requests: 4,
  },
  {
    name: '502, 504, 500 then 200 (mixed 5xx) with maxRetries 3 → ok',
    setup: () => server.enqueue(json(502, {}), json(504, {}), json(500, {}), ok()),
    run: list({ retry: { maxRetries: 3, ...FAST_RETRY } }),
    expect: { ok: true },
    deadlineMs: 100,
    requests: 4,
  },
  {
    name: 'mock inject: 3×503 then the real answer with maxRetries 3 → ok',
    setup: () => mock.inject({ status: 503, times: 3 }),
    run: () => mockHss(mock).getTask('demo-succeeded'),
    expect: { ok: true, check: (v: unknown) => expect(v).toMatchObject({ service: 'hss', id: 'demo-succeeded' }) },
    deadlineMs: 100,
    mockStatuses: { server: () => mock, statuses: [503, 503, 503, 200] },
  },
  {
    name: 'mock inject: 5×503 with maxRetries 3 → ServerError MOCK.FAULT',
    setup: () => mock.inject({ status: 503, times: 5 }),
    run: () => mockHss(mock).getTask('demo-succeeded'),
    expect: { error: ServerError, check: (e: ServerError) => expect(e).toMatchObject({ status: 503, code: 'MOCK.FAULT' }) },
    deadlineMs: 100,
    mockStatuses: { server: () => mock, statuses: [503, 503, 503, 503] },
  },
  // ---- 429 and Retry-After ----
  {
    name: '429 with Retry-After: 1 (seconds) → waits 1 s, then ok',
    setup: () => server.enqueue(json(429, { error_code: 'APIGW.0308' }, { 'retry-after': '1' }), ok()),
    run: list(),
    expect: { ok: true },
    notBeforeMs: 950,
    deadlineMs: 1000,
    requests: 2,
  },
  {
    name: '429 with Retry-After as an HTTP date (~2 s ahead) → waits until then, then ok',
    setup: () => server.enqueue((req, res, r) => json(429, { error_code: 'APIGW.0308' }, { 'retry-after': new Date(Date.now() + 2000).toUTCString() })(req, res, r), ok()),
    run: list(),
    expect: { ok: true },
    // The date has whole seconds: the wait is between 1 and 2 s.
    notBeforeMs: 950,
    deadlineMs: 2000,
    requests: 2,
  },
  {
    name: '429 with Retry-After: 30 and maxRetryAfterMs 200 → the hint is capped',
    setup: () => server.enqueue(json(429, {}, { 'retry-after': '30' }), ok()),
    run: list({ retry: { maxRetries: 2, maxRetryAfterMs: 200, ...FAST_RETRY } }),
    expect: { ok: true },
    notBeforeMs: 180,
    deadlineMs: 200,
    requests: 2,
  },
  {
    name: '429 with an unparseable Retry-After ("soon") → ordinary backoff, then ok',
    setup: () => server.enqueue(json(429, {}, { 'retry-after': 'soon' }), ok()),
    run: list(),
    expect: { ok: true },
    deadlineMs: 100,
    requests: 2,
  },
  {
    name: '429 without retries → RateLimitError carrying the hint',
    setup: () => server.enqueue(json(429, { error_code: 'APIGW.0308', error_msg: 'throttled' }, { 'retry-after': '3' })),
    run: list({ retry: false }),
    expect: { error: RateLimitError, check: (e: RateLimitError) => expect(e).toMatchObject({ status: 429, code: 'APIGW.0308', retryAfterMs: 3000 }) },
    deadlineMs: 100,
    requests: 1,
  },
  // ---- connection resets ----
  {
    name: 'reset before headers, every time → ConnectionError after 1 + 2 attempts',
    setup: () => void (server.fallback = resetConnection()),
    run: list(),
    expect: { error: ConnectionError, message: /workspace ListExportTasks: / },
    deadlineMs: 200,
    requests: 3,
  },
  {
    name: 'reset before headers once → retried, ok',
    setup: () => server.enqueue(resetConnection(), ok()),
    run: list(),
    expect: { ok: true },
    deadlineMs: 200,
    requests: 2,
  },
  {
    name: 'reset mid-body, every time → ConnectionError after 1 + 2 attempts',
    setup: () => void (server.fallback = resetMidBody),
    run: list(),
    expect: { error: ConnectionError },
    deadlineMs: 300,
    requests: 3,
  },
  {
    name: 'reset mid-body once → retried, ok',
    setup: () => server.enqueue(resetMidBody, ok()),
    run: list(),
    expect: { ok: true },
    deadlineMs: 300,
    requests: 2,
  },
  {
    name: 'connection refused → ConnectionError after the retries',
    run: async () => ws({ endpoint: `http://127.0.0.1:${await closedPort()}` }).listExportTasks(),
    expect: { error: ConnectionError },
    deadlineMs: 300,
  },
  // ---- slow servers: per-attempt timeouts ----
  {
    name: 'slow headers (5 s) with timeoutMs 300, no retry → TimeoutError at 300 ms',
    setup: () => void (server.fallback = delayHeaders(HANG_MS)),
    run: list({ timeoutMs: 300, retry: false }),
    expect: { error: TimeoutError, message: /within 300 ms/, check: (e: TimeoutError) => expect(e.timeoutMs).toBe(300) },
    notBeforeMs: 280,
    deadlineMs: 300,
    requests: 1,
  },
  {
    name: 'slow headers with timeoutMs 300 and 1 retry → TimeoutError after 2 attempts',
    setup: () => void (server.fallback = delayHeaders(HANG_MS)),
    run: list({ timeoutMs: 300, retry: { maxRetries: 1, ...FAST_RETRY } }),
    expect: { error: TimeoutError },
    notBeforeMs: 580,
    deadlineMs: 610,
    requests: 2,
  },
  {
    name: 'slow headers once, then fast → the retry succeeds',
    setup: () => server.enqueue(delayHeaders(HANG_MS), ok()),
    run: list({ timeoutMs: 300 }),
    expect: { ok: true },
    deadlineMs: 310,
    requests: 2,
  },
  {
    name: 'slow body (1 byte, the rest after 5 s) with timeoutMs 300 → TimeoutError at 300 ms',
    setup: () => void (server.fallback = slowBody(JSON.stringify(OK_BODY), HANG_MS)),
    run: list({ timeoutMs: 300, retry: false }),
    expect: { error: TimeoutError },
    notBeforeMs: 280,
    deadlineMs: 300,
    requests: 1,
  },
  {
    name: 'per-call timeoutMs 200 overrides the client 5000',
    setup: () => void (server.fallback = delayHeaders(HANG_MS)),
    run: list({ timeoutMs: 5000, retry: false }, { timeoutMs: 200 }),
    expect: { error: TimeoutError, message: /within 200 ms/ },
    deadlineMs: 200,
    requests: 1,
  },
  {
    // setTimeout takes a 32-bit signed delay: anything larger fires after 1 ms (TimeoutOverflowWarning).
    name: 'a timeoutMs beyond 2^31-1 ms (3e9) is not cut to 1 ms: a 100 ms answer succeeds',
    setup: () => void (server.fallback = delayHeaders(100, ok())),
    run: list({ timeoutMs: 3e9, retry: false }),
    expect: { ok: true },
    deadlineMs: 100,
    requests: 1,
  },
  // ---- broken and unexpected bodies ----
  {
    name: 'truncated body (content-length 100, 17 bytes sent, then FIN) → ConnectionError',
    setup: () => void (server.fallback = truncated(true)),
    run: list({ retry: false }),
    expect: { error: ConnectionError },
    deadlineMs: 100,
    requests: 1,
  },
  {
    name: 'truncated body, connection left open → TimeoutError at timeoutMs 300',
    setup: () => void (server.fallback = truncated(false)),
    run: list({ timeoutMs: 300, retry: false }),
    expect: { error: TimeoutError },
    deadlineMs: 300,
    requests: 1,
  },
  {
    name: 'empty 200 body → InvalidResponseError',
    setup: () => void (server.fallback = text(200, '', { 'content-type': 'application/json' })),
    run: list(),
    expect: { error: InvalidResponseError, message: /the response body is empty \(HTTP 200\)/ },
    deadlineMs: 100,
    requests: 1,
  },
  {
    name: 'HTML 200 (a captive portal) → InvalidResponseError',
    setup: () => void (server.fallback = text(200, '<!doctype html><html><body>Sign in to the Wi-Fi</body></html>', { 'content-type': 'text/html; charset=utf-8' })),
    run: list(),
    expect: { error: InvalidResponseError, message: /expected JSON, got text\/html/ },
    deadlineMs: 100,
    requests: 1,
  },
  {
    name: 'non-JSON text labelled application/json → InvalidResponseError',
    setup: () => void (server.fallback = text(200, 'OK', { 'content-type': 'application/json' })),
    run: list(),
    expect: { error: InvalidResponseError, message: /not valid JSON/ },
    deadlineMs: 100,
    requests: 1,
  },
  {
    name: 'a JSON array instead of an object → InvalidResponseError',
    setup: () => void (server.fallback = json(200, [OK_BODY])),
    run: list(),
    expect: { error: InvalidResponseError, message: /not a JSON object/ },
    deadlineMs: 100,
    requests: 1,
  },
  {
    name: 'body over maxResponseBytes (declared content-length, 4 MiB) → InvalidResponseError without reading it',
    setup: () => void (server.fallback = json(200, { export_tasks: [], pad: 'x'.repeat(4 * 1024 * 1024) })),
    run: list({ maxResponseBytes: 1024 }),
    expect: { error: InvalidResponseError, message: /exceeds the 1024-byte cap/ },
    deadlineMs: 300,
    requests: 1,
  },
  {
    name: 'body over maxResponseBytes (chunked, no length) → InvalidResponseError',
    setup: () => void (server.fallback = chunked(200, JSON.stringify({ export_tasks: [], pad: 'x'.repeat(64 * 1024) }), 4096)),
    run: list({ maxResponseBytes: 1024 }),
    expect: { error: InvalidResponseError, message: /exceeds the 1024-byte cap/ },
    deadlineMs: 300,
    requests: 1,
  },
  {
    name: 'an endless chunked body → InvalidResponseError at the cap, long before the timeout',
    setup: () => void (server.fallback = endlessBody),
    run: list({ maxResponseBytes: 1024 * 1024, timeoutMs: HANG_MS }),
    expect: { error: InvalidResponseError, message: /exceeds the 1048576-byte cap/ },
    deadlineMs: 500,
    requests: 1,
  },
  // ---- redirects are not followed ----
  {
    name: '302 (same origin) → RedirectRefusedError 302 "redirects are not followed"; the target is never asked',
    setup: () => server.enqueue(redirect(302, '/v2/elsewhere')),
    run: list(),
    expect: { error: RedirectRefusedError, message: /redirected \(HTTP 302\) to \/v2\/elsewhere; redirects are not followed/, check: (e: RedirectRefusedError) => expect(e.status).toBe(302) },
    deadlineMs: 100,
    requests: 1,
  },
  {
    name: '307 to another origin with a token → RedirectRefusedError 307; the other origin sees nothing',
    setup: () => server.enqueue(redirect(307, `${other.origin}/steal`)),
    run: list(),
    expect: { error: RedirectRefusedError, check: (e: RedirectRefusedError) => expect({ status: e.status, others: other.requests.length }).toEqual({ status: 307, others: 0 }) },
    deadlineMs: 100,
    requests: 1,
  },
  {
    name: '301 with AK/SK → RedirectRefusedError 301, not followed',
    setup: () => server.enqueue(redirect(301, `${other.origin}/v2/p/export-tasks`)),
    run: list({ credentials: { ak: AK, sk: SK } }),
    expect: { error: RedirectRefusedError, check: (e: RedirectRefusedError) => expect({ status: e.status, others: other.requests.length }).toEqual({ status: 301, others: 0 }) },
    deadlineMs: 100,
    requests: 1,
  },
  // ---- clock skew with AK/SK ----
  {
    name: 'mock clock 20 min ahead: 401 APIGW.0303 once, re-signed with the server offset → ok',
    run: () => mockHss(skewedMock, { credentials: { ak: MOCK_AK, sk: MOCK_SK }, retry: false }).getTask('demo-succeeded'),
    expect: { ok: true, check: (v: unknown) => expect(v).toMatchObject({ id: 'demo-succeeded' }) },
    deadlineMs: 100,
    mockStatuses: { server: () => skewedMock, statuses: [401, 200] },
  },
  {
    name: 'a 401 with a Date 20 min ahead, every time → AuthenticationError after exactly one re-sign',
    setup: () => void (server.fallback = skewed401(20 * 60_000)),
    run: list({ credentials: { ak: AK, sk: SK } }),
    expect: { error: AuthenticationError, check: (e: AuthenticationError) => expect(e.code).toBe('APIGW.0303') },
    deadlineMs: 100,
    requests: 2,
  },
  {
    name: 'a skewed 401, then 503s → the re-sign does not reset the retry budget (1 + 1 + 2)',
    setup: () => {
      server.enqueue(skewed401(20 * 60_000));
      server.fallback = json(503, {});
    },
    run: list({ credentials: { ak: AK, sk: SK } }),
    expect: { error: ServerError },
    deadlineMs: 100,
    requests: 4,
  },
  {
    name: 'a skewed 401 with a token → AuthenticationError, not re-sent',
    setup: () => void (server.fallback = skewed401(20 * 60_000)),
    run: list(),
    expect: { error: AuthenticationError },
    deadlineMs: 100,
    requests: 1,
  },
  // ---- deadlines above the transport ----
  {
    name: 'waitForTask against a server that never answers: maxWaitMs 500 → WaitTimeoutError at 500 ms',
    setup: () => void (server.fallback = delayHeaders(HANG_MS)),
    run: () => ws({ timeoutMs: HANG_MS * 2 }).waitForTask('t1', { maxWaitMs: 500, minDelayMs: 10, maxDelayMs: 50 }),
    expect: { error: WaitTimeoutError, check: (e: WaitTimeoutError) => expect(e.maxWaitMs).toBe(500) },
    deadlineMs: 500,
  },
  {
    name: 'waitForTask against 503 forever: maxErrors 2 → the ServerError, bounded',
    setup: () => void (server.fallback = json(503, {})),
    run: () => ws().waitForTask('t1', { maxWaitMs: 10_000, minDelayMs: 10, maxDelayMs: 20, maxErrors: 2 }),
    expect: { error: ServerError },
    deadlineMs: 300,
    // 3 polls × (1 + 2 retries)
    requests: 9,
  },
  {
    name: 'abort mid-request → rejects at once with the signal reason',
    setup: () => void (server.fallback = delayHeaders(HANG_MS)),
    run: () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Stopped('stop')), 100);
      return ws().listExportTasks({}, { signal: controller.signal });
    },
    expect: { error: Stopped },
    deadlineMs: 100,
    requests: 1,
  },
];

describe('fault matrix', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    await row.setup?.();
    const mockFrom = row.mockStatuses ? row.mockStatuses.server().requests.length : 0;
    const started = performance.now();
    const result = await outcome(row.run);
    const elapsed = performance.now() - started;
    const why = `${describeOutcome(result)} after ${Math.round(elapsed)} ms`;

    if ('ok' in row.expect) {
      expect(result.threw, why).toBe(false);
      row.expect.check?.((result as { value: unknown }).value);
    } else {
      expect(result.threw, why).toBe(true);
      const error = (result as { error: Error }).error;
      expect(error, why).toBeInstanceOf(row.expect.error);
      if (row.expect.message) expect(error.message).toMatch(row.expect.message);
      row.expect.check?.(error as never);
    }

    expect(elapsed, `settles within ${row.deadlineMs} ms (+${SLACK_MS} slack): ${why}`).toBeLessThanOrEqual(row.deadlineMs + SLACK_MS);
    if (row.notBeforeMs !== undefined) expect(elapsed, `not before ${row.notBeforeMs} ms: ${why}`).toBeGreaterThanOrEqual(row.notBeforeMs);
    if (row.requests !== undefined) expect(server.requests.length, 'requests the server saw').toBe(row.requests);
    if (row.mockStatuses) {
      const seen = row.mockStatuses.server().requests.slice(mockFrom).map((r) => r.response?.status);
      expect(seen).toEqual(row.mockStatuses.statuses);
    }
  });
});

describe('clock skew end to end', () => {
  it('the re-signed request carries an X-Sdk-Date within a few seconds of the server clock', async () => {
    const from = skewedMock.requests.length;
    await mockHss(skewedMock, { credentials: { ak: MOCK_AK, sk: MOCK_SK }, retry: false }).getTask('demo-succeeded');
    const [first, second] = skewedMock.requests.slice(from);
    const toMs = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +d.slice(9, 11), +d.slice(11, 13), +d.slice(13, 15));
    expect(Math.abs(toMs(first!.headers['x-sdk-date']!) - Date.now())).toBeLessThan(5000);
    expect(Math.abs(toMs(second!.headers['x-sdk-date']!) - (Date.now() + 20 * 60_000))).toBeLessThan(5000);
    expect(JSON.parse(first!.response!.body)).toMatchObject({ error_code: 'APIGW.0303' });
  });
});
