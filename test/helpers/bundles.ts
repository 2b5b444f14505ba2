/**
 * Test helpers over the bundled specs (generated/openapi/<service>.json) and the verbatim page examples
 * (test/fixtures/examples/<NNN>-<service>.<OperationId>.<status | request>.json: a response of that
 * status, or the request body).
 *
 * The validator here is built independently of scripts/lint/errata.ts: a plain Ajv 2020-12 instance with
 * formats on, the whole bundle registered as one schema so `$ref`s resolve inside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { deref, isObject, joinPointer, type JsonObject } from '../../scripts/lint/json-pointer.js';

// ajv-formats ships CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'examples');

export const SERVICES = ['metastudio', 'workspace', 'hss', 'dataarts-insight'] as const;

/**
 * Where the bundles are read from. `TASKPORT_BUNDLE_DIR` points the contract tests at another copy (used to
 * prove that they fail on a mutated bundle); by default, generated/openapi.
 */
export const bundleDir = process.env.TASKPORT_BUNDLE_DIR ?? path.join(repoRoot, 'generated', 'openapi');

/** A fresh parse of a service's bundle (callers may mutate it freely). */
export function loadBundle(service: string): JsonObject {
  const parsed: unknown = JSON.parse(readFileSync(path.join(bundleDir, `${service}.json`), 'utf8'));
  if (!isObject(parsed)) throw new Error(`bundle of ${service} is not an object`);
  return parsed;
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export interface Fixture {
  file: string;
  page: string;
  service: string;
  operationId: string;
  /** The response status the example belongs to, or `request` for the request body's. */
  status: string;
  text: string;
  value: unknown;
}

const FIXTURE_NAME = /^(\d{3})-([a-z][a-z-]*)\.([A-Za-z][A-Za-z0-9]*)\.(\d{3}|request)\.json$/;

/** Every fixture file, parsed; a file whose name does not follow the convention throws. */
export function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const match = FIXTURE_NAME.exec(file);
      if (!match) throw new Error(`fixture ${file} does not match <NNN>-<service>.<OperationId>.<status|request>.json`);
      const [, page = '', service = '', operationId = '', status = ''] = match;
      const text = readFileSync(path.join(fixturesDir, file), 'utf8');
      return { file, page, service, operationId, status, text, value: JSON.parse(text) as unknown };
    });
}

export interface OperationAt {
  path: string;
  method: string;
  operation: JsonObject;
  pointer: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export function operations(doc: JsonObject): OperationAt[] {
  const found: OperationAt[] = [];
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [p, item] of Object.entries(paths)) {
    const resolved = deref(doc, item, joinPointer(['paths', p]));
    if (!isObject(resolved.node)) continue;
    for (const method of METHODS) {
      const operation = resolved.node[method];
      if (isObject(operation)) found.push({ path: p, method, operation, pointer: `${resolved.pointer}/${method}` });
    }
  }
  return found;
}

export function findOperation(doc: JsonObject, operationId: string): OperationAt {
  const matches = operations(doc).filter((o) => o.operation.operationId === operationId);
  if (matches.length !== 1) throw new Error(`expected one operation ${operationId}, found ${matches.length}`);
  return matches[0] as OperationAt;
}

/** Follows `$ref`s from `node`, which lives at `pointer`; the result must be an object. */
export function resolveObject(doc: JsonObject, node: unknown, pointer: string): { node: JsonObject; pointer: string } {
  const found = deref(doc, node, pointer);
  if (!isObject(found.node)) throw new Error(`${found.pointer} is not an object`);
  return { node: found.node, pointer: found.pointer };
}

/** The `application/json` media object of the request body of an operation, with its pointer. */
export function requestJsonMedia(doc: JsonObject, op: OperationAt): { node: JsonObject; pointer: string } {
  if (!isObject(op.operation.requestBody)) throw new Error(`${String(op.operation.operationId)} has no request body`);
  const body = resolveObject(doc, op.operation.requestBody, `${op.pointer}/requestBody`);
  const media = isObject(body.node.content) ? body.node.content['application/json'] : undefined;
  if (!isObject(media)) throw new Error(`${String(op.operation.operationId)}'s request body has no application/json content`);
  return { node: media, pointer: `${body.pointer}${joinPointer(['content', 'application/json'])}` };
}

/**
 * The media object (`content/application/json`) of one response of an operation (or, for `request`,
 * of its request body), with its pointer.
 */
export function jsonMedia(doc: JsonObject, op: OperationAt, status: string): { node: JsonObject; pointer: string } {
  if (status === 'request') return requestJsonMedia(doc, op);
  const responses = isObject(op.operation.responses) ? op.operation.responses : {};
  if (!(status in responses)) throw new Error(`${String(op.operation.operationId)} has no ${status} response`);
  const response = resolveObject(doc, responses[status], `${op.pointer}${joinPointer(['responses', status])}`);
  const content = isObject(response.node.content) ? response.node.content : {};
  const media = content['application/json'];
  if (!isObject(media)) throw new Error(`${String(op.operation.operationId)} ${status} has no application/json content`);
  return { node: media, pointer: `${response.pointer}${joinPointer(['content', 'application/json'])}` };
}

/** Pointer of the (unresolved) schema of a response's (or, for `request`, the request body's) application/json content. */
export function responseSchemaPointer(doc: JsonObject, op: OperationAt, status: string): string {
  return `${jsonMedia(doc, op, status).pointer}/schema`;
}

/** The resolved schema of a response's application/json content. */
export function responseSchema(doc: JsonObject, op: OperationAt, status: string): { node: JsonObject; pointer: string } {
  const media = jsonMedia(doc, op, status);
  return resolveObject(doc, media.node.schema, `${media.pointer}/schema`);
}

/** A validator over one whole bundle: (schema pointer, value) → error lines (empty = valid). */
export function bundleValidator(doc: unknown): (schemaPointer: string, value: unknown) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(doc as object, 'bundle');
  return (schemaPointer, value) => {
    const validate = ajv.getSchema(`bundle#${schemaPointer}`);
    if (!validate) throw new Error(`no schema at ${schemaPointer}`);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
  };
}

/** The fixtures of one service as errata `Sample`s: label, schema pointer in `doc` (their status's, or the request body's), value. */
export function fixtureSamples(doc: JsonObject, service: string): { label: string; schemaPointer: string; value: unknown }[] {
  return loadFixtures()
    .filter((f) => f.service === service)
    .map((f) => ({
      label: f.file,
      schemaPointer: responseSchemaPointer(doc, findOperation(doc, f.operationId), f.status),
      value: f.value,
    }));
}
