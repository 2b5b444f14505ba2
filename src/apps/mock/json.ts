/**
 * The mock's view of plain JSON: response bodies and bundle nodes as records, and local `$ref`s
 * followed with the one resolver (src/core/json-pointer.ts).
 */
import { deref, isObject as isJsonObject } from '../../core/json-pointer.js';

/** A JSON object the mock reads or shapes (a bundle node, a response body). */
export type JsonObject = Record<string, unknown>;

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return isJsonObject(value);
}

/** A deep copy of a JSON value (templates are shared; every response gets its own copy). */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** `node` with its local `$ref`s followed, as an object; undefined when it is not one or a reference does not resolve. */
export function resolveObject(doc: unknown, node: unknown): JsonObject | undefined {
  try {
    const found = deref(doc, node, '').node;
    return isObject(found) ? found : undefined;
  } catch {
    return undefined;
  }
}
