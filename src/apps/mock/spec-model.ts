/**
 * What the mock knows about each service, derived from the descriptors it is given and the bundled
 * specs only: route templates, parameter defaults, documented 200 examples (used as response
 * templates), the documented 400 error body and its invalid-input code (`x-error-codes`), how
 * tasks are shown (the `x-task` operation, and lists: `x-task/list`, `x-task-list`), how lists page
 * (`x-pagination`, `x-task-list`) and sort (`x-sort`), and the example values of the services' own
 * options. No service is named here.
 */
import { readFileSync } from 'node:fs';
import type { OperationDescriptor, ServiceDescriptor, SortSpec } from '../../core/descriptors.js';
import { getAt, splitPointer } from '../../core/json-pointer.js';
import type { TaskSpec } from '../../core/task-spec.js';
import { clone, isObject, resolveObject, type JsonObject } from './json.js';

/** How a task object looks in one service: its `x-task` spec and a template built from the documented example. */
export interface TaskModel {
  spec: TaskSpec;
  /** The task object template (the documented example of the task object). */
  template: JsonObject;
  /** Top-level property names the task object's schema documents. */
  properties: readonly string[];
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
  /** How the list sorts (`x-sort`). */
  sort?: SortSpec;
}

/** The documented shape of a 4xx error body of one operation. */
export interface ErrorModel {
  /** The code for invalid input: the spec's `x-error-codes/invalidInput`, else the gateway's. */
  invalidParameterCode: string;
  /** True when the documented body has `request_id` (or no body is documented). */
  withRequestId: boolean;
  /** True when the spec names its codes (`x-error-codes`): only documented codes may be sent. */
  enumerated: boolean;
}

/**
 * What an operation does in the mock: show one task, a list of them, start a task (`x-task-start`),
 * answer with a file (a non-JSON 2xx content), or answer with its documented example.
 */
export type OperationKind = 'task' | 'list' | 'start' | 'file' | 'static';

/** One operation as the mock serves it. */
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
  /** The status an unknown task id gets: 404 where the operation documents it (or 4XX), else its documented 400. */
  notFoundStatus: number;
  /** The documented response codes (`200`, `202`, `4XX`, ...). */
  statuses: readonly string[];
  /** The documented success status (the first 2xx), sent with every successful answer. */
  okStatus: number;
  /** File answers: the documented content type of the 2xx body. */
  fileType?: string;
}

/** One service as the mock serves it. */
export interface ServiceModel {
  name: string;
  descriptor: ServiceDescriptor;
  /** The documented example of each of the service's own options (`x-client-option`): the value served by default. */
  optionExamples: Readonly<Record<string, string>>;
  operations: readonly OperationModel[];
  /** Tasks of this service, when one of its operations carries `x-task`. */
  task?: TaskModel;
  /** The documented content type of the file a finished task links to (`x-task.download`). */
  taskFileType?: string;
}

/** The gateway's code for invalid request parameters (API Gateway error table: APIG(W).0201, HTTP 400). */
export const GATEWAY_INVALID_PARAMETER = 'APIGW.0201';

const ERROR_STATUSES = ['400', '4XX', 'default'];

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

/** True when the operation documents `status`, itself or by its range (`4XX`). */
function documents(operation: JsonObject, status: string): boolean {
  const responses = isObject(operation.responses) ? operation.responses : {};
  return responses[status] !== undefined || responses[`${status[0]}XX`] !== undefined;
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

function parameterDefaults(doc: JsonObject, operation: JsonObject): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const raw of Array.isArray(operation.parameters) ? operation.parameters : []) {
    const param = resolveObject(doc, raw);
    const schema = resolveObject(doc, param?.schema);
    if (param && typeof param.name === 'string' && schema && schema.default !== undefined) defaults[param.name] = schema.default;
  }
  return defaults;
}

function errorModel(doc: JsonObject, operation: JsonObject, descriptor: OperationDescriptor): ErrorModel {
  const code = descriptor.errorCodes?.invalidInput;
  const enumerated = code !== undefined;
  for (const status of ERROR_STATUSES) {
    const schema = resolveObject(doc, jsonMedia(doc, operation, status)?.schema);
    if (!schema) continue;
    const properties = isObject(schema.properties) ? schema.properties : {};
    return { invalidParameterCode: code ?? GATEWAY_INVALID_PARAMETER, withRequestId: 'request_id' in properties, enumerated };
  }
  return { invalidParameterCode: code ?? GATEWAY_INVALID_PARAMETER, withRequestId: true, enumerated };
}

/** The documented 2xx status, and for a file answer its content type (the first non-JSON one). */
function successOf(doc: JsonObject, operation: JsonObject): { okStatus: number; fileType?: string } {
  const responses = isObject(operation.responses) ? operation.responses : {};
  const code = Object.keys(responses).find((status) => /^2\d\d$/.test(status)) ?? '200';
  const content = resolveObject(doc, responses[code])?.content;
  const fileType = isObject(content) ? Object.keys(content).find((type) => !/json/i.test(type)) : undefined;
  return fileType === undefined ? { okStatus: Number(code) } : { okStatus: Number(code), fileType };
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

/** The schema of the body field at `pointer` (`/a/b`), walking `properties` and resolving refs on the way. */
function schemaAt(doc: JsonObject, schemaNode: unknown, pointer: string): JsonObject | undefined {
  let schema = resolveObject(doc, schemaNode);
  for (const key of splitPointer(pointer)) {
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
    const template = clone(firstItem(getAt(draft.example, spec.list.items)) ?? {});
    return { spec, template, properties };
  }
  const properties = propertiesOf(doc, draft.okSchema);
  const template = clone(isObject(draft.example) ? draft.example : {});
  return { spec, template, properties };
}

/** The top-level property a one-level pointer (`/name`) names. */
function topLevelName(pointer: string): string | undefined {
  const keys = splitPointer(pointer);
  return keys.length === 1 ? keys[0] : undefined;
}

function listModelOf(doc: JsonObject, draft: Draft, items: string, itemSchema: unknown, itemTemplate: JsonObject, task: TaskModel): ListModel {
  const op = draft.model.descriptor;
  const itemProperties = propertiesOf(doc, itemSchema);
  const timeFields = [task.spec.createdAt?.field, task.spec.endedAt?.field].map((f) => (f ? topLevelName(f) : undefined));
  const paging = op.pagination ? { offsetParam: op.pagination.offsetParam, limitParam: op.pagination.limitParam, total: op.pagination.total } : undefined;
  const managed = [paging?.offsetParam, paging?.limitParam, op.sort?.fieldParam, op.sort?.orderParam];
  // A query parameter named like an item field filters by it; time fields take window bounds (begin/end), not values to match.
  const filters = op.params
    .filter((p) => p.in === 'query' && !p.filledFrom && !p.option && itemProperties.includes(p.name))
    .map((p) => p.name)
    .filter((name) => !timeFields.includes(name) && !managed.includes(name));
  const list: ListModel = { items, itemTemplate, filters };
  if (op.sort) list.sort = op.sort;
  if (paging) list.paging = paging;
  else if (op.taskList) {
    // No request paging: the body's own paging fields (x-task-list) are echoed.
    const { offset, limit, total } = op.taskList;
    const echo: NonNullable<ListModel['echo']> = {};
    if (offset) echo.offset = offset;
    if (limit) {
      echo.limit = limit;
      const declared = schemaAt(doc, draft.okSchema, limit)?.default;
      if (typeof declared === 'number') echo.defaultLimit = declared;
    }
    if (total) echo.total = total;
    list.echo = echo;
  }
  return list;
}

/** The documented `example` of each parameter a service option fills. */
function optionExamples(doc: JsonObject, descriptor: ServiceDescriptor, operations: readonly JsonObject[]): Record<string, string> {
  const examples: Record<string, string> = {};
  for (const [name, option] of Object.entries(descriptor.options)) {
    for (const operation of operations) {
      for (const raw of Array.isArray(operation.parameters) ? operation.parameters : []) {
        const param = resolveObject(doc, raw);
        if (param?.name === option.param.name && param.in === option.param.in && typeof param.example === 'string') examples[name] ??= param.example;
      }
    }
    if (examples[name] === undefined) throw new Error(`${descriptor.name}: the parameter of option ${name} has no example (the value the mock serves)`);
  }
  return examples;
}

function buildService(descriptor: ServiceDescriptor, doc: JsonObject): ServiceModel {
  const bundled: JsonObject[] = [];
  const drafts: Draft[] = Object.entries(descriptor.operations).map(([method, op]) => {
    const operation = bundleOperation(doc, op);
    bundled.push(operation);
    const success = successOf(doc, operation);
    const media = jsonMedia(doc, operation, String(success.okStatus));
    const example = exampleOf(doc, media);
    const model: OperationModel = {
      service: descriptor.name,
      method,
      descriptor: op,
      segments: segmentsOf(op.path),
      defaults: parameterDefaults(doc, operation),
      template: clone(isObject(example) ? example : {}),
      kind: op.taskStart ? 'start' : op.answer === 'file' ? 'file' : 'static',
      error: errorModel(doc, operation, op),
      notFoundStatus: documents(operation, '404') ? 404 : 400,
      statuses: Object.keys(isObject(operation.responses) ? operation.responses : {}),
      ...success,
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
      const itemTemplate = clone(firstItem(getAt(draft.example, spec.list.items)) ?? task.template);
      draft.model.kind = 'list';
      draft.model.list = listModelOf(doc, draft, spec.list.items, itemSchema, itemTemplate, task);
    } else if (spec) {
      draft.model.kind = 'task';
    } else if (draft.model.descriptor.taskList) {
      const { items } = draft.model.descriptor.taskList;
      const itemTemplate = clone(firstItem(getAt(draft.example, items)) ?? task.template);
      draft.model.kind = 'list';
      draft.model.list = listModelOf(doc, draft, items, schemaAt(doc, draft.okSchema, items)?.items, itemTemplate, task);
    }
  }
  const service: ServiceModel = { name: descriptor.name, descriptor, optionExamples: optionExamples(doc, descriptor, bundled), operations: drafts.map((d) => d.model) };
  if (task) service.task = task;
  const download = task?.spec.download;
  const fileType = download ? drafts.find((d) => d.model.descriptor.id === download.operationId)?.model.fileType : undefined;
  if (fileType) service.taskFileType = fileType;
  return service;
}

/** Models of the given services, from their descriptors and the bundles `<service>.json` in `bundleDir`. */
export function loadServiceModels(descriptors: readonly ServiceDescriptor[], bundleDir: string | URL): ServiceModel[] {
  return descriptors.map((descriptor) => buildService(descriptor, readBundle(bundleDir, descriptor.name)));
}
