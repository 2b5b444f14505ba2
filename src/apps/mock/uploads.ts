/**
 * Request bodies as the mock reads them: a JSON object, or multipart/form-data parsed by the
 * platform (`Response#formData`, undici). Body fields join the flat parameter object under their
 * flat names (`x-param-name`), to be checked by the client's own validation. File parts are
 * counted as a CSV-like file: a header line, then one item per non-empty line; an item whose cell
 * count differs from the header's counts as failed (a binary file is one good item).
 */
import { textAsSchemaType } from '../../client/validate-params.js';
import type { BodyDescriptor } from '../../core/descriptors.js';
import type { ItemCounts } from './task-scenarios.js';
import { isObject } from './json.js';

/** The body's fields by flat name and, for uploads, the counted items; or why the body is unreadable. */
export type BodyResult = { ok: true; fields: Record<string, unknown>; items?: ItemCounts } | { ok: false; message: string };

const NEWLINE = 0x0a;
const COMMA = 0x2c;
const BLANK = new Set([0x0d, 0x20, 0x09]);

/**
 * Counts the items of a CSV-like file as it streams (never the whole file as text). A binary file
 * (one with a NUL byte: a zip, an xlsx) is one item that succeeds.
 */
export async function countItems(file: Blob): Promise<ItemCounts> {
  let binary = false;
  let headerCells: number | undefined;
  let cells = 1;
  let blank = true;
  const counts = { total: 0, failed: 0 };
  const endLine = () => {
    if (!blank) {
      if (headerCells === undefined) headerCells = cells;
      else {
        counts.total++;
        if (cells !== headerCells) counts.failed++;
      }
    }
    cells = 1;
    blank = true;
  };
  const reader = file.stream().getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    for (const byte of next.value) {
      if (byte === 0) binary = true;
      if (byte === NEWLINE) endLine();
      else {
        if (byte === COMMA) cells++;
        if (!BLANK.has(byte)) blank = false;
      }
    }
  }
  endLine();
  return binary ? { total: 1, failed: 0 } : counts;
}

function contentTypeOf(headers: Readonly<Record<string, string>>): string {
  return (headers['content-type'] ?? '').toLowerCase();
}

async function readMultipart(spec: BodyDescriptor, headers: Readonly<Record<string, string>>, body: Uint8Array): Promise<BodyResult> {
  if (!contentTypeOf(headers).startsWith('multipart/form-data')) return { ok: false, message: `the body must be multipart/form-data, got ${JSON.stringify(headers['content-type'] ?? '')}` };
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': headers['content-type']! } }).formData();
  } catch (error) {
    return { ok: false, message: `the multipart body cannot be parsed (${error instanceof Error ? error.message : String(error)})` };
  }
  const fields: Record<string, unknown> = {};
  let items: ItemCounts | undefined;
  for (const field of spec.fields) {
    const value = form.get(field.field ?? field.name);
    if (value === null) continue;
    if (field.schema.format === 'binary') {
      if (typeof value === 'string') return { ok: false, message: `body field "${field.name}" must be a file part` };
      const counted = await countItems(value);
      items = { total: (items?.total ?? 0) + counted.total, failed: (items?.failed ?? 0) + counted.failed };
      fields[field.name] = value;
    } else fields[field.name] = typeof value === 'string' ? textAsSchemaType(field.schema, value) : value;
  }
  return items ? { ok: true, fields, items } : { ok: true, fields };
}

function readJson(spec: BodyDescriptor, headers: Readonly<Record<string, string>>, body: Uint8Array): BodyResult {
  if (!/json/.test(contentTypeOf(headers))) return { ok: false, message: `the body must be application/json, got ${JSON.stringify(headers['content-type'] ?? '')}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return { ok: false, message: 'the body is not valid JSON' };
  }
  if (!isObject(parsed)) return { ok: false, message: 'the body must be a JSON object' };
  const fields: Record<string, unknown> = {};
  for (const field of spec.fields) if (parsed[field.field ?? field.name] !== undefined) fields[field.name] = parsed[field.field ?? field.name];
  return { ok: true, fields };
}

/** The body of a request to an operation with a documented body. An absent optional body has no fields. */
export async function readRequestBody(spec: BodyDescriptor, headers: Readonly<Record<string, string>>, body: Uint8Array): Promise<BodyResult> {
  if (body.byteLength === 0) return spec.required ? { ok: false, message: 'the request body is required' } : { ok: true, fields: {} };
  return spec.type === 'multipart' ? readMultipart(spec, headers, body) : readJson(spec, headers, body);
}
