/**
 * Where a documented example contradicts the documented table, the draft does what the hand-written specs
 * do (specs/README.md, `x-doc-errata`): the schema admits what the example shows, and `x-doc-schema` keeps
 * the keywords the table documents, with a one-line note. Each admission is also reported as a note.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { deref, getAt, isObject, joinPointer, splitPointer, type JsonObject } from '../lint/json-pointer.js';
import type { FactLines } from './fact-lines.js';
import type { PageModel } from './page-model.js';

const INT64_MIN = -(2 ** 63);
const INT64_LIMIT = 2 ** 63;
const MOVABLE = new Set(['enum', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'format', 'const']);

interface Sample {
  label: string;
  line: number;
  schemaPointer: string;
  value: unknown;
}

/** Adds the admissions the draft's examples need; `document` is changed in place. */
export function admitExamples(document: JsonObject, page: PageModel, lines: FactLines): void {
  const samples = samplesOf(document, lines);
  for (let round = 0; round < 4; round++) {
    const problems = samples.flatMap((s) => {
      try {
        return problemsOf(document, s).map((p) => ({ ...p, sample: s }));
      } catch (e) {
        page.diagnostics.warning(s.line, `the example ${s.label} could not be held against the table (${e instanceof Error ? e.message : String(e)})`);
        s.value = undefined;
        return [];
      }
    });
    if (problems.length === 0) return;
    let admitted = 0;
    for (const p of problems) {
      const node = getAt(document, p.schemaPointer);
      if (!isObject(node)) continue;
      const note = admit(node, p.keyword, p.value, p.fieldName);
      const tableLine = lines.lineOf(p.schemaPointer) ?? 0;
      if (note) {
        admitted++;
        page.diagnostics.note(p.sample.line, `the example ${p.sample.label} contradicts the table (line ${tableLine}) at ${p.instancePath}: ${note}`);
      } else {
        page.diagnostics.warning(p.sample.line, `the example ${p.sample.label} contradicts the table (line ${tableLine}) at ${p.instancePath}: ${p.message}; not admitted`);
        p.sample.value = undefined;
      }
    }
    if (admitted === 0) return;
  }
}

function samplesOf(document: JsonObject, lines: FactLines): Sample[] {
  const samples: Sample[] = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(isObject(item) ? item : {})) {
      if (!isObject(operation)) continue;
      const base = joinPointer(['paths', path, method]);
      const places: [string, unknown][] = [[`${base}/requestBody`, operation.requestBody]];
      for (const [status, response] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
        places.push([`${base}/responses/${status}`, response]);
      }
      for (const [pointer, holder] of places) {
        const content = isObject(holder) && isObject(holder.content) ? holder.content : {};
        for (const [mediaType, media] of Object.entries(content)) {
          if (!isObject(media) || !isObject(media.examples)) continue;
          for (const [name, example] of Object.entries(media.examples)) {
            if (!isObject(example) || !('value' in example)) continue;
            const label = pointer.endsWith('requestBody') ? `request body ${name}` : `${pointer.split('/').pop() ?? ''} ${name}`;
            const line = lines.lineOf(`${pointer}${joinPointer(['content', mediaType, 'examples', name])}`) ?? 0;
            samples.push({ label, line, schemaPointer: `${pointer}${joinPointer(['content', mediaType, 'schema'])}`, value: example.value });
          }
        }
      }
    }
  }
  return samples;
}

interface Problem {
  schemaPointer: string;
  instancePath: string;
  keyword: string;
  value: unknown;
  fieldName: string;
  message: string;
}

function problemsOf(document: JsonObject, sample: Sample): Problem[] {
  if (sample.value === undefined) return [];
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(document, 'draft');
  const validate = ajv.getSchema(`draft#${sample.schemaPointer}`);
  const errors: ErrorObject[] = validate && !validate(sample.value) ? (validate.errors ?? []) : [];
  const problems: Problem[] = [];
  for (const e of errors) {
    const at = schemaAt(document, sample.schemaPointer, e.instancePath);
    if (!at) continue;
    const keyword = e.keyword === 'required' ? 'required' : e.keyword;
    problems.push({
      schemaPointer: at,
      instancePath: e.instancePath || '/',
      keyword,
      value: getAt(sample.value, e.instancePath),
      fieldName: splitPointer(e.instancePath).pop() ?? '(body)',
      message: e.message ?? e.keyword,
    });
  }
  problems.push(...int64Problems(document, sample.schemaPointer, sample.value, ''));
  return problems;
}

/** Integers beyond int64 where the table says Long; Ajv's int64 format check cannot see them once parsed. */
function int64Problems(document: JsonObject, schemaPointer: string, value: unknown, instancePath: string): Problem[] {
  const found = deref(document, getAt(document, schemaPointer), schemaPointer);
  const schema = found.node;
  if (!isObject(schema)) return [];
  if (typeof value === 'number' && schema.format === 'int64' && (value < INT64_MIN || value >= INT64_LIMIT)) {
    return [{ schemaPointer: found.pointer, instancePath: instancePath || '/', keyword: 'int64', value, fieldName: instancePath.split('/').pop() ?? '', message: 'outside int64' }];
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    return value.flatMap((v, i) => int64Problems(document, `${found.pointer}/items`, v, `${instancePath}/${i}`));
  }
  if (isObject(value) && isObject(schema.properties)) {
    const properties = schema.properties;
    return Object.entries(value).flatMap(([k, v]) =>
      properties[k] === undefined ? [] : int64Problems(document, `${found.pointer}${joinPointer(['properties', k])}`, v, `${instancePath}/${k}`),
    );
  }
  return [];
}

/** The pointer of the schema that validates `instancePath` under the schema at `schemaPointer`. */
function schemaAt(document: JsonObject, schemaPointer: string, instancePath: string): string | undefined {
  let found = deref(document, getAt(document, schemaPointer), schemaPointer);
  for (const token of splitPointer(instancePath)) {
    const node = found.node;
    if (!isObject(node)) return undefined;
    const next = /^\d+$/.test(token) && node.items !== undefined ? `${found.pointer}/items` : `${found.pointer}${joinPointer(['properties', token])}`;
    const child = getAt(document, next);
    if (child === undefined) return undefined;
    found = deref(document, child, next);
  }
  return found.pointer;
}

const jsonType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;

/** Widens `node` so it admits the example; returns the one-line reason, or undefined when it cannot. */
function admit(node: JsonObject, keyword: string, value: unknown, field: string): string | undefined {
  const documented = isObject(node['x-doc-schema']) ? node['x-doc-schema'] : {};
  const shown = JSON.stringify(value);
  let reason: string | undefined;
  if (keyword === 'type') {
    const types = Array.isArray(node.type) ? [...node.type] : [node.type];
    const actual = jsonType(value);
    if (documented.type === undefined) documented.type = node.type ?? null;
    if (!types.includes(actual)) types.push(actual);
    node.type = types as JsonObject['type'];
    reason = `The table types ${field} as ${String(documented.type)} but the example sends ${shown}; ${actual} is admitted.`;
  } else if (keyword === 'int64') {
    Object.assign(documented, { type: node.type ?? 'integer', format: 'int64', minimum: INT64_MIN, exclusiveMaximum: INT64_LIMIT });
    delete node.format;
    reason = `The example ${shown} is beyond int64 (documented Long); any integer is admitted.`;
  } else if (MOVABLE.has(keyword) && node[keyword] !== undefined) {
    documented[keyword] = node[keyword] as JsonObject[string];
    delete node[keyword];
    reason = `The example ${shown} breaks the documented ${keyword}; the draft keeps it in x-doc-schema only.`;
  } else if (keyword === 'required' && Array.isArray(node.required)) {
    documented.required = node.required;
    delete node.required;
    reason = 'The example omits a field the table marks mandatory; the draft keeps the list in x-doc-schema only.';
  }
  if (!reason) return undefined;
  const had = typeof node['x-doc-errata'] === 'string' ? `${node['x-doc-errata']} ` : '';
  delete node['x-doc-errata'];
  delete node['x-doc-schema'];
  node['x-doc-errata'] = `${had}${reason}`;
  node['x-doc-schema'] = documented;
  return reason;
}
