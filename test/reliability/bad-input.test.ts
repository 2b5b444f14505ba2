/**
 * Bad-input catalogue: every public entry point — the four client factories, operations, paginators,
 * waiters, `signRequest`, the mock server (its options, and raw HTTP with bad input) and the CLI —
 * fed hostile or malformed input.
 *
 * Each rejected case asserts the typed error class, a message naming the field and the broken rule,
 * and that the loopback server recorded ZERO requests (nothing was sent). Input that is legal but
 * dangerous — ids with `/`, `..` or CR/LF — must travel as exactly one percent-encoded path segment
 * (or query value): the server sees `%2F` inside one segment, never a normalised path, and an intact
 * request line with no smuggled header.
 */
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDataArtsInsightClient } from '../../generated/clients/dataarts-insight.js';
import { createHssClient } from '../../generated/clients/hss.js';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import { SigningInputError, signRequest } from '../../src/auth/sign-request.js';
import { ValidationError } from '../../src/core/errors.js';
import { MOCK_PROJECT_ID, MOCK_TOKEN, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import type { Task } from '../../src/core/task.js';
import { json, startLoopback, type Loopback, type RecordedRequest } from '../helpers/loopback.js';
import { isolateEnv } from '../runtime/support.js';
import { cleanEnv, describeOutcome, outcome, runCli, type CliResult, type ErrorClass } from './support.js';

isolateEnv();

const TOKEN = 'MIIEtokenBadInputTest+abc/def=0123456789';
const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'ExampleSecretKey0123456789abcdefghijklmn';
const SECURITY_TOKEN = 'SecTokBadInput0123456789abcdefABCDEF';
const PROJECT_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

/** What the tests call on any generated client. */
interface AnyClient {
  getTask(id: unknown, options?: unknown): Promise<Task>;
  waitForTask(id: unknown, options?: unknown): Promise<Task>;
  watchTask(id: unknown, options?: unknown): AsyncGenerator<Task, void, undefined>;
  waitForTasks(ids: unknown, options?: unknown): Promise<unknown>;
  [method: string]: unknown;
}
type Factory = (options?: unknown) => AnyClient;

const FACTORIES: readonly { name: string; create: Factory; extra: Record<string, unknown> }[] = [
  { name: 'createMetaStudioClient', create: createMetaStudioClient as unknown as Factory, extra: {} },
  { name: 'createWorkspaceClient', create: createWorkspaceClient as unknown as Factory, extra: {} },
  { name: 'createHssClient', create: createHssClient as unknown as Factory, extra: {} },
  { name: 'createDataArtsInsightClient', create: createDataArtsInsightClient as unknown as Factory, extra: { workspaceId: 'ws-1' } },
];

/** Options pointing at the loopback server, with `overrides` laid on top (undefined removes a key). */
function optionsFor(extra: Record<string, unknown>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const merged: Record<string, unknown> = { endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN }, retry: false, timeoutMs: 2000, ...extra, ...overrides };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  return merged;
}

const ms = (overrides: Record<string, unknown> = {}) => createMetaStudioClient(optionsFor({}, overrides) as never) as unknown as AnyClient;
const ws = (overrides: Record<string, unknown> = {}) => createWorkspaceClient(optionsFor({}, overrides) as never) as unknown as AnyClient;
const hss = (overrides: Record<string, unknown> = {}) => createHssClient(optionsFor({}, overrides) as never) as unknown as AnyClient;
const dai = (overrides: Record<string, unknown> = {}) => createDataArtsInsightClient(optionsFor({ workspaceId: 'ws-1' }, overrides) as never) as unknown as AnyClient;
const call = (client: AnyClient, method: string, ...args: unknown[]) => (client[method] as (...a: unknown[]) => unknown)(...args);

type Entry = 'factory' | 'operation' | 'paginator' | 'waiter' | 'signRequest' | 'mock options';

interface Case {
  entry: Entry;
  name: string;
  run: () => unknown;
  error: ErrorClass;
  field: string;
  rule: string;
  /** Fragments the message must contain: the field's name and the rule in words. */
  says: (string | RegExp)[];
}

const cases: Case[] = [];
const add = (entry: Entry, rows: Omit<Case, 'entry'>[]) => cases.push(...rows.map((row) => ({ entry, ...row })));

// ---- client factories: host injection through region and endpoint -------------------------------
const HOSTILE_REGIONS = ['cn-north-4.evil.com', 'cn-north-4/', 'cn-north-4@evil', 'x:80', 'cn-north-4\r\nX-Injected: 1', 'cn-north-4#', '../cn-north-4'];
for (const { name, create, extra } of FACTORIES) {
  for (const region of HOSTILE_REGIONS) {
    add('factory', [
      {
        name: `${name} region ${JSON.stringify(region)} (host injection)`,
        // No endpoint: the region alone would build the host name.
        run: () => create(optionsFor(extra, { endpoint: undefined, region })),
        error: ValidationError,
        field: 'region',
        rule: 'format',
        says: ['region', 'region id such as "cn-north-4"'],
      },
    ]);
  }
}

interface EndpointRow {
  endpoint: () => string;
  label: string;
  says: (string | RegExp)[];
}
const HOSTILE_ENDPOINTS: EndpointRow[] = [
  { label: 'javascript:alert(1)', endpoint: () => 'javascript:alert(1)', says: ['endpoint', 'absolute http(s) URL'] },
  { label: 'file:///etc/passwd', endpoint: () => 'file:///etc/passwd', says: ['endpoint', 'absolute http(s) URL'] },
  { label: 'ftp://<loopback>/', endpoint: () => `ftp://127.0.0.1:${server.port}/`, says: ['endpoint', 'absolute http(s) URL'] },
  { label: 'http://user:pass@<loopback>', endpoint: () => `http://user:pass@127.0.0.1:${server.port}`, says: ['endpoint', 'must not contain credentials'] },
  { label: 'http://<loopback>/?q', endpoint: () => `${server.origin}/?q`, says: ['endpoint', 'a query'] },
  { label: 'http://<loopback>/#f', endpoint: () => `${server.origin}/#f`, says: ['endpoint', 'a fragment'] },
  { label: 'relative /v2/x', endpoint: () => '/v2/x', says: ['endpoint', 'absolute http(s) URL'] },
  { label: 'protocol-relative //evil.example.com/x', endpoint: () => '//evil.example.com/x', says: ['endpoint', 'absolute http(s) URL'] },
  { label: 'no scheme evil.example.com', endpoint: () => 'evil.example.com', says: ['endpoint', 'absolute http(s) URL'] },
  // An empty query or fragment: URL.search and URL.hash are '' but href keeps the '?' / '#', and the
  // whole API path would end up in the query string or the (unsent) fragment.
  { label: 'http://<loopback>? (empty query)', endpoint: () => `${server.origin}?`, says: ['endpoint', /query/] },
  { label: 'http://<loopback># (empty fragment)', endpoint: () => `${server.origin}#`, says: ['endpoint', /fragment/] },
];
for (const { name, create, extra } of FACTORIES) {
  for (const row of HOSTILE_ENDPOINTS) {
    add('factory', [{ name: `${name} endpoint ${row.label}`, run: () => create(optionsFor(extra, { endpoint: row.endpoint() })), error: ValidationError, field: 'endpoint', rule: 'format', says: row.says }]);
  }
}

// ---- client factories: header injection through CR/LF in option values ---------------------------
for (const { name, create, extra } of FACTORIES) {
  add('factory', [
    { name: `${name} token with CR/LF`, run: () => create(optionsFor(extra, { credentials: { token: `${TOKEN}\r\nX-Injected: 1` } })), error: ValidationError, field: 'credentials.token', rule: 'format', says: ['credentials.token', 'printable ASCII', 'no spaces or control characters'] },
    { name: `${name} ak with CR/LF`, run: () => create(optionsFor(extra, { credentials: { ak: `${AK}\r\nX-Injected: 1`, sk: SK } })), error: ValidationError, field: 'credentials.ak', rule: 'format', says: ['credentials.ak', 'printable ASCII', 'no spaces or control characters'] },
    {
      name: `${name} securityToken with LF`,
      run: () => create(optionsFor(extra, { credentials: { ak: AK, sk: SK, securityToken: `${SECURITY_TOKEN}\nX-Injected: 1` } })),
      error: ValidationError,
      field: 'credentials.securityToken',
      rule: 'format',
      says: ['credentials.securityToken', 'printable ASCII'],
    },
    { name: `${name} projectId with CR/LF`, run: () => create(optionsFor(extra, { projectId: `${PROJECT_ID}\r\nX-Injected: 1` })), error: ValidationError, field: 'projectId', rule: 'format', says: ['projectId', 'printable ASCII', 'no spaces or control characters'] },
    // The project id is a path segment: ".." would walk the path (/v2/../export-tasks → /export-tasks).
    { name: `${name} projectId ".." (path traversal)`, run: () => create(optionsFor(extra, { projectId: '..' })), error: ValidationError, field: 'projectId', rule: 'path-segment', says: ['projectId', '".."'] },
  ]);
}
add('factory', [
  { name: 'createDataArtsInsightClient workspaceId with CR/LF', run: () => dai({ workspaceId: 'ws-1\r\nX-Injected: 1' }), error: ValidationError, field: 'workspaceId', rule: 'header-value', says: ['workspaceId', 'control characters', 'X-Workspace-Id'] },
  { name: 'createDataArtsInsightClient workspaceId with NUL', run: () => dai({ workspaceId: 'ws-1\u0000' }), error: ValidationError, field: 'workspaceId', rule: 'header-value', says: ['workspaceId', 'control characters', 'X-Workspace-Id'] },
  // Header values are bytes (ISO-8859-1); a character above U+00FF makes undici throw a raw TypeError at send time.
  { name: 'createDataArtsInsightClient workspaceId "工作区" (not a header value)', run: () => dai({ workspaceId: '工作区' }), error: ValidationError, field: 'workspaceId', rule: 'header-value', says: ['workspaceId', 'ISO-8859-1'] },
  { name: 'createWorkspaceClient projectId "." (path traversal)', run: () => ws({ projectId: '.' }), error: ValidationError, field: 'projectId', rule: 'path-segment', says: ['projectId', '"."'] },
  // With AK/SK the project id is also sent as the X-Project-Id header.
  { name: 'createMetaStudioClient AK/SK projectId "项目" (not a header value)', run: () => ms({ projectId: '项目', credentials: { ak: AK, sk: SK } }), error: ValidationError, field: 'projectId', rule: 'format', says: ['projectId'] },
  { name: 'createHssClient sk with NUL', run: () => hss({ credentials: { ak: AK, sk: `${SK}\u0000` } }), error: ValidationError, field: 'credentials.sk', rule: 'format', says: ['credentials.sk', 'control characters'] },
  { name: 'createWorkspaceClient token with a space', run: () => ws({ credentials: { token: 'two words' } }), error: ValidationError, field: 'credentials.token', rule: 'format', says: ['credentials.token', 'no spaces'] },
  { name: 'createWorkspaceClient token and ak together', run: () => ws({ credentials: { token: TOKEN, ak: AK } }), error: ValidationError, field: 'credentials.ak', rule: 'unknown', says: ['credentials.ak', 'cannot be combined'] },
  { name: 'createHssClient credentials a string', run: () => hss({ credentials: TOKEN }), error: ValidationError, field: 'credentials', rule: 'type', says: ['credentials must be'] },
  { name: 'createMetaStudioClient options null', run: () => createMetaStudioClient(null as never), error: ValidationError, field: 'options', rule: 'type', says: ['options must be an object'] },
  { name: 'createWorkspaceClient unknown option "regoin"', run: () => ws({ regoin: 'cn-north-4' }), error: ValidationError, field: 'regoin', rule: 'unknown', says: ['"regoin"', 'unknown'] },
  { name: 'createHssClient workspaceId is not an HSS option', run: () => hss({ workspaceId: 'w' }), error: ValidationError, field: 'workspaceId', rule: 'unknown', says: ['"workspaceId"', 'unknown'] },
  { name: 'createDataArtsInsightClient without workspaceId', run: () => dai({ workspaceId: undefined }), error: ValidationError, field: 'workspaceId', rule: 'required', says: ['workspaceId', 'HUAWEICLOUD_SDK_WORKSPACE_ID'] },
  { name: 'createWorkspaceClient undocumented region', run: () => ws({ endpoint: undefined, region: 'xx-evil-1' }), error: ValidationError, field: 'region', rule: 'enum', says: ['region', 'not documented in region "xx-evil-1"'] },
  { name: 'createMetaStudioClient timeoutMs -1', run: () => ms({ timeoutMs: -1 }), error: ValidationError, field: 'timeoutMs', rule: 'range', says: ['timeoutMs', 'positive number'] },
  { name: 'createMetaStudioClient timeoutMs Infinity', run: () => ms({ timeoutMs: Infinity }), error: ValidationError, field: 'timeoutMs', rule: 'range', says: ['timeoutMs', 'positive number'] },
  { name: 'createWorkspaceClient maxResponseBytes 0', run: () => ws({ maxResponseBytes: 0 }), error: ValidationError, field: 'maxResponseBytes', rule: 'range', says: ['maxResponseBytes', 'positive number'] },
  { name: 'createWorkspaceClient requestsPerSecond NaN', run: () => ws({ requestsPerSecond: Number.NaN }), error: ValidationError, field: 'requestsPerSecond', rule: 'range', says: ['requestsPerSecond', 'positive number'] },
  { name: 'createHssClient retry.maxRetries 1.5', run: () => hss({ retry: { maxRetries: 1.5 } }), error: ValidationError, field: 'retry.maxRetries', rule: 'range', says: ['retry.maxRetries', 'non-negative integer'] },
  { name: 'createHssClient retry.backoff (unknown)', run: () => hss({ retry: { backoff: 2 } }), error: ValidationError, field: 'retry.backoff', rule: 'unknown', says: ['"backoff"', 'unknown retry option'] },
  { name: 'createDataArtsInsightClient logger not a function', run: () => dai({ logger: 'console' }), error: ValidationError, field: 'logger', rule: 'type', says: ['logger must be a function'] },
  { name: 'createDataArtsInsightClient fetch not a function', run: () => dai({ fetch: {} }), error: ValidationError, field: 'fetch', rule: 'type', says: ['fetch must be a function'] },
]);

// ---- operations ----------------------------------------------------------------------------------
add('operation', [
  { name: 'showTask id ".." (path traversal)', run: () => call(ms(), 'showTask', { id: '..' }), error: ValidationError, field: 'id', rule: 'path-segment', says: ['"id"', '".."'] },
  { name: 'listQueryExportTask task_id "." with AK/SK', run: () => call(hss({ credentials: { ak: AK, sk: SK } }), 'listQueryExportTask', { task_id: '.' }), error: ValidationError, field: 'task_id', rule: 'path-segment', says: ['"task_id"', '"."'] },
  { name: 'listImportResourceTaskDetail task_id ""', run: () => call(dai(), 'listImportResourceTaskDetail', { task_id: '' }), error: ValidationError, field: 'task_id', rule: 'minLength', says: ['"task_id"', 'at least 1'] },
  { name: 'listExportTasks status not in the enum', run: () => call(ws(), 'listExportTasks', { status: 'DONE' }), error: ValidationError, field: 'status', rule: 'enum', says: ['"status"', 'one of'] },
  { name: 'searchTask resource item not a string', run: () => call(ms(), 'searchTask', { resource: ['a', null] }), error: ValidationError, field: 'resource', rule: 'type', says: ['"resource"', 'string'] },
  // A lone surrogate cannot be percent-encoded (encodeURIComponent throws a raw URIError).
  { name: 'listExportTasks file_name with a lone surrogate', run: () => call(ws(), 'listExportTasks', { file_name: 'report-\uD800.zip' }), error: ValidationError, field: 'file_name', rule: 'unicode', says: ['"file_name"', /Unicode/] },
  { name: 'searchTask resource item with a lone surrogate', run: () => call(ms(), 'searchTask', { resource: ['ok', '\uDC00'] }), error: ValidationError, field: 'resource', rule: 'unicode', says: ['"resource"', /Unicode/] },
  { name: 'showTask id with a lone surrogate (AK/SK)', run: () => call(ms({ credentials: { ak: AK, sk: SK } }), 'showTask', { id: 'task-\uD83D' }), error: ValidationError, field: 'id', rule: 'unicode', says: ['"id"', /Unicode/] },
  { name: 'extra header value with CR/LF', run: () => call(hss(), 'listQueryExportTask', { task_id: 't' }, { headers: { 'X-Note': 'a\r\nX-Injected: 1' } }), error: ValidationError, field: 'options.headers.X-Note', rule: 'header-value', says: ['"X-Note"', 'CR or LF'] },
  { name: 'extra header value with a bare CR (AK/SK)', run: () => call(dai({ credentials: { ak: AK, sk: SK } }), 'listImportResourceTaskDetail', { task_id: 't' }, { headers: { 'X-Note': 'a\rb' } }), error: ValidationError, field: 'options.headers.X-Note', rule: 'header-value', says: ['"X-Note"', 'CR or LF'] },
  // Header values are ISO-8859-1 bytes: undici throws a raw TypeError for "任" at send time.
  { name: 'extra header value "任务" (not a header value)', run: () => call(ws(), 'listExportTasks', {}, { headers: { 'X-Note': '任务' } }), error: ValidationError, field: 'options.headers.X-Note', rule: 'header-value', says: ['"X-Note"'] },
  { name: 'extra header name with CR/LF', run: () => call(ms(), 'showTask', { id: 't' }, { headers: { 'X-A\r\nX-Injected': '1' } }), error: ValidationError, field: 'options.headers', rule: 'header-name', says: ['not a valid header name'] },
  { name: 'extra header name with a colon', run: () => call(ws(), 'listExportTasks', {}, { headers: { 'X-A: b': '1' } }), error: ValidationError, field: 'options.headers', rule: 'header-name', says: ['"X-A: b"', 'not a valid header name'] },
  { name: 'extra header Host (host injection)', run: () => call(hss(), 'listQueryExportTask', { task_id: 't' }, { headers: { host: 'evil.example.com' } }), error: ValidationError, field: 'options.headers.host', rule: 'reserved', says: ['"host"', 'set by the client'] },
  { name: 'extra header X-Auth-Token (credential override)', run: () => call(ms(), 'searchTask', {}, { headers: { 'X-Auth-Token': 'other' } }), error: ValidationError, field: 'options.headers.X-Auth-Token', rule: 'reserved', says: ['"X-Auth-Token"', 'set by the client'] },
  { name: 'request option signal not an AbortSignal', run: () => call(dai(), 'listImportResourceTaskDetail', { task_id: 't' }, { signal: 'stop' }), error: ValidationError, field: 'options.signal', rule: 'type', says: ['options.signal', 'AbortSignal'] },
  { name: 'params a string', run: () => call(hss(), 'listQueryExportTask', 'task-1'), error: ValidationError, field: 'params', rule: 'type', says: ['parameters must be an object'] },
]);

// ---- paginators ------------------------------------------------------------------------------------
const firstPage = (params: unknown, options?: unknown) => () => (ws().listExportTasksAll as (p: unknown, o?: unknown) => AsyncGenerator<unknown>)(params, options).next();
add('paginator', [
  { name: 'listExportTasksAll offset (managed by the iterator)', run: firstPage({ offset: 5 }), error: ValidationError, field: 'offset', rule: 'unknown', says: ['"offset"', 'managed by the iterator'] },
  { name: 'listExportTasksAll limit 101', run: firstPage({ limit: 101 }), error: ValidationError, field: 'limit', rule: 'maximum', says: ['"limit"', 'at most 100'] },
  { name: 'listExportTasksAll params a number', run: firstPage(7), error: ValidationError, field: 'params', rule: 'type', says: ['parameters must be an object'] },
  { name: 'listExportTasksAll sort_type without sort_field', run: firstPage({ sort_type: 'ASC' }), error: ValidationError, field: 'sort_field', rule: 'together', says: ['"sort_field"', 'together'] },
  { name: 'listExportTasksAll header with CR/LF', run: firstPage({}, { headers: { 'X-Note': 'a\nb' } }), error: ValidationError, field: 'options.headers.X-Note', rule: 'header-value', says: ['"X-Note"', 'CR or LF'] },
  { name: 'listExportTasksAll task_id with a lone surrogate', run: firstPage({ task_id: '\uDFFF' }), error: ValidationError, field: 'task_id', rule: 'unicode', says: ['"task_id"', /Unicode/] },
]);

// ---- waiters ---------------------------------------------------------------------------------------
const FAST = { maxWaitMs: 300, minDelayMs: 5, maxDelayMs: 20 };
add('waiter', [
  { name: 'getTask id ""', run: () => hss().getTask(''), error: ValidationError, field: 'id', rule: 'required', says: ['task id', 'non-empty'] },
  { name: 'getTask id 42', run: () => ms().getTask(42), error: ValidationError, field: 'id', rule: 'required', says: ['task id', 'non-empty string', '42'] },
  { name: 'getTask id ".." (path traversal)', run: () => dai().getTask('..'), error: ValidationError, field: 'task_id', rule: 'path-segment', says: ['"task_id"', '".."'] },
  { name: 'getTask id "." with AK/SK', run: () => ms({ credentials: { ak: AK, sk: SK } }).getTask('.'), error: ValidationError, field: 'id', rule: 'path-segment', says: ['"id"', '"."'] },
  { name: 'getTask header with CR/LF', run: () => ws().getTask('t', { headers: { 'X-Note': '\r\n' } }), error: ValidationError, field: 'options.headers.X-Note', rule: 'header-value', says: ['"X-Note"'] },
  { name: 'getTask id with a lone surrogate (Workspace: query)', run: () => ws().getTask('t\uD800'), error: ValidationError, field: 'task_id', rule: 'unicode', says: ['"task_id"', /Unicode/] },
  { name: 'waitForTask id "   "', run: () => hss().waitForTask('   ', FAST), error: ValidationError, field: 'id', rule: 'required', says: ['task id', 'non-empty'] },
  { name: 'waitForTask id ".."', run: () => hss().waitForTask('..', FAST), error: ValidationError, field: 'task_id', rule: 'path-segment', says: ['"task_id"'] },
  { name: 'waitForTask maxWaitMs 0', run: () => hss().waitForTask('t', { maxWaitMs: 0 }), error: ValidationError, field: 'maxWaitMs', rule: 'range', says: ['maxWaitMs', 'positive'] },
  { name: 'waitForTask maxWaitMs NaN', run: () => ws().waitForTask('t', { maxWaitMs: Number.NaN }), error: ValidationError, field: 'maxWaitMs', rule: 'range', says: ['maxWaitMs', 'positive'] },
  { name: 'waitForTask minDelayMs > maxDelayMs', run: () => ms().waitForTask('t', { minDelayMs: 50, maxDelayMs: 10 }), error: ValidationError, field: 'minDelayMs', rule: 'range', says: ['minDelayMs', 'must not exceed maxDelayMs'] },
  { name: 'waitForTask maxErrors 1.5', run: () => dai().waitForTask('t', { maxErrors: 1.5 }), error: ValidationError, field: 'maxErrors', rule: 'range', says: ['maxErrors', 'integer'] },
  { name: 'waitForTask onProgress not a function', run: () => hss().waitForTask('t', { onProgress: 'log' }), error: ValidationError, field: 'onProgress', rule: 'type', says: ['onProgress must be a function'] },
  { name: 'waitForTask unknown option "pollEvery"', run: () => hss().waitForTask('t', { pollEvery: 5 }), error: ValidationError, field: 'pollEvery', rule: 'unknown', says: ['"pollEvery"', 'unknown wait option'] },
  { name: 'waitForTask resume not a checkpoint', run: () => hss().waitForTask('t', { resume: { version: 2 } }), error: ValidationError, field: 'resume', rule: 'format', says: ['resume must be a checkpoint'] },
  {
    name: 'waitForTask resume of another task',
    run: () => hss().waitForTask('t', { resume: { version: 1, service: 'hss', taskId: 'other', startedAt: 0, deadline: 1, nextPollAt: 0, polls: 0, finalPoll: false } }),
    error: ValidationError,
    field: 'resume',
    rule: 'mismatch',
    says: ['resume is a checkpoint of hss task other'],
  },
  // Wait options are not checked for shape or for `signal` / `timeoutMs`: these throw raw TypeErrors or are ignored.
  { name: 'waitForTask options null', run: () => hss().waitForTask('t', null), error: ValidationError, field: 'options', rule: 'type', says: ['options', 'must be an object'] },
  { name: 'waitForTask signal not an AbortSignal', run: () => hss().waitForTask('t', { ...FAST, signal: { aborted: false } }), error: ValidationError, field: 'signal', rule: 'type', says: ['signal', 'AbortSignal'] },
  { name: 'waitForTask timeoutMs 0', run: () => hss().waitForTask('t', { ...FAST, timeoutMs: 0 }), error: ValidationError, field: 'timeoutMs', rule: 'range', says: ['timeoutMs', 'positive'] },
  { name: 'watchTask id ".." (first step)', run: () => ms().watchTask('..', FAST).next(), error: ValidationError, field: 'id', rule: 'path-segment', says: ['"id"', '".."'] },
  { name: 'watchTask maxUnknown -1', run: () => ws().watchTask('t', { maxUnknown: -1 }).next(), error: ValidationError, field: 'maxUnknown', rule: 'range', says: ['maxUnknown', 'non-negative integer'] },
  { name: 'waitForTasks ids a string', run: () => hss().waitForTasks('t1,t2'), error: ValidationError, field: 'ids', rule: 'type', says: ['ids must be an array'] },
  { name: 'waitForTasks one id empty', run: () => dai().waitForTasks(['t1', '']), error: ValidationError, field: 'id', rule: 'required', says: ['task id', 'non-empty'] },
  { name: 'waitForTasks one id null', run: () => ms().waitForTasks(['t1', null]), error: ValidationError, field: 'id', rule: 'required', says: ['task id', 'null'] },
  // A bad option is the caller's mistake, not one task's outcome: it should reject, not resolve with N failures.
  { name: 'waitForTasks bad option (maxWaitMs -1)', run: () => ws().waitForTasks(['t1', 't2'], { maxWaitMs: -1 }), error: ValidationError, field: 'maxWaitMs', rule: 'range', says: ['maxWaitMs', 'positive'] },
]);

// ---- signRequest -----------------------------------------------------------------------------------
const req = (init?: RequestInit) => new Request('https://iam.example.com/v3/projects?name=a', init);
add('signRequest', [
  { name: 'signRequest credentials undefined', run: () => signRequest(req(), undefined as never), error: SigningInputError, field: 'credentials.ak', rule: 'signing-input', says: ['credentials.ak', 'printable ASCII'] },
  { name: 'signRequest ak with CR/LF', run: () => signRequest(req(), { ak: `${AK}\r\nX-Injected: 1`, sk: SK }), error: SigningInputError, field: 'credentials.ak', rule: 'signing-input', says: ['credentials.ak', 'printable ASCII'] },
  { name: 'signRequest ak non-ASCII', run: () => signRequest(req(), { ak: 'ÄK', sk: SK }), error: SigningInputError, field: 'credentials.ak', rule: 'signing-input', says: ['credentials.ak'] },
  { name: 'signRequest sk ""', run: () => signRequest(req(), { ak: AK, sk: '' }), error: SigningInputError, field: 'credentials.sk', rule: 'signing-input', says: ['credentials.sk', 'non-empty'] },
  { name: 'signRequest sk with LF', run: () => signRequest(req(), { ak: AK, sk: `${SK}\n` }), error: SigningInputError, field: 'credentials.sk', rule: 'signing-input', says: ['credentials.sk', 'control characters'] },
  { name: 'signRequest securityToken with CR/LF', run: () => signRequest(req(), { ak: AK, sk: SK, securityToken: `${SECURITY_TOKEN}\r\nX-Injected: 1` }), error: SigningInputError, field: 'credentials.securityToken', rule: 'signing-input', says: ['credentials.securityToken'] },
  { name: 'signRequest date invalid', run: () => signRequest(req(), { ak: AK, sk: SK }, { date: new Date(Number.NaN) }), error: SigningInputError, field: 'date', rule: 'signing-input', says: ['date', 'valid Date'] },
  { name: 'signRequest date year 10000', run: () => signRequest(req(), { ak: AK, sk: SK }, { date: new Date('+010000-01-01T00:00:00Z') }), error: SigningInputError, field: 'date', rule: 'signing-input', says: ['date', '9999'] },
  { name: 'signRequest date a string', run: () => signRequest(req(), { ak: AK, sk: SK }, { date: '2026-01-01' as never }), error: SigningInputError, field: 'date', rule: 'signing-input', says: ['date', 'valid Date'] },
  { name: 'signRequest ftp: URL', run: () => signRequest(new Request('ftp://files.example.com/a'), { ak: AK, sk: SK }), error: SigningInputError, field: 'url', rule: 'signing-input', says: ['url', 'http(s) URL'] },
  { name: 'signRequest empty X-Sdk-Content-Sha256', run: () => signRequest(req({ headers: { 'X-Sdk-Content-Sha256': ' ' } }), { ak: AK, sk: SK }), error: SigningInputError, field: 'payloadHash', rule: 'signing-input', says: ['payloadHash', 'non-empty'] },
  // Not a Request at all: today a raw TypeError from reading `.method` / `.toUpperCase()`.
  { name: 'signRequest request undefined', run: () => signRequest(undefined as never, { ak: AK, sk: SK }), error: SigningInputError, field: 'request', rule: 'signing-input', says: ['request', 'Request'] },
  { name: 'signRequest request a URL string', run: () => signRequest('https://iam.example.com/' as never, { ak: AK, sk: SK }), error: SigningInputError, field: 'request', rule: 'signing-input', says: ['request', 'Request'] },
]);

// ---- startMockServer options -----------------------------------------------------------------------
// The workspace the wire-level mock below serves (DataArts Insight's x-client-option workspaceId).
const WORKSPACE_ID = 'ws-reliability-0001';
const mockWith = (options: unknown) => () => startMockServer(options as never);
add('mock options', [
  { name: 'startMockServer options null', run: mockWith(null), error: ValidationError, field: 'options', rule: 'type', says: ['mock options must be an object'] },
  { name: 'startMockServer port 70000', run: mockWith({ port: 70000 }), error: ValidationError, field: 'port', rule: 'range', says: ['port', 'non-negative integer up to 65535'] },
  { name: 'startMockServer port -1', run: mockWith({ port: -1 }), error: ValidationError, field: 'port', rule: 'range', says: ['port', 'non-negative integer up to 65535'] },
  { name: 'startMockServer port "8080"', run: mockWith({ port: '8080' }), error: ValidationError, field: 'port', rule: 'range', says: ['port', 'integer'] },
  { name: 'startMockServer host "0.0.0.0" (never another interface)', run: mockWith({ host: '0.0.0.0' }), error: ValidationError, field: 'host', rule: 'unknown', says: ['"host"', 'unknown mock option'] },
  { name: 'startMockServer credentials.token with CR/LF', run: mockWith({ credentials: { token: 'tok\r\nX: 1' } }), error: ValidationError, field: 'credentials.token', rule: 'format', says: ['credentials.token', 'printable ASCII'] },
  { name: 'startMockServer credentials.sk ""', run: mockWith({ credentials: { sk: '' } }), error: ValidationError, field: 'credentials.sk', rule: 'format', says: ['credentials.sk', 'non-empty'] },
  { name: 'startMockServer credentials a string', run: mockWith({ credentials: 'x' }), error: ValidationError, field: 'credentials', rule: 'type', says: ['credentials must be an object'] },
  { name: 'startMockServer projectId with a space', run: mockWith({ projectId: 'a b' }), error: ValidationError, field: 'projectId', rule: 'format', says: ['projectId', 'printable ASCII'] },
  { name: 'startMockServer clientOptions.workspaceId with LF', run: mockWith({ clientOptions: { workspaceId: 'w\n' } }), error: ValidationError, field: 'clientOptions.workspaceId', rule: 'format', says: ['clientOptions.workspaceId', 'printable ASCII'] },
  { name: 'startMockServer clientOptions naming no declared option', run: mockWith({ clientOptions: { tenantId: 't' } }), error: ValidationError, field: 'clientOptions.tenantId', rule: 'unknown', says: ['"tenantId"', 'workspaceId'] },
  { name: 'startMockServer clock not a function', run: mockWith({ clock: 5 }), error: ValidationError, field: 'clock', rule: 'type', says: ['clock must be a function'] },
  { name: 'startMockServer maxSkewMs 0', run: mockWith({ maxSkewMs: 0 }), error: ValidationError, field: 'maxSkewMs', rule: 'range', says: ['maxSkewMs', 'positive'] },
  { name: 'startMockServer scenarios not an array', run: mockWith({ scenarios: {} }), error: ValidationError, field: 'scenarios', rule: 'type', says: ['scenarios must be an array'] },
  { name: 'startMockServer scenario of an unknown service', run: mockWith({ scenarios: [{ service: 'ecs', id: 't', outcome: 'succeeded', advance: { afterPolls: 1 } }] }), error: ValidationError, field: 'service', rule: 'enum', says: ['scenario.service', '"ecs"'] },
  { name: 'startMockServer scenario outcome HSS cannot express', run: mockWith({ scenarios: [{ service: 'hss', id: 't', outcome: 'partial', advance: { afterPolls: 1 } }] }), error: ValidationError, field: 'outcome', rule: 'enum', says: ['hss tasks can end', '"partial"'] },
  { name: 'startMockServer scenario afterPolls -1', run: mockWith({ scenarios: [{ service: 'hss', id: 't', outcome: 'succeeded', advance: { afterPolls: -1 } }] }), error: ValidationError, field: 'advance.afterPolls', rule: 'range', says: ['afterPolls', 'non-negative integer'] },
]);

describe('the catalogue', () => {
  it('covers every entry point with at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.entry))).toEqual(new Set<Entry>(['factory', 'operation', 'paginator', 'waiter', 'signRequest', 'mock options']));
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
});

describe.each([...new Set(cases.map((c) => c.entry))])('%s', (entry) => {
  afterEach(() => {
    // The heart of the catalogue: nothing reached the wire.
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  const rows = cases.filter((c) => c.entry === entry).map((c) => [`${c.name} → ${c.error.name}(${c.field}, ${c.rule})`, c] as const);
  it.each(rows)('%s', async (_title, { run, error: kind, field, rule, says }) => {
    const result = await outcome(run);
    // A mock server that started after all is closed again.
    if (!result.threw) await (result.value as Partial<MockServer> | undefined)?.close?.();
    expect(result.threw, describeOutcome(result)).toBe(true);
    const error = (result as { error: unknown }).error as ValidationError;
    expect(error, describeOutcome(result)).toBeInstanceOf(kind);
    expect({ field: error.field, rule: error.rule }, describeOutcome(result)).toEqual({ field, rule });
    for (const fragment of says) {
      if (typeof fragment === 'string') expect(error.message).toContain(fragment);
      else expect(error.message).toMatch(fragment);
    }
    // One line: a message is never a vehicle for injected lines.
    expect(error.message).not.toMatch(/[\r\n]/);
  });
});

// ---- legal but dangerous ids: one encoded segment, never a normalised path --------------------------

const TRAVERSAL_IDS = ['a/../b', '../../etc/passwd', 'x/..', './x', '/', 'a/./b', '..%2F..', '%2e%2e', '.%2E', '..;/admin', '..\\..\\windows'];
const CRLF_IDS = ['a\r\nX-Injected: yes', 'a\nHost: evil.example.com', '\r\n\r\nGET /admin HTTP/1.1\r\nHost: evil', 'a b HTTP/1.1\r\nX-Injected: 1'];

interface PathOp {
  name: string;
  run: (client: AnyClient, id: string) => Promise<unknown>;
  client: (credentials: unknown) => AnyClient;
  prefix: string;
}
const PATH_OPS: PathOp[] = [
  { name: 'MetaStudio showTask', client: (credentials) => ms({ credentials }), run: (c, id) => call(c, 'showTask', { id }) as Promise<unknown>, prefix: `/v2/${PROJECT_ID}/ies/task/` },
  { name: 'MetaStudio getTask', client: (credentials) => ms({ credentials }), run: (c, id) => c.getTask(id), prefix: `/v2/${PROJECT_ID}/ies/task/` },
  { name: 'HSS listQueryExportTask', client: (credentials) => hss({ credentials }), run: (c, id) => call(c, 'listQueryExportTask', { task_id: id }) as Promise<unknown>, prefix: `/v5/${PROJECT_ID}/export-task/` },
  { name: 'DataArts Insight getTask', client: (credentials) => dai({ credentials }), run: (c, id) => c.getTask(id), prefix: `/v1/${PROJECT_ID}/resource-package/import-tasks/` },
];
const CREDENTIALS: [string, unknown][] = [
  ['token', { token: TOKEN }],
  ['AK/SK', { ak: AK, sk: SK, securityToken: SECURITY_TOKEN }],
];

function onlyRequest(): RecordedRequest {
  expect(server.requests, 'exactly one request reached the server').toHaveLength(1);
  return server.requests[0]!;
}

function expectIntactRequest(received: RecordedRequest): void {
  // The request line was parsed by node:http: a smuggled CR/LF or space would have broken it.
  expect(received.method).toBe('GET');
  expect(received.url).not.toMatch(/[\s\u0000-\u001f\u007f]/);
  expect(received.headers.host).toBe(`127.0.0.1:${server.port}`);
  expect(received.headers['x-injected']).toBeUndefined();
  expect(received.rawHeaders.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase())).not.toContain('x-injected');
}

describe.each(CREDENTIALS)('path ids that look like paths, with %s', (kind, credentials) => {
  describe.each(PATH_OPS)('$name', ({ client, run, prefix }) => {
    it.each(TRAVERSAL_IDS)('%j arrives as one encoded segment, never a normalised path', async (id) => {
      server.fallback = json(200, { task_id: id, id, status: 1, task_status: 'running' });
      await run(client(credentials), id);
      const received = onlyRequest();
      expectIntactRequest(received);
      expect(received.url.startsWith(prefix), received.url).toBe(true);
      const segment = received.url.slice(prefix.length).split('?')[0]!;
      expect(segment).not.toContain('/');
      if (id.includes('/')) expect(segment).toContain('%2F');
      expect(decodeURIComponent(segment)).toBe(id);
      // What the server's URL parser makes of it is what was sent: nothing to normalise.
      expect(received.path).toBe(received.url.split('?')[0]);
      if (kind === 'AK/SK') expect(server.verify(0, SK)).toMatchObject({ valid: true });
    });

    it.each(CRLF_IDS)('%j (CR/LF) is percent-encoded; the request line stays intact', async (id) => {
      server.fallback = json(200, { task_id: id, id, status: 1, task_status: 'running' });
      await run(client(credentials), id);
      const received = onlyRequest();
      expectIntactRequest(received);
      const segment = received.url.slice(prefix.length);
      expect(segment).toMatch(/%0D|%0A/);
      expect(decodeURIComponent(segment)).toBe(id);
      if (kind === 'AK/SK') expect(server.verify(0, SK)).toMatchObject({ valid: true });
    });
  });

  it.each([...TRAVERSAL_IDS, ...CRLF_IDS])('Workspace getTask %j travels as one query value', async (id) => {
    server.fallback = (_req, res) => {
      const body = JSON.stringify({ export_tasks: [{ task_id: id, status: 'SUCCESS' }], count: 1 });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
      res.end(body);
    };
    const task = await ws({ credentials }).getTask(id);
    expect(task).toMatchObject({ id, status: 'succeeded' });
    const received = onlyRequest();
    expectIntactRequest(received);
    expect(received.path).toBe(`/v2/${PROJECT_ID}/export-tasks`);
    const pairs = received.url.split('?')[1]!.split('&');
    const taskIds = pairs.filter((p) => p.startsWith('task_id='));
    expect(taskIds).toHaveLength(1);
    expect(decodeURIComponent(taskIds[0]!.slice('task_id='.length))).toBe(id);
    if (kind === 'AK/SK') expect(server.verify(0, SK)).toMatchObject({ valid: true });
  });
});

// ---- raw HTTP with bad input, to the mock server ----------------------------------------------------

describe('the mock server answers raw bad input with typed HTTP errors and stays up', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ clientOptions: { workspaceId: WORKSPACE_ID } });
  });
  afterAll(async () => {
    await mock.close();
  });

  /** Sends raw bytes (anything a client library would refuse to send) and reads the whole answer. */
  function raw(bytes: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const socket = connect(mock.port, '127.0.0.1', () => socket.end(bytes));
      let text = '';
      socket.setEncoding('utf8').on('data', (d: string) => (text += d));
      socket.on('error', reject);
      socket.on('close', () => {
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? NaN);
        resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
      });
    });
  }

  const P = MOCK_PROJECT_ID;
  const H = `Host: 127.0.0.1\r\nX-Auth-Token: ${MOCK_TOKEN}\r\nX-Workspace-Id: ${WORKSPACE_ID}\r\nConnection: close\r\n`;
  const get = (target: string, headers = H) => `GET ${target} HTTP/1.1\r\n${headers}\r\n`;

  it.each<[string, string, number, string | undefined, RegExp | undefined]>([
    ['a raw ".." segment (not normalised, not routed)', get(`/v5/${P}/../${P}/export-task/demo-succeeded`), 404, 'APIGW.0101', /does not exist/],
    ['an encoded "../../etc" id (one segment, an unknown task)', get(`/v5/${P}/export-task/..%2F..%2Fetc`), 404, 'MOCK.TASK_NOT_FOUND', /"\.\.\/\.\.\/etc"/],
    ['an encoded ".." id', get(`/v5/${P}/export-task/%2e%2e`), 400, 'APIGW.0201', /task_id.*"\.\."/],
    ['a "." id', get(`/v5/${P}/export-task/.`), 400, 'APIGW.0201', /task_id.*"\."/],
    ['invalid percent-encoding in an id', get(`/v5/${P}/export-task/%E0%A4%A`), 404, 'MOCK.TASK_NOT_FOUND', undefined],
    ['a lone surrogate, percent-encoded', get(`/v5/${P}/export-task/%ED%A0%80`), 404, 'MOCK.TASK_NOT_FOUND', undefined],
    ['invalid percent-encoding in an integer query value', get(`/v2/${P}/export-tasks?limit=%ZZ`), 400, 'APIGW.0201', /"limit".*integer/],
    ['limit beyond the documented maximum', get(`/v2/${P}/export-tasks?limit=101`), 400, 'APIGW.0201', /"limit".*at most 100/],
    ['a repeated single-valued parameter', get(`/v2/${P}/export-tasks?status=FAIL&status=SUCCESS`), 400, 'APIGW.0201', /status/],
    ['another project id', get(`/v5/other/export-task/demo-succeeded`), 400, 'APIGW.0201', /project_id/],
    ['another workspace id', get(`/v1/${P}/resource-package/import-tasks/demo-succeeded`, H.replace(WORKSPACE_ID, 'other-ws')), 400, 'APIGW.0201', /X-Workspace-Id/],
    ['a wrong token', get(`/v5/${P}/export-task/demo-succeeded`, H.replace(MOCK_TOKEN, 'wrong-token')), 401, 'APIGW.0301', /token/],
    ['no credentials at all', get(`/v5/${P}/export-task/demo-succeeded`, 'Host: 127.0.0.1\r\nConnection: close\r\n'), 401, 'APIGW.0301', /x-auth-token not found/],
    ['a malformed Authorization header', get(`/v5/${P}/export-task/demo-succeeded`, 'Host: 127.0.0.1\r\nAuthorization: SDK-HMAC-SHA256 garbage\r\nConnection: close\r\n'), 401, 'APIGW.0301', /malformed Authorization/],
    ['an unknown method on a known path', `DELETE /v5/${P}/export-task/demo-succeeded HTTP/1.1\r\n${H}\r\n`, 404, 'APIGW.0101', /does not exist/],
    ['a body over 1 MiB', `POST /v2/${P}/export-tasks HTTP/1.1\r\n${H}Content-Length: 1100000\r\n\r\n${'x'.repeat(1_100_000)}`, 413, 'APIGW.0201', /too large/],
    ['a CR inside a header value (refused by the HTTP parser)', get(`/v2/${P}/export-tasks`, `${H}X-Note: a\rb\r\n`), 400, undefined, undefined],
    ['a space inside the request target (refused by the HTTP parser)', get(`/v2/${P}/export tasks`), 400, undefined, undefined],
  ])('%s → %i %s', async (_what, bytes, status, code, message) => {
    const answer = await raw(bytes);
    expect(answer.status).toBe(status);
    if (code !== undefined) {
      const body = JSON.parse(answer.body) as { error_code?: string; error_msg?: string };
      expect(body.error_code).toBe(code);
      if (message) expect(body.error_msg).toMatch(message);
    }
    // Still serving.
    const ok = await fetch(`${mock.url}/v5/${P}/export-task/demo-succeeded`, { headers: { 'X-Auth-Token': MOCK_TOKEN } });
    expect(ok.status).toBe(200);
    await ok.body?.cancel();
  });
});

// ---- the CLI, as a subprocess ----------------------------------------------------------------------

interface CliCase {
  name: string;
  /** Arguments; `{endpoint}` is replaced by this case's own loopback origin. */
  args: string[];
  /** Typed error as printed with --json: `error.name`, `error.field`, `error.rule`. */
  error: string;
  field?: string;
  rule?: string;
  says: (string | RegExp)[];
}

const CLI_CASES: CliCase[] = [
  { name: 'get: endpoint javascript:', args: ['get', 'hss', 't1', '--endpoint', 'javascript:alert(1)'], error: 'ValidationError', field: 'endpoint', rule: 'format', says: ['endpoint', 'absolute http(s) URL'] },
  { name: 'get: endpoint with user info', args: ['get', 'hss', 't1', '--endpoint', 'http://user:pass@{host}'], error: 'ValidationError', field: 'endpoint', rule: 'format', says: ['endpoint', 'credentials'] },
  { name: 'get: endpoint with a query', args: ['get', 'metastudio', 't1', '--endpoint', '{endpoint}/?q=1'], error: 'ValidationError', field: 'endpoint', rule: 'format', says: ['endpoint', 'query'] },
  { name: 'get: region cn-north-4.evil.com', args: ['get', 'hss', 't1', '--region', 'cn-north-4.evil.com'], error: 'ValidationError', field: 'region', rule: 'format', says: ['region', 'cn-north-4.evil.com'] },
  { name: 'get: region x:80', args: ['get', 'workspace', 't1', '--region', 'x:80'], error: 'ValidationError', field: 'region', rule: 'format', says: ['region'] },
  { name: 'get: task id ".."', args: ['get', 'hss', '..', '--endpoint', '{endpoint}'], error: 'ValidationError', field: 'task_id', rule: 'path-segment', says: ['task_id', '".."'] },
  { name: 'get: token with CR/LF', args: ['get', 'hss', 't1', '--endpoint', '{endpoint}', '--token', `${TOKEN}\r\nX-Injected: 1`], error: 'ValidationError', field: 'credentials.token', rule: 'format', says: ['credentials.token'] },
  { name: 'get: ak with CR/LF', args: ['get', 'hss', 't1', '--endpoint', '{endpoint}', '--ak', `${AK}\nX-Injected: 1`, '--sk', SK], error: 'ValidationError', field: 'credentials.ak', rule: 'format', says: ['credentials.ak'] },
  { name: 'get: project id with CR/LF', args: ['get', 'hss', 't1', '--endpoint', '{endpoint}', '--project-id', 'p\r\nX-Injected: 1'], error: 'ValidationError', field: 'projectId', rule: 'format', says: ['projectId'] },
  { name: 'get: project id ".." (path traversal)', args: ['get', 'workspace', 't1', '--endpoint', '{endpoint}', '--project-id', '..'], error: 'ValidationError', field: 'projectId', rule: 'path-segment', says: ['projectId', '".."'] },
  { name: 'get: workspace id with LF', args: ['get', 'dataarts-insight', 't1', '--endpoint', '{endpoint}', '--workspace-id', 'w\nX-Injected: 1'], error: 'ValidationError', field: 'workspaceId', rule: 'header-value', says: ['workspaceId'] },
  { name: 'get: no workspace id for DataArts Insight', args: ['get', 'dataarts-insight', 't1', '--endpoint', '{endpoint}'], error: 'ValidationError', field: 'workspaceId', rule: 'required', says: ['needs workspaceId', '--workspace-id', 'HUAWEICLOUD_SDK_WORKSPACE_ID'] },
  { name: 'get: --token with --ak', args: ['get', 'hss', 't1', '--endpoint', '{endpoint}', '--ak', AK], error: 'ValidationError', field: 'credentials', rule: 'conflict', says: ['--token cannot be combined'] },
  { name: 'get: unknown service', args: ['get', 'ecs', 't1', '--endpoint', '{endpoint}'], error: 'UsageError', says: ['unknown service "ecs"'] },
  { name: 'list: limit 0', args: ['list', 'workspace', '--endpoint', '{endpoint}', '--limit', '0'], error: 'ValidationError', field: 'limit', rule: 'minimum', says: ['"limit"', 'at least 1'] },
  { name: 'list: status not in the enum', args: ['list', 'workspace', '--endpoint', '{endpoint}', '--status', 'DONE'], error: 'ValidationError', field: 'status', rule: 'enum', says: ['"status"', 'one of'] },
  { name: 'list: sort-field without sort-type', args: ['list', 'workspace', '--endpoint', '{endpoint}', '--sort-field', 'create_time'], error: 'ValidationError', field: 'sort_type', rule: 'together', says: ['together'] },
  { name: 'wait: --timeout 0', args: ['wait', 'hss', 't1', '--endpoint', '{endpoint}', '--timeout', '0'], error: 'UsageError', says: ['--timeout', 'greater than zero'] },
  { name: 'wait: --timeout-ms abc', args: ['wait', 'hss', 't1', '--endpoint', '{endpoint}', '--timeout-ms', 'abc'], error: 'UsageError', says: ['--timeout-ms', 'duration'] },
];

describe('the CLI (subprocess): exit 3, a typed JSON error naming the field, nothing sent', () => {
  const results = new Map<string, { result: CliResult; requests: number }>();

  beforeAll(async () => {
    // Every case gets its own loopback server, and the subprocesses run side by side.
    await Promise.all(
      CLI_CASES.map(async (c) => {
        const own = await startLoopback();
        try {
          const args = c.args.map((a) => a.replaceAll('{endpoint}', own.origin).replaceAll('{host}', `127.0.0.1:${own.port}`));
          // A token unless the case brings an AK/SK pair; the case's own flags are never overridden.
          const credentials = args.includes('--token') || (args.includes('--ak') && args.includes('--sk')) ? [] : ['--token', TOKEN];
          const project = args.includes('--project-id') ? [] : ['--project-id', PROJECT_ID];
          const result = await runCli([...args, ...project, ...credentials, '--json'], cleanEnv());
          results.set(c.name, { result, requests: own.requests.length });
        } finally {
          await own.close();
        }
      }),
    );
  }, 120_000);

  it.each(CLI_CASES.map((c) => [c.name, c] as const))('%s', (_title, { name, error, field, rule, says }) => {
    const entry = results.get(name)!;
    const { result } = entry;
    const context = `exit ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`;
    expect(entry.requests, `nothing may be sent\n${context}`).toBe(0);
    expect(result.code, context).toBe(3);
    const line = result.stderr.trim();
    expect(line.split('\n'), context).toHaveLength(1);
    expect(line.startsWith('taskport: '), context).toBe(true);
    for (const fragment of says) {
      if (typeof fragment === 'string') expect(line, context).toContain(fragment);
      else expect(line, context).toMatch(fragment);
    }
    const printed = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { error: { name: string; field?: string; rule?: string } };
    expect(printed.error.name, context).toBe(error);
    if (field !== undefined) expect({ field: printed.error.field, rule: printed.error.rule }, context).toEqual({ field, rule });
  });
});
