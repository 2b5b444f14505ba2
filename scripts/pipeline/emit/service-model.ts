import { deref, isObject, type JsonObject } from '../../lint/json-pointer.js';
import { operationsOf } from '../../lint/schema-walk.js';

/** What the emitters need to know about one parameter. */
export interface ParamModel {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description: string;
  schema: JsonObject;
  filledFrom?: string;
  /** The documented example value (`example` on the parameter or its schema), for docs. */
  example?: unknown;
  /** `x-client-option`: the service option that fills this parameter. */
  option?: { name: string; env: string; description: string };
}

/** A top-level request body field: it joins the flat parameter object under `name`. */
export interface BodyFieldModel {
  name: string;
  /** The documented property name when `x-param-name` renamed it. */
  field?: string;
  required: boolean;
  description: string;
  schema: JsonObject;
  /** A multipart file part (`format: binary`). */
  file: boolean;
  /** The documented example value, for docs. */
  example?: unknown;
}

export interface BodyModel {
  type: 'json' | 'multipart';
  /** The documented media type, to index the generated types. */
  mediaType: string;
  required: boolean;
  fields: BodyFieldModel[];
}

/** The success answer: its status, and the JSON media or a file (or no content). */
export interface AnswerModel {
  status: string;
  kind: 'json' | 'file' | 'none';
  /** The JSON media type as documented (to index the generated types). */
  mediaType?: string;
}

export interface OperationModel {
  /** Official name, e.g. `ListExportTasks`. */
  id: string;
  /** Client method name, e.g. `listExportTasks`. */
  method: string;
  httpMethod: string;
  path: string;
  summary: string;
  description: string;
  docsUrl?: string;
  params: ParamModel[];
  body?: BodyModel;
  answer: AnswerModel;
  /** `x-idempotent` (true when the spec does not say; the lint requires it). */
  idempotent: boolean;
  taskStart?: JsonObject;
  together?: unknown;
  pagination?: JsonObject;
  task?: JsonObject;
  taskList?: JsonObject;
  sort?: JsonObject;
  errorCodes?: JsonObject;
}

export interface ServiceModel {
  /** Slug, e.g. `dataarts-insight`. */
  name: string;
  /** Human name, e.g. `DataArts Insight`. */
  title: string;
  /** PascalCase for identifiers, e.g. `DataArtsInsight`. */
  clientName: string;
  /** camelCase for values, e.g. `dataArtsInsight`. */
  variableName: string;
  source: string;
  servers: { url: string; regions: string[] }[];
  operations: OperationModel[];
}

const SCHEMA_KEYS = ['type', 'format', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'required'] as const;

/** The validation subset of a parameter or body schema (what the runtime checks before sending). */
function paramSchema(doc: unknown, schema: unknown): JsonObject {
  const resolved = deref(doc, schema, '').node;
  if (!isObject(resolved)) return {};
  const out: JsonObject = {};
  for (const key of SCHEMA_KEYS) if (resolved[key] !== undefined) out[key] = resolved[key];
  if (resolved.format === 'binary') out.format = 'binary';
  if (resolved.items !== undefined) out.items = paramSchema(doc, resolved.items);
  if (isObject(resolved.properties)) out.properties = Object.fromEntries(Object.entries(resolved.properties).map(([name, sub]) => [name, paramSchema(doc, sub)]));
  return out;
}

const MULTIPART = 'multipart/form-data';

/** The request body's fields: a JSON object or a multipart form, each property a flat parameter. */
function bodyModel(doc: unknown, operation: JsonObject, pointer: string): BodyModel | undefined {
  if (operation.requestBody === undefined) return undefined;
  const body = deref(doc, operation.requestBody, `${pointer}/requestBody`).node;
  const content = isObject(body) && isObject(body.content) ? body.content : {};
  const mediaType = content['application/json'] !== undefined ? 'application/json' : content[MULTIPART] !== undefined ? MULTIPART : undefined;
  if (!mediaType || !isObject(content[mediaType])) throw new Error(`${pointer}: the request body is neither application/json nor ${MULTIPART}`);
  const schema = deref(doc, content[mediaType].schema, '').node;
  const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  const required = isObject(schema) && Array.isArray(schema.required) ? schema.required : [];
  const fields = Object.entries(properties).map(([field, raw]): BodyFieldModel => {
    const property = deref(doc, raw, '').node as JsonObject;
    const rename = property['x-param-name'];
    const model: BodyFieldModel = {
      name: typeof rename === 'string' ? rename : field,
      required: required.includes(field),
      description: String(property.description ?? ''),
      schema: paramSchema(doc, property),
      file: property.format === 'binary',
    };
    if (typeof rename === 'string') model.field = field;
    if (property.example !== undefined) model.example = property.example;
    return model;
  });
  return { type: mediaType === MULTIPART ? 'multipart' : 'json', mediaType, required: isObject(body) && body.required === true, fields };
}

/** The first documented 2xx answer: JSON, a file (any other media type) or no content. */
function answerModel(doc: unknown, operation: JsonObject, pointer: string): AnswerModel {
  const responses = isObject(operation.responses) ? operation.responses : {};
  const status = Object.keys(responses).filter((code) => /^2\d\d$/.test(code)).sort()[0] ?? '200';
  const response = responses[status] === undefined ? undefined : deref(doc, responses[status], `${pointer}/responses/${status}`).node;
  const types = isObject(response) && isObject(response.content) ? Object.keys(response.content) : [];
  const json = types.find((t) => /json/i.test(t));
  if (json) return { status, kind: 'json', mediaType: json };
  return { status, kind: types.length === 0 ? 'none' : 'file' };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Reads a bundled spec into the model the client emitters work from. */
export function serviceModel(doc: JsonObject, name: string, source: string): ServiceModel {
  const info = isObject(doc.info) ? doc.info : {};
  const title = String(info['x-service-title'] ?? name);
  const clientName = String(info['x-client-name'] ?? name);
  const servers = (Array.isArray(doc.servers) ? doc.servers : []).filter(isObject).map((server) => {
    const variables = isObject(server.variables) && isObject(server.variables.region) ? server.variables.region : {};
    return { url: String(server.url), regions: Array.isArray(variables.enum) ? variables.enum.map(String) : [] };
  });
  const operations: OperationModel[] = [];
  for (const { path, method, operation, pointer } of operationsOf(doc)) {
    const params = (Array.isArray(operation.parameters) ? operation.parameters : []).map((ref, i) => {
      const param = deref(doc, ref, `${pointer}/parameters/${i}`).node as JsonObject;
      const model: ParamModel = {
        name: String(param.name),
        in: param.in as ParamModel['in'],
        required: param.required === true,
        description: String(param.description ?? ''),
        schema: paramSchema(doc, param.schema),
      };
      if (typeof param['x-filled-from'] === 'string') model.filledFrom = param['x-filled-from'];
      const schema = deref(doc, param.schema, '').node;
      const example = param.example ?? (isObject(schema) ? schema.example : undefined);
      if (example !== undefined) model.example = example;
      const option = param['x-client-option'];
      if (isObject(option)) model.option = { name: String(option.name), env: String(option.env), description: String(option.description) };
      return model;
    });
    const id = String(operation.operationId);
    const model: OperationModel = {
      id,
      method: lowerFirst(id),
      httpMethod: method,
      path,
      summary: String(operation.summary ?? ''),
      description: String(operation.description ?? ''),
      params,
      answer: answerModel(doc, operation, pointer),
      idempotent: operation['x-idempotent'] !== false,
    };
    const body = bodyModel(doc, operation, pointer);
    if (body) model.body = body;
    if (isObject(operation['x-task-start'])) model.taskStart = operation['x-task-start'];
    if (isObject(operation.externalDocs) && typeof operation.externalDocs.url === 'string') model.docsUrl = operation.externalDocs.url;
    if (operation['x-parameters-together'] !== undefined) model.together = operation['x-parameters-together'];
    if (isObject(operation['x-pagination'])) model.pagination = operation['x-pagination'];
    if (isObject(operation['x-task'])) model.task = operation['x-task'];
    if (isObject(operation['x-task-list'])) model.taskList = operation['x-task-list'];
    if (isObject(operation['x-sort'])) model.sort = operation['x-sort'];
    if (isObject(operation['x-error-codes'])) model.errorCodes = operation['x-error-codes'];
    operations.push(model);
  }
  return { name, title, clientName, variableName: lowerFirst(clientName), source, servers, operations };
}
