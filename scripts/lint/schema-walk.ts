import { deref, isObject, joinPointer, splitPointer, type JsonObject } from './json-pointer.js';

/** A schema node reached through a bundled document, with the pointer it lives at. */
export interface SchemaAt {
  schema: JsonObject;
  pointer: string;
}

/** The 200 `application/json` response schema of an operation, following `$ref`s. */
export function successSchema(doc: unknown, operation: JsonObject, operationPointer: string): SchemaAt | undefined {
  const responses = operation.responses;
  if (!isObject(responses) || responses['200'] === undefined) return undefined;
  const response = deref(doc, responses['200'], `${operationPointer}/responses/200`);
  if (!isObject(response.node)) return undefined;
  const media = isObject(response.node.content) ? response.node.content['application/json'] : undefined;
  if (!isObject(media) || media.schema === undefined) return undefined;
  const base = `${response.pointer}/content/application~1json/schema`;
  const found = deref(doc, media.schema, base);
  return isObject(found.node) ? { schema: found.node, pointer: found.pointer } : undefined;
}

/**
 * The schema of the property a field pointer (`/a/b`, property names only) names inside `root`,
 * or a message saying which step is missing.
 */
export function propertyAt(doc: unknown, root: SchemaAt, fieldPointer: string): SchemaAt | string {
  let current = root;
  for (const name of splitPointer(fieldPointer)) {
    const properties = current.schema.properties;
    if (!isObject(properties) || properties[name] === undefined) {
      return `no property "${name}" in the schema at ${current.pointer || '/'}`;
    }
    const found = deref(doc, properties[name], `${current.pointer}${joinPointer(['properties', name])}`);
    if (!isObject(found.node)) return `property "${name}" at ${current.pointer} is not a schema`;
    current = { schema: found.node, pointer: found.pointer };
  }
  return current;
}

/** The item schema of an array schema, or a message when it is not an array. */
export function itemsOf(doc: unknown, array: SchemaAt): SchemaAt | string {
  if (array.schema.type !== 'array' || array.schema.items === undefined) {
    return `the schema at ${array.pointer} is not an array with items`;
  }
  const found = deref(doc, array.schema.items, `${array.pointer}/items`);
  return isObject(found.node) ? { schema: found.node, pointer: found.pointer } : `items at ${array.pointer} is not a schema`;
}

/** The JSON types a schema admits (`type` as string or list); empty when unconstrained. */
export function typesOf(schema: JsonObject): string[] {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** Operations of a bundled document with their pointers. */
export function* operationsOf(doc: unknown): Generator<{ path: string; method: string; operation: JsonObject; pointer: string }> {
  if (!isObject(doc) || !isObject(doc.paths)) return;
  for (const [path, item] of Object.entries(doc.paths)) {
    const resolved = deref(doc, item, joinPointer(['paths', path]));
    if (!isObject(resolved.node)) continue;
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']) {
      const operation = resolved.node[method];
      if (isObject(operation)) yield { path, method, operation, pointer: `${resolved.pointer}/${method}` };
    }
  }
}
