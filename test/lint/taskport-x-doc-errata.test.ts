/**
 * taskport-x-doc-errata: each x-doc-errata is one line with its overlay (the keywords the page documents
 * there): on a schema an x-doc-schema that some documented example really deviates from, on a parameter
 * an x-doc-parameter that changes what the parameter says.
 */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, pathParam, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-doc-errata';
const AT = '/components/schemas/Task/properties/begin_time';
const NOTE = 'Table types begin_time as String but the example sends a number; integer is admitted.';
const REAL = { type: ['string', 'integer'], description: 'Start time.', 'x-doc-errata': NOTE, 'x-doc-schema': { type: 'string' } };

const TOKEN_AT = '/paths/~1tasks~1{id}/get/parameters/1';
const TOKEN_NOTE = 'The page marks X-Auth-Token mandatory, but AK/SK requests carry Authorization instead.';

/** GET /tasks/{id} with an X-Auth-Token header parameter carrying `extra`. */
function withTokenHeader(extra: Record<string, unknown>): object {
  const header = { name: 'X-Auth-Token', in: 'header', required: false, description: 'User token.', schema: { type: 'string' }, ...extra };
  return apiDoc({ '/tasks/{id}': { get: getOperation({ parameters: [pathParam('id'), header] }) } });
}

/** GET /tasks/{id} returning a Task whose `begin_time` is `beginTime`, documented by `example`. */
function withErratum(beginTime: Record<string, unknown>, example: unknown, taskExtra: Record<string, unknown> = {}): object {
  const operation = getOperation({ parameters: [pathParam('id')], schema: { $ref: '#/components/schemas/Task' }, example });
  return apiDoc(
    { '/tasks/{id}': { get: operation } },
    {
      schemas: {
        Task: {
          type: 'object',
          description: 'A task.',
          properties: { id: { type: 'string', description: 'Task ID.' }, begin_time: beginTime },
          ...taskExtra,
        },
      },
    },
  );
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['a real erratum (the example breaks the documented type) passes', { given: withErratum(REAL, { id: 't', begin_time: 1744276967708 }), want: [] }],
    [
      'a real erratum shown by a named example passes',
      {
        given: (() => {
          const doc = withErratum(REAL, undefined) as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, Record<string, unknown>> }> } }> };
          doc.paths['/tasks/{id}']!.get.responses['200']!.content['application/json']!.examples = {
            documented: { summary: 'Documented', value: { id: 't', begin_time: 1744276967708 } },
          };
          return doc;
        })(),
        want: [],
      },
    ],
    [
      'a real erratum on a whole schema (documented required field missing from the example) passes',
      {
        given: withErratum({ type: 'string', description: 'Start time.' }, { id: 't' }, {
          'x-doc-errata': 'The example omits the documented begin_time, so it is not required.',
          'x-doc-schema': { required: ['id', 'begin_time'] },
        }),
        want: [],
      },
    ],
    ['no errata at all passes', { given: withErratum({ type: 'string', description: 'Start time.' }, { id: 't', begin_time: 'now' }), want: [] }],
    [
      'no documented example breaks the x-doc-schema',
      {
        given: withErratum(REAL, { id: 't', begin_time: '2025-04-10T09:22:47Z' }),
        want: [{ message: 'x-doc-errata: no documented example deviates from x-doc-schema here; remove the note', at: AT }],
      },
    ],
    [
      'a note with no documented example at all',
      {
        given: withErratum(REAL, undefined),
        want: [{ message: 'remove the note', at: AT }],
      },
    ],
    [
      'a multi-line note',
      {
        given: withErratum({ ...REAL, 'x-doc-errata': 'Table types begin_time as String\nbut the example sends a number.' }, { id: 't', begin_time: 1 }),
        want: [{ message: 'x-doc-errata must be a one-line note', at: AT }],
      },
    ],
    [
      'an empty note',
      { given: withErratum({ ...REAL, 'x-doc-errata': '  ' }, { id: 't', begin_time: 1 }), want: [{ message: 'x-doc-errata must be a one-line note', at: AT }] },
    ],
    [
      'a note without x-doc-schema',
      {
        given: withErratum({ type: ['string', 'integer'], description: 'Start time.', 'x-doc-errata': NOTE }, { id: 't', begin_time: 1 }),
        want: [{ message: 'x-doc-errata needs x-doc-schema: the keywords the page documents at this place', at: AT }],
      },
    ],
    [
      'an x-doc-schema without a note',
      {
        given: withErratum({ type: ['string', 'integer'], description: 'Start time.', 'x-doc-schema': { type: 'string' } }, { id: 't', begin_time: 1 }),
        want: [{ message: 'x-doc-schema without an x-doc-errata note', at: AT }],
      },
    ],
    ['a real parameter erratum (the page says required, the spec does not) passes', { given: withTokenHeader({ 'x-doc-errata': TOKEN_NOTE, 'x-doc-parameter': { required: true } }), want: [] }],
    [
      'a parameter erratum whose overlay changes nothing',
      {
        given: withTokenHeader({ required: true, 'x-doc-errata': TOKEN_NOTE, 'x-doc-parameter': { required: true } }),
        want: [{ message: 'x-doc-parameter changes nothing the parameter says; remove the note', at: TOKEN_AT }],
      },
    ],
    [
      'a parameter erratum with a schema overlay',
      {
        given: withTokenHeader({ 'x-doc-errata': TOKEN_NOTE, 'x-doc-schema': { required: true } }),
        want: [
          { message: 'x-doc-schema does not belong on a parameter; use x-doc-parameter', at: TOKEN_AT },
          { message: 'x-doc-errata needs x-doc-parameter', at: TOKEN_AT },
        ],
      },
    ],
    ['an x-doc-parameter without a note', { given: withTokenHeader({ 'x-doc-parameter': { required: true } }), want: [{ message: 'x-doc-parameter without an x-doc-errata note', at: TOKEN_AT }] }],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
