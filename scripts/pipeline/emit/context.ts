import type { InterfaceDeclarationStructure, MethodSignatureStructure, OptionalKind, StatementStructures } from 'ts-morph';
import type { OperationModel, ServiceModel } from './service-model.js';

/** What every emitter works on: one client file being built. */
export interface EmitContext {
  /** Statements of the file, in order. Structures are printed once at the end: adding nodes one by
   *  one to a ts-morph SourceFile re-processes the whole file each time (quadratic on big specs). */
  statements: (StatementStructures | string)[];
  service: ServiceModel;
  /** Methods of the `<Service>Client` interface. */
  methods: OptionalKind<MethodSignatureStructure>[];
  /** Members of the object `create<Service>Client` returns, as source text (each calls its exported function with the client). */
  members: string[];
  /** Members of the task-only client (`create<Service>TaskClient`): the task trio, nothing that uploads or downloads. */
  taskMembers: string[];
  /** Names imported from the runtime (values and types). */
  runtime: { values: Set<string>; types: Set<string> };
}

/** One concern of a generated client (STYLE.md: one emitter per concern, one registry). */
export type Emitter = (context: EmitContext) => void;

export type { InterfaceDeclarationStructure };

/** Name of the runtime descriptor constant, e.g. `hssService`. */
export const descriptorName = (service: ServiceModel) => `${service.variableName}Service`;

/** Name of the base descriptor constant (servers and options, no operation), e.g. `hssBaseService`. */
export const baseDescriptorName = (service: ServiceModel) => `${service.variableName}BaseService`;

/** Name of the base client type the tree-shakable functions take, e.g. `HssBaseClient`. */
export const baseClientName = (service: ServiceModel) => `${service.clientName}BaseClient`;

/** Name of one operation's descriptor constant, e.g. `listQueryExportTaskDescriptor`. */
export const operationDescriptorName = (operation: OperationModel) => `${operation.method}Descriptor`;

/** Name of the type of an operation's 200 body, e.g. `ListExportTasksResponse`. */
export const responseType = (operation: OperationModel) => `${operation.id}Response`;

/** Name of an operation's flat parameter interface, e.g. `ListExportTasksParams`. */
export const paramsType = (operation: OperationModel) => `${operation.id}Params`;

/** Parameters the caller passes (the client fills the others). */
export const callableParams = (operation: OperationModel) => operation.params.filter((p) => !p.filledFrom && !p.option);

/** The service's own client options (`x-client-option`), by name: the parameter each fills and whether it is required. */
export function serviceOptions(service: ServiceModel): Map<string, { env: string; description: string; param: OperationModel['params'][number]; required: boolean }> {
  const options = new Map<string, { env: string; description: string; param: OperationModel['params'][number]; required: boolean }>();
  for (const param of service.operations.flatMap((op) => op.params)) {
    if (!param.option) continue;
    const seen = options.get(param.option.name);
    options.set(param.option.name, { env: param.option.env, description: param.option.description, param, required: (seen?.required ?? false) || param.required });
  }
  return options;
}

/** A property key as TypeScript source: bare when it is an identifier, quoted otherwise. */
export const propertyKey = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name));

/** A JSON value as TypeScript source, with bare keys where possible. */
export function literal(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return `[${value.map((v) => literal(v)).join(', ')}]`;
    const inner = `${indent}  `;
    return `[\n${value.map((v) => `${inner}${literal(v, inner)}`).join(',\n')},\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    return `{\n${entries.map(([k, v]) => `${inner}${propertyKey(k)}: ${literal(v, inner)}`).join(',\n')},\n${indent}}`;
  }
  return typeof value === 'string' ? quote(value) : JSON.stringify(value);
}

/** A string as a single-quoted TypeScript literal. */
export function quote(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** JSDoc text for an operation: summary, description and its reference page. */
export function operationDocs(operation: OperationModel, extra?: string): { description: string; tags: { tagName: string; text: string }[] }[] {
  const lines = [`${operation.summary} (\`${operation.id}\`, ${operation.httpMethod.toUpperCase()} ${operation.path}).`, '', operation.description];
  if (extra) lines.push('', extra);
  const tags = operation.docsUrl ? [{ tagName: 'see', text: operation.docsUrl }] : [];
  return [{ description: lines.join('\n'), tags }];
}
