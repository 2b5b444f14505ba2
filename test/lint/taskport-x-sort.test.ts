/** taskport-x-sort: x-sort names a field parameter whose values are item fields and an order parameter of exactly two values. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, clone, expectResults, getOperation, queryParam, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-sort';
const AT = '/paths/~1tasks/get/x-sort';
const TASK = { type: 'object', description: 'A task.', properties: { id: { type: 'string', description: 'ID.' }, create_time: { type: 'string', description: 'Created.' } } };
const PAGE = { type: 'object', description: 'A page.', properties: { tasks: { type: 'array', description: 'Tasks.', items: { $ref: '#/components/schemas/Task' } } } };
const GOOD = { fieldParam: 'sort_field', orderParam: 'sort_type', ascending: 'ASC', descending: 'DESC' };
const PARAMS = [queryParam('sort_field', { type: 'string', enum: ['create_time'] }), queryParam('sort_type', { type: 'string', enum: ['ASC', 'DESC'] }), queryParam('name')];

/** GET /tasks listing tasks with x-task/list, with `xSort` and the given parameters. */
function listTasks(xSort: unknown, parameters: unknown[] = clone(PARAMS), extra: Record<string, unknown> = {}): object {
  const task = { id: 'name', idField: '/id', list: { items: '/tasks' }, status: { field: '/id', values: { running: ['x'] } } };
  const operation = getOperation({ parameters, schema: { $ref: '#/components/schemas/Page' }, example: {}, extra: { 'x-task': task, 'x-sort': xSort, ...extra } });
  return apiDoc({ '/tasks': { get: operation } }, { schemas: { Task: clone(TASK), Page: clone(PAGE) } });
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['a well-formed x-sort passes', { given: listTasks(GOOD), want: [] }],
    ['an unknown field', { given: listTasks({ ...GOOD, default: 'ASC' }), want: [{ message: 'x-sort: unknown field "default"', at: AT }] }],
    ['a missing field', { given: listTasks({ fieldParam: 'sort_field', orderParam: 'sort_type', ascending: 'ASC' }), want: [{ message: "x-sort: must have required property 'descending'" }] }],
    ['a field parameter the operation lacks', { given: listTasks({ ...GOOD, fieldParam: 'order_by' }), want: [{ message: 'x-sort/fieldParam: the operation has no parameter "order_by"', at: `${AT}/fieldParam` }] }],
    ['a field parameter without an enum', { given: listTasks({ ...GOOD, fieldParam: 'name' }), want: [{ message: 'x-sort/fieldParam: "name" has no enum of values' }] }],
    [
      'a field value that is no item field',
      { given: listTasks(GOOD, [queryParam('sort_field', { type: 'string', enum: ['create_time', 'size'] }), clone(PARAMS[1])]), want: [{ message: 'x-sort/fieldParam: "size" is not a field of the listed items (id, create_time)' }] },
    ],
    ['ascending is not a value of the order parameter', { given: listTasks({ ...GOOD, ascending: 'asc' }), want: [{ message: 'x-sort/orderParam: "asc" is not a value of "sort_type"' }, { message: 'x-sort/orderParam: "sort_type" value "ASC" is neither ascending nor descending' }] }],
    [
      'an order parameter with a third value',
      { given: listTasks(GOOD, [clone(PARAMS[0]), queryParam('sort_type', { type: 'string', enum: ['ASC', 'DESC', 'RANDOM'] })]), want: [{ message: '"sort_type" value "RANDOM" is neither ascending nor descending' }] },
    ],
    [
      'a header parameter',
      { given: listTasks(GOOD, [clone(PARAMS[0]), { ...clone(PARAMS[1]), in: 'header' }]), want: [{ message: 'x-sort/orderParam: "sort_type" is not a query parameter' }] },
    ],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
