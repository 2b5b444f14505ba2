/**
 * What the lint checks in each `x-` extension: its shape against its one JSON Schema
 * (src/core/extension-schemas.ts), then that what it names exists in the document.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { valueProblem } from '../../src/client/validate-params.js';
import type { ParamSchema } from '../../src/core/descriptors.js';
import { ENV } from '../../src/core/environment.js';
import {
  xClientOptionSchema,
  xErrorCodesSchema,
  xIdempotentSchema,
  xPaginationSchema,
  xParamNameSchema,
  xParametersTogetherSchema,
  xSortSchema,
  xTaskListSchema,
  xTaskSchema,
  xTaskStartSchema,
} from '../../src/core/extension-schemas.js';
import { timeFormatProblem } from '../../src/core/time-format.js';
import { deref, isObject, type JsonObject } from './json-pointer.js';
import { itemsOf, operationsOf, propertyAt, successSchema, typesOf, type SchemaAt } from './schema-walk.js';

/** A problem found in an extension: where (relative path under the operation) and what. */
export interface ExtensionProblem {
  path: (string | number)[];
  message: string;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateTaskShape = ajv.compile(xTaskSchema);
const validatePaginationShape = ajv.compile(xPaginationSchema);
const validateTogetherShape = ajv.compile(xParametersTogetherSchema);
const validateTaskListShape = ajv.compile(xTaskListSchema);
const validateSortShape = ajv.compile(xSortSchema);
const validateErrorCodesShape = ajv.compile(xErrorCodesSchema);
const validateClientOptionShape = ajv.compile(xClientOptionSchema);
const validateIdempotentShape = ajv.compile(xIdempotentSchema);
const validateTaskStartShape = ajv.compile(xTaskStartSchema);
const validateParamNameShape = ajv.compile(xParamNameSchema);

function shapeProblems(extension: string, errors: ErrorObject[] | null | undefined, value?: unknown): ExtensionProblem[] {
  // A failed `oneOf` also reports every branch; keep only the branch the value was written for.
  const status = (value as { status?: unknown } | undefined)?.status;
  const branch = typeof status === 'object' && status !== null && 'counters' in status ? '/oneOf/0' : '/oneOf/1';
  return (errors ?? [])
    .filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if')
    .filter((e) => !e.schemaPath.includes('/oneOf/') || e.schemaPath.includes(branch))
    .map((e) => {
      const where = e.instancePath.split('/').filter(Boolean);
      const detail = e.keyword === 'additionalProperties' ? `unknown field "${String(e.params.additionalProperty)}"` : e.message;
      return { path: [extension, ...where], message: `${extension}${e.instancePath}: ${detail}` };
    });
}

/** Parameters of an operation by name (path-level parameters are not used by our specs). */
function parametersOf(doc: unknown, operation: JsonObject, pointer: string): Map<string, JsonObject> {
  const byName = new Map<string, JsonObject>();
  const list = Array.isArray(operation.parameters) ? operation.parameters : [];
  list.forEach((param, i) => {
    const found = deref(doc, param, `${pointer}/parameters/${i}`).node;
    if (isObject(found) && typeof found.name === 'string') byName.set(found.name, found);
  });
  return byName;
}

/** Checks `x-task` on one operation of a bundled document: its shape and that every field it names exists. */
export function checkTaskExtension(doc: unknown, operation: JsonObject, pointer: string): ExtensionProblem[] {
  const task = operation['x-task'];
  if (!validateTaskShape(task)) return shapeProblems('x-task', validateTaskShape.errors, task);
  const spec = task as unknown as {
    id: string;
    idField: string;
    list?: { items: string };
    status: { counters: true } | { field: string; values: Record<string, (string | number)[]> };
    progress?: Record<string, string>;
    [key: string]: unknown;
  };
  const problems: ExtensionProblem[] = [];
  const fail = (path: (string | number)[], message: string) =>
    problems.push({ path: ['x-task', ...path], message: `${['x-task', ...path].join('/')}: ${message}` });

  if (!parametersOf(doc, operation, pointer).has(spec.id)) fail(['id'], `the operation has no parameter "${spec.id}"`);
  const body = successSchema(doc, operation, pointer);
  if (!body) {
    fail([], 'the operation has no 200 application/json schema');
    return problems;
  }
  let taskSchema: SchemaAt = body;
  if (spec.list) {
    const array = propertyAt(doc, body, spec.list.items);
    const items = typeof array === 'string' ? array : itemsOf(doc, array);
    if (typeof items === 'string') {
      fail(['list', 'items'], items);
      return problems;
    }
    taskSchema = items;
  }
  const field = (path: (string | number)[], pointerValue: string): SchemaAt | undefined => {
    const found = propertyAt(doc, taskSchema, pointerValue);
    if (typeof found === 'string') {
      fail(path, found);
      return undefined;
    }
    return found;
  };
  field(['idField'], spec.idField);
  for (const key of ['name'] as const) if (typeof spec[key] === 'string') field([key], spec[key]);
  for (const key of ['createdAt', 'endedAt'] as const) {
    const time = spec[key] as { field: string; format: string; alsoAccepted?: string[] } | undefined;
    if (!time) continue;
    field([key, 'field'], time.field);
    const problem = timeFormatProblem(time.format);
    if (problem) fail([key, 'format'], problem);
    (time.alsoAccepted ?? []).forEach((format, i) => {
      const also = timeFormatProblem(format);
      if (also) fail([key, 'alsoAccepted', i], also);
    });
  }
  for (const key of ['progress', 'file', 'error'] as const) {
    const group = spec[key] as Record<string, string> | undefined;
    for (const [name, value] of Object.entries(group ?? {})) {
      const found = field([key, name], value);
      if (found && key === 'progress' && !typesOf(found.schema).includes('integer')) fail([key, name], 'is not an integer field');
    }
  }
  const download = spec.download as { operationId: string; parameters: Record<string, string> } | undefined;
  if (download) {
    const target = [...operationsOf(doc)].find((o) => o.operation.operationId === download.operationId);
    if (!target) fail(['download', 'operationId'], `the document has no operation "${download.operationId}"`);
    const targetParams = target ? parametersOf(doc, target.operation, target.pointer) : new Map<string, JsonObject>();
    for (const [name, value] of Object.entries(download.parameters)) {
      if (target && !targetParams.has(name)) fail(['download', 'parameters', name], `operation "${download.operationId}" has no parameter "${name}"`);
      field(['download', 'parameters', name], value);
    }
    if (target) {
      for (const [name, param] of targetParams) {
        const filled = param['x-filled-from'] !== undefined || param['x-client-option'] !== undefined;
        if (param.required === true && !filled && !(name in download.parameters)) fail(['download', 'parameters'], `the required parameter "${name}" of "${download.operationId}" is not given`);
      }
    }
  }
  if ('counters' in spec.status) {
    if (!spec.progress) fail(['status', 'counters'], 'deriving status from counters needs x-task/progress');
  } else {
    const status = field(['status', 'field'], spec.status.field);
    const mapped = Object.values(spec.status.values).flat();
    const duplicates = mapped.filter((v, i) => mapped.indexOf(v) !== i);
    if (duplicates.length > 0) fail(['status', 'values'], `values mapped twice: ${duplicates.join(', ')}`);
    const documented = status && Array.isArray(status.schema.enum) ? status.schema.enum : undefined;
    if (documented) {
      for (const value of mapped) if (!documented.includes(value)) fail(['status', 'values'], `${JSON.stringify(value)} is not a documented status value`);
      for (const value of documented) if (!mapped.includes(value as string | number)) fail(['status', 'values'], `documented status ${JSON.stringify(value)} is not mapped to a state`);
    }
  }
  return problems;
}

/** Checks `x-pagination`: its shape, that the paging parameters are integer query parameters, and the fields exist. */
export function checkPaginationExtension(doc: unknown, operation: JsonObject, pointer: string): ExtensionProblem[] {
  const paging = operation['x-pagination'];
  if (!validatePaginationShape(paging)) return shapeProblems('x-pagination', validatePaginationShape.errors);
  const spec = paging as unknown as { offsetParam: string; limitParam: string; items: string; total: string };
  const problems: ExtensionProblem[] = [];
  const fail = (key: string, message: string) => problems.push({ path: ['x-pagination', key], message: `x-pagination/${key}: ${message}` });
  const params = parametersOf(doc, operation, pointer);
  for (const key of ['offsetParam', 'limitParam'] as const) {
    const param = params.get(spec[key]);
    const schema = param && isObject(param.schema) ? (deref(doc, param.schema, '').node as JsonObject) : undefined;
    if (!param) fail(key, `the operation has no parameter "${spec[key]}"`);
    else if (param.in !== 'query' || !schema || !typesOf(schema).includes('integer')) fail(key, `"${spec[key]}" is not an integer query parameter`);
  }
  const body = successSchema(doc, operation, pointer);
  if (!body) return [...problems, { path: ['x-pagination'], message: 'x-pagination: the operation has no 200 application/json schema' }];
  const items = propertyAt(doc, body, spec.items);
  const itemSchema = typeof items === 'string' ? items : itemsOf(doc, items);
  if (typeof itemSchema === 'string') fail('items', itemSchema);
  const total = propertyAt(doc, body, spec.total);
  if (typeof total === 'string') fail('total', total);
  else if (!typesOf(total.schema).includes('integer')) fail('total', 'is not an integer field');
  return problems;
}

/** Checks `x-parameters-together`: every group names parameters of the operation. */
export function checkTogetherExtension(doc: unknown, operation: JsonObject, pointer: string): ExtensionProblem[] {
  const groups = operation['x-parameters-together'];
  if (!validateTogetherShape(groups)) return shapeProblems('x-parameters-together', validateTogetherShape.errors);
  const params = parametersOf(doc, operation, pointer);
  return (groups as string[][]).flatMap((group, i) =>
    group
      .filter((name) => !params.has(name))
      .map((name) => ({ path: ['x-parameters-together', i], message: `x-parameters-together/${i}: the operation has no parameter "${name}"` })),
  );
}

/** The task object schema of the document's `x-task` operation (the body, or an item of its list). */
function taskObjectSchema(doc: unknown): SchemaAt | undefined {
  for (const { operation, pointer } of operationsOf(doc)) {
    const task = operation['x-task'];
    if (!isObject(task)) continue;
    const body = successSchema(doc, operation, pointer);
    if (!body) return undefined;
    const list = isObject(task.list) && typeof task.list.items === 'string' ? task.list.items : undefined;
    if (list === undefined) return body;
    const array = propertyAt(doc, body, list);
    const items = typeof array === 'string' ? array : itemsOf(doc, array);
    return typeof items === 'string' ? undefined : items;
  }
  return undefined;
}

/** Checks `x-task-list`: its items are the task objects of the document's `x-task` operation; its counters are integer fields. */
export function checkTaskListExtension(doc: unknown, operation: JsonObject, pointer: string): ExtensionProblem[] {
  const list = operation['x-task-list'];
  if (!validateTaskListShape(list)) return shapeProblems('x-task-list', validateTaskListShape.errors);
  const spec = list as unknown as { items: string; total?: string; offset?: string; limit?: string };
  const problems: ExtensionProblem[] = [];
  const fail = (key: string, message: string) => problems.push({ path: ['x-task-list', key], message: `x-task-list/${key}: ${message}` });
  if ('x-task' in operation) fail('items', 'the x-task operation lists its tasks with x-task/list instead');
  const body = successSchema(doc, operation, pointer);
  if (!body) return [...problems, { path: ['x-task-list'], message: 'x-task-list: the operation has no 200 application/json schema' }];
  const array = propertyAt(doc, body, spec.items);
  const items = typeof array === 'string' ? array : itemsOf(doc, array);
  const task = taskObjectSchema(doc);
  if (typeof items === 'string') fail('items', items);
  else if (!task) fail('items', 'the document has no x-task operation whose task objects could be listed');
  else if (items.pointer !== task.pointer) fail('items', `the items (${items.pointer}) are not the task objects of the x-task operation (${task.pointer})`);
  for (const key of ['total', 'offset', 'limit'] as const) {
    const at = spec[key];
    if (at === undefined) continue;
    const found = propertyAt(doc, body, at);
    if (typeof found === 'string') fail(key, found);
    else if (!typesOf(found.schema).includes('integer')) fail(key, 'is not an integer field');
  }
  return problems;
}

/** The schema of a parameter of the operation, dereferenced. */
function parameterSchema(doc: unknown, param: JsonObject): JsonObject | undefined {
  const found = isObject(param.schema) ? deref(doc, param.schema, '').node : undefined;
  return isObject(found) ? found : undefined;
}

/** The item schema of the tasks an operation lists (x-task/list, x-task-list or x-pagination items). */
function listedItems(doc: unknown, operation: JsonObject, pointer: string): SchemaAt | string {
  const task = isObject(operation['x-task']) && isObject(operation['x-task'].list) ? operation['x-task'].list.items : undefined;
  const taskList = isObject(operation['x-task-list']) ? operation['x-task-list'].items : undefined;
  const paging = isObject(operation['x-pagination']) ? operation['x-pagination'].items : undefined;
  const items = [task, taskList, paging].find((p): p is string => typeof p === 'string');
  if (items === undefined) return 'the operation lists nothing (no x-task/list, x-task-list or x-pagination)';
  const body = successSchema(doc, operation, pointer);
  if (!body) return 'the operation has no 200 application/json schema';
  const array = propertyAt(doc, body, items);
  return typeof array === 'string' ? array : itemsOf(doc, array);
}

/** Checks `x-sort`: the field parameter's values are item fields, the order parameter's values are exactly ascending and descending. */
export function checkSortExtension(doc: unknown, operation: JsonObject, pointer: string): ExtensionProblem[] {
  const sort = operation['x-sort'];
  if (!validateSortShape(sort)) return shapeProblems('x-sort', validateSortShape.errors);
  const spec = sort as unknown as { fieldParam: string; orderParam: string; ascending: string; descending: string };
  const problems: ExtensionProblem[] = [];
  const fail = (key: string, message: string) => problems.push({ path: ['x-sort', key], message: `x-sort/${key}: ${message}` });
  const params = parametersOf(doc, operation, pointer);
  const enumOf = (key: 'fieldParam' | 'orderParam'): unknown[] | undefined => {
    const param = params.get(spec[key]);
    if (!param) return void fail(key, `the operation has no parameter "${spec[key]}"`);
    if (param.in !== 'query') return void fail(key, `"${spec[key]}" is not a query parameter`);
    const values = parameterSchema(doc, param)?.enum;
    if (!Array.isArray(values)) return void fail(key, `"${spec[key]}" has no enum of values`);
    return values;
  };
  const fields = enumOf('fieldParam');
  const items = listedItems(doc, operation, pointer);
  if (typeof items === 'string') fail('fieldParam', items);
  else if (fields) {
    const properties = isObject(items.schema.properties) ? Object.keys(items.schema.properties) : [];
    for (const value of fields) if (!properties.includes(String(value))) fail('fieldParam', `${JSON.stringify(value)} is not a field of the listed items (${properties.join(', ')})`);
  }
  const orders = enumOf('orderParam');
  if (orders) {
    const wanted = [spec.ascending, spec.descending];
    for (const value of wanted) if (!orders.includes(value)) fail('orderParam', `${JSON.stringify(value)} is not a value of "${spec.orderParam}"`);
    for (const value of orders) if (!wanted.includes(value as string)) fail('orderParam', `"${spec.orderParam}" value ${JSON.stringify(value)} is neither ascending nor descending`);
  }
  return problems;
}

const ERROR_STATUSES = ['400', '4XX', 'default'];

/** The documented `error_code` enums of an operation's 4xx answers, with the status they belong to. */
function errorCodeEnums(doc: unknown, operation: JsonObject, pointer: string): { status: string; values: unknown[] }[] {
  const responses = isObject(operation.responses) ? operation.responses : {};
  const found: { status: string; values: unknown[] }[] = [];
  for (const status of ERROR_STATUSES) {
    if (responses[status] === undefined) continue;
    const response = deref(doc, responses[status], `${pointer}/responses/${status}`).node;
    const media = isObject(response) && isObject(response.content) ? response.content['application/json'] : undefined;
    const schema = isObject(media) ? deref(doc, media.schema, '').node : undefined;
    const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
    const code = properties.error_code === undefined ? undefined : deref(doc, properties.error_code, '').node;
    if (isObject(code) && Array.isArray(code.enum)) found.push({ status, values: code.enum });
  }
  return found;
}

/** Checks `x-error-codes`: required where the 4xx `error_code` is an enum, and its codes are values of that enum. */
export function checkErrorCodesExtension(doc: unknown, operation: JsonObject, pointer: string): ExtensionProblem[] {
  const codes = operation['x-error-codes'];
  const enums = errorCodeEnums(doc, operation, pointer);
  if (codes === undefined) {
    return enums.length === 0 ? [] : [{ path: ['responses', enums[0]!.status], message: `x-error-codes: the ${enums[0]!.status} error_code is an enum; say which value means invalid input (x-error-codes/invalidInput)` }];
  }
  if (!validateErrorCodesShape(codes)) return shapeProblems('x-error-codes', validateErrorCodesShape.errors);
  const spec = codes as unknown as { invalidInput: string };
  return enums
    .filter(({ values }) => !values.includes(spec.invalidInput))
    .map(({ status }) => ({ path: ['x-error-codes', 'invalidInput'], message: `x-error-codes/invalidInput: ${JSON.stringify(spec.invalidInput)} is not a documented ${status} error_code` }));
}

/** Checks every `x-client-option` of a document: shape, a valid example, no clash with x-filled-from or the common variables, one meaning per name. */
export function checkClientOptions(doc: unknown): ExtensionProblem[] {
  const problems: ExtensionProblem[] = [];
  const seen = new Map<string, { env: string; param: string; in: unknown; at: string }>();
  const builtIn: readonly string[] = Object.values(ENV);
  for (const { operation, pointer } of operationsOf(doc)) {
    (Array.isArray(operation.parameters) ? operation.parameters : []).forEach((raw, i) => {
      const { node, pointer: at } = deref(doc, raw, `${pointer}/parameters/${i}`);
      if (!isObject(node) || node['x-client-option'] === undefined) return;
      const path = [...at.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')), 'x-client-option'];
      const fail = (message: string) => problems.push({ path, message: `x-client-option: ${message}` });
      const option = node['x-client-option'];
      if (!validateClientOptionShape(option)) {
        for (const p of shapeProblems('x-client-option', validateClientOptionShape.errors)) problems.push({ path: [...path, ...p.path.slice(1)], message: p.message });
        return;
      }
      const spec = option as unknown as { name: string; env: string };
      if (node['x-filled-from'] !== undefined) fail('a parameter is filled from x-filled-from or from x-client-option, not both');
      if (builtIn.includes(spec.env)) fail(`${spec.env} is a common variable of every client, not a service option's`);
      const schema = (parameterSchema(doc, node) ?? {}) as ParamSchema;
      if (node.example === undefined) fail(`the parameter needs an example (the value the mock serves for ${spec.name})`);
      else {
        const problem = valueProblem({ in: node.in as 'header', schema }, node.example);
        if (problem) fail(`the example ${problem[1]}`);
      }
      const before = seen.get(spec.name);
      if (!before) seen.set(spec.name, { env: spec.env, param: String(node.name), in: node.in, at });
      else if (before.env !== spec.env || before.param !== node.name || before.in !== node.in) {
        fail(`option ${spec.name} is declared differently at ${before.at} (one option fills one parameter, with one variable)`);
      }
    });
  }
  return problems;
}


/** The first 2xx `application/json` response schema of an operation (200, 201, 202, …), with its status. */
function jsonSuccessSchema(doc: unknown, operation: JsonObject, pointer: string): (SchemaAt & { status: string }) | undefined {
  const responses = isObject(operation.responses) ? operation.responses : {};
  for (const status of Object.keys(responses).filter((s) => /^2\d\d$/.test(s)).sort()) {
    const response = deref(doc, responses[status], `${pointer}/responses/${status}`);
    const media = isObject(response.node) && isObject(response.node.content) ? response.node.content['application/json'] : undefined;
    if (!isObject(media) || media.schema === undefined) continue;
    const found = deref(doc, media.schema, `${response.pointer}/content/application~1json/schema`);
    if (isObject(found.node)) return { schema: found.node, pointer: found.pointer, status };
  }
  return undefined;
}

/** Checks `x-idempotent`: every operation says, as a boolean, whether it may be resent; one that starts a task may not. */
export function checkIdempotentExtension(operation: JsonObject): ExtensionProblem[] {
  if (!('x-idempotent' in operation)) {
    return [{ path: [], message: 'x-idempotent: missing; say whether the operation may be resent (true: reads, downloads) or creates or deletes something (false)' }];
  }
  const value = operation['x-idempotent'];
  if (!validateIdempotentShape(value)) return [{ path: ['x-idempotent'], message: `x-idempotent: must be true or false, not ${JSON.stringify(value)}` }];
  if (value === true && operation['x-task-start'] !== undefined) {
    return [{ path: ['x-idempotent'], message: 'x-idempotent: an operation with x-task-start starts a task, so it is not idempotent (false)' }];
  }
  return [];
}

/** Checks `x-task-start`: its shape, and that taskId names a string or integer field of the 2xx JSON body. */
export function checkTaskStartExtension(doc: unknown, operation: JsonObject, pointer: string): ExtensionProblem[] {
  const start = operation['x-task-start'];
  if (!validateTaskStartShape(start)) return shapeProblems('x-task-start', validateTaskStartShape.errors);
  const spec = start as unknown as { taskId: string };
  const body = jsonSuccessSchema(doc, operation, pointer);
  if (!body) return [{ path: ['x-task-start'], message: 'x-task-start: the operation has no 2xx application/json schema to read the task id from' }];
  const found = propertyAt(doc, body, spec.taskId);
  if (typeof found === 'string') return [{ path: ['x-task-start', 'taskId'], message: `x-task-start/taskId: ${found} (the ${body.status} body)` }];
  const types = typesOf(found.schema);
  if (!types.includes('string') && !types.includes('integer')) {
    return [{ path: ['x-task-start', 'taskId'], message: `x-task-start/taskId: ${spec.taskId} is not a string or integer field` }];
  }
  return [];
}

const BODY_MEDIA = ['application/json', 'multipart/form-data'];

/**
 * Checks `x-param-name`: body fields join the operation's flat parameter object, so a top-level body
 * property named like a parameter needs one, and every flat name is used once. Paths are absolute
 * (the property may live in components).
 */
export function checkParamNames(doc: unknown, operation: JsonObject, pointer: string): ExtensionProblem[] {
  const problems: ExtensionProblem[] = [];
  const params = parametersOf(doc, operation, pointer);
  const body = isObject(operation.requestBody) ? deref(doc, operation.requestBody, `${pointer}/requestBody`) : undefined;
  const content = body && isObject(body.node) && isObject(body.node.content) ? body.node.content : {};
  const segments = (absolute: string): string[] => absolute.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const mediaType of BODY_MEDIA) {
    const media = content[mediaType];
    if (!isObject(media) || media.schema === undefined) continue;
    const schema = deref(doc, media.schema, `${body!.pointer}/content/${mediaType.replace(/\//g, '~1')}/schema`);
    const properties = isObject(schema.node) && isObject(schema.node.properties) ? schema.node.properties : {};
    const flat = new Map<string, string>();
    for (const [name, raw] of Object.entries(properties)) {
      const property = deref(doc, raw, `${schema.pointer}/properties/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      const renamed = isObject(property.node) ? property.node['x-param-name'] : undefined;
      const at = [...segments(property.pointer), ...(renamed === undefined ? [] : ['x-param-name'])];
      const fail = (message: string) => problems.push({ path: at, message: `x-param-name: ${mediaType} body field "${name}": ${message}` });
      if (renamed !== undefined && !validateParamNameShape(renamed)) {
        fail(`${JSON.stringify(renamed)} is not a parameter name (letters, digits and _)`);
        continue;
      }
      if (renamed === undefined && params.has(name)) {
        fail(`collides with the ${String(params.get(name)!.in)} parameter "${name}"; give it x-param-name, its name in the flat parameter object`);
        continue;
      }
      if (renamed !== undefined && !params.has(name)) fail(`x-param-name renames a field that collides with no parameter`);
      const flatName = (renamed as string | undefined) ?? name;
      if (renamed !== undefined && params.has(flatName)) fail(`"${flatName}" is a parameter name too`);
      const before = flat.get(flatName);
      if (before !== undefined) fail(`"${flatName}" is already the flat name of body field "${before}"`);
      flat.set(flatName, name);
    }
  }
  return problems;
}
