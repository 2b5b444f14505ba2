/**
 * Client factories: every option is validated at construction; region/endpoint resolution; project and
 * credentials from options or the HUAWEICLOUD_SDK_* environment; the headers each credential kind sends,
 * with AK/SK signatures checked by the independent verifier on a real loopback server.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDataArtsInsightClient } from '../../generated/clients/dataarts-insight.js';
import { createHssClient } from '../../generated/clients/hss.js';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import { ValidationError } from '../../src/core/errors.js';
import { json, startLoopback, type Loopback } from '../helpers/loopback.js';
import { AK, caught, isolateEnv, PROJECT_ID, recordingFetch, SECURITY_TOKEN, SK, TOKEN } from './support.js';

isolateEnv();

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

type Factory = (options: Record<string, unknown>) => unknown;
const WORKSPACE_ID = 'ws-0123456789abcdef';

const factories: [string, Factory][] = [
  ['MetaStudio', (o) => createMetaStudioClient(o as never)],
  ['Workspace', (o) => createWorkspaceClient(o as never)],
  ['HSS', (o) => createHssClient(o as never)],
  ['DataArts Insight', (o) => createDataArtsInsightClient({ workspaceId: WORKSPACE_ID, ...o } as never)],
];

const valid = { region: 'cn-north-4', projectId: PROJECT_ID, credentials: { token: TOKEN } };

async function validationError(fn: () => unknown): Promise<ValidationError> {
  const error = await caught(fn);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('option validation', () => {
  it.each(factories)('%s accepts valid options', (_name, create) => {
    expect(() => create(valid)).not.toThrow();
  });

  it.each(factories)('%s rejects an unknown option and names it', async (_name, create) => {
    const error = await validationError(() => create({ ...valid, regoin: 'cn-north-4' }));
    expect(error.field).toBe('regoin');
    expect(error.rule).toBe('unknown');
    expect(error.message).toContain('"regoin"');
  });

  const badRegions = ['cn-north-4.evil.com', '../x', 'CN-NORTH-4', '', 'cn-north-4/', 'cn north 4', 'cn-north-4\n', 'x'];
  describe.each(factories)('%s region form', (_name, create) => {
    it.each(badRegions)('rejects region %j with field "region"', async (region) => {
      const error = await validationError(() => create({ ...valid, region }));
      expect(error.field).toBe('region');
      expect(error.message).toMatch(/region/);
    });

    it('rejects a non-string region', async () => {
      const error = await validationError(() => create({ ...valid, region: 4 }));
      expect(error.field).toBe('region');
    });

    it('checks the region form even when an endpoint is given', async () => {
      const error = await validationError(() => create({ ...valid, endpoint: server.origin, region: 'cn-north-4.evil.com' }));
      expect(error.field).toBe('region');
    });
  });

  it.each([
    ['MetaStudio', createMetaStudioClient as Factory, 'cn-north-4, cn-east-3, ap-southeast-3'],
    ['Workspace', createWorkspaceClient as Factory, 'cn-east-3'],
    ['HSS', createHssClient as Factory, 'eu-west-101'],
  ])('%s: a region the service does not document is refused with the known regions listed', async (_name, create, listed) => {
    const error = await validationError(() => create({ ...valid, region: 'xx-nowhere-9' }));
    expect(error.field).toBe('region');
    expect(error.message).toContain('xx-nowhere-9');
    expect(error.message).toContain(listed);
  });

  it('DataArts Insight lists its regions for an undocumented one', async () => {
    const error = await validationError(() => createDataArtsInsightClient({ ...valid, region: 'eu-west-101', workspaceId: WORKSPACE_ID }));
    expect(error.field).toBe('region');
    expect(error.message).toContain('cn-southwest-2');
  });

  it.each(factories)('%s needs region or endpoint', async (_name, create) => {
    const error = await validationError(() => create({ projectId: PROJECT_ID, credentials: { token: TOKEN } }));
    expect(error.field).toBe('region');
    expect(error.message).toMatch(/endpoint/);
  });

  const badEndpoints: [string, unknown][] = [
    ['not a URL', 'not a url'],
    ['ftp scheme', 'ftp://127.0.0.1/'],
    ['file scheme', 'file:///etc/passwd'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['user info', 'https://user:pass@hss.example.com'],
    ['user name only', 'https://user@hss.example.com'],
    ['query', 'https://hss.example.com/?a=1'],
    ['fragment', 'https://hss.example.com/#frag'],
    ['a URL object', new URL('https://hss.example.com')],
    ['a number', 42],
  ];
  it.each(badEndpoints)('rejects endpoint with %s', async (_what, endpoint) => {
    const error = await validationError(() => createHssClient({ ...valid, endpoint } as never));
    expect(error.field).toBe('endpoint');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['timeoutMs 0', { timeoutMs: 0 }, 'timeoutMs'],
    ['timeoutMs negative', { timeoutMs: -1 }, 'timeoutMs'],
    ['timeoutMs NaN', { timeoutMs: Number.NaN }, 'timeoutMs'],
    ['timeoutMs Infinity', { timeoutMs: Infinity }, 'timeoutMs'],
    ['timeoutMs string', { timeoutMs: '100' }, 'timeoutMs'],
    ['maxResponseBytes 0', { maxResponseBytes: 0 }, 'maxResponseBytes'],
    ['requestsPerSecond 0', { requestsPerSecond: 0 }, 'requestsPerSecond'],
    ['retry unknown key', { retry: { retries: 3 } }, 'retry.retries'],
    ['retry maxRetries -1', { retry: { maxRetries: -1 } }, 'retry.maxRetries'],
    ['retry maxRetries 1.5', { retry: { maxRetries: 1.5 } }, 'retry.maxRetries'],
    ['retry true', { retry: true }, 'retry'],
    ['retry min > max', { retry: { minDelayMs: 10, maxDelayMs: 5 } }, 'retry.minDelayMs'],
    ['fetch not a function', { fetch: 'fetch' }, 'fetch'],
    ['logger not a function', { logger: {} }, 'logger'],
    ['projectId empty', { projectId: '' }, 'projectId'],
    ['projectId blank', { projectId: '   ' }, 'projectId'],
    ['projectId with a newline', { projectId: 'p\nX-Evil: 1' }, 'projectId'],
    ['projectId number', { projectId: 42 }, 'projectId'],
    ['credentials not an object', { credentials: 'token' }, 'credentials'],
    ['credentials empty token', { credentials: { token: '' } }, 'credentials.token'],
    ['credentials token with CRLF', { credentials: { token: 'a\r\nb' } }, 'credentials.token'],
    ['credentials token and ak', { credentials: { token: TOKEN, ak: AK } }, 'credentials.ak'],
    ['credentials ak without sk', { credentials: { ak: AK } }, 'credentials.sk'],
    ['credentials sk without ak', { credentials: { sk: SK } }, 'credentials.ak'],
    ['credentials unknown field', { credentials: { ak: AK, sk: SK, secret: 'x' } }, 'credentials.secret'],
    ['credentials securityToken with LF', { credentials: { ak: AK, sk: SK, securityToken: 'a\nb' } }, 'credentials.securityToken'],
  ])('rejects %s (field %s)', async (_what, patch, field) => {
    const error = await validationError(() => createWorkspaceClient({ ...valid, ...patch } as never));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field.split('.').at(-1)!);
  });

  it('options must be an object', async () => {
    const error = await validationError(() => createWorkspaceClient('cn-north-4' as never));
    expect(error.field).toBe('options');
  });
});

describe('endpoint resolution', () => {
  it.each<[string, string, string]>([
    ['HSS', 'eu-west-101', 'https://hss.eu-west-101.myhuaweicloud.eu'],
    ['HSS', 'cn-north-4', 'https://hss.cn-north-4.myhuaweicloud.com'],
    ['HSS', 'ap-southeast-1', 'https://hss.ap-southeast-1.myhuaweicloud.com'],
  ])('%s in %s calls %s', async (_name, region, base) => {
    const stub = recordingFetch({ task_id: 't1', task_status: 'success' });
    const client = createHssClient({ region, projectId: PROJECT_ID, credentials: { token: TOKEN }, fetch: stub.fetch });
    await client.listQueryExportTask({ task_id: 't1' });
    expect(stub.calls).toHaveLength(1);
    expect(stub.calls[0]!.url).toBe(`${base}/v5/${PROJECT_ID}/export-task/t1`);
  });

  it.each<[string, Factory, string, string]>([
    ['MetaStudio', createMetaStudioClient as Factory, 'cn-east-3', 'https://metastudio.cn-east-3.myhuaweicloud.com/v2/'],
    ['Workspace', createWorkspaceClient as Factory, 'la-south-2', 'https://workspace.la-south-2.myhuaweicloud.com/v2/'],
    ['DataArts Insight', factories[3]![1], 'cn-southwest-2', 'https://dataartsinsight.cn-southwest-2.myhuaweicloud.com/v1/'],
  ])('%s in %s calls the documented host', async (_name, create, region, prefix) => {
    const stub = recordingFetch({ export_tasks: [], count: 0, id: 'x', status: 1 });
    const client = create({ region, projectId: PROJECT_ID, credentials: { token: TOKEN }, fetch: stub.fetch }) as Record<string, (p: unknown) => Promise<unknown>>;
    const method = Object.keys(client).find((k) => ['showTask', 'listExportTasks', 'listImportResourceTaskDetail'].includes(k))!;
    await client[method]!(method === 'listExportTasks' ? {} : method === 'showTask' ? { id: 't1' } : { task_id: 't1' });
    expect(stub.calls[0]!.url.startsWith(`${prefix}${PROJECT_ID}/`)).toBe(true);
  });

  it('endpoint overrides the region and keeps a path prefix (trailing slash dropped)', async () => {
    server.enqueue(json(200, { task_id: 't1' }));
    const client = createHssClient({ region: 'eu-west-101', endpoint: `${server.origin}/proxy/hss/`, projectId: PROJECT_ID, credentials: { token: TOKEN } });
    await client.listQueryExportTask({ task_id: 't1' });
    expect(server.requests[0]!.url).toBe(`/proxy/hss/v5/${PROJECT_ID}/export-task/t1`);
  });
});

describe('project and credentials', () => {
  it.each(factories)('%s: a missing projectId is a clear ValidationError', async (_name, create) => {
    const error = await validationError(() => create({ region: 'cn-north-4', credentials: { token: TOKEN } }));
    expect(error.field).toBe('projectId');
    expect(error.rule).toBe('required');
    expect(error.message).toContain('HUAWEICLOUD_SDK_PROJECT_ID');
  });

  it.each(factories)('%s: no credentials at all is a clear ValidationError', async (_name, create) => {
    const error = await validationError(() => create({ region: 'cn-north-4', projectId: PROJECT_ID }));
    expect(error.field).toBe('credentials');
    expect(error.message).toMatch(/credentials/);
    expect(error.message).toContain('HUAWEICLOUD_SDK_AK');
    expect(error.message).toContain('HUAWEICLOUD_SDK_SK');
  });

  it('an AK in the environment without its SK is not enough', async () => {
    process.env.HUAWEICLOUD_SDK_AK = AK;
    const error = await validationError(() => createWorkspaceClient({ region: 'cn-north-4', projectId: PROJECT_ID }));
    expect(error.field).toBe('credentials');
  });

  it('an empty environment variable counts as unset', async () => {
    process.env.HUAWEICLOUD_SDK_PROJECT_ID = '';
    const error = await validationError(() => createWorkspaceClient({ region: 'cn-north-4', credentials: { token: TOKEN } }));
    expect(error.field).toBe('projectId');
  });

  it('reads the project, AK, SK and security token from the environment and signs with them', async () => {
    process.env.HUAWEICLOUD_SDK_PROJECT_ID = PROJECT_ID;
    process.env.HUAWEICLOUD_SDK_AK = AK;
    process.env.HUAWEICLOUD_SDK_SK = SK;
    process.env.HUAWEICLOUD_SDK_SECURITY_TOKEN = SECURITY_TOKEN;
    server.enqueue(json(200, { export_tasks: [], count: 0 }));
    const client = createWorkspaceClient({ endpoint: server.origin });
    await client.listExportTasks({ limit: 10 });
    const [received] = server.requests;
    expect(received!.path).toBe(`/v2/${PROJECT_ID}/export-tasks`);
    expect(received!.headers['x-project-id']).toBe(PROJECT_ID);
    expect(received!.headers['x-security-token']).toBe(SECURITY_TOKEN);
    expect(received!.headers.authorization).toMatch(new RegExp(`^SDK-HMAC-SHA256 Access=${AK}, `));
    const verified = server.verify(0, SK);
    expect(verified.reason).toBeUndefined();
    expect(verified.valid).toBe(true);
    expect(verified.signedHeaders).toContain('x-security-token');
  });

  it('options win over the environment', async () => {
    process.env.HUAWEICLOUD_SDK_PROJECT_ID = 'env-project';
    process.env.HUAWEICLOUD_SDK_AK = 'ENVAK';
    process.env.HUAWEICLOUD_SDK_SK = 'ENVSK';
    server.enqueue(json(200, { export_tasks: [], count: 0 }));
    const client = createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN } });
    await client.listExportTasks();
    expect(server.requests[0]!.path).toBe(`/v2/${PROJECT_ID}/export-tasks`);
    expect(server.requests[0]!.headers['x-auth-token']).toBe(TOKEN);
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });
});

describe('headers each client sends', () => {
  it('DataArts Insight requires workspaceId', async () => {
    const error = await validationError(() => createDataArtsInsightClient({ ...valid } as never));
    expect(error.field).toBe('workspaceId');
    const blank = await validationError(() => createDataArtsInsightClient({ ...valid, workspaceId: ' ' }));
    expect(blank.field).toBe('workspaceId');
  });

  it.each([
    ['MetaStudio', createMetaStudioClient as Factory],
    ['Workspace', createWorkspaceClient as Factory],
    ['HSS', createHssClient as Factory],
  ])('%s does not take workspaceId', async (_name, create) => {
    const error = await validationError(() => create({ ...valid, workspaceId: WORKSPACE_ID }));
    expect(error.field).toBe('workspaceId');
  });

  it('DataArts Insight sends X-Workspace-Id', async () => {
    server.enqueue(json(200, { id: 't1', status: 1 }));
    const client = createDataArtsInsightClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN }, workspaceId: WORKSPACE_ID });
    await client.listImportResourceTaskDetail({ task_id: 't1' });
    expect(server.requests[0]!.headers['x-workspace-id']).toBe(WORKSPACE_ID);
    expect(server.requests[0]!.path).toBe(`/v1/${PROJECT_ID}/resource-package/import-tasks/t1`);
  });

  it('HSS sends the region header when created with a region, and none without', async () => {
    server.enqueue(json(200, { task_id: 't1' }), json(200, { task_id: 't1' }));
    const withRegion = createHssClient({ region: 'cn-north-4', endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN } });
    await withRegion.listQueryExportTask({ task_id: 't1', enterprise_project_id: 'all_granted_eps' });
    const withoutRegion = createHssClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN } });
    await withoutRegion.listQueryExportTask({ task_id: 't1' });
    expect(server.requests[0]!.headers.region).toBe('cn-north-4');
    expect(server.requests[0]!.query.get('enterprise_project_id')).toBe('all_granted_eps');
    expect(server.requests[1]!.headers.region).toBeUndefined();
  });

  it('HSS with a region (no endpoint) sends the region header to the documented host', async () => {
    const stub = recordingFetch({ task_id: 't1' });
    const client = createHssClient({ region: 'eu-west-101', projectId: PROJECT_ID, credentials: { token: TOKEN }, fetch: stub.fetch });
    await client.listQueryExportTask({ task_id: 't1' });
    expect(stub.calls[0]!.headers.get('region')).toBe('eu-west-101');
  });

  it.each(factories)('%s with a token sends X-Auth-Token and no signature headers', async (_name, create) => {
    server.fallback = json(200, { export_tasks: [], count: 0, id: 't1', task_id: 't1', status: 1 });
    const client = create({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN } }) as Record<string, (p: unknown) => Promise<unknown>>;
    await callFirstOperation(client);
    const headers = server.requests[0]!.headers;
    expect(headers['x-auth-token']).toBe(TOKEN);
    expect(headers.authorization).toBeUndefined();
    expect(headers['x-sdk-date']).toBeUndefined();
    expect(headers['x-security-token']).toBeUndefined();
  });

  it.each(factories)('%s with AK/SK sends X-Project-Id, X-Sdk-Date and a valid Authorization', async (_name, create) => {
    server.fallback = json(200, { export_tasks: [], count: 0, id: 't1', task_id: 't1', status: 1 });
    const client = create({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { ak: AK, sk: SK } }) as Record<string, (p: unknown) => Promise<unknown>>;
    await callFirstOperation(client);
    const headers = server.requests[0]!.headers;
    expect(headers['x-auth-token']).toBeUndefined();
    expect(headers['x-security-token']).toBeUndefined();
    expect(headers['x-project-id']).toBe(PROJECT_ID);
    expect(headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
    const sdkDate = headers['x-sdk-date'] as string;
    const iso = `${sdkDate.slice(0, 4)}-${sdkDate.slice(4, 6)}-${sdkDate.slice(6, 8)}T${sdkDate.slice(9, 11)}:${sdkDate.slice(11, 13)}:${sdkDate.slice(13, 15)}Z`;
    expect(Math.abs(Date.parse(iso) - Date.now())).toBeLessThan(60_000);
    const verified = server.verify(0, SK);
    expect(verified.reason).toBeUndefined();
    expect(verified.valid).toBe(true);
    expect(verified.signedHeaders).toEqual(expect.arrayContaining(['host', 'x-sdk-date', 'x-project-id']));
    expect(server.verify(0, `${SK}x`).valid).toBe(false);
  });

  const awkwardIds = ['a/b', 'ns:task:1', 'with space', 'zoë-任务-🚀', 'a/b:c d?e#f%20&g=h+i', "quote'\"<>", '...x', '~tilde_-.'];

  describe.each([
    ['token', { token: TOKEN }],
    ['AK/SK', { ak: AK, sk: SK }],
    ['AK/SK + security token', { ak: AK, sk: SK, securityToken: SECURITY_TOKEN }],
  ])('path ids with %s', (kind, credentials) => {
    it.each(awkwardIds)('MetaStudio showTask id %j arrives as one exact path segment', async (id) => {
      server.enqueue(json(200, { task_id: 'x' }));
      const client = createMetaStudioClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials });
      await client.showTask({ id });
      const received = server.requests[0]!;
      const prefix = `/v2/${PROJECT_ID}/ies/task/`;
      expect(received.url.startsWith(prefix)).toBe(true);
      const segment = received.url.slice(prefix.length).split('?')[0]!;
      expect(segment).not.toContain('/');
      expect(decodeURIComponent(segment)).toBe(id);
      if (kind !== 'token') {
        const verified = server.verify(0, SK);
        expect(verified.reason).toBeUndefined();
        expect(verified.valid).toBe(true);
        if (kind === 'AK/SK + security token') {
          expect(received.headers['x-security-token']).toBe(SECURITY_TOKEN);
          expect(verified.signedHeaders).toContain('x-security-token');
        }
      }
    });

    it.each(awkwardIds)('HSS task_id %j (with region header) is signed and sent exactly', async (id) => {
      server.enqueue(json(200, { task_id: 'x' }));
      const client = createHssClient({ region: 'cn-north-4', endpoint: server.origin, projectId: PROJECT_ID, credentials });
      await client.listQueryExportTask({ task_id: id, enterprise_project_id: 'ep 1/ü' });
      const received = server.requests[0]!;
      const prefix = `/v5/${PROJECT_ID}/export-task/`;
      const segment = received.url.slice(prefix.length).split('?')[0]!;
      expect(decodeURIComponent(segment)).toBe(id);
      expect(received.query.get('enterprise_project_id')).toBe('ep 1/ü');
      if (kind !== 'token') {
        const verified = server.verify(0, SK);
        expect(verified.reason).toBeUndefined();
        expect(verified.valid).toBe(true);
        expect(verified.signedHeaders).toContain('region');
      }
    });
  });

  it('AK/SK signs query values with reserved and unicode characters and repeated keys', async () => {
    server.enqueue(json(200, { count: 0 }), json(200, { export_tasks: [], count: 0 }));
    const ms = createMetaStudioClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { ak: AK, sk: SK } });
    await ms.searchTask({ resource: ['knowledge-intent-question-create', 'b c&d=e'], business_id: 'ü/+:' });
    const ws = createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { ak: AK, sk: SK } });
    await ws.listExportTasks({ file_name: 'report 2024/Q1 & more.csv', is_download: false, sort_field: 'create_time', sort_type: 'DESC' });
    // The signer puts the query on the wire in canonical (sorted) order, so repeated values may be reordered.
    expect(server.requests[0]!.query.getAll('resource').sort()).toEqual(['b c&d=e', 'knowledge-intent-question-create']);
    expect(server.requests[0]!.query.get('business_id')).toBe('ü/+:');
    expect(server.requests[1]!.query.get('file_name')).toBe('report 2024/Q1 & more.csv');
    expect(server.requests[1]!.query.get('is_download')).toBe('false');
    for (const i of [0, 1]) {
      const verified = server.verify(i, SK);
      expect(verified.reason).toBeUndefined();
      expect(verified.valid).toBe(true);
    }
  });

  it('extra request headers are sent and signed', async () => {
    server.enqueue(json(200, { export_tasks: [], count: 0 }));
    const ws = createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { ak: AK, sk: SK } });
    await ws.listExportTasks({}, { headers: { 'X-Trace-Id': 'trace 1' } });
    expect(server.requests[0]!.headers['x-trace-id']).toBe('trace 1');
    const verified = server.verify(0, SK);
    expect(verified.valid).toBe(true);
    expect(verified.signedHeaders).toContain('x-trace-id');
  });
});

async function callFirstOperation(client: Record<string, (p: unknown) => Promise<unknown>>): Promise<void> {
  if ('showTask' in client) await client.showTask!({ id: 't1' });
  else if ('listExportTasks' in client) await client.listExportTasks!({});
  else if ('listQueryExportTask' in client) await client.listQueryExportTask!({ task_id: 't1' });
  else await client.listImportResourceTaskDetail!({ task_id: 't1' });
}
