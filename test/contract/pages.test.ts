/**
 * What the bundled specs hold beyond the page facts.
 *
 * The page facts themselves (parameters, types, required flags, enums, ranges, defaults, body and response
 * fields, status codes, examples) are checked against the stored page texts in `pages/` by
 * `npm run pages:check` (scripts/pages/check-pages.ts, tested in test/pages/check-pages.test.ts), so no
 * table here repeats them. Held here: endpoints and regions (from the official SDKs' region tables),
 * security, the generator's extensions (`x-task`, `x-pagination`, and for the lifecycle `x-idempotent`,
 * `x-task-start`, `x-task/download`, file answers and request bodies), the admissions of the errata that
 * are not a list of types, and values the pages state in prose that the specs must admit.
 */
import { describe, expect, it } from 'vitest';
import { documentedVariant, findErrata } from '../../scripts/lint/errata.js';
import { getAt, isObject, type JsonObject } from '../../scripts/lint/json-pointer.js';
import { bundleValidator, findOperation, loadBundle, operations, resolveObject, responseSchema, type OperationAt } from '../helpers/bundles.js';

type Scalar = string | number | boolean;

/** Servers per service: the hosts, and the regions of the official SDKs' region tables. */
const SERVERS: Record<string, readonly { url: string; regions: readonly string[] }[]> = {
  metastudio: [{ url: 'https://metastudio.{region}.myhuaweicloud.com', regions: ['cn-north-4', 'cn-east-3', 'ap-southeast-3'] }],
  workspace: [
    {
      url: 'https://workspace.{region}.myhuaweicloud.com',
      regions: ['cn-east-3', 'cn-north-4', 'cn-south-1', 'cn-southwest-2', 'la-south-2', 'sa-brazil-1', 'la-north-2', 'ap-southeast-3', 'cn-north-9'],
    },
  ],
  hss: [
    {
      url: 'https://hss.{region}.myhuaweicloud.com',
      regions: [
        'cn-north-9',
        'cn-north-1',
        'cn-north-4',
        'cn-southwest-2',
        'cn-east-2',
        'cn-east-3',
        'cn-east-4',
        'cn-south-1',
        'cn-south-2',
        'ap-southeast-1',
        'ap-southeast-2',
        'ap-southeast-3',
        'na-mexico-1',
        'af-south-1',
        'sa-brazil-1',
        'la-south-2',
        'cn-south-4',
        'la-north-2',
        'tr-west-1',
        'cn-north-2',
        'ap-southeast-4',
        'ae-ad-1',
        'me-east-1',
        'cn-east-5',
        'my-kualalumpur-1',
        'ru-moscow-1',
        'cn-north-12',
        'cn-southwest-3',
        'cn-north-11',
      ],
    },
    { url: 'https://hss.{region}.myhuaweicloud.eu', regions: ['eu-west-101'] },
  ],
  'dataarts-insight': [{ url: 'https://dataartsinsight.{region}.myhuaweicloud.com', regions: ['cn-southwest-2', 'cn-north-9', 'cn-east-3', 'cn-north-4', 'cn-south-1'] }],
};

/** The five read operations: which read a task (`x-task`, with its id parameter) and which page. */
const READ_OPERATIONS: readonly { service: string; operationId: string; taskId?: string; pagination?: JsonObject }[] = [
  { service: 'metastudio', operationId: 'SearchTask' },
  { service: 'metastudio', operationId: 'ShowTask', taskId: 'id' },
  {
    service: 'workspace',
    operationId: 'ListExportTasks',
    taskId: 'task_id',
    pagination: { offsetParam: 'offset', limitParam: 'limit', items: '/export_tasks', total: '/count' },
  },
  { service: 'hss', operationId: 'ListQueryExportTask', taskId: 'task_id' },
  { service: 'dataarts-insight', operationId: 'ListImportResourceTaskDetail', taskId: 'task_id' },
];

const bundleCache = new Map<string, JsonObject>();
function bundleOf(service: string): JsonObject {
  let doc = bundleCache.get(service);
  if (!doc) {
    doc = loadBundle(service);
    bundleCache.set(service, doc);
  }
  return doc;
}

/** A validator of the documented form (x-doc-schema laid over) of the errata place at `pointer`. */
function documentedValidator(doc: JsonObject, pointer: string): (value: unknown) => string[] {
  const place = findErrata(doc).places.find((p) => p.pointer === pointer);
  expect(place, `an errata place at ${pointer}`).toBeDefined();
  const validate = bundleValidator(place ? documentedVariant(doc, place) : doc);
  return (value) => validate(pointer, value);
}

/** Path-item and operation parameters, resolved, by `in:name`. */
function parametersOf(doc: JsonObject, op: OperationAt): Map<string, { param: JsonObject; pointer: string }> {
  const byKey = new Map<string, { param: JsonObject; pointer: string }>();
  const pathItemPointer = op.pointer.slice(0, op.pointer.lastIndexOf('/'));
  const pathItem = resolveObject(doc, isObject(doc.paths) ? doc.paths[op.path] : undefined, pathItemPointer);
  for (const [list, base] of [
    [pathItem.node.parameters, pathItem.pointer],
    [op.operation.parameters, op.pointer],
  ] as const) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const found = resolveObject(doc, entry, `${base}/parameters/${i}`);
      byKey.set(`${String(found.node.in)}:${String(found.node.name)}`, { param: found.node, pointer: found.pointer });
    });
  }
  return byKey;
}

describe.each(Object.entries(SERVERS))('%s', (service, servers) => {
  const doc = bundleOf(service);

  it('servers: the documented hosts, each with a region variable over the documented regions', () => {
    const actual = Array.isArray(doc.servers) ? doc.servers : [];
    expect(actual.map((s) => (isObject(s) ? s.url : undefined))).toEqual(servers.map((s) => s.url));
    servers.forEach((expected, i) => {
      const server = actual[i];
      const variables = isObject(server) && isObject(server.variables) ? server.variables : {};
      expect(Object.keys(variables)).toEqual(['region']);
      const region = isObject(variables.region) ? variables.region : {};
      expect([...(Array.isArray(region.enum) ? region.enum : [])].sort()).toEqual([...expected.regions].sort());
      expect(expected.regions, 'the default region is one of the enum').toContain(region.default);
    });
  });

  it('security schemes: token (apiKey header X-Auth-Token) and aksk (signed Authorization header)', () => {
    const schemes = isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
    expect(Object.keys(schemes).sort()).toEqual(['aksk', 'token']);
    expect(schemes.token).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Auth-Token' });
    expect(schemes.aksk).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
  });

  it('every operation accepts token or aksk', () => {
    for (const o of operations(doc)) {
      const security = o.operation.security ?? doc.security;
      expect(security, String(o.operation.operationId)).toEqual(expect.arrayContaining([{ token: [] }, { aksk: [] }]));
    }
  });
});

describe.each(READ_OPERATIONS.map((r) => [`${r.service} ${r.operationId}`, r] as const))('%s', (_name, read) => {
  const doc = bundleOf(read.service);
  const op = findOperation(doc, read.operationId);

  it(read.taskId ? `has x-task, its id the parameter ${read.taskId}` : 'has no x-task', () => {
    const task = op.operation['x-task'];
    if (!read.taskId) return expect(task).toBeUndefined();
    expect(isObject(task) ? task.id : undefined).toBe(read.taskId);
    expect([...parametersOf(doc, op).values()].map((p) => p.param.name)).toContain(read.taskId);
  });

  it(read.pagination ? 'has x-pagination over its query parameters' : 'has no x-pagination', () => {
    expect(op.operation['x-pagination']).toEqual(read.pagination);
    if (!read.pagination) return;
    const params = parametersOf(doc, op);
    expect(params.has(`query:${String(read.pagination.offsetParam)}`) && params.has(`query:${String(read.pagination.limitParam)}`)).toBe(true);
  });
});

describe('x-task status values', () => {
  const TASK_STATUS: readonly [string, string, string, readonly Scalar[]][] = [
    ['workspace', 'ListExportTasks', 'status', ['CREATING', 'SUCCESS', 'FAIL', 'EXPIRED']],
    ['hss', 'ListQueryExportTask', 'task_status', ['success', 'failure', 'running']],
    ['dataarts-insight', 'ListImportResourceTaskDetail', 'status', [-1, 0, 1, 2, 3, 4]],
  ];

  it.each(TASK_STATUS)('%s %s: every value of %s is mapped exactly once, and they are the enum of the field', (service, operationId, field, values) => {
    const doc = bundleOf(service);
    const op = findOperation(doc, operationId);
    const task = op.operation['x-task'];
    const status = isObject(task) && isObject(task.status) ? task.status : {};
    expect(status.field).toBe(`/${field}`);
    const mapped = Object.values(isObject(status.values) ? status.values : {}).flatMap((v) => (Array.isArray(v) ? v : []));
    expect([...mapped].sort()).toEqual([...values].sort());
    // The enum itself is a page fact (pages:check); here: x-task maps the field's own enum, nothing else.
    const root = responseSchema(doc, op, '200');
    const list = isObject(task) && isObject(task.list) ? String(task.list.items) : '';
    const itemPointer = list ? `${root.pointer}/properties/${list.slice(1)}/items` : root.pointer;
    const item = resolveObject(doc, getAt(doc, itemPointer), itemPointer);
    const fieldSchema = resolveObject(doc, isObject(item.node.properties) ? item.node.properties[field] : undefined, `${item.pointer}/properties/${field}`);
    expect([...(Array.isArray(fieldSchema.node.enum) ? fieldSchema.node.enum : [])].sort()).toEqual([...values].sort());
  });

  it('MetaStudio ShowTask documents no status values, so x-task derives the outcome from the counters', () => {
    const task = findOperation(bundleOf('metastudio'), 'ShowTask').operation['x-task'];
    const status = isObject(task) && isObject(task.status) ? task.status : {};
    expect(status.values).toBeUndefined();
    expect(status.counters).toBe(true);
  });
});

describe('admissions beyond a type list', () => {
  it('DataArts import_type: anyOf keeps the documented enum as a branch and adds the joined example form', () => {
    const doc = bundleOf('dataarts-insight');
    const root = responseSchema(doc, findOperation(doc, 'ListImportResourceTaskDetail'), '200');
    const pointer = `${root.pointer}/properties/import_type`;
    const schema = resolveObject(doc, getAt(doc, pointer), pointer).node;
    const branches = Array.isArray(schema.anyOf) ? schema.anyOf.filter(isObject) : [];
    expect(branches[0]?.enum).toEqual(['import', 'crossSpaceImport']);
    expect(schema['x-doc-schema']).toEqual({ type: 'string', enum: ['import', 'crossSpaceImport'] });
    const validate = bundleValidator(doc);
    expect(validate(pointer, 'import|crossSpaceImport')).toEqual([]);
    expect(validate(pointer, 'export')).not.toEqual([]);
  });

  it("Workspace create_time/end_time: x-doc-schema is the documented yyyy-MM-dd'T'HH:mm:ss.SSSZ form", () => {
    const doc = bundleOf('workspace');
    for (const name of ['create_time', 'end_time']) {
      const validate = documentedValidator(doc, `/components/schemas/ExportTaskItem/properties/${name}`);
      expect(validate('2022-03-28T00:00:00.000+0000')).toEqual([]);
      expect(validate("2022-03-28'T'00:00:00.000Z")).not.toEqual([]);
    }
  });
});

describe('values the pages state in prose, which the specs must admit', () => {
  const cases: [string, string, string, string, unknown][] = [
    // "The format is YYYYMMDD'T'HHMMSS'Z'."
    ['metastudio', 'SearchTask', 'header:X-Sdk-Date', 'signing time in the documented format', '20250410T093247Z'],
    // "To query servers in all enterprise projects, set this parameter to all_granted_eps."
    ['hss', 'ListQueryExportTask', 'query:enterprise_project_id', 'all enterprise projects', 'all_granted_eps'],
    // "The value 0 indicates the default enterprise project."
    ['hss', 'ListQueryExportTask', 'query:enterprise_project_id', 'the default enterprise project', '0'],
  ];
  it.each(cases)('%s %s %s admits %s', (service, operationId, key, _what, value) => {
    const doc = bundleOf(service);
    const found = parametersOf(doc, findOperation(doc, operationId)).get(key);
    expect(found, key).toBeDefined();
    expect(bundleValidator(doc)(`${found?.pointer ?? ''}/schema`, value)).toEqual([]);
  });

  it('HSS enterprise_project_id defaults to "0", an inference the spec declares with x-doc-provenance', () => {
    const doc = bundleOf('hss');
    const found = parametersOf(doc, findOperation(doc, 'ListQueryExportTask')).get('query:enterprise_project_id');
    const schema = isObject(found?.param.schema) ? found.param.schema : {};
    expect(schema.default).toBe('0');
    expect(schema['x-doc-provenance']).toMatch(/inferred/);
  });

  it('DataArts create_date/update_date: a real epoch-milliseconds value passes the documented int64 form', () => {
    const doc = bundleOf('dataarts-insight');
    for (const name of ['create_date', 'update_date']) {
      const validate = documentedValidator(doc, `/components/schemas/ImportTaskDetail/properties/${name}`);
      expect(validate(1744276967708)).toEqual([]);
      expect(validate(9223372036854776000)).not.toEqual([]);
    }
  });
});

/**
 * The lifecycle contract (specs/README.md, "Extensions"): which operations may be resent, where a
 * start operation's answer names its task, which operation fetches a finished task's file, which
 * answers are files and which bodies are forms. None of it is a page fact.
 */
describe('the lifecycle operations', () => {
  const LIFECYCLE: readonly { service: string; operationId: string; idempotent: boolean; taskId?: string; body?: string; file?: string }[] = [
    { service: 'metastudio', operationId: 'SearchTask', idempotent: true },
    { service: 'metastudio', operationId: 'ShowTask', idempotent: true },
    { service: 'metastudio', operationId: 'ImportResource', idempotent: false, taskId: '/value', body: 'multipart/form-data' },
    { service: 'metastudio', operationId: 'ExportResource', idempotent: false, taskId: '/value' },
    { service: 'metastudio', operationId: 'DownloadResultFile', idempotent: true, file: 'application/octet-stream' },
    { service: 'metastudio', operationId: 'DownloadTemplate', idempotent: true, file: 'application/octet-stream' },
    { service: 'workspace', operationId: 'ListExportTasks', idempotent: true },
    { service: 'workspace', operationId: 'ExportUsersNew', idempotent: false, taskId: '/task_id', body: 'application/json' },
    { service: 'workspace', operationId: 'ExportDesktopListNew', idempotent: false, taskId: '/task_id' },
    { service: 'workspace', operationId: 'ExportUserGroupUsersNew', idempotent: false, taskId: '/task_id' },
    { service: 'workspace', operationId: 'DownloadExportFile', idempotent: true, file: 'application/octet-stream' },
    { service: 'workspace', operationId: 'DeleteExportTasks', idempotent: false, body: 'application/json' },
    { service: 'hss', operationId: 'ListQueryExportTask', idempotent: true },
    { service: 'hss', operationId: 'ExportVuls', idempotent: false, taskId: '/task_id', body: 'application/json' },
    { service: 'hss', operationId: 'ExportVulHandleHistory', idempotent: false, taskId: '/task_id', body: 'application/json' },
    { service: 'hss', operationId: 'ListDownloadExportedFile', idempotent: true, file: 'application/zip' },
    { service: 'dataarts-insight', operationId: 'ListImportResourceTaskDetail', idempotent: true },
    { service: 'dataarts-insight', operationId: 'ImportResourcePackage', idempotent: false, taskId: '/task_id', body: 'multipart/form-data' },
    { service: 'dataarts-insight', operationId: 'ExportResourcePackage', idempotent: false, body: 'application/json', file: 'application/octet-stream' },
    { service: 'dataarts-insight', operationId: 'CreateAndUpdateExportConfig', idempotent: false, body: 'application/json' },
  ];

  it('lists every operation of the four bundles', () => {
    const all = Object.keys(SERVERS).flatMap((service) => operations(bundleOf(service)).map((o) => `${service} ${String(o.operation.operationId)}`));
    expect(all.sort()).toEqual(LIFECYCLE.map((l) => `${l.service} ${l.operationId}`).sort());
  });

  it.each(LIFECYCLE.map((l) => [`${l.service} ${l.operationId}`, l] as const))('%s', (_name, l) => {
    const doc = bundleOf(l.service);
    const op = findOperation(doc, l.operationId);
    expect(op.operation['x-idempotent']).toBe(l.idempotent);
    expect(op.operation['x-task-start']).toEqual(l.taskId === undefined ? undefined : { taskId: l.taskId });
    const body = isObject(op.operation.requestBody) ? resolveObject(doc, op.operation.requestBody, `${op.pointer}/requestBody`).node : undefined;
    expect(body && isObject(body.content) ? Object.keys(body.content) : undefined).toEqual(l.body === undefined ? undefined : [l.body]);
    const responses = isObject(op.operation.responses) ? op.operation.responses : {};
    const success = Object.keys(responses).find((s) => /^2/.test(s)) ?? '';
    const answer = resolveObject(doc, responses[success], `${op.pointer}/responses/${success}`).node;
    const content = isObject(answer.content) ? answer.content : {};
    if (l.file) {
      // A file answer: one non-JSON media type whose schema is a binary string.
      expect(Object.keys(content)).toEqual([l.file]);
      const media = content[l.file];
      expect(isObject(media) ? media.schema : undefined).toEqual({ type: 'string', format: 'binary' });
    } else if (success !== '') {
      expect(Object.keys(content).filter((t) => t !== 'application/json')).toEqual([]);
    }
  });

  it.each([
    ['metastudio', 'ShowTask', 'DownloadResultFile', { id: '/task_id' }],
    ['workspace', 'ListExportTasks', 'DownloadExportFile', { task_id: '/task_id' }],
    ['hss', 'ListQueryExportTask', 'ListDownloadExportedFile', { file_id: '/file_id' }],
  ] as const)('%s %s links a finished task to %s', (service, operationId, download, parameters) => {
    const task = findOperation(bundleOf(service), operationId).operation['x-task'];
    expect(isObject(task) ? task.download : undefined).toEqual({ operationId: download, parameters });
  });

  it('DataArts Insight has no task file to fetch: its x-task links no download', () => {
    const task = findOperation(bundleOf('dataarts-insight'), 'ListImportResourceTaskDetail').operation['x-task'];
    expect(isObject(task) ? task.download : 'no x-task').toBeUndefined();
  });

  it('a file part is a binary string and the documented Content-Type header is the transport\'s', () => {
    const doc = bundleOf('dataarts-insight');
    const op = findOperation(doc, 'ImportResourcePackage');
    const body = resolveObject(doc, op.operation.requestBody, `${op.pointer}/requestBody`).node;
    const media = isObject(body.content) ? body.content['multipart/form-data'] : undefined;
    const form = resolveObject(doc, isObject(media) ? media.schema : undefined, `${op.pointer}/requestBody/content/multipart~1form-data/schema`).node;
    const file = resolveObject(doc, isObject(form.properties) ? form.properties.file : undefined, '').node;
    expect(file).toMatchObject({ type: 'string', format: 'binary' });
    expect(form.required).toEqual(['file', 'import_strategy']);
    const contentType = parametersOf(doc, op).get('header:Content-Type');
    expect(contentType?.param['x-filled-from']).toBe('body');
  });
});
