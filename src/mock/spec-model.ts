/**
 * What the mock knows about each service, derived from the generated descriptors and the bundled
 * specs only: route templates, parameter defaults, documented 200 examples (used as response
 * templates), the documented 400 error body, and how tasks are shown (single-task operations and
 * list operations). No service is named here.
 */
import { readFileSync } from 'node:fs';
import { services } from '../../generated/clients/index.js';
import type { OperationDescriptor, ServiceDescriptor } from '../client/descriptors.js';
import type { TaskSpec } from '../tasks/task-spec.js';
import { fieldAt } from '../tasks/task.js';
import { clone, isObject, pointerName, resolveObject, type JsonObject } from './json.js';

/** How a task object looks in one service: its `x-task` spec and a template built from the documented example. */
export interface TaskModel {
  spec: TaskSpec;
  /** The task object template (the documented example of the task object). */
  template: JsonObject;
  /** Top-level property names the task object's schema documents. */
  properties: readonly string[];
  /** Pointer of the task id inside the object. */
  idField: string;
  /** `$ref` of the task object's schema, to recognise other operations that list the same objects. */
  schemaRef: string | undefined;
}

/** How a list operation pages and orders (`x-pagination`, or echo fields documented in the body). */
export interface ListModel {
  /** Pointer of the items array in the body. */
  items: string;
  itemTemplate: JsonObject;
  /** Request-side paging (`x-pagination`). */
  paging?: { offsetParam: string; limitParam: string; total: string };
  /** Body-only paging fields (no request parameters): echoed with offset 0 and the documented default limit. */
  echo?: { offset?: string; limit?: string; total?: string; defaultLimit?: number };
  /** Query parameters filtering items by the item field of the same name. */
  filters: readonly string[];
  /** The query parameter naming a sort field, and the one giving the order. */
  sortField?: string;
  sortOrder?: string;
}

/** The documented shape of a 4xx error body of one operation. */
export interface ErrorModel {
  /** The code for invalid input: the documented enum value described as "invalid parameter", else the gateway's. */
  invalidParameterCode: string;
  /** True when the documented body has `request_id` (or no body is documented). */
  withRequestId: boolean;
  /** True when the documented `error_code` is an enum: only its values may be sent. */
  enumerated: boolean;
}

export type OperationKind = 'task' | 'list' | 'static';

export interface OperationModel {
  service: string;
  /** Client method name, e.g. `listExportTasks`. */
  method: string;
  descriptor: OperationDescriptor;
  /** Path template split in segments; `{name}` segments capture a parameter. */
  segments: readonly ({ literal: string } | { param: string })[];
  /** Documented parameter defaults, by name. */
  defaults: Readonly<Record<string, unknown>>;
  /** The documented 200 example (or `{}`). */
  template: JsonObject;
  kind: OperationKind;
  list?: ListModel;
  error: ErrorModel;
}

export interface ServiceModel {
  name: string;
  descriptor: ServiceDescriptor;
  operations: readonly OperationModel[];
  /** Tasks of this service, when one of its operations carries `x-task`. */
  task?: TaskModel;
}

/** The gateway's code for invalid request parameters (API Gateway error table: APIG(W).0201, HTTP 400). */
export const GATEWAY_INVALID_PARAMETER = 'APIGW.0201';

const ERROR_STATUSES = ['400', '4XX', 'default'];
const SORT_ORDERS = new Set(['asc', 'desc']);

/** The default bundle directory: `generated/openapi` of this package. */
export function defaultBundleDir(): URL {
  return new URL('../../generated/openapi/', import.meta.url);
}

function readBundle(dir: string | URL, service: string): JsonObject {
  const base = typeof dir === 'string' ? dir.replace(/\/?$/, '/') : dir;
  const file = typeof base === 'string' ? `${base}${service}.json` : new URL(`${service}.json`, base);
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isObject(parsed)) throw new Error(`bundle of ${service} is not a JSON object`);
  return parsed;
}

function bundleOperation(doc: JsonObject, op: OperationDescriptor): JsonObject {
  const item = resolveObject(doc, (doc.paths as JsonObject | undefined)?.[op.path]);
  const operation = item?.[op.method];
  if (!isObject(operation)) throw new Error(`bundle has no ${op.method.toUpperCase()} ${op.path} (${op.id})`);
  return operation;
}

function jsonMedia(doc: JsonObject, operation: JsonObject, status: string): JsonObject | undefined {
  const response = resolveObject(doc, (operation.responses as JsonObject | undefined)?.[status]);
  const media = (response?.content as JsonObject | undefined)?.['application/json'];
  return isObject(media) ? media : undefined;
}

/** The documented example of a media object (`examples.documented`, else the first example, else `example`). */
function exampleOf(doc: JsonObject, media: JsonObject | undefined): unknown {
  if (!media) return undefined;
  if (isObject(media.examples)) {
    const value = resolveObject(doc, media.examples.documented ?? Object.values(media.examples)[0])?.value;
    if (value !== undefined) return value;
  }
  return media.example;
}

function refOf(node: unknown): string | undefined {
  return isObject(node) && typeof node.$ref === 'string' ? node.$ref : undefined;
}

function parameterDefaults(doc: JsonObject, operation: JsonObject): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const raw of Array.isArray(operation.parameters) ? operation.parameters : []) {
    const param = resolveObject(doc, raw);
    const schema = resolveObject(doc, param?.schema);
    if (param && typeof param.name === 'string' && schema && schema.default !== undefined) defaults[param.name] = schema.default;
  }
  return defaults;
}

/**
 * The enum value of `error_code` that the description calls "invalid parameter": the description
 * lists each value followed by its meaning, so the text between one value and the next is its meaning.
 */
export function invalidParameterCode(codeSchema: JsonObject | undefined): string | undefined {
  const values = Array.isArray(codeSchema?.enum) ? codeSchema.enum.filter((v): v is string => typeof v === 'string') : [];
  if (values.length === 0) return undefined;
  const text = typeof codeSchema?.description === 'string' ? codeSchema.description : '';
  const positions = values.map((v) => ({ value: v, at: text.indexOf(v) })).filter((p) => p.at >= 0).sort((a, b) => a.at - b.at);
  for (const [i, p] of positions.entries()) {
    const meaning = text.slice(p.at + p.value.length, positions[i + 1]?.at ?? text.length);
    if (/invalid\s+param/i.test(meaning)) return p.value;
  }
  // An enum without a described "invalid parameter" value: any other code would break the schema.
  return values[0];
}

function errorModel(doc: JsonObject, operation: JsonObject): ErrorModel {
  for (const status of ERROR_STATUSES) {
    const schema = resolveObject(doc, jsonMedia(doc, operation, status)?.schema);
    if (!schema) continue;
    const properties = isObject(schema.properties) ? schema.properties : {};
    const code = invalidParameterCode(resolveObject(doc, properties.error_code));
    return { invalidParameterCode: code ?? GATEWAY_INVALID_PARAMETER, withRequestId: 'request_id' in properties, enumerated: code !== undefined };
  }
  return { invalidParameterCode: GATEWAY_INVALID_PARAMETER, withRequestId: true, enumerated: false };
}

function segmentsOf(path: string): OperationModel['segments'] {
  return path
    .split('/')
    .slice(1)
    .map((segment) => {
      const match = /^\{([^}]+)\}$/.exec(segment);
      return match ? { param: match[1]! } : { literal: segment };
    });
}

function propertiesOf(doc: JsonObject, schemaNode: unknown): string[] {
  const schema = resolveObject(doc, schemaNode);
  return isObject(schema?.properties) ? Object.keys(schema.properties) : [];
}

/** Where the task id sits in the body: the list's match field, else a documented property named like the id parameter, `task_id` or `id`. */
function idFieldOf(spec: TaskSpec): string {
  return spec.idField;
}

/** The schema of the body field at `pointer` (`/a/b`), walking `properties` and resolving refs on the way. */
function schemaAt(doc: JsonObject, schemaNode: unknown, pointer: string): JsonObject | undefined {
  let schema = resolveObject(doc, schemaNode);
  for (const key of pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    schema = resolveObject(doc, isObject(schema?.properties) ? schema.properties[key] : undefined);
  }
  return schema;
}

function firstItem(value: unknown): JsonObject | undefined {
  return Array.isArray(value) && isObject(value[0]) ? value[0] : undefined;
}

interface Draft {
  model: OperationModel;
  okSchema: unknown;
  example: unknown;
}

function taskModelOf(doc: JsonObject, draft: Draft): TaskModel | undefined {
  const spec = draft.model.descriptor.task;
  if (!spec) return undefined;
  if (spec.list) {
    const itemSchema = schemaAt(doc, draft.okSchema, spec.list.items)?.items;
    const properties = propertiesOf(doc, itemSchema);
    const template = clone(firstItem(fieldAt(draft.example, spec.list.items)) ?? {});
    return { spec, template, properties, idField: idFieldOf(spec), schemaRef: refOf(itemSchema) };
  }
  const properties = propertiesOf(doc, draft.okSchema);
  const template = clone(isObject(draft.example) ? draft.example : {});
  return { spec, template, properties, idField: idFieldOf(spec), schemaRef: refOf(draft.okSchema) };
}

/** Sort parameters: one whose enum names item fields, one whose enum is ASC/DESC. */
function sortParams(op: OperationDescriptor, itemProperties: readonly string[]): Pick<ListModel, 'sortField' | 'sortOrder'> {
  const out: Pick<ListModel, 'sortField' | 'sortOrder'> = {};
  for (const param of op.params) {
    if (param.in !== 'query' || !param.schema.enum || param.schema.enum.length === 0) continue;
    const values = param.schema.enum.map(String);
    if (values.every((v) => itemProperties.includes(v))) out.sortField = param.name;
    else if (values.every((v) => SORT_ORDERS.has(v.toLowerCase()))) out.sortOrder = param.name;
  }
  return out;
}

function listModelOf(doc: JsonObject, draft: Draft, items: string, itemSchema: unknown, itemTemplate: JsonObject, task: TaskModel): ListModel {
  const op = draft.model.descriptor;
  const itemProperties = propertiesOf(doc, itemSchema);
  const sort = sortParams(op, itemProperties);
  const timeFields = [task.spec.createdAt?.field, task.spec.endedAt?.field].map((f) => (f ? pointerName(f) : undefined));
  const paging = op.pagination ? { offsetParam: op.pagination.offsetParam, limitParam: op.pagination.limitParam, total: op.pagination.total } : undefined;
  const filters = op.params
    .filter((p) => p.in === 'query' && !p.filledFrom && itemProperties.includes(p.name))
    .map((p) => p.name)
    // Time fields take window bounds (begin/end), not values to match; paging and sorting are not filters.
    .filter((name) => !timeFields.includes(name) && name !== paging?.offsetParam && name !== paging?.limitParam && name !== sort.sortField && name !== sort.sortOrder);
  const list: ListModel = { items, itemTemplate, filters, ...sort };
  if (paging) list.paging = paging;
  else {
    // No request paging: echo the body's documented paging fields (offset/limit/count) if it has them.
    const body = resolveObject(doc, draft.okSchema);
    const props = isObject(body?.properties) ? body.properties : {};
    const integer = (name: string) => {
      const schema = resolveObject(doc, props[name]);
      return schema && (schema.type === 'integer' || (Array.isArray(schema.type) && schema.type.includes('integer'))) ? schema : undefined;
    };
    const echo: NonNullable<ListModel['echo']> = {};
    if (integer('offset')) echo.offset = '/offset';
    const limit = integer('limit');
    if (limit) {
      echo.limit = '/limit';
      if (typeof limit.default === 'number') echo.defaultLimit = limit.default;
    }
    const total = ['count', 'total'].find((n) => integer(n));
    if (total) echo.total = `/${total}`;
    if (Object.keys(echo).length > 0) list.echo = echo;
  }
  return list;
}

/** Arrays in the 200 body whose items use the task object's schema: the operation lists tasks there. */
function taskArrayOf(doc: JsonObject, okSchema: unknown, task: TaskModel): { items: string; itemSchema: unknown } | undefined {
  if (!task.schemaRef) return undefined;
  const body = resolveObject(doc, okSchema);
  for (const [name, node] of Object.entries(isObject(body?.properties) ? body.properties : {})) {
    const array = resolveObject(doc, node);
    if (array?.type === 'array' && refOf(array.items) === task.schemaRef) return { items: `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, itemSchema: array.items };
  }
  return undefined;
}

function buildService(descriptor: ServiceDescriptor, doc: JsonObject): ServiceModel {
  const drafts: Draft[] = Object.entries(descriptor.operations).map(([method, op]) => {
    const operation = bundleOperation(doc, op);
    const media = jsonMedia(doc, operation, '200');
    const example = exampleOf(doc, media);
    const model: OperationModel = {
      service: descriptor.name,
      method,
      descriptor: op,
      segments: segmentsOf(op.path),
      defaults: parameterDefaults(doc, operation),
      template: clone(isObject(example) ? example : {}),
      kind: 'static',
      error: errorModel(doc, operation),
    };
    return { model, okSchema: media?.schema, example };
  });
  // The first operation with x-task defines the service's task objects.
  const taskDraft = drafts.find((d) => d.model.descriptor.task);
  const task = taskDraft ? taskModelOf(doc, taskDraft) : undefined;
  for (const draft of drafts) {
    if (!task) break;
    const spec = draft.model.descriptor.task;
    if (spec?.list) {
      const itemSchema = schemaAt(doc, draft.okSchema, spec.list.items)?.items;
      const itemTemplate = clone(firstItem(fieldAt(draft.example, spec.list.items)) ?? task.template);
      draft.model.kind = 'list';
      draft.model.list = listModelOf(doc, draft, spec.list.items, itemSchema, itemTemplate, task);
    } else if (spec) {
      draft.model.kind = 'task';
    } else {
      const array = taskArrayOf(doc, draft.okSchema, task);
      if (!array) continue;
      const itemTemplate = clone(firstItem(fieldAt(draft.example, array.items)) ?? task.template);
      draft.model.kind = 'list';
      draft.model.list = listModelOf(doc, draft, array.items, array.itemSchema, itemTemplate, task);
    }
  }
  const service: ServiceModel = { name: descriptor.name, descriptor, operations: drafts.map((d) => d.model) };
  if (task) service.task = task;
  return service;
}

/** Models of every generated service, from the registry and the bundles in `bundleDir`. */
export function loadServiceModels(bundleDir: string | URL = defaultBundleDir()): ServiceModel[] {
  return Object.values(services).map(({ descriptor }) => buildService(descriptor as ServiceDescriptor, readBundle(bundleDir, descriptor.name)));
}
