/**
 * Secrets everywhere: a broad scenario set — every error kind (validation, auth, 4xx/5xx, connection,
 * timeout, bad bodies, redirects, waiter failures, the CLI) and successful answers that echo
 * credentials — driven with a `logger` hook capturing every event and spies on console.* and
 * process.stdout/stderr.write. Every error is serialised every way someone might log it (message,
 * stack, String, JSON.stringify, util.inspect with and without hidden fields, the cause chain), and
 * every log line and printed chunk is searched: no secret key, token or security token may appear.
 * The logger's request events must show `[redacted]` for Authorization, X-Auth-Token and
 * X-Security-Token.
 *
 * The hostile loopback server echoes every secret: in JSON bodies (plain and escaped), HTML, the
 * gateway envelope, and in response headers (X-Request-Id, Location, Content-Type). A client can
 * only scrub the secrets it holds, so each run checks the secrets of the credentials it used.
 */
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataArtsInsightClient } from '../../generated/clients/dataarts-insight.js';
import { createHssClient } from '../../generated/clients/hss.js';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import type { Credentials } from '../../src/auth/credentials.js';
import { signRequest } from '../../src/auth/sign-request.js';
import { run as runCliInProcess } from '../../src/apps/cli/program.js';
import { BUNDLE_DIR, REGISTRY } from '../cli/helpers.js';
import {
  ApiError,
  AuthenticationError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectRefusedError,
  ServerError,
  TaskFailedError,
  TaskStateUnknownError,
  TimeoutError,
  ValidationError,
  WaitTimeoutError,
} from '../../src/core/errors.js';
import type { LogEvent } from '../../src/http/transport.js';
import { MOCK_PROJECT_ID, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import { delayHeaders, json, redirect, resetConnection, startLoopback, text, type Handler, type Loopback } from '../helpers/loopback.js';
import { isolateEnv } from '../runtime/support.js';
import { cleanEnv, outcome, runCli, type ErrorClass } from './support.js';

isolateEnv();

// Distinctive secrets with characters JSON, HTML and URLs escape ('/', '+', '=').
const AK = 'HPUAEVERYWHEREAK0001';
const SK = 'Everywhere/Secret+Key=0123456789abcdefXYZ';
const SECURITY_TOKEN = 'EverywhereSecToken/+=0123456789abcdefghijklmnop';
const TOKEN = 'MIIEverywhereToken/abc+def==0123456789-TOKEN';
const ALL_SECRETS = [SK, SECURITY_TOKEN, TOKEN];

const KINDS: { kind: string; credentials: Credentials; held: string[] }[] = [
  { kind: 'AK/SK + security token', credentials: { ak: AK, sk: SK, securityToken: SECURITY_TOKEN }, held: [SK, SECURITY_TOKEN] },
  { kind: 'token', credentials: { token: TOKEN }, held: [TOKEN] },
];

// ---- capture everything printed ------------------------------------------------------------------
const printed: string[] = [];
beforeAll(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 10 }))).join(' ')));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as never);
  }
});
afterAll(() => {
  vi.restoreAllMocks();
  expect(leaks(printed.join('\n'), ALL_SECRETS), 'console / stdout / stderr over the whole file').toEqual([]);
});

let server: Loopback;
let mock: MockServer;
beforeAll(async () => {
  [server, mock] = await Promise.all([startLoopback(), startMockServer({ credentials: { token: 'the-mock-accepts-another-token', ak: AK, sk: 'a-different-secret-key-for-the-mock' } })]);
});
afterAll(async () => {
  await Promise.all([server.close(), mock.close()]);
});
beforeEach(() => server.reset());

// ---- the hostile server ----------------------------------------------------------------------------
const joined = ALL_SECRETS.join(' | ');
const escaped = {
  plain: joined,
  slashes: joined.replaceAll('/', '\\/'),
  unicode: joined.replace(/[+=/]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
};
const echoJson = (status: number, encoding: keyof typeof escaped, headers: Record<string, string> = {}): Handler =>
  json(status, `{"error_code":"APIGW.0301","error_msg":"bad credentials: ${escaped[encoding]}","request_id":"r-1","echo":["${escaped[encoding]}"]}`, headers);
const echoHtml = (status: number): Handler =>
  text(status, `<html><pre>X-Auth-Token: ${TOKEN}\nsk=${SK}\nX-Security-Token: ${SECURITY_TOKEN}</pre></html>`, { 'content-type': 'text/html' });
const echoEnvelope = (status: number): Handler => json(status, { error: { code: 'APIGW.0301', message: `refused: ${joined}` } });
/** Echoes the request's own headers (Authorization, X-Auth-Token, X-Security-Token) back. */
const reflect =
  (status: number): Handler =>
  (req, res, recorded) =>
    json(status, { error_code: 'APIGW.0301', error_msg: `headers: ${JSON.stringify(recorded.headers)}`, request_headers: recorded.headers })(req, res, recorded);
const taskEcho = (status: string) => ({ task_id: 't1', status, fail_reason: `failed for ${joined}`, error_code: 'WKS.0001', file_name: `export-${TOKEN}.zip` });

// ---- scenarios ---------------------------------------------------------------------------------------
interface Ctx {
  credentials: Credentials;
  logger: (event: LogEvent) => void;
}
interface Scenario {
  name: string;
  /** The error class expected, or 'value' for a call that succeeds (its value is searched too). */
  expect: ErrorClass | 'value';
  run: (ctx: Ctx) => unknown;
  /** Only for these credential kinds (default both). */
  only?: 'aksk' | 'token';
}

const base = (ctx: Ctx, extra: Record<string, unknown> = {}) => ({
  endpoint: server.origin,
  projectId: MOCK_PROJECT_ID,
  credentials: ctx.credentials,
  logger: ctx.logger,
  retry: { maxRetries: 1, minDelayMs: 1, maxDelayMs: 2 },
  timeoutMs: 2000,
  ...extra,
});
const ws = (ctx: Ctx, extra: Record<string, unknown> = {}) => createWorkspaceClient(base(ctx, extra) as never);
const ms = (ctx: Ctx, extra: Record<string, unknown> = {}) => createMetaStudioClient(base(ctx, extra) as never);
const hss = (ctx: Ctx, extra: Record<string, unknown> = {}) => createHssClient({ ...base(ctx, extra), region: 'cn-north-4' } as never);
const dai = (ctx: Ctx, extra: Record<string, unknown> = {}) => createDataArtsInsightClient({ ...base(ctx, extra), workspaceId: 'ws-1' } as never);
const serve = (handler: Handler, then: (ctx: Ctx) => unknown) => (ctx: Ctx) => {
  server.fallback = handler;
  return then(ctx);
};
const FAST_WAIT = { maxWaitMs: 2000, minDelayMs: 5, maxDelayMs: 20 };

const scenarios: Scenario[] = [
  // Validation (nothing sent), with the secrets inside the bad values.
  { name: 'a bad parameter', expect: ValidationError, run: (ctx) => ws(ctx).listExportTasks({ limit: 0 }) },
  { name: 'a reserved header carrying the token', expect: ValidationError, run: (ctx) => ws(ctx).listExportTasks({}, { headers: { 'X-Auth-Token': TOKEN } }) },
  { name: 'a CR/LF header value made of secrets', expect: ValidationError, run: (ctx) => ms(ctx).showTask({ id: 't' }, { headers: { 'X-Note': `${SK}\r\n${SECURITY_TOKEN}\r\n${TOKEN}` } }) },
  { name: 'a token with CR/LF', expect: ValidationError, run: (ctx) => ws({ ...ctx, credentials: { token: `${TOKEN}\r\nX: 1` } }) },
  { name: 'an SK with a control character', expect: ValidationError, run: (ctx) => hss({ ...ctx, credentials: { ak: AK, sk: `${SK}\u0007` } }) },
  { name: 'a security token with a space', expect: ValidationError, run: (ctx) => dai({ ...ctx, credentials: { ak: AK, sk: SK, securityToken: `${SECURITY_TOKEN} x` } }) },
  { name: 'secrets under an unknown credential key', expect: ValidationError, run: (ctx) => ws({ ...ctx, credentials: { ak: AK, sk: SK, password: TOKEN } as never }) },
  { name: 'secrets under an unknown client option', expect: ValidationError, run: (ctx) => ws(ctx, { secretKey: SK, token: TOKEN }) },
  { name: 'an http endpoint with the secret as (encoded) user info', expect: ValidationError, run: (ctx) => ms(ctx, { endpoint: `https://${AK}:${encodeURIComponent(heldSecret(ctx))}@iam.example.com` }) },
  // A pasted URL with credentials: when it does not parse, or its scheme is wrong, the endpoint is echoed whole.
  { name: 'an endpoint with the raw secret as user info (does not parse)', expect: ValidationError, run: (ctx) => ms(ctx, { endpoint: `https://${AK}:${heldSecret(ctx)}@iam.example.com` }) },
  { name: 'a non-http endpoint with the secret as user info', expect: ValidationError, run: (ctx) => ms(ctx, { endpoint: `ftp://${AK}:${encodeURIComponent(heldSecret(ctx))}@files.example.com/` }) },
  { name: 'wait options that are wrong', expect: ValidationError, run: (ctx) => hss(ctx).waitForTask('t1', { maxWaitMs: -1 }) },
  { name: 'signRequest with a bad date', expect: ValidationError, only: 'aksk', run: () => signRequest(new Request('https://iam.example.com/v3'), { ak: AK, sk: SK, securityToken: SECURITY_TOKEN }, { date: new Date(Number.NaN) }) },
  { name: 'signRequest with a CR/LF security token', expect: ValidationError, only: 'aksk', run: () => signRequest(new Request('https://iam.example.com/v3'), { ak: AK, sk: SK, securityToken: `${SECURITY_TOKEN}\r\n` }) },
  // Authentication.
  { name: 'the mock refuses the credentials (401)', expect: AuthenticationError, run: (ctx) => createHssClient({ ...base(ctx), endpoint: mock.url } as never).getTask('demo-succeeded') },
  { name: '401 reflecting the request headers', expect: AuthenticationError, run: serve(reflect(401), (ctx) => ms(ctx).showTask({ id: 't1' })) },
  { name: '401 with a Date 20 min ahead, twice (re-sign once)', expect: AuthenticationError, only: 'aksk', run: serve((req, res, r) => json(401, { error_code: 'APIGW.0303', error_msg: `expired ${joined}` }, { date: new Date(Date.now() + 20 * 60_000).toUTCString() })(req, res, r), (ctx) => ws(ctx).listExportTasks()) },
  { name: '403 HTML echoing secrets', expect: PermissionDeniedError, run: serve(echoHtml(403), (ctx) => ws(ctx).listExportTasks()) },
  // 4xx / 5xx.
  { name: '400 echoing secrets (plain)', expect: ApiError, run: serve(echoJson(400, 'plain'), (ctx) => ws(ctx).listExportTasks()) },
  { name: '400 echoing secrets (escaped slashes)', expect: ApiError, run: serve(echoJson(400, 'slashes'), (ctx) => hss(ctx).listQueryExportTask({ task_id: 't1' })) },
  { name: '404 gateway envelope echoing secrets', expect: NotFoundError, run: serve(echoEnvelope(404), (ctx) => dai(ctx).getTask('t1')) },
  { name: '429 echoing secrets (\\u escapes), retries exhausted', expect: RateLimitError, run: serve(echoJson(429, 'unicode', { 'retry-after': '0' }), (ctx) => ms(ctx).searchTask({})) },
  { name: '500 echoing secrets after a retry', expect: ServerError, run: serve(echoJson(500, 'plain'), (ctx) => ws(ctx).listExportTasks()) },
  { name: '502 HTML echoing secrets', expect: ServerError, run: serve(echoHtml(502), (ctx) => hss(ctx).getTask('t1')) },
  // Response headers that echo a secret.
  { name: 'X-Request-Id echoing a secret (500)', expect: ServerError, run: (ctx) => serve(json(500, {}, { 'x-request-id': heldSecret(ctx) }), (c) => ws(c).listExportTasks())(ctx) },
  { name: 'a redirect whose Location carries a secret', expect: RedirectRefusedError, run: (ctx) => serve(redirect(302, `http://evil.example.com/collect?k=${heldSecret(ctx)}`), (c) => ws(c).listExportTasks())(ctx) },
  { name: 'a 200 whose Content-Type carries a secret', expect: InvalidResponseError, run: (ctx) => serve(text(200, '<p>hi</p>', { 'content-type': `text/x-${heldSecret(ctx)}` }), (c) => ws(c).listExportTasks())(ctx) },
  // Connection, timeout, bad bodies.
  { name: 'connection reset', expect: ConnectionError, run: serve(resetConnection(), (ctx) => ws(ctx).listExportTasks()) },
  { name: 'connection refused', expect: ConnectionError, run: (ctx) => ws(ctx, { endpoint: 'http://127.0.0.1:9' }).listExportTasks() },
  { name: 'timeout', expect: TimeoutError, run: serve(delayHeaders(3000), (ctx) => ms(ctx, { timeoutMs: 100, retry: false }).showTask({ id: 't1' })) },
  { name: '200 HTML echoing secrets', expect: InvalidResponseError, run: serve(echoHtml(200), (ctx) => ws(ctx).listExportTasks()) },
  { name: '200 over the size cap', expect: InvalidResponseError, run: serve(echoJson(200, 'plain'), (ctx) => ws(ctx, { maxResponseBytes: 64 }).listExportTasks()) },
  // Waiter failures.
  { name: 'TaskFailedError whose task echoes secrets', expect: TaskFailedError, run: serve(json(200, { export_tasks: [taskEcho('FAIL')], count: 1 }), (ctx) => ws(ctx).waitForTask('t1', FAST_WAIT)) },
  { name: 'WaitTimeoutError whose last task echoes secrets', expect: WaitTimeoutError, run: serve(json(200, { export_tasks: [taskEcho('CREATING')], count: 1 }), (ctx) => ws(ctx).waitForTask('t1', { ...FAST_WAIT, maxWaitMs: 150 })) },
  { name: 'TaskStateUnknownError whose raw task echoes secrets', expect: TaskStateUnknownError, run: serve(json(200, { task_id: 't1', task_status: `weird-${joined}` }), (ctx) => hss(ctx).waitForTask('t1', { ...FAST_WAIT, maxUnknown: 2 })) },
  { name: 'NotFoundError (task not listed) with a body echoing secrets', expect: NotFoundError, run: serve(json(200, { export_tasks: [], count: 0, note: joined }), (ctx) => ws(ctx).getTask('t1')) },
  {
    name: 'waitForTasks outcomes (failed, timed out, server error)',
    expect: 'value',
    run: (ctx) => {
      server.fallback = (req, res, r) => {
        const id = r.query.get('task_id');
        if (id === 'bad') return echoJson(500, 'plain')(req, res, r);
        return json(200, { export_tasks: [taskEcho(id === 'f' ? 'FAIL' : 'CREATING')].map((t) => ({ ...t, task_id: id })), count: 1 })(req, res, r);
      };
      return ws(ctx).waitForTasks(['f', 'slow', 'bad'], { ...FAST_WAIT, maxWaitMs: 200, maxErrors: 0 });
    },
  },
  { name: 'a paginator whose second page fails with an echo', expect: ServerError, run: (ctx) => {
    server.enqueue(json(200, { export_tasks: [taskEcho('SUCCESS')], count: 5 }));
    server.fallback = echoJson(503, 'plain');
    return (async () => {
      const seen: unknown[] = [];
      for await (const item of ws(ctx).listExportTasksAll({ limit: 1 })) seen.push(item);
      return seen;
    })();
  } },
  // Successful answers that echo secrets: the values handed to the caller are scrubbed too.
  { name: 'getTask whose 200 body echoes secrets', expect: 'value', run: serve(json(200, { export_tasks: [taskEcho('SUCCESS')], count: 1 }), (ctx) => ws(ctx).getTask('t1')) },
  { name: 'showTask whose 200 body echoes secrets', expect: 'value', run: serve(json(200, { task_id: 't1', task_name: joined, total_count: 1, success_count: 1, failure_count: 0 }), (ctx) => ms(ctx).showTask({ id: 't1' })) },
];

/** The secret the current credentials hold that the server echoes in headers. */
function heldSecret(ctx: Ctx): string {
  return 'token' in ctx.credentials ? TOKEN : SK;
}

function leaks(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => text.includes(secret));
}

/** Every rendering of a value someone might log, following causes. */
function renderings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  let current: unknown = value;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const e = current as Error;
    const p = depth === 0 ? '' : `cause${depth}.`;
    out[`${p}message`] = String(e.message);
    out[`${p}stack`] = String(e.stack);
    out[`${p}String()`] = (() => {
      try {
        return String(e);
      } catch {
        return '';
      }
    })();
    out[`${p}JSON.stringify`] = JSON.stringify(e) ?? '';
    out[`${p}inspect`] = inspect(e, { depth: 20 });
    out[`${p}inspect(showHidden)`] = inspect(e, { depth: 20, showHidden: true });
    current = (e as { cause?: unknown }).cause;
  }
  return out;
}

describe.each(KINDS)('with $kind', ({ kind, credentials, held }) => {
  const mine = scenarios.filter((s) => s.only === undefined || (s.only === 'aksk') === (kind !== 'token'));
  let events: LogEvent[] = [];
  let printedFrom = 0;
  beforeEach(() => {
    events = [];
    printedFrom = printed.length;
  });
  afterEach(() => {
    expect(leaks(printed.slice(printedFrom).join('\n'), held), 'printed during the test').toEqual([]);
  });

  it.each(mine.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const result = await outcome(() => scenario.run({ credentials, logger: (e) => events.push(e) }));
    if (scenario.expect === 'value') {
      expect(result.threw, result.threw ? String((result as { error: unknown }).error) : '').toBe(false);
      const value = (result as { value: unknown }).value;
      const rendered = `${JSON.stringify(value)}\n${inspect(value, { depth: 20 })}`;
      expect(leaks(rendered, held), `the value leaks:\n${rendered}`).toEqual([]);
      // waitForTasks: every outcome's error, rendered.
      if (Array.isArray(value)) for (const item of value) if (item && typeof item === 'object' && 'error' in item) for (const [how, text] of Object.entries(renderings(item.error))) expect(leaks(text, held), `outcome ${how}`).toEqual([]);
    } else {
      expect(result.threw, 'expected an error').toBe(true);
      const error = (result as { error: unknown }).error;
      expect(error).toBeInstanceOf(scenario.expect);
      for (const [how, rendered] of Object.entries(renderings(error))) expect(leaks(rendered, held), `${how} leaks:\n${rendered}`).toEqual([]);
    }
    const log = `${JSON.stringify(events)}\n${inspect(events, { depth: 20 })}`;
    expect(leaks(log, held), `logger events leak:\n${log}`).toEqual([]);
    for (const event of events.filter((e) => e.type === 'request')) {
      for (const name of ['authorization', 'x-auth-token', 'x-security-token']) {
        if (event.headers?.[name] !== undefined) expect(event.headers[name], `${name} in a request event`).toBe('[redacted]');
      }
    }
  });

  it('the logger saw the credential headers, redacted (the checks above are not vacuous)', async () => {
    server.fallback = json(200, { export_tasks: [], count: 0 });
    await ws({ credentials, logger: (e) => events.push(e) }).listExportTasks();
    const request = events.find((e) => e.type === 'request')!;
    const names = kind === 'token' ? ['x-auth-token'] : ['authorization', 'x-security-token'];
    for (const name of names) expect(request.headers?.[name]).toBe('[redacted]');
    // ...while the server did receive them.
    const received = server.requests[0]!.headers;
    if (kind === 'token') expect(received['x-auth-token']).toBe(TOKEN);
    else expect(received['x-security-token']).toBe(SECURITY_TOKEN);
  });
});

describe('the mock server log', () => {
  it('records credential headers redacted', async () => {
    const from = mock.requests.length;
    for (const credentials of [{ token: TOKEN }, { ak: AK, sk: SK, securityToken: SECURITY_TOKEN }]) {
      await outcome(() => createHssClient({ endpoint: mock.url, projectId: MOCK_PROJECT_ID, credentials, retry: false }).getTask('demo-succeeded'));
    }
    const log = JSON.stringify(mock.requests.slice(from));
    expect(leaks(log, ALL_SECRETS)).toEqual([]);
    expect(log).toContain('"x-auth-token":"[redacted]"');
    expect(log).toContain('"x-security-token":"[redacted]"');
  });
});

// ---- the CLI ---------------------------------------------------------------------------------------

interface CliScenario {
  name: string;
  args: (origin: string) => string[];
  env?: Record<string, string>;
  handler: Handler;
  exit: number;
  /** The secrets this run gives the CLI (the server echoes all three; a CLI can only scrub its own). */
  held: string[];
}

const CLI: CliScenario[] = [
  { name: 'get: 401 reflecting headers, token flag', args: (o) => ['get', 'hss', 't1', '--endpoint', o, '--project-id', 'p1', '--token', TOKEN], handler: reflect(401), exit: 3, held: [TOKEN] },
  { name: 'get --json: 401 reflecting headers, AK/SK flags', args: (o) => ['get', 'hss', 't1', '--endpoint', o, '--project-id', 'p1', '--ak', AK, '--sk', SK, '--security-token', SECURITY_TOKEN, '--json'], handler: reflect(401), exit: 3, held: [SK, SECURITY_TOKEN] },
  { name: 'get: 500 echo, credentials from the environment', args: (o) => ['get', 'metastudio', 't1', '--endpoint', o, '--project-id', 'p1'], env: { HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK, HUAWEICLOUD_SDK_SECURITY_TOKEN: SECURITY_TOKEN }, handler: echoJson(500, 'plain'), exit: 4, held: [SK, SECURITY_TOKEN] },
  { name: 'list --json: 400 echo, token from the environment', args: (o) => ['list', 'workspace', '--endpoint', o, '--project-id', 'p1', '--json'], env: { HUAWEICLOUD_SDK_TOKEN: TOKEN }, handler: echoJson(400, 'slashes'), exit: 4, held: [TOKEN] },
  { name: 'wait: the task fails with a reason echoing secrets', args: (o) => ['wait', 'workspace', 't1', '--endpoint', o, '--project-id', 'p1', '--token', TOKEN, '--min-delay', '5', '--max-delay', '10'], handler: json(200, { export_tasks: [taskEcho('FAIL')], count: 1 }), exit: 1, held: [TOKEN] },
  { name: 'wait --json: timeout, the last task echoes secrets', args: (o) => ['wait', 'workspace', 't1', '--endpoint', o, '--project-id', 'p1', '--token', TOKEN, '--timeout', '200', '--min-delay', '5', '--max-delay', '10', '--json'], handler: json(200, { export_tasks: [taskEcho('CREATING')], count: 1 }), exit: 2, held: [TOKEN] },
  { name: 'get: a token with CR/LF (validation)', args: (o) => ['get', 'hss', 't1', '--endpoint', o, '--project-id', 'p1', '--token', `${TOKEN}\r\nX: 1`], handler: json(200, {}), exit: 3, held: [TOKEN] },
  { name: 'get: X-Request-Id echoing the token', args: (o) => ['get', 'hss', 't1', '--endpoint', o, '--project-id', 'p1', '--token', TOKEN], handler: json(503, {}, { 'x-request-id': TOKEN }), exit: 4, held: [TOKEN] },
  // A mistyped flag with its value attached: the value is a secret the CLI cannot recognise by name.
  { name: 'get: a mistyped --securityToken=<secret> flag', args: (o) => ['get', 'hss', 't1', '--endpoint', o, '--project-id', 'p1', '--ak', AK, '--sk', SK, `--securityToken=${SECURITY_TOKEN}`], handler: json(200, {}), exit: 3, held: [SK, SECURITY_TOKEN] },
];

describe('the CLI (in process, fake streams)', () => {
  it.each(CLI.map((c) => [c.name, c] as const))('%s', async (_name, { args, env, handler, exit, held }) => {
    server.fallback = handler;
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCliInProcess(args(server.origin), { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: env ?? {}, services: REGISTRY, bundleDir: BUNDLE_DIR });
    const all = `${out.join('')}\n${err.join('')}`;
    expect(code, all).toBe(exit);
    expect(leaks(all, held), all).toEqual([]);
  });
});

describe('the CLI (subprocess: real stdout and stderr)', () => {
  it('secrets on argv and in the environment never reach stdout or stderr', async () => {
    server.fallback = reflect(401);
    const [flags, fromEnv] = await Promise.all([
      runCli(['get', 'hss', 't1', '--endpoint', server.origin, '--project-id', 'p1', '--ak', AK, '--sk', SK, '--security-token', SECURITY_TOKEN, '--json'], cleanEnv()),
      runCli(['wait', 'hss', 't1', '--endpoint', server.origin, '--project-id', 'p1', '--timeout', '10s'], cleanEnv({ HUAWEICLOUD_SDK_TOKEN: TOKEN })),
    ]);
    for (const result of [flags, fromEnv]) {
      const all = `${result.stdout}\n${result.stderr}`;
      expect(result.code, all).toBe(3);
      expect(leaks(all, ALL_SECRETS), all).toEqual([]);
    }
    // The secrets were really sent (and echoed back by the server).
    expect(server.requests.some((r) => r.headers['x-security-token'] === SECURITY_TOKEN)).toBe(true);
    expect(server.requests.some((r) => r.headers['x-auth-token'] === TOKEN)).toBe(true);
  }, 60_000);
});
