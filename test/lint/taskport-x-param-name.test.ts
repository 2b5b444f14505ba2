/** taskport-x-param-name: a body field named like a parameter carries x-param-name; each flat parameter name is used once. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, clone, expectResults, getOperation, queryParam, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-param-name';
const BODY = '/components/schemas/Body/properties';
const text = (description: string, extra: Record<string, unknown> = {}) => ({ type: 'string', description, ...extra });

/** POST /exports with query `status` and `limit`, and a `media` body whose schema (in components) has `properties`. */
function exportWith(properties: Record<string, unknown>, media = 'application/json'): object {
  const operation = getOperation({ parameters: [queryParam('status'), queryParam('limit', { type: 'integer' })], example: {} });
  operation.operationId = 'StartExport';
  operation.requestBody = { required: true, content: { [media]: { schema: { $ref: '#/components/schemas/Body' } } } };
  return apiDoc({ '/exports': { post: operation } }, { schemas: { Body: { type: 'object', description: 'Body.', properties: clone(properties) } } });
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['body fields with names of their own pass', { given: exportWith({ export_size: { type: 'integer', description: 'Rows.' }, headers: text('Headers.') }), want: [] }],
    ['a colliding field renamed passes', { given: exportWith({ status: text('Status of the rows.', { 'x-param-name': 'body_status' }) }), want: [] }],
    ['an operation without a body passes', { given: apiDoc({ '/tasks': { get: getOperation({ parameters: [queryParam('status')], example: {} }) } }), want: [] }],
    [
      'a JSON body field named like a query parameter',
      { given: exportWith({ status: text('Status of the rows.') }), want: [{ message: 'application/json body field "status": collides with the query parameter "status"; give it x-param-name', at: `${BODY}/status` }] },
    ],
    [
      'a multipart text part named like a query parameter',
      { given: exportWith({ limit: text('Limit.'), file: { type: 'string', format: 'binary', description: 'File.' } }, 'multipart/form-data'), want: [{ message: 'multipart/form-data body field "limit": collides with the query parameter "limit"', at: `${BODY}/limit` }] },
    ],
    [
      'a rename onto another parameter',
      { given: exportWith({ status: text('Status of the rows.', { 'x-param-name': 'limit' }) }), want: [{ message: 'body field "status": "limit" is a parameter name too', at: `${BODY}/status/x-param-name` }] },
    ],
    [
      'a rename onto another body field',
      { given: exportWith({ status: text('Status of the rows.', { 'x-param-name': 'state' }), state: text('State.') }), want: [{ message: 'body field "state": "state" is already the flat name of body field "status"', at: `${BODY}/state` }] },
    ],
    [
      'a rename of a field that collides with nothing',
      { given: exportWith({ state: text('State.', { 'x-param-name': 'row_state' }) }), want: [{ message: 'body field "state": x-param-name renames a field that collides with no parameter', at: `${BODY}/state/x-param-name` }] },
    ],
    [
      'a rename that is not a parameter name',
      { given: exportWith({ status: text('Status of the rows.', { 'x-param-name': 'body status' }) }), want: [{ message: 'body field "status": "body status" is not a parameter name', at: `${BODY}/status/x-param-name` }] },
    ],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
