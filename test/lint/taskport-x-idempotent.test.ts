/** taskport-x-idempotent: every operation says whether it may be resent; an operation that starts a task may not. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-idempotent';
const AT = '/paths/~1tasks/get';
const TASK_BODY = { type: 'object', properties: { task_id: { type: 'string', description: 'Task ID.' } } };

/** GET /tasks with `extra` on the operation. */
function withExtra(extra: Record<string, unknown>): object {
  return apiDoc({ '/tasks': { get: getOperation({ schema: TASK_BODY, example: {}, extra }) } });
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['a read marked true passes', { given: withExtra({ 'x-idempotent': true }), want: [] }],
    ['a GET that creates something marked false passes', { given: withExtra({ 'x-idempotent': false }), want: [] }],
    ['a start operation marked false passes', { given: withExtra({ 'x-idempotent': false, 'x-task-start': { taskId: '/task_id' } }), want: [] }],
    ['an operation without it', { given: withExtra({}), want: [{ message: 'x-idempotent: missing; say whether the operation may be resent', at: AT }] }],
    ['a string instead of a boolean', { given: withExtra({ 'x-idempotent': 'false' }), want: [{ message: 'x-idempotent: must be true or false, not "false"', at: `${AT}/x-idempotent` }] }],
    [
      'a start operation marked true',
      { given: withExtra({ 'x-idempotent': true, 'x-task-start': { taskId: '/task_id' } }), want: [{ message: 'an operation with x-task-start starts a task, so it is not idempotent', at: `${AT}/x-idempotent` }] },
    ],
    [
      'each operation of a path is checked',
      {
        given: apiDoc({
          '/tasks': {
            get: getOperation({ example: {}, extra: { 'x-idempotent': true } }),
            post: { ...getOperation({ example: {} }), operationId: 'CreateTask' },
          },
        }),
        want: [{ message: 'x-idempotent: missing', at: '/paths/~1tasks/post' }],
      },
    ],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
