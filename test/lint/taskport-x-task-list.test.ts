/** taskport-x-task-list: x-task-list lists the task objects of the x-task operation, with integer counters. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, clone, expectResults, getOperation, pathParam, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-task-list';
const AT = '/paths/~1tasks/get/x-task-list';
const integer = (description: string) => ({ type: 'integer', description });
const TASK = { type: 'object', description: 'A task.', properties: { id: { type: 'string', description: 'ID.' }, status: { type: 'string', description: 'State.' } } };
const OTHER = { type: 'object', description: 'Not a task.', properties: { id: { type: 'string', description: 'ID.' } } };
const PAGE = {
  type: 'object',
  description: 'A page.',
  properties: {
    data: { type: 'array', description: 'Tasks.', items: { $ref: '#/components/schemas/Task' } },
    others: { type: 'array', description: 'Other things.', items: { $ref: '#/components/schemas/Other' } },
    count: integer('Total.'),
    offset: integer('Start.'),
    limit: { type: 'integer', default: 10, description: 'Page size.' },
    label: { type: 'string', description: 'Text.' },
  },
};
const GOOD = { items: '/data', total: '/count', offset: '/offset', limit: '/limit' };

/** A ShowTask with x-task and a SearchTask with `xTaskList`. */
function doc(xTaskList: unknown, options: { withTaskOperation?: boolean } = {}): object {
  const search = { ...getOperation({ schema: { $ref: '#/components/schemas/Page' }, example: {}, extra: { 'x-task-list': xTaskList } }), operationId: 'SearchTask' };
  const show = getOperation({ parameters: [pathParam('id')], schema: { $ref: '#/components/schemas/Task' }, example: {}, extra: { 'x-task': { id: 'id', idField: '/id', status: { field: '/status', values: { running: ['R'] } } } } });
  return apiDoc(
    { '/tasks': { get: search }, ...(options.withTaskOperation === false ? {} : { '/tasks/{id}': { get: show } }) },
    { schemas: { Task: clone(TASK), Other: clone(OTHER), Page: clone(PAGE) } },
  );
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['a complete x-task-list passes', { given: doc(GOOD), want: [] }],
    ['items alone pass', { given: doc({ items: '/data' }), want: [] }],
    ['an unknown field', { given: doc({ ...GOOD, pageSize: '/limit' }), want: [{ message: 'x-task-list: unknown field "pageSize"', at: AT }] }],
    ['no items', { given: doc({ total: '/count' }), want: [{ message: "x-task-list: must have required property 'items'", at: AT }] }],
    ['items of another schema', { given: doc({ items: '/others' }), want: [{ message: 'x-task-list/items: the items (/components/schemas/Other) are not the task objects of the x-task operation (/components/schemas/Task)', at: `${AT}/items` }] }],
    ['items that are not an array', { given: doc({ items: '/count' }), want: [{ message: 'x-task-list/items: the schema at /components/schemas/Page/properties/count is not an array with items' }] }],
    ['no x-task operation in the document', { given: doc(GOOD, { withTaskOperation: false }), want: [{ message: 'x-task-list/items: the document has no x-task operation' }] }],
    ['a total that is not an integer', { given: doc({ ...GOOD, total: '/label' }), want: [{ message: 'x-task-list/total: is not an integer field', at: `${AT}/total` }] }],
    ['an offset that does not exist', { given: doc({ ...GOOD, offset: '/start' }), want: [{ message: 'x-task-list/offset: no property "start"', at: `${AT}/offset` }] }],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
