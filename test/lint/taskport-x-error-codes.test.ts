/** taskport-x-error-codes: where a 4xx error_code is an enum, x-error-codes says which value means invalid input, and it is one of them. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-error-codes';
const AT = '/paths/~1tasks/get';
const ENUMERATED = { type: 'object', description: 'Error.', properties: { error_code: { type: 'string', description: 'Code.', enum: ['E.1', 'E.3'] } } };
const OPEN = { type: 'object', description: 'Error.', properties: { error_code: { type: 'string', description: 'Code.' } } };

/** GET /tasks whose `status` answer has `schema`, with `codes` as x-error-codes. */
function withError(schema: unknown, codes?: unknown, status = '400'): object {
  const operation = getOperation({ example: {}, extra: codes === undefined ? {} : { 'x-error-codes': codes } }) as { responses: Record<string, unknown> };
  operation.responses[status] = { description: 'Bad input.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  return apiDoc({ '/tasks': { get: operation } }, { schemas: { Error: schema } });
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['an enumerated error_code with its invalid-input code passes', { given: withError(ENUMERATED, { invalidInput: 'E.3' }), want: [] }],
    ['an open error_code needs no x-error-codes', { given: withError(OPEN), want: [] }],
    ['an open error_code may name one', { given: withError(OPEN, { invalidInput: 'APIGW.0201' }), want: [] }],
    ['an enumerated error_code without x-error-codes', { given: withError(ENUMERATED), want: [{ message: 'x-error-codes: the 400 error_code is an enum; say which value means invalid input', at: `${AT}/responses/400` }] }],
    ['an enumerated 4XX error_code without x-error-codes', { given: withError(ENUMERATED, undefined, '4XX'), want: [{ message: 'the 4XX error_code is an enum', at: `${AT}/responses/4XX` }] }],
    ['a code that is not documented', { given: withError(ENUMERATED, { invalidInput: 'E.2' }), want: [{ message: 'x-error-codes/invalidInput: "E.2" is not a documented 400 error_code', at: `${AT}/x-error-codes/invalidInput` }] }],
    ['an unknown field', { given: withError(ENUMERATED, { invalidInput: 'E.3', notFound: 'E.1' }), want: [{ message: 'x-error-codes: unknown field "notFound"', at: `${AT}/x-error-codes` }] }],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
