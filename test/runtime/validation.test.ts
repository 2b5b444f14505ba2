/**
 * Parameter and request-option validation: every bad input is a ValidationError naming the field and the
 * broken rule, raised before anything is sent (the loopback server must see zero requests).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDataArtsInsightClient } from '../../generated/clients/dataarts-insight.js';
import { createHssClient } from '../../generated/clients/hss.js';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import { ValidationError } from '../../src/core/errors.js';
import { startLoopback, type Loopback } from '../helpers/loopback.js';
import { AK, caught, isolateEnv, PROJECT_ID, SK, TOKEN } from './support.js';

isolateEnv();

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());
afterEach(() => {
  // The heart of this file: nothing reached the wire.
  expect(server.requests).toHaveLength(0);
});

function clients(credentials: { token: string } | { ak: string; sk: string } = { token: TOKEN }) {
  const common = { endpoint: server.origin, projectId: PROJECT_ID, credentials, retry: false as const };
  return {
    ms: createMetaStudioClient(common),
    ws: createWorkspaceClient(common),
    hss: createHssClient({ ...common, region: 'cn-north-4' }),
    dai: createDataArtsInsightClient({ ...common, workspaceId: 'ws-1' }),
  };
}

type Call = (c: ReturnType<typeof clients>) => Promise<unknown>;

interface Case {
  what: string;
  call: Call;
  field: string;
  rule: string;
  /** Fragments the message must contain. */
  says: string[];
}

const cases: Case[] = [
  // unknown parameters, with and without a hint
  { what: 'unknown parameter with a did-you-mean hint (taskId)', call: (c) => c.hss.listQueryExportTask({ task_id: 't', taskId: 't' } as never), field: 'taskId', rule: 'unknown', says: ['"taskId"', 'did you mean "task_id"'] },
  { what: 'unknown parameter with a hint (case: Limit)', call: (c) => c.ws.listExportTasks({ Limit: 10 } as never), field: 'Limit', rule: 'unknown', says: ['did you mean "limit"'] },
  { what: 'unknown parameter with a hint (businessId)', call: (c) => c.ms.searchTask({ businessId: 'x' } as never), field: 'businessId', rule: 'unknown', says: ['did you mean "business_id"'] },
  { what: 'unknown parameter without a near name', call: (c) => c.ws.listExportTasks({ colour: 'red' } as never), field: 'colour', rule: 'unknown', says: ['"colour"', 'known: '] },
  { what: 'project_id is filled by the client', call: (c) => c.hss.listQueryExportTask({ task_id: 't', project_id: 'other' } as never), field: 'project_id', rule: 'unknown', says: ['projectId option'] },
  { what: 'X-Workspace-Id is filled by the client', call: (c) => c.dai.listImportResourceTaskDetail({ task_id: 't', 'X-Workspace-Id': 'w' } as never), field: 'X-Workspace-Id', rule: 'unknown', says: ['workspaceId option'] },
  { what: 'HSS region header is filled by the client', call: (c) => c.hss.listQueryExportTask({ task_id: 't', region: 'cn-north-1' } as never), field: 'region', rule: 'unknown', says: ['region option'] },
  { what: 'X-Auth-Token is filled by the client', call: (c) => c.ms.showTask({ id: 't', 'X-Auth-Token': 'x' } as never), field: 'X-Auth-Token', rule: 'unknown', says: ['credentials'] },
  // missing required
  { what: 'missing required path id (HSS)', call: (c) => c.hss.listQueryExportTask({} as never), field: 'task_id', rule: 'required', says: ['"task_id"', 'required'] },
  { what: 'missing required path id (MetaStudio)', call: (c) => c.ms.showTask(undefined as never), field: 'id', rule: 'required', says: ['"id"', 'required'] },
  { what: 'missing required path id (DataArts)', call: (c) => c.dai.listImportResourceTaskDetail({ task_id: undefined } as never), field: 'task_id', rule: 'required', says: ['required'] },
  // parameters object itself
  { what: 'params not an object', call: (c) => c.hss.listQueryExportTask('t1' as never), field: 'params', rule: 'type', says: ['must be an object'] },
  { what: 'params an array', call: (c) => c.ws.listExportTasks([] as never), field: 'params', rule: 'type', says: ['must be an object'] },
  // types
  { what: 'limit as a string', call: (c) => c.ws.listExportTasks({ limit: '10' } as never), field: 'limit', rule: 'type', says: ['"limit"', 'integer', '"10"'] },
  { what: 'limit not an integer', call: (c) => c.ws.listExportTasks({ limit: 1.5 }), field: 'limit', rule: 'type', says: ['integer', '1.5'] },
  { what: 'limit NaN', call: (c) => c.ws.listExportTasks({ limit: Number.NaN }), field: 'limit', rule: 'type', says: ['integer'] },
  { what: 'is_download as a string', call: (c) => c.ws.listExportTasks({ is_download: 'true' } as never), field: 'is_download', rule: 'type', says: ['boolean'] },
  { what: 'task_id as a number', call: (c) => c.hss.listQueryExportTask({ task_id: 42 } as never), field: 'task_id', rule: 'type', says: ['string', '42'] },
  { what: 'resource not an array', call: (c) => c.ms.searchTask({ resource: 'knowledge-intent-question-create' } as never), field: 'resource', rule: 'type', says: ['array'] },
  { what: 'resource item not a string', call: (c) => c.ms.searchTask({ resource: ['a', 7] } as never), field: 'resource', rule: 'type', says: ['[1]', 'string'] },
  { what: 'null value', call: (c) => c.ws.listExportTasks({ status: null } as never), field: 'status', rule: 'type', says: ['string', 'null'] },
  // enums
  { what: 'Workspace status DONE', call: (c) => c.ws.listExportTasks({ status: 'DONE' } as never), field: 'status', rule: 'enum', says: ['"status"', '"CREATING"', '"SUCCESS"', '"FAIL"', '"EXPIRED"', '"DONE"'] },
  { what: 'Workspace status lower case', call: (c) => c.ws.listExportTasks({ status: 'success' } as never), field: 'status', rule: 'enum', says: ['"success"'] },
  { what: 'Workspace sort_type', call: (c) => c.ws.listExportTasks({ sort_field: 'create_time', sort_type: 'UP' } as never), field: 'sort_type', rule: 'enum', says: ['"ASC"', '"DESC"'] },
  { what: 'Workspace sort_field', call: (c) => c.ws.listExportTasks({ sort_field: 'name', sort_type: 'ASC' } as never), field: 'sort_field', rule: 'enum', says: ['"create_time"'] },
  // ranges
  { what: 'Workspace limit 0', call: (c) => c.ws.listExportTasks({ limit: 0 }), field: 'limit', rule: 'minimum', says: ['at least 1', 'got 0'] },
  { what: 'Workspace limit 101', call: (c) => c.ws.listExportTasks({ limit: 101 }), field: 'limit', rule: 'maximum', says: ['at most 100', 'got 101'] },
  { what: 'Workspace limit -1', call: (c) => c.ws.listExportTasks({ limit: -1 }), field: 'limit', rule: 'minimum', says: ['at least 1'] },
  { what: 'Workspace offset -1', call: (c) => c.ws.listExportTasks({ offset: -1 }), field: 'offset', rule: 'minimum', says: ['"offset"', 'at least 0', 'got -1'] },
  // parameters that go together
  { what: 'sort_field without sort_type', call: (c) => c.ws.listExportTasks({ sort_field: 'create_time' }), field: 'sort_type', rule: 'together', says: ['"sort_field"', '"sort_type"', 'together'] },
  { what: 'sort_type without sort_field', call: (c) => c.ws.listExportTasks({ sort_type: 'DESC' }), field: 'sort_field', rule: 'together', says: ['"sort_field"', 'together'] },
  // path ids
  { what: 'HSS task_id ""', call: (c) => c.hss.listQueryExportTask({ task_id: '' }), field: 'task_id', rule: 'minLength', says: ['"task_id"', 'at least 1'] },
  { what: 'HSS task_id "."', call: (c) => c.hss.listQueryExportTask({ task_id: '.' }), field: 'task_id', rule: 'path-segment', says: ['"task_id"', '"."'] },
  { what: 'HSS task_id ".."', call: (c) => c.hss.listQueryExportTask({ task_id: '..' }), field: 'task_id', rule: 'path-segment', says: ['".."'] },
  { what: 'MetaStudio id ""', call: (c) => c.ms.showTask({ id: '' }), field: 'id', rule: 'minLength', says: ['"id"'] },
  { what: 'MetaStudio id ".."', call: (c) => c.ms.showTask({ id: '..' }), field: 'id', rule: 'path-segment', says: ['".."'] },
  { what: 'DataArts task_id "."', call: (c) => c.dai.listImportResourceTaskDetail({ task_id: '.' }), field: 'task_id', rule: 'path-segment', says: ['"."'] },
  { what: 'DataArts task_id ".."', call: (c) => c.dai.listImportResourceTaskDetail({ task_id: '..' }), field: 'task_id', rule: 'path-segment', says: ['".."'] },
  // request options
  { what: 'CR/LF in an extra header value', call: (c) => c.hss.listQueryExportTask({ task_id: 't' }, { headers: { 'X-Custom': 'a\r\nb' } }), field: 'options.headers.X-Custom', rule: 'header-value', says: ['"X-Custom"', 'CR or LF'] },
  { what: 'LF alone in an extra header value', call: (c) => c.ws.listExportTasks({}, { headers: { 'X-Custom': 'a\nInjected: 1' } }), field: 'options.headers.X-Custom', rule: 'header-value', says: ['CR or LF'] },
  { what: 'NUL in an extra header value', call: (c) => c.ws.listExportTasks({}, { headers: { 'X-Custom': 'a\u0000b' } }), field: 'options.headers.X-Custom', rule: 'header-value', says: ['control characters'] },
  { what: 'non-string header value', call: (c) => c.ws.listExportTasks({}, { headers: { 'X-Custom': 1 as never } }), field: 'options.headers.X-Custom', rule: 'header-value', says: ['must be a string'] },
  { what: 'invalid header name', call: (c) => c.ws.listExportTasks({}, { headers: { 'X Custom': 'v' } }), field: 'options.headers', rule: 'header-name', says: ['"X Custom"', 'not a valid header name'] },
  { what: 'header name with CRLF', call: (c) => c.ws.listExportTasks({}, { headers: { 'X-A\r\nX-B': 'v' } }), field: 'options.headers', rule: 'header-name', says: ['not a valid header name'] },
  { what: 'reserved header Authorization', call: (c) => c.ms.showTask({ id: 't' }, { headers: { Authorization: 'Bearer x' } }), field: 'options.headers.Authorization', rule: 'reserved', says: ['"Authorization"', 'credentials'] },
  { what: 'reserved header x-auth-token (any case)', call: (c) => c.ws.listExportTasks({}, { headers: { 'x-AUTH-token': 'x' } }), field: 'options.headers.x-AUTH-token', rule: 'reserved', says: ['credentials'] },
  { what: 'reserved header X-Sdk-Date', call: (c) => c.ws.listExportTasks({}, { headers: { 'X-Sdk-Date': '20200101T000000Z' } }), field: 'options.headers.X-Sdk-Date', rule: 'reserved', says: ['X-Sdk-Date'] },
  { what: 'reserved header X-Security-Token', call: (c) => c.ws.listExportTasks({}, { headers: { 'X-Security-Token': 'x' } }), field: 'options.headers.X-Security-Token', rule: 'reserved', says: ['X-Security-Token'] },
  { what: 'reserved header X-Project-Id', call: (c) => c.ws.listExportTasks({}, { headers: { 'X-Project-Id': 'p' } }), field: 'options.headers.X-Project-Id', rule: 'reserved', says: ['X-Project-Id'] },
  { what: 'reserved header Host', call: (c) => c.ws.listExportTasks({}, { headers: { Host: 'evil.example.com' } }), field: 'options.headers.Host', rule: 'reserved', says: ['Host'] },
  { what: 'unknown request option', call: (c) => c.ws.listExportTasks({}, { retries: 3 } as never), field: 'options.retries', rule: 'unknown', says: ['"retries"', 'signal, timeoutMs, headers'] },
  { what: 'request options not an object', call: (c) => c.ws.listExportTasks({}, 'fast' as never), field: 'options', rule: 'type', says: ['must be an object'] },
  { what: 'signal not an AbortSignal', call: (c) => c.ws.listExportTasks({}, { signal: {} as never }), field: 'options.signal', rule: 'type', says: ['AbortSignal'] },
  { what: 'per-call timeoutMs 0', call: (c) => c.ws.listExportTasks({}, { timeoutMs: 0 }), field: 'options.timeoutMs', rule: 'range', says: ['positive number'] },
  { what: 'per-call timeoutMs negative', call: (c) => c.ws.listExportTasks({}, { timeoutMs: -5 }), field: 'options.timeoutMs', rule: 'range', says: ['positive number'] },
];

describe.each([
  ['token', { token: TOKEN }],
  ['AK/SK', { ak: AK, sk: SK }],
] as const)('with %s credentials', (_kind, credentials) => {
  it.each(cases)('$what → ValidationError($field, $rule)', async ({ call, field, rule, says }) => {
    const error = await caught(() => call(clients(credentials)));
    expect(error).toBeInstanceOf(ValidationError);
    const e = error as ValidationError;
    expect({ field: e.field, rule: e.rule }).toEqual({ field, rule });
    for (const fragment of says) expect(e.message).toContain(fragment);
    // The message starts with the method it concerns.
    expect(e.message).toMatch(/^(searchTask|showTask|listExportTasks|listQueryExportTask|listImportResourceTaskDetail): /);
  });
});

describe('the paginator validates before sending too', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['offset is managed by the iterator', { offset: 10 }, 'offset', 'unknown'],
    ['a bad limit', { limit: 0 }, 'limit', 'minimum'],
    ['an enum violation', { status: 'DONE' }, 'status', 'enum'],
  ])('listExportTasksAll: %s', async (_what, params, field, rule) => {
    const iterator = clients().ws.listExportTasksAll(params as never);
    const error = await caught(() => iterator.next());
    expect(error).toBeInstanceOf(ValidationError);
    expect({ field: (error as ValidationError).field, rule: (error as ValidationError).rule }).toEqual({ field, rule });
  });
});

describe('task helpers validate ids before sending', () => {
  it.each<[string, string]>([
    ['empty id', ''],
    ['dot', '.'],
    ['dot dot', '..'],
  ])('HSS getTask with %s', async (_what, id) => {
    const error = await caught(() => clients().hss.getTask(id));
    expect(error).toBeInstanceOf(ValidationError);
  });
});

it('ValidationError is also a TaskportError with a useful name', async () => {
  const error = (await caught(() => clients().ws.listExportTasks({ limit: 0 }))) as ValidationError;
  expect(error.name).toBe('ValidationError');
  expect(String(error)).toMatch(/^ValidationError: listExportTasks: parameter "limit" must be at least 1, got 0$/);
  expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: 'ValidationError', field: 'limit', rule: 'minimum' });
});
