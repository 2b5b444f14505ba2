/**
 * The documented example responses (verbatim page text in test/fixtures/examples) against the bundled specs.
 *
 * - every fixture validates against its operation's application/json schema of its status, or of the
 *   request body for a documented request (Ajv 2020-12, formats on);
 * - the spec's own example (`examples.documented.value`) is the fixture, so nobody bends an example to fit a schema;
 * - fixtures and spec examples pair up one to one.
 */
import { describe, expect, it } from 'vitest';
import { isObject } from '../../scripts/lint/json-pointer.js';
import {
  SERVICES,
  bundleValidator,
  findOperation,
  jsonMedia,
  loadBundle,
  loadFixtures,
  operations,
  resolveObject,
  responseSchemaPointer,
} from '../helpers/bundles.js';

const fixtures = loadFixtures();
const bundles = new Map(SERVICES.map((s) => [s as string, loadBundle(s)]));

function bundleOf(service: string) {
  const doc = bundles.get(service);
  if (!doc) throw new Error(`no bundle for service "${service}"`);
  return doc;
}

/** Every `examples.<name>` (and `example`) of every JSON response and request body media of every operation in every bundle. */
const specExamples = SERVICES.flatMap((service) => {
  const doc = bundleOf(service);
  return operations(doc).flatMap((op) => {
    const responses = isObject(op.operation.responses) ? op.operation.responses : {};
    return [...Object.keys(responses), 'request'].flatMap((status) => {
      let media: ReturnType<typeof jsonMedia>;
      try {
        media = jsonMedia(doc, op, status);
      } catch {
        return [];
      }
      const named = isObject(media.node.examples) ? Object.keys(media.node.examples) : [];
      const names = 'example' in media.node ? [...named, '(example)'] : named;
      return names.map((name) => ({ service, operationId: String(op.operation.operationId), status, name }));
    });
  });
});

describe('fixtures', () => {
  it('there is one fixture per documented JSON example (pages 000–004 and the lifecycle pages that print one)', () => {
    expect(fixtures.map((f) => `${f.page} ${f.operationId}.${f.status}`)).toEqual([
      '000 SearchTask.200',
      '001 ShowTask.200',
      '002 ListExportTasks.200',
      '003 ListQueryExportTask.200',
      '004 ListImportResourceTaskDetail.200',
      '008 ImportResource.202',
      '009 DeleteExportTasks.request',
      '017 CreateAndUpdateExportConfig.200',
      '017 CreateAndUpdateExportConfig.request',
      '018 ExportResourcePackage.request',
      '019 ImportResourcePackage.200',
    ]);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s is valid JSON naming a known service and operation', (_file, f) => {
    expect(SERVICES as readonly string[]).toContain(f.service);
    expect(() => findOperation(bundleOf(f.service), f.operationId)).not.toThrow();
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s validates against its application/json schema', (_file, f) => {
    const doc = bundleOf(f.service);
    const pointer = responseSchemaPointer(doc, findOperation(doc, f.operationId), f.status);
    expect(bundleValidator(doc)(pointer, f.value)).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s deep-equals the spec example examples.documented.value', (_file, f) => {
    const doc = bundleOf(f.service);
    const media = jsonMedia(doc, findOperation(doc, f.operationId), f.status);
    expect(isObject(media.node.examples), 'the response has an examples map').toBe(true);
    const examples = isObject(media.node.examples) ? media.node.examples : {};
    expect(Object.keys(examples), 'the documented example is there').toContain('documented');
    const documented = resolveObject(doc, examples.documented, `${media.pointer}/examples/documented`).node;
    expect(documented.value).toStrictEqual(f.value);
    // A single inline `example` next to it would be a second, unchecked truth.
    expect('example' in media.node).toBe(false);
  });
});

describe('spec examples', () => {
  it('the bundles carry at least one example', () => {
    expect(specExamples.length).toBeGreaterThan(0);
  });

  it.each(specExamples.map((e) => [`${e.service} ${e.operationId} ${e.status} ${e.name}`, e] as const))(
    '%s has a fixture',
    (_label, e) => {
      expect(e.name, 'spec examples are named "documented"').toBe('documented');
      const matching = fixtures.filter(
        (f) => f.service === e.service && f.operationId === e.operationId && f.status === e.status,
      );
      expect(matching.map((f) => f.file)).toHaveLength(1);
    },
  );

  it('the set of (service, operation, status) of spec examples equals that of fixtures', () => {
    const fromSpec = specExamples.map((e) => `${e.service}.${e.operationId}.${e.status}`).sort();
    const fromFixtures = fixtures.map((f) => `${f.service}.${f.operationId}.${f.status}`).sort();
    expect(fromSpec).toEqual(fromFixtures);
  });
});

describe('the validator is live', () => {
  // A check that cannot fail proves nothing: break each fixture in an obvious way and expect a rejection.
  it.each(fixtures.map((f) => [f.file, f] as const))('%s with a wrongly typed field is rejected', (_file, f) => {
    const doc = bundleOf(f.service);
    const pointer = responseSchemaPointer(doc, findOperation(doc, f.operationId), f.status);
    expect(isObject(f.value)).toBe(true);
    const broken = { ...(f.value as Record<string, unknown>) };
    const key = Object.keys(broken)[0] as string;
    broken[key] = { not: 'a scalar' };
    expect(bundleValidator(doc)(pointer, broken)).not.toEqual([]);
  });
});
