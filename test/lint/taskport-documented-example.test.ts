/**
 * taskport-documented-example: every 200 JSON response carries the example the page documents, or says
 * in x-doc-provenance that the page shows none; a 200 with no body or only a file body needs none.
 */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, type Want } from './openapi-doc.js';

const RULE = 'taskport-documented-example';
const AT = '/paths/~1tasks/get/responses/200';
const MISSING = 'the 200 response has no documented application/json example';
const schema = { type: 'object', properties: { id: { type: 'string', description: 'ID.' } } };

/** GET /tasks whose 200 application/json media object is `media`. */
function withMedia(media: Record<string, unknown>): object {
  const operation = getOperation();
  operation.responses = { '200': { description: 'The task.', content: { 'application/json': media } } };
  return apiDoc({ '/tasks': { get: operation } });
}

const FILE = { type: 'string', format: 'binary' };

/** GET /tasks whose 200 response is `response`. */
function withResponse(response: Record<string, unknown>): object {
  const operation = getOperation();
  operation.responses = { '200': response };
  return apiDoc({ '/tasks': { get: operation } });
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['an inline example passes', { given: withMedia({ schema, example: { id: 't-1' } }), want: [] }],
    ['a named example passes', { given: withMedia({ schema, examples: { documented: { summary: 'Documented', value: { id: 't-1' } } } }), want: [] }],
    [
      'a $ref to a 200 response with an example passes (the rule runs resolved)',
      {
        given: (() => {
          const operation = getOperation();
          operation.responses = { '200': { $ref: '#/components/responses/Task' } };
          return apiDoc(
            { '/tasks': { get: operation } },
            { responses: { Task: { description: 'The task.', content: { 'application/json': { schema, example: { id: 't-1' } } } } } },
          );
        })(),
        want: [],
      },
    ],
    [
      'only non-200 responses lack examples: passes',
      {
        given: (() => {
          const operation = getOperation({ schema, example: { id: 't-1' } });
          (operation.responses as Record<string, unknown>)['400'] = { description: 'Bad.', content: { 'application/json': { schema } } };
          return apiDoc({ '/tasks': { get: operation } });
        })(),
        want: [],
      },
    ],
    ['a page that shows no example, said in x-doc-provenance, passes', { given: withResponse({ description: 'The task.', 'x-doc-provenance': 'The stored page shows no example response.', content: { 'application/json': { schema } } }), want: [] }],
    ['a 200 with no body passes', { given: withResponse({ description: 'Succeeded.' }), want: [] }],
    ['a file answer passes', { given: withResponse({ description: 'The file.', content: { 'application/zip': { schema: FILE } } }), want: [] }],
    ['a file answer next to a JSON body without an example', { given: withResponse({ description: 'The file.', content: { 'application/octet-stream': { schema: FILE }, 'application/json': { schema } } }), want: [{ message: MISSING, at: AT }] }],
    ['a non-JSON body that is not a file', { given: withResponse({ description: 'Text.', content: { 'text/plain': { schema: { type: 'string' } } } }), want: [{ message: MISSING, at: AT }] }],
    ['an empty x-doc-provenance does not excuse the missing example', { given: withResponse({ description: 'The task.', 'x-doc-provenance': ' ', content: { 'application/json': { schema } } }), want: [{ message: MISSING, at: AT }] }],
    ['a schema without an example', { given: withMedia({ schema }), want: [{ message: MISSING, at: AT }] }],
    ['an empty examples map', { given: withMedia({ schema, examples: {} }), want: [{ message: MISSING, at: AT }] }],
    [
      'an example under another media type only',
      {
        given: (() => {
          const operation = getOperation();
          operation.responses = { '200': { description: 'The task.', content: { 'text/plain': { schema: { type: 'string' }, example: 'ok' } } } };
          return apiDoc({ '/tasks': { get: operation } });
        })(),
        want: [{ message: MISSING, at: AT }],
      },
    ],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
