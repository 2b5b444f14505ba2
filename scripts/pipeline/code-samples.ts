import { splitPointer } from '../../src/core/json-pointer.js';
import { callableParams } from './emit/context.js';
import type { OperationModel, ParamModel, ServiceModel } from './emit/service-model.js';

/** One entry of an operation's `x-codeSamples`, as Redoc renders it (a type alias, so it is plain JSON). */
export type CodeSample = { lang: string; label: string; source: string };

/** The parameters a caller passes (not filled by the client) that the sample shows: documented examples, and every required one. */
function sampleParams(operation: OperationModel): { param: ParamModel; value: unknown }[] {
  return callableParams(operation)
    .filter((param) => param.example !== undefined || param.required)
    .map((param) => ({ param, value: param.example ?? `<${param.name}>` }));
}

/** Source text to put in a sample as is (an expression), not as a literal. */
class Expression {
  constructor(readonly source: string) {}
}

/** A value of the schema's shape for a sample: its example, default or first enum value, else a typed placeholder. */
function placeholder(schema: Record<string, unknown>, name: string): unknown {
  if (schema.format === 'binary') return new Expression(`await openAsBlob('${name}.csv')`);
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer' || type === 'number') return typeof schema.minimum === 'number' ? schema.minimum : 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [placeholder(typeof schema.items === 'object' && schema.items !== null ? (schema.items as Record<string, unknown>) : {}, name)];
  if (type === 'object') {
    const properties = (typeof schema.properties === 'object' && schema.properties !== null ? schema.properties : {}) as Record<string, Record<string, unknown>>;
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    return Object.fromEntries(required.filter((key) => properties[key]).map((key) => [key, placeholder(properties[key]!, key)]));
  }
  return `<${name}>`;
}

/** The body fields the sample shows: every required one, and file parts. */
function sampleFields(operation: OperationModel): { name: string; value: unknown }[] {
  return (operation.body?.fields ?? []).filter((field) => field.required || field.file).map((field) => ({ name: field.name, value: placeholder(field.schema, field.name) }));
}

/** A JSON Pointer (`/task_id`) as a property access (`.task_id`). */
function accessOf(pointer: string): string {
  return splitPointer(pointer)
    .map((key) => (identifier.test(key) ? `.${key}` : `[${literal(key)}]`))
    .join('');
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** A value as TypeScript source: strings single-quoted, arrays and objects inline. */
function literal(value: unknown): string {
  if (value instanceof Expression) return value.source;
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
    ...sampleParams(operation).map(({ param, value }) => ({ name: param.name, value })),
    ...sampleFields(operation),
  ];
  const args = entries.length === 0 ? '' : `{ ${entries.map(({ name, value }) => `${identifier.test(name) ? name : literal(name)}: ${literal(value)}`).join(', ')} }`;
  const client = service.variableName;
  const call = `await ${client}.${operation.method}(${args})`;
  const uploads = (operation.body?.fields ?? []).some((field) => field.file);
  const fsImports = [...(uploads ? ['openAsBlob'] : [])];
  const lines: string[] = [];
  // A start operation shows the whole lifecycle: start, wait, fetch the file where the task links to one.
  const downloads = service.operations.some((op) => isTaskWithDownload(op.task));
  if (operation.taskStart && typeof operation.taskStart.taskId === 'string' && service.operations.some((op) => op.task)) {
    lines.push(`// Start the task, wait until it is done (onProgress sees every change)${downloads ? ', then fetch its file' : ''}.`);
    lines.push(`const started = ${call};`);
    // The spec documents the id field as optional: say what happens without it.
    lines.push(`const taskId = started${accessOf(operation.taskStart.taskId)};`);
    lines.push(`if (!taskId) throw new Error('${operation.id} answered without a task id');`);
    lines.push(`const task = await ${client}.waitForTask(taskId, { onProgress: (t) => console.log(t.status, t.progress) });`);
    if (downloads) {
      lines.push(`const file = await ${client}.downloadTaskFile(task);`);
      lines.push(...saveLines(`'${service.name}-export'`));
    } else lines.push('console.log(task.status, task.progress);');
  } else if (operation.answer.kind === 'file') {
    lines.push(`const file = ${call};`);
    lines.push(...saveLines(`'${operation.method}'`));
  } else lines.push(`const result = ${call};`);
  const saves = lines.some((line) => line.includes('writeFile('));
  const source = [
    ...(fsImports.length > 0 ? [`import { ${fsImports.join(', ')} } from 'node:fs';`] : []),
    ...(saves ? ["import { writeFile } from 'node:fs/promises';"] : []),
    `import { ${factory} } from 'taskport/${service.name}';`,
    '',
    '// credentials: { ak, sk } for AK/SK signing, or { token } for an IAM token',
    `const ${client} = ${factory}({ region: ${literal(region)}, projectId${options.map((name) => `, ${name}`).join('')}, credentials: { ak, sk } });`,
    ...lines,
  ].join('\n');
  return { lang: 'TypeScript', label: 'TypeScript', source };
}

/** True for an `x-task` that names the operation fetching a finished task's file (`x-task.download`). */
function isTaskWithDownload(task: unknown): boolean {
  return typeof task === 'object' && task !== null && typeof (task as { download?: unknown }).download === 'object';
}

/** Saving a DownloadedFile `file` under its own name (else `fallback`), with the streaming way in a comment. */
function saveLines(fallback: string): string[] {
  return [
    '// Large files: stream file.body instead, e.g. pipeline(Readable.fromWeb(file.body), createWriteStream(path)).',
    `await writeFile(file.name ?? ${fallback}, new Uint8Array(await file.arrayBuffer()));`,
  ];
}

/** The HTTP request line of an operation with the sample's query values, for operations whose page shows none. */
export function httpSample(operation: OperationModel): CodeSample {
  const query = sampleParams(operation)
    .filter(({ param }) => param.in === 'query')
    .flatMap(({ param, value }) => (Array.isArray(value) ? value : [value]).map((v) => `${encodeURIComponent(param.name)}=${encodeURIComponent(String(v))}`));
  const source = `${operation.httpMethod.toUpperCase()} https://{endpoint}${operation.path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  return { lang: 'HTTP', label: 'HTTP', source };
}
