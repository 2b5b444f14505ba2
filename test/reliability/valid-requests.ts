/**
 * Valid requests for every operation, from its spec: the body the reliability tests send (the
 * documented request example, else the least values the body schema accepts). Not a test file.
 */
import type { ParamSchema } from '../../src/core/descriptors.js';
import { findOperation, loadBundle, resolveObject } from '../helpers/bundles.js';
import { descriptorOf } from '../mock/helpers.js';
const bundles = new Map<string, ReturnType<typeof loadBundle>>();
export function bundleOf(service: string) {
  let bundle = bundles.get(service);
  if (bundle === undefined) bundles.set(service, (bundle = loadBundle(service)));
  return bundle;
}

/** The request body example the spec prints for an operation (`examples.documented`), by documented field name. */
export function documentedRequest(service: string, operationId: string): Record<string, unknown> | undefined {
  const doc = bundleOf(service);
  const op = findOperation(doc, operationId);
  if (op.operation.requestBody === undefined) return undefined;
  const body = resolveObject(doc, op.operation.requestBody, `${op.pointer}/requestBody`);
  for (const [type, media] of Object.entries((body.node.content ?? {}) as Record<string, { examples?: Record<string, unknown> }>)) {
    const example = media.examples?.documented;
    if (example === undefined) continue;
    const value = resolveObject(doc, example, `${body.pointer}/content/${type.replace(/\//g, '~1')}/examples/documented`).node.value;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  }
  return undefined;
}

/** A small CSV file: a header line and one data row (the mock refuses an upload with no data rows). */
export const UPLOAD = new TextEncoder().encode('name,value\nalpha,1\n');

/** The least value a schema accepts: its first enum value, its minimum, one minimal item, its required members. */
export function minimal(schema: ParamSchema): unknown {
  if (schema.format === 'binary') return UPLOAD;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer' || type === 'number') return schema.minimum ?? Math.min(1, schema.maximum ?? 1);
  if (type === 'boolean') return false;
  if (type === 'array') return Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () => minimal(schema.items ?? { type: 'string' }));
  if (type === 'object') return Object.fromEntries((schema.required ?? []).map((name) => [name, minimal(schema.properties?.[name] ?? { type: 'string' })]));
  return 'value'.padEnd(schema.minLength ?? 0, 'x');
}

/**
 * A valid request body for an operation, by flat field name: the spec's documented request example
 * where it prints one, else the least value of every required field; a file part is always sent
 * (a small CSV), so every upload really uploads.
 */
export function bodyFor(service: string, method: string): Record<string, unknown> {
  const operation = descriptorOf(service).operations[method]!;
  if (!operation.body) return {};
  const example = documentedRequest(service, operation.id);
  const fields: Record<string, unknown> = {};
  for (const field of operation.body.fields) {
    const documented = example?.[field.field ?? field.name];
    if (documented !== undefined) fields[field.name] = documented;
    else if ((!example && field.required) || field.schema.format === 'binary') fields[field.name] = minimal(field.schema);
  }
  return fields;
}

