/**
 * The documented type names of Huawei Cloud API pages (`String`, `Integer`, `Long`, `Array of X objects`,
 * `Map<String,String>`, …) as JSON Schema. Integer is int32 and Long int64, as in the official SDKs.
 */
import type { JsonObject } from '../lint/json-pointer.js';

export interface TypeReading {
  schema: JsonObject;
  /** Names of the object tables this type refers to (`X` of `X object`). */
  refs: string[];
  /** Set when the name (or a part of it) is not a type the importer knows. */
  unknown?: string;
}

const SCALARS: Record<string, JsonObject> = {
  string: { type: 'string' },
  integer: { type: 'integer', format: 'int32' },
  int: { type: 'integer', format: 'int32' },
  int32: { type: 'integer', format: 'int32' },
  long: { type: 'integer', format: 'int64' },
  int64: { type: 'integer', format: 'int64' },
  number: { type: 'number' },
  bigdecimal: { type: 'number' },
  float: { type: 'number', format: 'float' },
  double: { type: 'number', format: 'double' },
  boolean: { type: 'boolean' },
  bool: { type: 'boolean' },
  object: { type: 'object' },
  file: { type: 'string', format: 'binary' },
};

const PLURALS: Record<string, string> = {
  strings: 'String',
  integers: 'Integer',
  ints: 'Integer',
  longs: 'Long',
  numbers: 'Number',
  floats: 'Float',
  doubles: 'Double',
  booleans: 'Boolean',
  objects: 'Object',
  files: 'File',
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `#/components/schemas/<name>` of an object table. */
export const schemaRef = (name: string): string => `#/components/schemas/${name}`;

export function readTypeName(text: string): TypeReading {
  const name = text.trim().replace(/\s+/g, ' ');
  const scalar = SCALARS[name.toLowerCase()];
  if (scalar) return { schema: { ...scalar }, refs: [] };

  const map = /^Map\s*<\s*String\s*,\s*(.+)>$/i.exec(name);
  if (map) {
    const inner = readTypeName(map[1] ?? '');
    return { ...inner, schema: { type: 'object', additionalProperties: inner.schema } };
  }
  const object = /^(.+) objects?$/i.exec(name);
  if (object && IDENTIFIER.test(object[1] ?? '')) {
    const ref = object[1] as string;
    return { schema: { $ref: schemaRef(ref) }, refs: [ref] };
  }
  const array = /^(?:Array of|List of) (.+)$/i.exec(name) ?? /^(?:Array|List)\s*<(.+)>$/i.exec(name);
  if (array) {
    const inner = readTypeName(singular(array[1] ?? ''));
    return { ...inner, schema: { type: 'array', items: inner.schema } };
  }
  if (/^(array|list)$/i.test(name)) return { schema: { type: 'array' }, refs: [], unknown: `${name} (the item type is not given)` };
  return { schema: {}, refs: [], unknown: name };
}

function singular(plural: string): string {
  const words = plural.trim();
  const known = PLURALS[words.toLowerCase()];
  if (known) return known;
  const nested = /^arrays of (.+)$/i.exec(words);
  if (nested) return `Array of ${nested[1] ?? ''}`;
  return words;
}
