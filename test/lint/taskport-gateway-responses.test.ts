/** taskport-gateway-responses: every operation documents the API Gateway's 401 and 403 with the shared responses. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, type Want } from './openapi-doc.js';

const RULE = 'taskport-gateway-responses';
const AT = '/paths/~1tasks/get';
const UNAUTHORIZED = { $ref: '#/components/responses/GatewayUnauthorized' };
const FORBIDDEN = { $ref: '#/components/responses/GatewayForbidden' };
const INLINE = { description: 'Authentication failed.', content: { 'application/json': { schema: { type: 'object' } } } };
const COMPONENTS = { responses: { GatewayUnauthorized: INLINE, GatewayForbidden: { ...INLINE, description: 'Forbidden.' } } };

/** GET /tasks with these responses besides 200. */
function withResponses(extra: Record<string, unknown>): object {
  const operation = getOperation({ example: {} }) as { responses: Record<string, unknown> };
  Object.assign(operation.responses, extra);
  return apiDoc({ '/tasks': { get: operation } }, COMPONENTS);
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['both shared responses pass', { given: withResponses({ '401': UNAUTHORIZED, '403': FORBIDDEN }), want: [] }],
    ['a 401 the page documents inline stands for the shared one', { given: withResponses({ '401': INLINE, '403': FORBIDDEN }), want: [] }],
    ['no 401 and no 403', { given: withResponses({}), want: [{ message: "the API Gateway's 401 is not documented", at: `${AT}/responses` }, { message: "the API Gateway's 403 is not documented", at: `${AT}/responses` }] }],
    ['a 403 written inline', { given: withResponses({ '401': UNAUTHORIZED, '403': INLINE }), want: [{ message: 'responses/403: use the shared GatewayForbidden response', at: `${AT}/responses/403` }] }],
    ['a 401 pointing at another component', { given: withResponses({ '401': FORBIDDEN, '403': FORBIDDEN }), want: [{ message: 'responses/401: use the shared GatewayUnauthorized response', at: `${AT}/responses/401` }] }],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
