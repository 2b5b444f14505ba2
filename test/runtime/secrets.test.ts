/**
 * No secret ever leaks: for many kinds of failure, with AK/SK (+ security token) and with token credentials,
 * neither the error's message, stack, String(), JSON.stringify() nor util.inspect() — nor any logger event —
 * contains the secret key, the security token or the token. The loopback server is hostile: its error bodies
 * echo every secret back, in several encodings.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHssClient } from '../../generated/clients/hss.js';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import type { Credentials } from '../../src/auth/credentials.js';
import type { ClientOptions } from '../../src/client/client-options.js';
import { ApiError, ConnectionError, InvalidResponseError, TimeoutError, ValidationError } from '../../src/core/errors.js';
import type { LogEvent } from '../../src/http/transport.js';
import { delayHeaders, json, resetConnection, startLoopback, text, type Handler, type Loopback } from '../helpers/loopback.js';
import { caught, isolateEnv, PROJECT_ID } from './support.js';

isolateEnv();

// Distinctive secrets, with characters JSON or HTML may escape ('/', '+', '=').
const AK = 'HPUAKEYFORSECRETSTEST';
const SK = 'Sk/Secret+Key=0123456789abcdefghijKLMNOP';
const SECURITY_TOKEN = 'gQpzZWN1cml0eS10b2tlbi1mb3ItdGVzdHM/+==SECTOK';
const TOKEN = 'MIIFtokenForSecretsTest/abc+def==ZZZ-TOKEN';
const ALL_SECRETS = [SK, SECURITY_TOKEN, TOKEN];

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

// The server echoes every secret, but a client can only scrub the ones it holds.
const credentialKinds: [string, Credentials, string[]][] = [
  ['AK/SK + security token', { ak: AK, sk: SK, securityToken: SECURITY_TOKEN }, [SK, SECURITY_TOKEN]],
  ['token', { token: TOKEN }, [TOKEN]],
];

/** Every way a server might echo the secrets: raw, with escaped slashes, with \u escapes, inside HTML. */
function echo(secrets: readonly string[]): { plain: string; slashes: string; unicode: string } {
  const joined = secrets.join(' | ');
  return {
    plain: joined,
    slashes: joined.replaceAll('/', '\\/'),
    unicode: joined.replace(/[+=/]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  };
}

function hostileJson(status: number, encoding: 'plain' | 'slashes' | 'unicode'): Handler {
  const e = echo(ALL_SECRETS)[encoding];
  const body = `{"error_code":"APIGW.0301","error_msg":"bad credentials: ${e}","request_id":"r-1","echo":{"headers":"${e}","list":["${e}"]}}`;
  return json(status, body, { 'x-request-id': 'r-1' });
}

function hostileEnvelope(status: number): Handler {
  return json(status, { error: { code: 'APIGW.0301', message: `Incorrect IAM authentication information: ${ALL_SECRETS.join(', ')}` } });
}

function hostileHtml(status: number): Handler {
  return text(status, `<html><body><pre>X-Auth-Token: ${TOKEN}\nsk=${SK}\nX-Security-Token: ${SECURITY_TOKEN}</pre></body></html>`, { 'content-type': 'text/html' });
}

/** A handler that echoes the request's own credential headers back in an error body. */
const reflectHeaders: Handler = (req, res, recorded) =>
  json(401, { error_code: 'APIGW.0301', error_msg: 'signature mismatch', request_headers: recorded.headers, sk: SK })(req, res, recorded);

interface Scenario {
  name: string;
  run: (credentials: Credentials, logger: (e: LogEvent) => void) => Promise<unknown>;
  kind: new (...args: never[]) => Error;
}

const base = (credentials: Credentials, logger: (e: LogEvent) => void, extra: Partial<ClientOptions> = {}) => ({
  endpoint: server.origin,
  projectId: PROJECT_ID,
  credentials,
  logger,
  retry: { maxRetries: 1, minDelayMs: 1, maxDelayMs: 2 },
  ...extra,
});

function onServer(handler: Handler, call: 'ws' | 'ms' | 'hss', kind: Scenario['kind'], extra: Partial<ClientOptions> = {}): Scenario['run'] {
  return async (credentials, logger) => {
    server.fallback = handler;
    if (call === 'ms') return createMetaStudioClient(base(credentials, logger, extra)).showTask({ id: 't1' });
    if (call === 'hss') return createHssClient({ ...base(credentials, logger, extra), region: 'cn-north-4' }).listQueryExportTask({ task_id: 't1' });
    void kind;
    return createWorkspaceClient(base(credentials, logger, extra)).listExportTasks({ limit: 10 });
  };
}

const scenarios: Scenario[] = [
  // Validation errors, including bad credential values built from the real secrets.
  { name: 'token with a trailing CRLF', kind: ValidationError, run: async () => createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: `${TOKEN}\r\n` } }) },
  { name: 'token with a space', kind: ValidationError, run: async () => createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: `${TOKEN} x` } }) },
  { name: 'SK with a control character', kind: ValidationError, run: async () => createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { ak: AK, sk: `${SK}\u0001` } }) },
  { name: 'security token with a newline', kind: ValidationError, run: async () => createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { ak: AK, sk: SK, securityToken: `${SECURITY_TOKEN}\n` } }) },
  { name: 'a bad AK next to a good SK', kind: ValidationError, run: async () => createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { ak: 'bad ak', sk: SK, securityToken: SECURITY_TOKEN } }) },
  { name: 'token combined with ak/sk', kind: ValidationError, run: async () => createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN, sk: SK } as never }) },
  { name: 'secrets under unknown credential keys', kind: ValidationError, run: async () => createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { ak: AK, sk: SK, secret: TOKEN } as never }) },
  { name: 'an unknown client option', kind: ValidationError, run: async (credentials) => createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials, tokne: TOKEN } as never) },
  { name: 'a secret passed as a reserved header', kind: ValidationError, run: async (credentials, logger) => createWorkspaceClient(base(credentials, logger)).listExportTasks({}, { headers: { 'X-Auth-Token': TOKEN } }) },
  { name: 'a secret in a CRLF header value', kind: ValidationError, run: async (credentials, logger) => createWorkspaceClient(base(credentials, logger)).listExportTasks({}, { headers: { 'X-Custom': `${SK}\r\n${SECURITY_TOKEN}` } }) },
  { name: 'a bad parameter', kind: ValidationError, run: async (credentials, logger) => createWorkspaceClient(base(credentials, logger)).listExportTasks({ limit: 0 }) },
  // HTTP errors whose bodies echo the secrets.
  { name: '400 echoing secrets (plain JSON)', kind: ApiError, run: onServer(hostileJson(400, 'plain'), 'ws', ApiError) },
  { name: '400 echoing secrets with escaped slashes', kind: ApiError, run: onServer(hostileJson(400, 'slashes'), 'ms', ApiError) },
  { name: '400 echoing secrets with \\u escapes', kind: ApiError, run: onServer(hostileJson(400, 'unicode'), 'hss', ApiError) },
  { name: '401 echoing secrets (plain JSON)', kind: ApiError, run: onServer(hostileJson(401, 'plain'), 'ws', ApiError) },
  { name: '401 reflecting the request headers', kind: ApiError, run: onServer(reflectHeaders, 'ms', ApiError) },
  { name: '401 gateway envelope echoing secrets', kind: ApiError, run: onServer(hostileEnvelope(401), 'hss', ApiError) },
  { name: '403 HTML page echoing secrets', kind: ApiError, run: onServer(hostileHtml(403), 'ws', ApiError) },
  { name: '500 echoing secrets (after retries)', kind: ApiError, run: onServer(hostileJson(500, 'plain'), 'ws', ApiError) },
  { name: '502 HTML page echoing secrets', kind: ApiError, run: onServer(hostileHtml(502), 'hss', ApiError) },
  // Transport failures.
  { name: 'connection reset', kind: ConnectionError, run: onServer(resetConnection(), 'ws', ConnectionError) },
  { name: 'timeout', kind: TimeoutError, run: onServer(delayHeaders(2000), 'ms', TimeoutError, { timeoutMs: 100 }) },
  { name: '200 HTML page echoing secrets', kind: InvalidResponseError, run: onServer(hostileHtml(200), 'ws', InvalidResponseError) },
  { name: 'body over the cap', kind: InvalidResponseError, run: onServer(hostileJson(200, 'plain'), 'ws', InvalidResponseError, { maxResponseBytes: 64 }) },
];

function leaks(text: string, secrets: readonly string[] = ALL_SECRETS): string[] {
  return secrets.filter((secret) => text.includes(secret));
}

/** Every rendering of an error someone might log. */
function renderings(error: unknown): Record<string, string> {
  const e = error as Error;
  return {
    message: String(e.message),
    stack: String(e.stack),
    'String(e)': String(e),
    'JSON.stringify(e)': JSON.stringify(e) ?? '',
    'util.inspect(e)': inspect(e, { depth: 20, showHidden: false }),
    'util.inspect(e, showHidden)': inspect(e, { depth: 20, showHidden: true }),
    'e.cause': inspect((e as { cause?: unknown }).cause, { depth: 20 }),
  };
}

describe.each(credentialKinds)('with %s', (_kind, credentials, held) => {
  it.each(scenarios)('$name: no secret in the error or the log', async ({ run, kind }) => {
    const events: LogEvent[] = [];
    const error = await caught(() => run(credentials, (e) => events.push(e)));
    expect(error).toBeInstanceOf(kind);
    for (const [how, rendered] of Object.entries(renderings(error))) {
      expect(leaks(rendered, held), `${how} leaks a secret:\n${rendered}`).toEqual([]);
    }
    const log = JSON.stringify(events);
    expect(leaks(log, held), `logger events leak a secret:\n${log}`).toEqual([]);
  });
});

describe('the hostile server really did echo the secrets', () => {
  it('the error body keeps its shape, with the secrets replaced', async () => {
    server.fallback = hostileJson(400, 'slashes');
    const error = (await caught(() => createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN } }).listExportTasks())) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('APIGW.0301');
    expect(error.requestId).toBe('r-1');
    expect(error.message).toContain('[redacted]');
    expect((error.body as Record<string, unknown>).echo).toBeDefined();
  });

  it('the credential headers did reach the server (so the reflection test is meaningful)', async () => {
    server.fallback = reflectHeaders;
    await caught(() => createMetaStudioClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { ak: AK, sk: SK, securityToken: SECURITY_TOKEN } }).showTask({ id: 't' }));
    expect(server.requests[0]!.headers['x-security-token']).toBe(SECURITY_TOKEN);
  });
});

describe('secrets with characters JSON escapes', () => {
  // The client accepts any visible ASCII in a token (and anything but control characters in an SK), so
  // '"' and '\' are legal; a JSON error body that echoes them carries them escaped as \" and \\.
  it.each<[string, Credentials, string]>([
    ['a token with a quote and a backslash', { token: 'tok"en\\with-quote-and-backslash-0123' }, 'tok"en\\with-quote-and-backslash-0123'],
    ['an SK with a quote and a backslash', { ak: AK, sk: 'sk"with\\quote-and-backslash-0123' }, 'sk"with\\quote-and-backslash-0123'],
  ])('%s echoed in a JSON error body is not leaked', async (_what, credentials, secret) => {
    server.fallback = json(400, { error_code: 'APIGW.0301', error_msg: `bad credential ${secret}`, detail: { echoed: secret } });
    const error = await caught(() => createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials, retry: false }).listExportTasks());
    expect(error).toBeInstanceOf(ApiError);
    for (const [how, rendered] of Object.entries(renderings(error))) {
      expect(rendered.includes(secret), `${how} leaks the secret:\n${rendered}`).toBe(false);
    }
  });
});

describe('task errors', () => {
  it('TaskFailedError for a task whose failure reason echoes the token does not leak it', async () => {
    server.fallback = json(200, { export_tasks: [{ task_id: 't1', status: 'FAIL', fail_reason: `token ${TOKEN} rejected`, error_code: 'WKS.1' }], count: 1 });
    const ws = createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN } });
    const error = await caught(() => ws.waitForTask('t1', { maxWaitMs: 5000, minDelayMs: 10, maxDelayMs: 20 }));
    expect((error as Error).name).toBe('TaskFailedError');
    for (const [how, rendered] of Object.entries(renderings(error))) {
      expect(leaks(rendered, [TOKEN]), `${how} leaks a secret:\n${rendered}`).toEqual([]);
    }
  });
});
