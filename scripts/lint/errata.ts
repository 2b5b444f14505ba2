import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { deref, getAt, isObject, joinPointer, type JsonObject } from './json-pointer.js';
import { operationsOf } from './schema-walk.js';

// ajv-formats ships CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * A place in a bundled spec that deviates from its page: a schema whose documented example contradicts
 * its documented table (`x-doc-schema`), or a parameter the page documents otherwise (`x-doc-parameter`).
 */
export interface ErrataPlace {
  pointer: string;
  kind: 'schema' | 'parameter';
  note: string;
  /** Keywords that, laid over the schema or parameter at `pointer`, give what the page documents. */
  documented: JsonObject;
}

/** The overlay keyword of each kind of place. */
const OVERLAY = { schema: 'x-doc-schema', parameter: 'x-doc-parameter' } as const;

/** A Parameter Object (not a schema): it has a name and a location. */
function isParameter(node: JsonObject): boolean {
  return typeof node.name === 'string' && typeof node.in === 'string';
}

/** An example value and the schema (by pointer into the bundle) it must satisfy. */
export interface Sample {
  label: string;
  schemaPointer: string;
  value: unknown;
}

/** Every `x-doc-errata` place in a bundled document, with a problem list for malformed ones. */
export function findErrata(doc: unknown): { places: ErrataPlace[]; problems: { pointer: string; message: string }[] } {
  const places: ErrataPlace[] = [];
  const problems: { pointer: string; message: string }[] = [];
  const visit = (node: unknown, tokens: (string | number)[]): void => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) visit(child, [...tokens, i]);
      return;
    }
    if (!isObject(node)) return;
    const pointer = joinPointer(tokens);
    const kind = isParameter(node) ? 'parameter' : 'schema';
    const overlay = OVERLAY[kind];
    const misplaced = OVERLAY[kind === 'parameter' ? 'schema' : 'parameter'];
    if (misplaced in node) problems.push({ pointer, message: `${misplaced} does not belong on a ${kind}; use ${overlay}` });
    if ('x-doc-errata' in node) {
      const note = node['x-doc-errata'];
      const documented = node[overlay];
      if (typeof note !== 'string' || note.trim() === '' || /[\r\n]/.test(note)) {
        problems.push({ pointer, message: 'x-doc-errata must be a one-line note' });
      } else if (!isObject(documented)) {
        problems.push({ pointer, message: `x-doc-errata needs ${overlay}: the keywords the page documents at this place` });
      } else places.push({ pointer, kind, note, documented });
    } else if (overlay in node) problems.push({ pointer, message: `${overlay} without an x-doc-errata note` });
    for (const [key, child] of Object.entries(node)) if (key !== 'x-doc-schema' && key !== 'x-doc-parameter') visit(child, [...tokens, key]);
  };
  visit(doc, []);
  return { places, problems };
}

/** The documented examples of every response in a bundled document. */
export function specExamples(doc: unknown): Sample[] {
  const samples: Sample[] = [];
  for (const { operation, pointer } of operationsOf(doc)) {
    const responses = isObject(operation.responses) ? operation.responses : {};
    for (const [status, ref] of Object.entries(responses)) {
      const response = deref(doc, ref, `${pointer}/responses/${status}`);
      const content = isObject(response.node) && isObject(response.node.content) ? response.node.content : {};
      for (const [mediaType, media] of Object.entries(content)) {
        if (!isObject(media)) continue;
        const schemaPointer = `${response.pointer}${joinPointer(['content', mediaType, 'schema'])}`;
        const label = `${String(operation.operationId)} ${status}`;
        if ('example' in media) samples.push({ label, schemaPointer, value: media.example });
        for (const [name, example] of Object.entries(isObject(media.examples) ? media.examples : {})) {
          const found = deref(doc, example, `${schemaPointer}/../examples/${name}`).node;
          if (isObject(found) && 'value' in found) samples.push({ label: `${label} ${name}`, schemaPointer, value: found.value });
        }
      }
    }
  }
  return samples;
}

function validatorFor(doc: unknown): (schemaPointer: string, value: unknown) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(doc as object, 'spec');
  return (schemaPointer, value) => {
    const validate = ajv.getSchema(`spec#${schemaPointer}`);
    if (!validate) throw new Error(`no schema at ${schemaPointer}`);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
  };
}

/** The document with the documented keywords laid over the schema at one errata place. */
export function documentedVariant(doc: unknown, place: ErrataPlace): unknown {
  // A JSON round trip, not structuredClone: Spectral hands rules proxied documents.
  const copy = JSON.parse(JSON.stringify(doc)) as JsonObject;
  const node = getAt(copy, place.pointer) as JsonObject;
  Object.assign(node, place.documented);
  return copy;
}

/** Samples that violate the spec as written: each is a contradiction nobody has noted. */
export function violations(doc: unknown, samples: Sample[]): { label: string; errors: string[] }[] {
  const validate = validatorFor(doc);
  return samples.map((s) => ({ label: s.label, errors: validate(s.schemaPointer, s.value) })).filter((v) => v.errors.length > 0);
}

/**
 * For each schema errata place, the samples that break the documented variant of that place (none = not
 * a real erratum). Parameter places are judged by {@link overlayChanges} instead: no example shows a request.
 */
export function deviations(doc: unknown, samples: Sample[]): Map<string, string[]> {
  const { places } = findErrata(doc);
  const result = new Map<string, string[]>();
  for (const place of places.filter((p) => p.kind === 'schema')) {
    const validate = validatorFor(documentedVariant(doc, place));
    result.set(
      place.pointer,
      samples.filter((s) => validate(s.schemaPointer, s.value).length > 0).map((s) => s.label),
    );
  }
  return result;
}

/** The keywords of an errata place's overlay that differ from the spec as written (none = not a real erratum). */
export function overlayChanges(doc: unknown, place: ErrataPlace): string[] {
  const node = getAt(doc, place.pointer);
  const written = isObject(node) ? node : {};
  return Object.entries(place.documented)
    .filter(([key, value]) => JSON.stringify(written[key]) !== JSON.stringify(value))
    .map(([key]) => key);
}
