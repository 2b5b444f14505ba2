import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { deref, isObject, type JsonObject } from './json-pointer.js';
import { itemsOf, propertyAt, successSchema, typesOf, type SchemaAt } from './schema-walk.js';
import { xPaginationShape, xParametersTogetherShape, xTaskShape } from './extension-shapes.js';

/** A problem found in an extension: where (relative path under the operation) and what. */
export interface ExtensionProblem {
  path: (string | number)[];
  message: string;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateTaskShape = ajv.compile(xTaskShape);
const validatePaginationShape = ajv.compile(xPaginationShape);
const validateTogetherShape = ajv.compile(xParametersTogetherShape);

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
    const time = spec[key] as { field: string } | undefined;
    if (time) field([key, 'field'], time.field);
  }
  for (const key of ['progress', 'file', 'error'] as const) {
    const group = spec[key] as Record<string, string> | undefined;
    for (const [name, value] of Object.entries(group ?? {})) {
      const found = field([key, name], value);
      if (found && key === 'progress' && !typesOf(found.schema).includes('integer')) fail([key, name], 'is not an integer field');
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
