/** JSON Pointer (RFC 6901) helpers over plain parsed documents. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  // Only a URI fragment (`#/…`) is percent-encoded; a plain pointer is taken as written.
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

export function joinPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => '/' + String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The value at `pointer`, or undefined when any step is missing. */
export function getAt(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node)) node = Object.hasOwn(node, token) ? node[token] : undefined;
    else return undefined;
  }
  return node;
}

/** Follows local `$ref`s (`#/components/...`) until a non-reference node; returns it with its pointer. */
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
