/**
 * Errata places (`x-doc-errata` + `x-doc-schema`, or `x-doc-parameter` on a parameter) across the four bundles.
 *
 * A schema errata place is where the page's example contradicts the page's table and the spec admits the example;
 * a parameter errata place is where the page documents a parameter otherwise than a valid request needs it.
 * Held here: the exact set of places; each note is one line; each erratum is real (the documented form, laid
 * over the spec, rejects at least one verbatim fixture); the spec as written accepts every fixture; and the
 * check is live (undoing one admission is reported by `violations`).
 */
import { describe, expect, it } from 'vitest';
import { documentedVariant, findErrata, overlayChanges, violations, type ErrataPlace } from '../../scripts/lint/errata.js';
import { getAt, isObject, type JsonObject } from '../../scripts/lint/json-pointer.js';
import { SERVICES, bundleValidator, clone, fixtureSamples, loadBundle } from '../helpers/bundles.js';

/** The complete, expected list. Adding or dropping an erratum means editing this list on purpose. */
const EXPECTED_PLACES = [
  'metastudio /components/schemas/QueryTaskResultDTO/properties/begin_time',
  'metastudio /components/schemas/QueryTaskResultDTO/properties/end_time',
  'metastudio /components/schemas/QueryTaskResultDTO/properties/task_type',
  'metastudio /components/schemas/QueryTaskResultDTO/properties/task_status',
  'metastudio /components/schemas/SearchTaskResponse',
  'workspace /components/schemas/ExportTaskItem/properties/create_time',
  'workspace /components/schemas/ExportTaskItem/properties/end_time',
  // ExportVulHandleHistory's token header states a length (1 to 32768) the shared one does not.
  'hss /paths/~1v5~1{project_id}~1vulnerability~1handle-history~1export-task/post/parameters/2',
  'hss /components/parameters/X-Auth-Token-documented-required',
  'dataarts-insight /components/parameters/X-Auth-Token-documented-required',
  'dataarts-insight /components/schemas/ImportTaskDetail/properties/import_type',
  'dataarts-insight /components/schemas/ImportTaskDetail/properties/create_date',
  'dataarts-insight /components/schemas/ImportTaskDetail/properties/update_date',
] as const;

const bundles = new Map(SERVICES.map((s) => [s as string, loadBundle(s)]));
function bundleOf(service: string): JsonObject {
  const doc = bundles.get(service);
  if (!doc) throw new Error(`no bundle for ${service}`);
  return doc;
}

const places: { service: string; place: ErrataPlace }[] = SERVICES.flatMap((service) =>
  findErrata(bundleOf(service)).places.map((place) => ({ service, place })),
);
const placeRows = places.filter((p) => p.place.kind === 'schema').map((p) => [`${p.service} ${p.place.pointer}`, p] as const);
const parameterRows = places.filter((p) => p.place.kind === 'parameter').map((p) => [`${p.service} ${p.place.pointer}`, p] as const);

/** Every node carrying `x-doc-errata`, found by a walk of our own (no reliance on findErrata's filtering). */
function rawNotes(doc: unknown): { pointer: string; note: unknown; documented: unknown }[] {
  const found: { pointer: string; note: unknown; documented: unknown }[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) visit(child, `${pointer}/${i}`);
      return;
    }
    if (!isObject(node)) return;
    if ('x-doc-errata' in node || 'x-doc-schema' in node || 'x-doc-parameter' in node) {
      found.push({ pointer, note: node['x-doc-errata'], documented: node['x-doc-schema'] ?? node['x-doc-parameter'] });
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'x-doc-schema' && key !== 'x-doc-parameter') visit(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  visit(doc, '');
  return found;
}

describe('the set of errata places', () => {
  it('findErrata reports exactly the expected places and no malformed ones', () => {
    const found = places.map((p) => `${p.service} ${p.place.pointer}`);
    expect(found).toEqual([...EXPECTED_PLACES]);
    for (const service of SERVICES) expect(findErrata(bundleOf(service)).problems, service).toEqual([]);
  });

  it('an independent walk finds the same nodes (x-doc-errata or x-doc-schema anywhere)', () => {
    const found = SERVICES.flatMap((service) => rawNotes(bundleOf(service)).map((n) => `${service} ${n.pointer}`));
    expect(found).toEqual([...EXPECTED_PLACES]);
  });

  it('hss has no schema errata', () => {
    expect(findErrata(bundleOf('hss')).places.filter((p) => p.kind === 'schema')).toEqual([]);
  });
});

describe.each(placeRows)('%s', (_label, { service, place }) => {
  const doc = bundleOf(service);
  const samples = fixtureSamples(doc, service);

  it('has a one-line note and an x-doc-schema object', () => {
    const node = getAt(doc, place.pointer);
    expect(isObject(node)).toBe(true);
    const raw = isObject(node) ? node : {};
    expect(typeof raw['x-doc-errata']).toBe('string');
    const note = String(raw['x-doc-errata']);
    expect(note.trim()).not.toBe('');
    expect(note).not.toMatch(/[\r\n]/);
    expect(note).toBe(place.note);
    expect(isObject(raw['x-doc-schema'])).toBe(true);
    expect(raw['x-doc-schema']).toEqual(place.documented);
  });

  it('the service has fixtures to judge it by', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  it('is real: the documented variant rejects at least one verbatim fixture', () => {
    const failing = violations(documentedVariant(doc, place), samples);
    expect(failing.map((f) => f.label).length).toBeGreaterThan(0);
  });

  it('is real by an independent validator too', () => {
    const validate = bundleValidator(documentedVariant(doc, place));
    const rejected = samples.filter((s) => validate(s.schemaPointer, s.value).length > 0);
    expect(rejected.length).toBeGreaterThan(0);
  });

  it('the documented variant differs from the spec as written (the place admits something)', () => {
    const node = getAt(doc, place.pointer);
    const merged = { ...(isObject(node) ? node : {}), ...place.documented };
    expect(merged).not.toEqual(node);
  });
});

describe.each(parameterRows)('%s', (_label, { service, place }) => {
  const doc = bundleOf(service);

  it('is a parameter with a one-line note and an x-doc-parameter object', () => {
    const node = getAt(doc, place.pointer);
    expect(isObject(node) && typeof node.name === 'string' && typeof node.in === 'string').toBe(true);
    expect(place.note).not.toMatch(/[\r\n]/);
    expect(isObject(node) ? node['x-doc-parameter'] : undefined).toEqual(place.documented);
  });

  it('is real: the overlay changes what the parameter says', () => {
    expect(overlayChanges(doc, place).length).toBeGreaterThan(0);
    const node = getAt(doc, place.pointer);
    expect(getAt(documentedVariant(doc, place), place.pointer)).not.toEqual(node);
  });
});

describe('the X-Auth-Token header of HSS and DataArts Insight', () => {
  it.each(['hss', 'dataarts-insight'])('%s: optional in the spec (AK/SK requests omit it), required as the page documents it', (service) => {
    const doc = bundleOf(service);
    const pointer = '/components/parameters/X-Auth-Token-documented-required';
    const node = getAt(doc, pointer) as JsonObject;
    expect({ name: node.name, in: node.in, required: node.required }).toEqual({ name: 'X-Auth-Token', in: 'header', required: false });
    const place = findErrata(doc).places.find((p) => p.pointer === pointer) as ErrataPlace;
    expect((getAt(documentedVariant(doc, place), pointer) as JsonObject).required).toBe(true);
  });

  it('the check can fail: an overlay equal to the spec is not real', () => {
    const doc = clone(bundleOf('hss'));
    const pointer = '/components/parameters/X-Auth-Token-documented-required';
    (getAt(doc, pointer) as JsonObject).required = true;
    const place = findErrata(doc).places.find((p) => p.pointer === pointer) as ErrataPlace;
    expect(overlayChanges(doc, place)).toEqual([]);
  });
});

describe.each(SERVICES.map((s) => [s] as const))('%s as written', (service) => {
  const doc = bundleOf(service);

  it('accepts every fixture (no unnoted violation)', () => {
    const samples = fixtureSamples(doc, service);
    expect(samples.length).toBeGreaterThan(0);
    expect(violations(doc, samples)).toEqual([]);
  });
});

describe('the check can fail', () => {
  it('undoing the begin_time admission (type back to string) is reported by violations', () => {
    const doc = clone(bundleOf('metastudio'));
    const pointer = '/components/schemas/QueryTaskResultDTO/properties/begin_time';
    const node = getAt(doc, pointer);
    if (!isObject(node)) throw new Error(`no node at ${pointer}`);
    node.type = 'string';
    delete node['x-doc-errata'];
    delete node['x-doc-schema'];

    const samples = fixtureSamples(doc, 'metastudio');
    const found = violations(doc, samples);
    expect(found.map((v) => v.label)).toEqual(['001-metastudio.ShowTask.200.json']);
    expect(found[0]?.errors.join('\n')).toMatch(/\/begin_time/);
    // …and the place is gone from the errata list, so nothing excuses it.
    expect(findErrata(doc).places.map((p) => p.pointer)).not.toContain(pointer);
  });

  it('undoing the import_type admission (anyOf back to the enum) is reported by violations', () => {
    const doc = clone(bundleOf('dataarts-insight'));
    const node = getAt(doc, '/components/schemas/ImportTaskDetail/properties/import_type');
    if (!isObject(node)) throw new Error('no import_type');
    delete node.anyOf;
    node.enum = ['import', 'crossSpaceImport'];
    const found = violations(doc, fixtureSamples(doc, 'dataarts-insight'));
    expect(found.map((v) => v.label)).toEqual(['004-dataarts-insight.ListImportResourceTaskDetail.200.json']);
    expect(found[0]?.errors.join('\n')).toMatch(/\/import_type/);
  });

  it('undoing the workspace create_time admission (pattern enforced) is reported by violations', () => {
    const doc = clone(bundleOf('workspace'));
    const pointer = '/components/schemas/ExportTaskItem/properties/create_time';
    const node = getAt(doc, pointer);
    if (!isObject(node) || !isObject(node['x-doc-schema'])) throw new Error('no create_time');
    Object.assign(node, node['x-doc-schema']);
    const found = violations(doc, fixtureSamples(doc, 'workspace'));
    expect(found).toHaveLength(1);
    expect(found[0]?.errors.join('\n')).toMatch(/create_time/);
  });

  it('a bogus erratum (a note where the example agrees with the table) is not real', () => {
    const doc = clone(bundleOf('hss'));
    const pointer = '/components/schemas/ListQueryExportTaskResponse/properties/task_name';
    const node = getAt(doc, pointer);
    if (!isObject(node)) throw new Error('no task_name');
    node['x-doc-errata'] = 'A made-up note: nothing here contradicts the table.';
    node['x-doc-schema'] = { type: 'string', minLength: 1, maxLength: 128 };
    const bogus = findErrata(doc).places.filter((p) => p.kind === 'schema');
    expect(bogus.map((p) => p.pointer)).toEqual([pointer]);
    const place = bogus[0] as ErrataPlace;
    expect(violations(documentedVariant(doc, place), fixtureSamples(doc, 'hss'))).toEqual([]);
  });

  it('a multi-line note is reported as a problem, not a place', () => {
    const doc = clone(bundleOf('metastudio'));
    const node = getAt(doc, '/components/schemas/QueryTaskResultDTO/properties/task_type');
    if (!isObject(node)) throw new Error('no task_type');
    node['x-doc-errata'] = 'first line\nsecond line';
    const { places: found, problems } = findErrata(doc);
    expect(found.map((p) => p.pointer)).not.toContain('/components/schemas/QueryTaskResultDTO/properties/task_type');
    expect(problems.map((p) => p.pointer)).toEqual(['/components/schemas/QueryTaskResultDTO/properties/task_type']);
  });
});
