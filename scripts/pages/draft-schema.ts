/**
 * JSON Schemas for the rows of a page's tables: the documented type (`type-names.ts`), the keywords its
 * description states (`prose-facts.ts`) and the description itself, with the line of every keyword.
 */
import type { JsonObject } from '../lint/json-pointer.js';
import type { Diagnostics } from './diagnostics.js';
import type { FactLines } from './fact-lines.js';
import type { FieldRow, ObjectTable } from './page-model.js';
import { readProseFacts } from './prose-facts.js';

/** The schema of one row, recorded in `lines` under `pointer` (where the caller puts it). */
export function rowSchema(row: FieldRow, pointer: string, lines: FactLines, diagnostics: Diagnostics): JsonObject {
  const schema: JsonObject = JSON.parse(JSON.stringify(row.type.schema)) as JsonObject;
  lines.set(pointer, row.line);
  const items = schema.type === 'array' && typeof schema.items === 'object' && schema.items !== null && !Array.isArray(schema.items) ? schema.items : undefined;
  const valueSchema = items ?? schema;
  const valueType = typeof valueSchema.type === 'string' ? valueSchema.type : undefined;
  const facts = readProseFacts(row.description, { valueType, inArray: items !== undefined }, diagnostics);
  const valuePointer = items ? `${pointer}/items` : pointer;
  const stated = Object.keys(facts.value);
  if (stated.length > 0 && valueSchema.$ref !== undefined) {
    diagnostics.warning(row.line, `${row.name}: ${stated.join(', ')} stated for an object; kept in the description only`);
  } else {
    for (const [key, value] of Object.entries(facts.value)) {
      valueSchema[key] = value;
      lines.set(`${valuePointer}/${key}`, facts.lines[key] ?? row.line);
    }
  }
  for (const [key, value] of Object.entries(facts.array)) {
    schema[key] = value;
    lines.set(`${pointer}/${key}`, facts.lines[key] ?? row.line);
  }
  const description = row.description.text.trim();
  if (description !== '') schema.description = description;
  return schema;
}

/** The object schema of a table: one property per row, `required` from the Mandatory column. */
export function objectSchema(table: ObjectTable, pointer: string, lines: FactLines, diagnostics: Diagnostics): JsonObject {
  lines.set(pointer, table.line);
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const row of table.rows) {
    properties[row.name] = rowSchema(row, `${pointer}/properties/${escapeToken(row.name)}`, lines, diagnostics);
    if (row.required) required.push(row.name);
  }
  const schema: JsonObject = { type: 'object', properties };
  if (required.length > 0) {
    schema.required = required;
    lines.set(`${pointer}/required`, table.line);
  }
  return schema;
}

export const escapeToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');
