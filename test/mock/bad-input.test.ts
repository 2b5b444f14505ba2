/**
 * Bad input sent raw (bypassing client-side validation) gets the documented 400 body: MetaStudio's
 * `MSS.000000003` (its documented "invalid parameter" code), the gateway's `{ error_code, error_msg }`
 * elsewhere. Unknown paths and tasks get 404s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError, NotFoundError } from '../../src/core/errors.js';
import { MOCK_PROJECT_ID, MOCK_TOKEN, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import { clientFor, documentedStatus, expectConformingResponses, schemaErrors } from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ clientOptions: { workspaceId: WORKSPACE_ID } });
});
afterAll(async () => {
  expectConformingResponses(server);
  await server.close();
});

const P = MOCK_PROJECT_ID;
const TOKEN = { 'X-Auth-Token': MOCK_TOKEN };
// The workspace this mock serves (DataArts Insight's x-client-option workspaceId).
const WORKSPACE_ID = 'ws-bad-input-0001';
const WS = { ...TOKEN, 'X-Workspace-Id': WORKSPACE_ID };

interface Row {
  name: string;
  service: string;
  operation: string;
  path: string;
  headers?: Record<string, string>;
  code: string;
  message: RegExp;
}

const rows: Row[] = [
  { name: 'MetaStudio SearchTask with another project', service: 'metastudio', operation: 'SearchTask', path: '/v2/another-project/ies/task', code: 'MSS.000000003', message: /project_id/ },
  { name: 'MetaStudio ShowTask with another project', service: 'metastudio', operation: 'ShowTask', path: '/v2/another-project/ies/task/demo-succeeded', code: 'MSS.000000003', message: /project_id/ },
  { name: 'Workspace limit=500', service: 'workspace', operation: 'ListExportTasks', path: `/v2/${P}/export-tasks?limit=500`, code: 'APIGW.0201', message: /limit.*at most 100/ },
  { name: 'Workspace limit=0', service: 'workspace', operation: 'ListExportTasks', path: `/v2/${P}/export-tasks?limit=0`, code: 'APIGW.0201', message: /limit/ },
  { name: 'Workspace limit=ten', service: 'workspace', operation: 'ListExportTasks', path: `/v2/${P}/export-tasks?limit=ten`, code: 'APIGW.0201', message: /limit.*integer/ },
  { name: 'Workspace offset=-1', service: 'workspace', operation: 'ListExportTasks', path: `/v2/${P}/export-tasks?offset=-1`, code: 'APIGW.0201', message: /offset/ },
  { name: 'Workspace status not in the enum', service: 'workspace', operation: 'ListExportTasks', path: `/v2/${P}/export-tasks?status=DONE`, code: 'APIGW.0201', message: /status.*CREATING/ },
  { name: 'Workspace is_download=maybe', service: 'workspace', operation: 'ListExportTasks', path: `/v2/${P}/export-tasks?is_download=maybe`, code: 'APIGW.0201', message: /is_download.*boolean/ },
  { name: 'Workspace sort_field without sort_type', service: 'workspace', operation: 'ListExportTasks', path: `/v2/${P}/export-tasks?sort_field=create_time`, code: 'APIGW.0201', message: /together/ },
  { name: 'Workspace status given twice', service: 'workspace', operation: 'ListExportTasks', path: `/v2/${P}/export-tasks?status=FAIL&status=SUCCESS`, code: 'APIGW.0201', message: /2 times/ },
  { name: 'HSS with another project', service: 'hss', operation: 'ListQueryExportTask', path: '/v5/another-project/export-task/demo-succeeded', code: 'APIGW.0201', message: /project_id/ },
  { name: 'HSS with an empty task id', service: 'hss', operation: 'ListQueryExportTask', path: `/v5/${P}/export-task/`, code: 'APIGW.0201', message: /task_id/ },
  { name: 'DataArts Insight without X-Workspace-Id', service: 'dataarts-insight', operation: 'ListImportResourceTaskDetail', path: `/v1/${P}/resource-package/import-tasks/demo-succeeded`, headers: TOKEN, code: 'APIGW.0201', message: /X-Workspace-Id.*required/ },
  { name: 'DataArts Insight with another workspace', service: 'dataarts-insight', operation: 'ListImportResourceTaskDetail', path: `/v1/${P}/resource-package/import-tasks/demo-succeeded`, headers: { ...TOKEN, 'X-Workspace-Id': 'another' }, code: 'APIGW.0201', message: /X-Workspace-Id/ },
];

describe.each(rows)('$name', ({ service, operation, path, headers, code, message }) => {
  it(`answers 400 ${code} in the documented body`, async () => {
    const response = await fetch(`${server.url}${path}`, { headers: headers ?? WS });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.error_code).toBe(code);
    expect(body.error_msg).toMatch(message);
    const key = documentedStatus(service, operation, 400);
    expect(key, 'every operation here documents its 4xx body').toBeDefined();
    expect(schemaErrors(service, operation, key!, body)).toEqual([]);
    if (key === '400' && /MSS/.test(code)) expect(body.request_id).toBe(response.headers.get('x-request-id'));
  });
});

describe('404', () => {
  it.each([
    ['an unknown path', '/v3/nothing/here', 'The API does not exist or has not been published in the environment'],
    ['a known path with another method', `/v5/${P}/export-task/demo-succeeded`, 'The API does not exist'],
  ])('%s gets the gateway body APIGW.0101', async (what, path, msg) => {
    const response = await fetch(`${server.url}${path}`, { method: what.includes('method') ? 'DELETE' : 'GET', headers: WS });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error_code: 'APIGW.0101', error_msg: msg, request_id: response.headers.get('x-request-id') });
  });

  it('a path with a trailing slash is not the documented path', async () => {
    expect((await fetch(`${server.url}/v2/${P}/export-tasks/`, { headers: WS })).status).toBe(404);
  });

  it.each(['hss', 'dataarts-insight'])('%s (documents 4XX): an unknown task id is 404 and the client throws NotFoundError', async (service) => {
    const error = await clientFor(service, server).getTask('no-such-task').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('metastudio documents no 404: an unknown task id is its documented 400 (invalid input), a BadRequestError', async () => {
    const error = await clientFor('metastudio', server).getTask('no-such-task').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'MSS.000000003' });
  });

  it('metastudio: the unknown-task body keeps to the documented error codes', async () => {
    const response = await fetch(`${server.url}/v2/${P}/ies/task/no-such-task`, { headers: TOKEN });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.error_code).toBe('MSS.000000003');
    expect(schemaErrors('metastudio', 'ShowTask', '400', body)).toEqual([]);
  });

  it('workspace (list-only): an unknown task id is an empty list, and getTask throws NotFoundError', async () => {
    const response = await fetch(`${server.url}/v2/${P}/export-tasks?task_id=no-such-task`, { headers: TOKEN });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ export_tasks: [], count: 0 });
    await expect(clientFor('workspace', server).getTask('no-such-task')).rejects.toBeInstanceOf(NotFoundError);
  });
});
