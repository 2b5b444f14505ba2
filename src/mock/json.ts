/**
 * Plain-JSON helpers for reading bundled specs and shaping response bodies. The bundles only use
 * local `$ref`s (`#/components/...`), so a pointer walk is all the resolution needed.
 */
import { fieldAt } from '../tasks/task.js';

export type JsonObject = Record<string, unknown>;

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of a JSON value (templates are shared; every response gets its own copy). */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Follows local `$ref`s from `node` until it reaches a value that is not a reference. */
export function resolveRef(doc: unknown, node: unknown): unknown {
  let current = node;
  // Bounded: a cycle of references would otherwise never end.
  for (let hops = 0; hops < 32 && isObject(current) && typeof current.$ref === 'string'; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith('#')) return undefined;
    current = fieldAt(doc, ref.slice(1).split('/').map(unescapeToken).join('/'));
  }
  return current;
}

/** The resolved value as an object, or undefined. */
export function resolveObject(doc: unknown, node: unknown): JsonObject | undefined {
  const resolved = resolveRef(doc, node);
  return isObject(resolved) ? resolved : undefined;
}

/** Sets the field at a pointer (`/a/b`), creating intermediate objects; `undefined` deletes it. */
export function setAt(target: JsonObject, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1).map(unescapeToken);
  const last = keys.pop();
  if (last === undefined) return;
  let node = target;
  for (const key of keys) {
    const next = node[key];
    if (!isObject(next)) {
      if (value === undefined) return;
      node[key] = {};
    }
    node = node[key] as JsonObject;
  }
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** The top-level property name a one-level pointer (`/name`) points at. */
export function pointerName(pointer: string): string | undefined {
  const keys = pointer.split('/').slice(1);
  return keys.length === 1 ? unescapeToken(keys[0]!) : undefined;
}
