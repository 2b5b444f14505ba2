/** taskport-x-pagination: x-pagination names integer query parameters and existing items/total fields. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, clone, expectResults, getOperation, queryParam, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-pagination';
const AT = '/paths/~1tasks/get/x-pagination';
const GOOD = { offsetParam: 'offset', limitParam: 'limit', items: '/tasks', total: '/count' };
const PAGE = {
  type: 'object',
  description: 'One page of tasks.',
  properties: {
    tasks: { type: 'array', description: 'Tasks.', items: { $ref: '#/components/schemas/Task' } },
    count: { type: 'integer', format: 'int32', description: 'Total.' },
    label: { type: 'string', description: 'Not a number.' },
  },
};
const PARAMETERS = [queryParam('offset', { type: 'integer', minimum: 0 }), queryParam('limit', { type: 'integer', minimum: 1 })];

/** GET /tasks returning a Page, with `xPagination` and the given parameters. */
function listTasks(xPagination: unknown, options: { parameters?: unknown[]; page?: Record<string, unknown> } = {}): object {
  const operation = getOperation({
    parameters: options.parameters ?? clone(PARAMETERS),
    schema: { $ref: '#/components/schemas/Page' },
    example: {},
    extra: { 'x-pagination': xPagination },
  });
  return apiDoc(
    { '/tasks': { get: operation } },
    {
      schemas: { Page: options.page ?? clone(PAGE), Task: { type: 'object', properties: { id: { type: 'string', description: 'ID.' } } } },
      parameters: { Offset: queryParam('offset', { type: 'integer' }) },
    },
  );
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['a well-formed x-pagination passes', { given: listTasks(GOOD), want: [] }],
    [
      'parameters shared through $ref pass',
      { given: listTasks(GOOD, { parameters: [{ $ref: '#/components/parameters/Offset' }, clone(PARAMETERS[1])] }), want: [] },
    ],
    [
      'integer among several types passes',
      { given: listTasks(GOOD, { parameters: [queryParam('offset', { type: ['integer', 'null'] }), clone(PARAMETERS[1])] }), want: [] },
    ],
    ['an operation without x-pagination passes', { given: apiDoc({ '/tasks': { get: getOperation({ example: {} }) } }), want: [] }],
    ['an unknown field', { given: listTasks({ ...GOOD, pageSize: 20 }), want: [{ message: 'x-pagination: unknown field "pageSize"', at: AT }] }],
    [
      'a missing required field',
      { given: listTasks({ offsetParam: 'offset', limitParam: 'limit', items: '/tasks' }), want: [{ message: "x-pagination: must have required property 'total'", at: AT }] },
    ],
    [
      'offsetParam is not a parameter',
      { given: listTasks({ ...GOOD, offsetParam: 'start' }), want: [{ message: 'x-pagination/offsetParam: the operation has no parameter "start"', at: `${AT}/offsetParam` }] },
    ],
    [
      'limitParam is a string parameter',
      {
        given: listTasks(GOOD, { parameters: [clone(PARAMETERS[0]), queryParam('limit')] }),
        want: [{ message: 'x-pagination/limitParam: "limit" is not an integer query parameter', at: `${AT}/limitParam` }],
      },
    ],
    [
      'offsetParam is a header, not a query parameter',
      {
        given: listTasks(GOOD, { parameters: [{ ...queryParam('offset', { type: 'integer' }), in: 'header' }, clone(PARAMETERS[1])] }),
        want: [{ message: 'x-pagination/offsetParam: "offset" is not an integer query parameter', at: `${AT}/offsetParam` }],
      },
    ],
    [
      'items names a missing property',
      { given: listTasks({ ...GOOD, items: '/data' }), want: [{ message: 'x-pagination/items: no property "data" in the schema at /components/schemas/Page', at: `${AT}/items` }] },
    ],
    [
      'items is not an array',
      {
        given: listTasks({ ...GOOD, items: '/count' }),
        want: [{ message: 'x-pagination/items: the schema at /components/schemas/Page/properties/count is not an array with items', at: `${AT}/items` }],
      },
    ],
    [
      'total names a missing property',
      { given: listTasks({ ...GOOD, total: '/total' }), want: [{ message: 'x-pagination/total: no property "total"', at: `${AT}/total` }] },
    ],
    ['total is not an integer', { given: listTasks({ ...GOOD, total: '/label' }), want: [{ message: 'x-pagination/total: is not an integer field', at: `${AT}/total` }] }],
    [
      'no 200 application/json schema',
      {
        given: (() => {
          const doc = listTasks(GOOD) as { paths: Record<string, { get: { responses: unknown } }> };
          doc.paths['/tasks']!.get.responses = { '204': { description: 'No content.' } };
          return doc;
        })(),
        want: [{ message: 'x-pagination: the operation has no 200 application/json schema', at: AT }],
      },
    ],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
