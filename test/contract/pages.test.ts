/**
 * The five documented pages, transcribed by hand into literal tables, held against the bundled specs.
 *
 * Sources: the page texts (pages/<service>/<Operation>.txt) and, for what the first extractions lost (enum
 * lists, error codes, regions, defaults, lengths), the official SDKs and the other stored copies of each page.
 *
 * Every row is checked for exactly its type, required flag, enum, default and range keywords. A range keyword
 * the page does not state but that the spec carries is listed with an `// implied` comment, so that the set
 * of range keywords can be compared exactly. Where the spec admits more than the documented type because of
 * a documented erratum, the row's `erratum` lists the admitted types: the documented type must come first,
 * and the documented form must be the place's `x-doc-schema`.
 */
import { describe, expect, it } from 'vitest';
import { documentedVariant, findErrata } from '../../scripts/lint/errata.js';
import { isObject, joinPointer, type JsonObject } from '../../scripts/lint/json-pointer.js';
import { typesOf } from '../../scripts/lint/schema-walk.js';
import {
  bundleValidator,
  findOperation,
  loadBundle,
  operations,
  resolveObject,
  responseSchema,
  type OperationAt,
} from '../helpers/bundles.js';

type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
type Scalar = string | number | boolean;

const RANGE_KEYS = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
] as const;
type RangeKey = (typeof RANGE_KEYS)[number];

interface Constraints extends Partial<Record<RangeKey, number>> {
  type: JsonType;
  /** Item type of an array of scalars. */
  items?: JsonType;
  enum?: readonly Scalar[];
  default?: Scalar;
  /** Checked only when given (the pages say "Long" for int64; "Integer" carries no width). */
  format?: string;
  /** Values the page documents as valid; each must validate against the spec (and the documented form). */
  valid?: readonly unknown[];
}

interface ParamRow extends Constraints {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
}

interface FieldRow extends Constraints {
  name: string;
  /** Fields of the objects of an "Array of X objects". */
  fields?: readonly FieldRow[];
  /** The types the spec admits at this errata place (documented type first). */
  erratum?: readonly JsonType[];
}

interface StatusRow {
  status: string;
  description: string;
  /** Response-body fields; absent when the page documents no body. */
  fields?: readonly FieldRow[];
  /** The body object itself is an errata place (the page's example omits a documented field). */
  rootErratum?: boolean;
}

interface Page {
  page: string;
  title: string;
  service: string;
  operationId: string;
  method: string;
  path: string;
  params: readonly ParamRow[];
  statuses: readonly StatusRow[];
  /** Response keys in the spec that the page does not document (each a deliberate, described addition). */
  undocumentedStatuses: readonly string[];
  /** The documented example request, or null when the page says "None". */
  exampleRequest: string | null;
}

// ---------------------------------------------------------------------------------------------------------
// Shared rows
// ---------------------------------------------------------------------------------------------------------

const projectIdPath: ParamRow = {
  name: 'project_id',
  in: 'path',
  type: 'string',
  required: true,
  minLength: 1, // implied: a path segment cannot be empty
};

/** MetaStudio header table (pages 000 and 001; facts §0.3, E22): all four "No". */
const metaStudioHeaders: readonly ParamRow[] = [
  { name: 'X-Auth-Token', in: 'header', type: 'string', required: false },
  { name: 'Authorization', in: 'header', type: 'string', required: false },
  // format YYYYMMDD'T'HHMMSS'Z'
  { name: 'X-Sdk-Date', in: 'header', type: 'string', required: false, valid: ['20250410T093247Z'] },
  { name: 'X-Project-Id', in: 'header', type: 'string', required: false },
];

const count0to1e6 = { type: 'integer', minimum: 0, maximum: 1000000 } as const;

/** QueryTaskResultDTO (pages 000 and 001; errata E1–E3 for the four number-in-example fields). */
const queryTaskResultFields: readonly FieldRow[] = [
  { name: 'resource', type: 'string' },
  { name: 'task_name', type: 'string' },
  { name: 'begin_time', type: 'string', erratum: ['string', 'integer'], valid: ['1744276967708'] },
  { name: 'end_time', type: 'string', erratum: ['string', 'integer'], valid: ['1744276967708'] },
  { name: 'task_type', type: 'string', erratum: ['string', 'integer'], valid: ['0'] },
  { name: 'operator', type: 'string' },
  { name: 'total_count', ...count0to1e6 },
  { name: 'success_count', ...count0to1e6 },
  { name: 'failure_count', ...count0to1e6 },
  { name: 'task_status', type: 'string', erratum: ['string', 'integer'], valid: ['0'] },
  { name: 'task_id', type: 'string' },
  { name: 'user_id', type: 'string' },
];

/** MetaStudio 400 body; error_code values from facts §1.1 / E6. */
const metaStudio400: StatusRow = {
  status: '400',
  description: 'Incorrect input parameters from the client, including the error code and its description.',
  fields: [
    { name: 'error_code', type: 'string', enum: ['MSS.000000001', 'MSS.000000002', 'MSS.000000003', 'MSS.000000004'] },
    { name: 'error_msg', type: 'string' },
    { name: 'request_id', type: 'string' },
  ],
};

const workspaceErrorFields: readonly FieldRow[] = [
  { name: 'error_code', type: 'string' },
  { name: 'error_msg', type: 'string' },
];

const exportTaskStatus = ['CREATING', 'SUCCESS', 'FAIL', 'EXPIRED'] as const;

// ---------------------------------------------------------------------------------------------------------
// The pages
// ---------------------------------------------------------------------------------------------------------

const PAGES: readonly Page[] = [
  {
    page: '000',
    title: 'Listing Import and Export Tasks by Page',
    service: 'metastudio',
    operationId: 'SearchTask',
    method: 'get',
    path: '/v2/{project_id}/ies/task',
    params: [
      projectIdPath,
      { name: 'resource', in: 'query', type: 'array', items: 'string', required: false },
      { name: 'business_id', in: 'query', type: 'string', required: false },
      { name: 'begin_time', in: 'query', type: 'string', required: false },
      { name: 'end_time', in: 'query', type: 'string', required: false },
      ...metaStudioHeaders,
    ],
    statuses: [
      {
        status: '200',
        description: 'The query is successful, and the import and export task list is returned.',
        rootErratum: true, // E4: example has count 100 but no data array
        fields: [
          { name: 'offset', ...count0to1e6 },
          { name: 'limit', ...count0to1e6, default: 10 },
          { name: 'count', ...count0to1e6 },
          { name: 'data', type: 'array', fields: queryTaskResultFields },
        ],
      },
      metaStudio400,
    ],
    undocumentedStatuses: [],
    exampleRequest: null,
  },
  {
    page: '001',
    title: 'Querying Details About an Import or Export Task',
    service: 'metastudio',
    operationId: 'ShowTask',
    method: 'get',
    path: '/v2/{project_id}/ies/task/{id}',
    params: [
      projectIdPath,
      { name: 'id', in: 'path', type: 'string', required: true, minLength: 1 /* implied */ },
      ...metaStudioHeaders,
    ],
    statuses: [
      {
        status: '200',
        description: 'Request succeeded. The import and export task details are returned.',
        fields: queryTaskResultFields,
      },
      metaStudio400,
    ],
    undocumentedStatuses: [],
    exampleRequest: null,
  },
  {
    page: '002',
    title: 'Listing Export Tasks',
    service: 'workspace',
    operationId: 'ListExportTasks',
    method: 'get',
    path: '/v2/{project_id}/export-tasks',
    params: [
      projectIdPath,
      { name: 'file_name', in: 'query', type: 'string', required: false },
      { name: 'task_id', in: 'query', type: 'string', required: false },
      { name: 'status', in: 'query', type: 'string', required: false, enum: exportTaskStatus },
      { name: 'is_download', in: 'query', type: 'boolean', required: false, default: false },
      // enum lost in the seed (facts §3.1, E9)
      { name: 'sort_field', in: 'query', type: 'string', required: false, enum: ['create_time'] },
      // "The default value is ascending" (facts §3.1, E9: ASC / DESC)
      { name: 'sort_type', in: 'query', type: 'string', required: false, enum: ['ASC', 'DESC'], default: 'ASC' },
      { name: 'offset', in: 'query', type: 'integer', required: false, default: 0, minimum: 0 /* implied */ },
      { name: 'limit', in: 'query', type: 'integer', required: false, default: 20, minimum: 1, maximum: 100 },
    ],
    statuses: [
      {
        status: '200',
        description: 'Succeeded.',
        fields: [
          {
            name: 'export_tasks',
            type: 'array',
            fields: [
              { name: 'task_id', type: 'string' },
              { name: 'file_name', type: 'string' },
              { name: 'status', type: 'string', enum: exportTaskStatus },
              { name: 'fail_reason', type: 'string' },
              { name: 'error_code', type: 'string' },
              // format yyyy-MM-dd'T'HH:mm:ss.SSSZ (E7: the example wraps T in quotes)
              { name: 'create_time', type: 'string', erratum: ['string'], valid: ['2022-03-28T00:00:00.000+0000'] },
              { name: 'end_time', type: 'string', erratum: ['string'], valid: ['2022-03-28T00:00:00.000+0000'] },
              { name: 'is_download', type: 'boolean' },
            ],
          },
          { name: 'count', type: 'integer', minimum: 0 /* implied: a total */ },
        ],
      },
      { status: '400', description: 'Invalid request from the client.', fields: workspaceErrorFields },
      { status: '401', description: 'Authentication failed.', fields: workspaceErrorFields },
      { status: '500', description: 'Internal error.', fields: workspaceErrorFields },
    ],
    undocumentedStatuses: [],
    exampleRequest: null,
  },
  {
    page: '003',
    title: 'Querying Export Tasks',
    service: 'hss',
    operationId: 'ListQueryExportTask',
    method: 'get',
    path: '/v5/{project_id}/export-task/{task_id}',
    params: [
      { name: 'task_id', in: 'path', type: 'string', required: true, minLength: 1 /* implied */ },
      projectIdPath,
      // "0 indicates the default enterprise project" (facts §4.1: also the default value)
      { name: 'enterprise_project_id', in: 'query', type: 'string', required: false, default: '0', valid: ['all_granted_eps'] },
      { name: 'X-Auth-Token', in: 'header', type: 'string', required: true },
      { name: 'region', in: 'header', type: 'string', required: false },
    ],
    statuses: [
      {
        status: '200',
        description: 'Request succeeded.',
        fields: [
          { name: 'task_id', type: 'string', minLength: 1, maxLength: 64 },
          { name: 'task_name', type: 'string', minLength: 1, maxLength: 128 },
          // range lost in the seed (facts §4.1, E11)
          { name: 'task_status', type: 'string', enum: ['success', 'failure', 'running'] },
          { name: 'file_id', type: 'string', minLength: 1, maxLength: 64 },
          { name: 'file_name', type: 'string', minLength: 1, maxLength: 255 },
        ],
      },
    ],
    undocumentedStatuses: ['4XX'], // E15: only 200 documented; the spec adds a generic client-error body
    exampleRequest: 'GET https://{endpoint}/v5/{project_id}/export-task/{task_id}?enterprise_project_id=all_granted_eps',
  },
  {
    page: '004',
    title: 'Obtaining Import Task Details',
    service: 'dataarts-insight',
    operationId: 'ListImportResourceTaskDetail',
    method: 'get',
    path: '/v1/{project_id}/resource-package/import-tasks/{task_id}',
    params: [
      projectIdPath,
      { name: 'task_id', in: 'path', type: 'string', required: true, minLength: 1 /* implied */ },
      { name: 'X-Workspace-Id', in: 'header', type: 'string', required: true, minLength: 1 /* implied */ },
      { name: 'X-Auth-Token', in: 'header', type: 'string', required: true },
    ],
    statuses: [
      {
        status: '200',
        description: 'Import task details are successfully obtained.',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'name', type: 'string' },
          { name: 'domain_id', type: 'string' },
          { name: 'project_id', type: 'string' },
          { name: 'workspace_id', type: 'string' },
          { name: 'import_param', type: 'string' },
          { name: 'obs_bucket', type: 'string' },
          { name: 'obs_object_key', type: 'string' },
          { name: 'import_detail', type: 'string' },
          // enum lost in the seed (facts §5.1, E19)
          { name: 'status', type: 'integer', enum: [-1, 0, 1, 2, 3, 4] },
          { name: 'error_msg', type: 'string' },
          // E17: the example joins the two values with "|"
          {
            name: 'import_type',
            type: 'string',
            enum: ['import', 'crossSpaceImport'],
            erratum: ['string'],
            valid: ['import', 'crossSpaceImport'],
          },
          { name: 'create_user', type: 'string' },
          { name: 'create_user_name', type: 'string' },
          // "Long" = int64 (E16: the example is 2^63, outside it)
          {
            name: 'create_date',
            type: 'integer',
            format: 'int64',
            minimum: -(2 ** 63),
            exclusiveMaximum: 2 ** 63,
            erratum: ['integer'],
            valid: [1744276967708],
          },
          {
            name: 'update_date',
            type: 'integer',
            format: 'int64',
            minimum: -(2 ** 63),
            exclusiveMaximum: 2 ** 63,
            erratum: ['integer'],
            valid: [1744276967708],
          },
        ],
      },
    ],
    undocumentedStatuses: ['4XX'], // E21: no 4xx/5xx documented; the spec adds a generic client-error body
    exampleRequest: 'GET https://{endpoint}/v1/{project_id}/resource-package/import-tasks/{task_id}',
  },
];

/** Servers per service (facts §0.2). */
const SERVERS: Record<string, readonly { url: string; regions: readonly string[] }[]> = {
  metastudio: [
    { url: 'https://metastudio.{region}.myhuaweicloud.com', regions: ['cn-north-4', 'cn-east-3', 'ap-southeast-3'] },
  ],
  workspace: [
    {
      url: 'https://workspace.{region}.myhuaweicloud.com',
      regions: [
        'cn-east-3',
        'cn-north-4',
        'cn-south-1',
        'cn-southwest-2',
        'la-south-2',
        'sa-brazil-1',
        'la-north-2',
        'ap-southeast-3',
        'cn-north-9',
      ],
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
  'dataarts-insight': [
    {
      url: 'https://dataartsinsight.{region}.myhuaweicloud.com',
      regions: ['cn-southwest-2', 'cn-north-9', 'cn-east-3', 'cn-north-4', 'cn-south-1'],
    },
  ],
};

/** Which operations read a task (`x-task`) and which page (`x-pagination`). */
const TASK_OPERATIONS = ['ShowTask', 'ListExportTasks', 'ListQueryExportTask', 'ListImportResourceTaskDetail'];
const PAGINATED: Record<string, JsonObject> = {
  ListExportTasks: { offsetParam: 'offset', limitParam: 'limit', items: '/export_tasks', total: '/count' },
};

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

const bundleCache = new Map<string, JsonObject>();
function bundleOf(service: string): JsonObject {
  let doc = bundleCache.get(service);
  if (!doc) {
    doc = loadBundle(service);
    bundleCache.set(service, doc);
  }
  return doc;
}

const validatorCache = new Map<unknown, (pointer: string, value: unknown) => string[]>();
function validatorOf(doc: unknown): (pointer: string, value: unknown) => string[] {
  let v = validatorCache.get(doc);
  if (!v) {
    v = bundleValidator(doc);
    validatorCache.set(doc, v);
  }
  return v;
}

interface ParamAt {
  param: JsonObject;
  pointer: string;
}

/** Path-item and operation parameters, resolved; operation-level ones override path-level ones. */
function parametersOf(doc: JsonObject, op: OperationAt): ParamAt[] {
  const byKey = new Map<string, ParamAt>();
  const pathItemPointer = op.pointer.slice(0, op.pointer.lastIndexOf('/'));
  const pathItem = resolveObject(doc, doc.paths && isObject(doc.paths) ? doc.paths[op.path] : undefined, pathItemPointer);
  const add = (list: unknown, base: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      const found = resolveObject(doc, entry, `${base}/parameters/${i}`);
      byKey.set(`${String(found.node.in)}:${String(found.node.name)}`, { param: found.node, pointer: found.pointer });
    });
  };
  add(pathItem.node.parameters, pathItem.pointer);
  add(op.operation.parameters, op.pointer);
  return [...byKey.values()];
}

function pick(source: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (source as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** enum / default / format / range keywords of `schema` equal the row's. */
function expectConstraints(schema: JsonObject, row: Constraints, label: string): void {
  expect(schema.enum, `${label}: enum`).toEqual(row.enum === undefined ? undefined : [...row.enum]);
  expect(schema.default, `${label}: default`).toEqual(row.default);
  if (row.format !== undefined) expect(schema.format, `${label}: format`).toBe(row.format);
  expect(pick(schema, RANGE_KEYS), `${label}: range keywords`).toEqual(pick(row, RANGE_KEYS));
}

/** Items of an array schema, resolved. */
function itemsOf(doc: JsonObject, schema: { node: JsonObject; pointer: string }): { node: JsonObject; pointer: string } {
  return resolveObject(doc, schema.node.items, `${schema.pointer}/items`);
}

/** Checks one schema against a row of constraints (type, errata, enum, ranges, array items, valid values). */
function expectSchemaMatches(
  doc: JsonObject,
  found: { node: JsonObject; pointer: string },
  row: Constraints & { erratum?: readonly JsonType[] },
  label: string,
): void {
  const schema = found.node;
  let effective = schema;
  if (row.erratum) {
    const note = schema['x-doc-errata'];
    const documented = schema['x-doc-schema'];
    expect(typeof note, `${label}: an erratum needs an x-doc-errata note`).toBe('string');
    expect(String(note), `${label}: one-line note`).not.toMatch(/[\r\n]/);
    expect(isObject(documented), `${label}: an erratum needs x-doc-schema`).toBe(true);
    const doc_ = isObject(documented) ? documented : {};
    expect(typesOf(schema), `${label}: admitted types`).toEqual([...row.erratum]);
    expect(typesOf(schema)[0], `${label}: the documented type comes first`).toBe(row.type);
    expect(typesOf(doc_), `${label}: x-doc-schema gives the documented type`).toEqual([row.type]);
    effective = { ...schema, ...doc_ };
  } else {
    expect(schema['x-doc-errata'], `${label}: no erratum expected here`).toBeUndefined();
    expect(schema['x-doc-schema'], `${label}: no x-doc-schema expected here`).toBeUndefined();
    expect(typesOf(schema), `${label}: type`).toEqual([row.type]);
  }
  expectConstraints(effective, row, label);

  if (row.type === 'array' && row.items !== undefined) {
    const items = itemsOf(doc, found);
    expect(typesOf(items.node), `${label}: item type`).toEqual([row.items]);
  }

  for (const value of row.valid ?? []) {
    expect(validatorOf(doc)(found.pointer, value), `${label}: the spec admits ${JSON.stringify(value)}`).toEqual([]);
    if (row.erratum) {
      const place = findErrata(doc).places.find((p) => p.pointer === found.pointer);
      expect(place, `${label}: an errata place at ${found.pointer}`).toBeDefined();
      if (place) {
        const variant = documentedVariant(doc, place);
        expect(validatorOf(variant)(found.pointer, value), `${label}: the documented form admits ${JSON.stringify(value)}`).toEqual(
          [],
        );
      }
    }
  }
}

/** Flattens field rows of a body into labelled rows with their property path (`[]` steps into array items). */
function flattenFields(fields: readonly FieldRow[], prefix: readonly string[] = []): { path: string[]; row: FieldRow }[] {
  return fields.flatMap((row) => {
    const path = [...prefix, row.name];
    return [{ path, row }, ...(row.fields ? flattenFields(row.fields, [...path, '[]']) : [])];
  });
}

/** Object schemas of a body: the root and every "Array of X objects" item, with their documented field names. */
function objectsOf(fields: readonly FieldRow[], prefix: readonly string[] = []): { path: string[]; names: string[] }[] {
  return [
    { path: [...prefix], names: fields.map((f) => f.name) },
    ...fields.flatMap((f) => (f.fields ? objectsOf(f.fields, [...prefix, f.name, '[]']) : [])),
  ];
}

function walk(doc: JsonObject, root: { node: JsonObject; pointer: string }, path: readonly string[]): { node: JsonObject; pointer: string } {
  let current = root;
  for (const step of path) {
    if (step === '[]') {
      expect(typesOf(current.node), `${current.pointer} is an array`).toEqual(['array']);
      current = itemsOf(doc, current);
    } else {
      const properties = current.node.properties;
      if (!isObject(properties) || properties[step] === undefined) throw new Error(`no property ${step} at ${current.pointer}`);
      current = resolveObject(doc, properties[step], `${current.pointer}${joinPointer(['properties', step])}`);
    }
  }
  return current;
}

const label = (path: readonly string[]): string => path.join('.').replace(/\.\[\]/g, '[]') || '(body)';

// ---------------------------------------------------------------------------------------------------------
// Per page
// ---------------------------------------------------------------------------------------------------------

describe.each(PAGES.map((p) => [`${p.page} ${p.service} ${p.operationId}`, p] as const))('page %s', (_name, page) => {
  const doc = bundleOf(page.service);
  const op = findOperation(doc, page.operationId);

  it('method, path and title', () => {
    expect(op.method).toBe(page.method);
    expect(op.path).toBe(page.path);
    expect(op.operation.summary).toBe(page.title);
  });

  describe('parameters', () => {
    const params = parametersOf(doc, op);

    it('the spec has exactly the documented parameters', () => {
      const actual = params.map((p) => `${String(p.param.in)}:${String(p.param.name)}`).sort();
      expect(actual).toEqual(page.params.map((r) => `${r.in}:${r.name}`).sort());
    });

    it.each(page.params.map((r) => [`${r.in} ${r.name}`, r] as const))('%s', (_n, row) => {
      const found = params.find((p) => p.param.name === row.name && p.param.in === row.in);
      expect(found, `parameter ${row.in}:${row.name}`).toBeDefined();
      if (!found) return;
      // What the page documents: the parameter with its x-doc-parameter erratum overlay, if any.
      const documented = { ...found.param, ...(isObject(found.param['x-doc-parameter']) ? found.param['x-doc-parameter'] : {}) };
      expect(documented.required === true, 'required (as documented)').toBe(row.required);
      const schema = resolveObject(doc, found.param.schema, `${found.pointer}/schema`);
      expectSchemaMatches(doc, schema, row, `${row.in}:${row.name}`);
    });
  });

  describe('responses', () => {
    const responses = isObject(op.operation.responses) ? op.operation.responses : {};

    it('the spec has exactly the documented status codes (plus the listed, described additions)', () => {
      expect(Object.keys(responses).sort()).toEqual([...page.statuses.map((s) => s.status), ...page.undocumentedStatuses].sort());
    });

    it.each(page.statuses.map((s) => [s.status, s] as const))('%s has the documented description', (_s, row) => {
      const response = resolveObject(doc, responses[row.status], `${op.pointer}/responses/${row.status}`);
      expect(response.node.description).toBe(row.description);
    });

    for (const status of page.statuses) {
      const fields = status.fields;
      if (!fields) continue;

      describe(`${status.status} body`, () => {
        const root = responseSchema(doc, op, status.status);

        it.each(objectsOf(fields).map((o) => [label(o.path), o] as const))('%s has exactly the documented fields', (_l, o) => {
          const schema = walk(doc, root, o.path);
          expect(typesOf(schema.node)).toEqual(['object']);
          expect(Object.keys(isObject(schema.node.properties) ? schema.node.properties : {}).sort()).toEqual([...o.names].sort());
        });

        it('the body object is an errata place exactly when expected', () => {
          if (status.rootErratum) {
            expect(typeof root.node['x-doc-errata']).toBe('string');
            expect(isObject(root.node['x-doc-schema'])).toBe(true);
          } else {
            expect(root.node['x-doc-errata']).toBeUndefined();
          }
        });

        it.each(flattenFields(fields).map((f) => [label(f.path), f] as const))('%s', (_l, f) => {
          expectSchemaMatches(doc, walk(doc, root, f.path), f.row, `${status.status} ${label(f.path)}`);
          if (f.row.fields) {
            expect(typesOf(walk(doc, root, [...f.path, '[]']).node)).toEqual(['object']);
          }
        });
      });
    }
  });

  it('security: token and aksk, each on its own, apply to the operation', () => {
    const security = op.operation.security ?? doc.security;
    expect(Array.isArray(security)).toBe(true);
    expect(security).toEqual(expect.arrayContaining([{ token: [] }, { aksk: [] }]));
  });

  it(TASK_OPERATIONS.includes(page.operationId) ? 'has x-task' : 'has no x-task', () => {
    if (TASK_OPERATIONS.includes(page.operationId)) {
      const task = op.operation['x-task'];
      expect(isObject(task)).toBe(true);
      // The task id is one of the operation's documented parameters.
      const id = isObject(task) ? task.id : undefined;
      expect(page.params.map((p) => p.name)).toContain(id);
    } else {
      expect(op.operation['x-task']).toBeUndefined();
    }
  });

  it(page.operationId in PAGINATED ? 'has x-pagination over documented parameters' : 'has no x-pagination', () => {
    const expected = PAGINATED[page.operationId];
    if (expected) {
      expect(op.operation['x-pagination']).toEqual(expected);
      const queryNames = page.params.filter((p) => p.in === 'query').map((p) => p.name);
      expect(queryNames).toEqual(expect.arrayContaining([expected.offsetParam, expected.limitParam]));
    } else {
      expect(op.operation['x-pagination']).toBeUndefined();
    }
  });

  it(page.exampleRequest ? 'carries the documented example request' : 'carries no example request (page: None)', () => {
    const samples = op.operation['x-codeSamples'];
    if (page.exampleRequest) {
      expect(Array.isArray(samples)).toBe(true);
      const sources = Array.isArray(samples) ? samples.map((s) => (isObject(s) ? s.source : undefined)) : [];
      expect(sources).toContain(page.exampleRequest);
    } else {
      expect(samples).toBeUndefined();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Per service
// ---------------------------------------------------------------------------------------------------------

describe.each(Object.entries(SERVERS))('%s', (service, servers) => {
  const doc = bundleOf(service);

  it('has exactly one operation per documented page', () => {
    expect(operations(doc).map((o) => String(o.operation.operationId)).sort()).toEqual(
      PAGES.filter((p) => p.service === service)
        .map((p) => p.operationId)
        .sort(),
    );
  });

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

// ---------------------------------------------------------------------------------------------------------
// Task status values map the documented status enums completely
// ---------------------------------------------------------------------------------------------------------

const TASK_STATUS: readonly [string, string, string, readonly Scalar[]][] = [
  ['workspace', 'ListExportTasks', 'status', exportTaskStatus],
  ['hss', 'ListQueryExportTask', 'task_status', ['success', 'failure', 'running']],
  ['dataarts-insight', 'ListImportResourceTaskDetail', 'status', [-1, 0, 1, 2, 3, 4]],
];

describe('x-task status values', () => {
  it.each(TASK_STATUS)('%s %s: every documented %s value is mapped exactly once', (service, operationId, field, values) => {
    const task = findOperation(bundleOf(service), operationId).operation['x-task'];
    const status = isObject(task) && isObject(task.status) ? task.status : {};
    expect(status.field).toBe(`/${field}`);
    const mapped = Object.values(isObject(status.values) ? status.values : {}).flatMap((v) => (Array.isArray(v) ? v : []));
    expect([...mapped].sort()).toEqual([...values].sort());
  });

  it('MetaStudio ShowTask documents no status values, so x-task derives the outcome from the counters', () => {
    const task = findOperation(bundleOf('metastudio'), 'ShowTask').operation['x-task'];
    const status = isObject(task) && isObject(task.status) ? task.status : {};
    expect(status.values).toBeUndefined();
    expect(status.counters).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The two errata places whose admission is not a type list
// ---------------------------------------------------------------------------------------------------------

describe('admissions beyond a type list', () => {
  it('DataArts import_type: anyOf keeps the documented enum as a branch and adds the joined example form', () => {
    const doc = bundleOf('dataarts-insight');
    const root = responseSchema(doc, findOperation(doc, 'ListImportResourceTaskDetail'), '200');
    const schema = walk(doc, root, ['import_type']).node;
    expect(Array.isArray(schema.anyOf)).toBe(true);
    const branches = Array.isArray(schema.anyOf) ? schema.anyOf.filter(isObject) : [];
    expect(branches[0]?.enum).toEqual(['import', 'crossSpaceImport']);
    expect(schema['x-doc-schema']).toEqual({ type: 'string', enum: ['import', 'crossSpaceImport'] });
    const validate = validatorOf(doc);
    expect(validate(`${root.pointer}/properties/import_type`, 'import|crossSpaceImport')).toEqual([]);
    expect(validate(`${root.pointer}/properties/import_type`, 'export')).not.toEqual([]);
  });

  it('Workspace create_time/end_time: x-doc-schema is the documented yyyy-MM-dd\'T\'HH:mm:ss.SSSZ form', () => {
    const doc = bundleOf('workspace');
    for (const name of ['create_time', 'end_time']) {
      const pointer = `/components/schemas/ExportTaskItem/properties/${name}`;
      const place = findErrata(doc).places.find((p) => p.pointer === pointer);
      expect(place, name).toBeDefined();
      if (!place) continue;
      const validate = validatorOf(documentedVariant(doc, place));
      expect(validate(pointer, '2022-03-28T00:00:00.000+0000')).toEqual([]);
      expect(validate(pointer, "2022-03-28'T'00:00:00.000Z")).not.toEqual([]);
    }
  });
});
