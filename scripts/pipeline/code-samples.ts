import { callableParams } from './emit/context.js';
import type { BodyFieldModel, OperationModel, ParamModel, ServiceModel } from './emit/service-model.js';

/** One entry of an operation's `x-codeSamples`, as Redoc renders it (a type alias, so it is plain JSON). */
export type CodeSample = { lang: string; label: string; source: string };

/** The parameters a caller passes (not filled by the client) that the sample shows: documented examples, and every required one. */
function sampleParams(operation: OperationModel): { param: ParamModel; value: unknown }[] {
  return callableParams(operation)
    .filter((param) => param.example !== undefined || param.required)
    .map((param) => ({ param, value: param.example ?? `<${param.name}>` }));
}

/** A stand-in for a required body field without an example: its first enum value, its minimum, or an empty value of its type. */
function placeholder(field: BodyFieldModel): unknown {
  const schema = field.schema as { type?: unknown; enum?: unknown[]; minimum?: number };
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
  if (schema.type === 'boolean') return true;
  if (schema.type === 'array') return [];
  if (schema.type === 'object') return {};
  return `<${field.name}>`;
}

/** The body fields the sample shows: documented examples and every required one; a file part is the reader's `file` (a Blob). */
function sampleFields(operation: OperationModel): { name: string; source: string }[] {
  return (operation.body?.fields ?? [])
    .filter((field) => field.example !== undefined || field.required)
    .map((field) => ({ name: field.name, source: field.file ? 'file' : literal(field.example ?? placeholder(field)) }));
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** A value as TypeScript source: strings single-quoted, arrays and objects inline. */
function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value).map(([k, v]) => `${identifier.test(k) ? k : literal(k)}: ${literal(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/**
 * The Taskport call of an operation: the service's factory (`create<x-client-name>Client`), its
 * method (the operationId in lower camel case, as the client emitter names it) and the documented
 * example values of the parameters, in `region` (the spec's default).
 */
export function typeScriptSample(service: ServiceModel, operation: OperationModel, region: string): CodeSample {
  // The service's own options (x-client-option, e.g. workspaceId), shown as shorthand like projectId.
  const options = [...new Set(service.operations.flatMap((op) => op.params.flatMap((p) => (p.option ? [p.option.name] : []))))];
  const factory = `create${service.clientName}Client`;
  const entries = [
    ...sampleParams(operation).map(({ param, value }) => ({ name: param.name, source: literal(value) })),
    ...sampleFields(operation),
  ].map(({ name, source }) => (name === source ? name : `${identifier.test(name) ? name : literal(name)}: ${source}`));
  const args = entries.length === 0 ? '' : `{ ${entries.join(', ')} }`;
  const source = [
    `import { ${factory} } from 'taskport/${service.name}';`,
    '',
    '// credentials: { ak, sk } for AK/SK signing, or { token } for an IAM token',
    ...(operation.body?.fields.some((f) => f.file) ? ["// file: a Blob or File, e.g. await openAsBlob('import.zip') from node:fs"] : []),
    `const ${service.variableName} = ${factory}({ region: ${literal(region)}, projectId${options.map((name) => `, ${name}`).join('')}, credentials: { ak, sk } });`,
    `const result = await ${service.variableName}.${operation.method}(${args});`,
  ].join('\n');
  return { lang: 'TypeScript', label: 'TypeScript', source };
}

/** The HTTP request line of an operation with the sample's query values, for operations whose page shows none. */
export function httpSample(operation: OperationModel): CodeSample {
  const query = sampleParams(operation)
    .filter(({ param }) => param.in === 'query')
    .flatMap(({ param, value }) => (Array.isArray(value) ? value : [value]).map((v) => `${encodeURIComponent(param.name)}=${encodeURIComponent(String(v))}`));
  const source = `${operation.httpMethod.toUpperCase()} https://{endpoint}${operation.path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  return { lang: 'HTTP', label: 'HTTP', source };
}
