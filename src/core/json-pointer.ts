/**
 * JSON Pointer (RFC 6901) and local `$ref` resolution over plain parsed JSON: the one
 * implementation the runtime (task fields, paging fields), the mock (bundled specs, response
 * bodies) and the spec lint (scripts/lint) share.
 */

/** A parsed JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A parsed JSON object. */
export type JsonObject = { [key: string]: Json };

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The reference tokens of a pointer, `~1` and `~0` decoded. A plain pointer (`/a~1b/c`) is taken as
 * written; a URI fragment (`#/a%20b`) is percent-decoded first, as `$ref`s are written.
 *
 * @example
 * splitPointer('/export_tasks/0/file~1name'); // ['export_tasks', '0', 'file/name']
 */
export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const fragment = pointer.startsWith('#');
  const body = fragment ? pointer.slice(1) : pointer;
  if (!body.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  const decode = (token: string) => {
    try {
      return fragment ? decodeURIComponent(token) : token;
    } catch {
      return token;
    }
  };
  return body
    .slice(1)
    .split('/')
    .map((token) => decode(token).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A pointer from reference tokens, `~` and `/` escaped. */
export function joinPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * The value at `pointer`, or undefined when any step is missing. Only own properties are followed
 * (never `__proto__` or `toString`), and arrays only by index.
 *
 * @example
 * getAt({ a: [{ b: 1 }] }, '/a/0/b'); // 1
 */
export function getAt(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(node)) node = ARRAY_INDEX.test(token) ? node[Number(token)] : undefined;
    else if (typeof node === 'object' && node !== null) node = Object.hasOwn(node, token) ? (node as Record<string, unknown>)[token] : undefined;
    else return undefined;
  }
  return node;
}

/**
 * Sets the field at `pointer` in an object, creating intermediate objects; `undefined` deletes it
 * (and creates nothing).
 */
export function setAt(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = splitPointer(pointer);
  const last = keys.pop();
  if (last === undefined) return;
  let node = target;
  for (const key of keys) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      if (value === undefined) return;
      node[key] = {};
    }
    node = node[key] as Record<string, unknown>;
  }
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/**
 * Follows local `$ref`s (`#/components/...`) from `node` until a value that is not a reference, and
 * returns it with the pointer it lives at. Throws on a remote, dangling or cyclic reference, naming
 * `pointer` (where `node` was found).
 */
export function deref(doc: unknown, node: unknown, pointer: string): { node: unknown; pointer: string } {
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === 'string') {
    const ref = node.$ref;
    if (!ref.startsWith('#')) throw new Error(`${pointer}: only local $refs can be followed, got ${ref}`);
    if (seen.has(ref)) throw new Error(`${pointer}: $ref cycle through ${ref}`);
    seen.add(ref);
    pointer = joinPointer(splitPointer(ref));
    node = getAt(doc, ref);
    if (node === undefined) throw new Error(`${pointer}: dangling $ref ${ref}`);
  }
  return { node, pointer };
}
