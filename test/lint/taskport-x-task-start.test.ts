/** taskport-x-task-start: x-task-start is well formed and its taskId names a string or integer field of the 2xx JSON body. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-task-start';
const AT = '/paths/~1tasks/post';
const STARTED = {
  type: 'object',
  description: 'The started task.',
  properties: {
    task_id: { type: 'string', description: 'Task ID.' },
    job: { type: 'object', description: 'Job.', properties: { number: { type: 'integer', description: 'Job number.' } } },
    done: { type: 'boolean', description: 'Done.' },
  },
};

/** POST /tasks answering `status` with `schema` (a $ref to components), with `start` as x-task-start. */
function startTask(start: unknown, status = '200', media = 'application/json'): object {
  const operation = getOperation({ extra: { 'x-task-start': start, 'x-idempotent': false } });
  operation.operationId = 'StartTask';
  operation.responses = { [status]: { description: 'Started.', content: { [media]: { schema: { $ref: '#/components/schemas/Started' }, example: {} } } } };
  return apiDoc({ '/tasks': { post: operation } }, { schemas: { Started: STARTED } });
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['a string field of the 200 body passes', { given: startTask({ taskId: '/task_id' }), want: [] }],
    ['a field of a 202 body passes', { given: startTask({ taskId: '/task_id' }, '202'), want: [] }],
    ['a nested integer field passes', { given: startTask({ taskId: '/job/number' }), want: [] }],
    ['an operation without it passes', { given: apiDoc({ '/tasks': { get: getOperation({ example: {} }) } }), want: [] }],
    ['a field the body lacks', { given: startTask({ taskId: '/id' }), want: [{ message: 'x-task-start/taskId: no property "id" in the schema at /components/schemas/Started (the 200 body)', at: `${AT}/x-task-start/taskId` }] }],
    ['a boolean field', { given: startTask({ taskId: '/done' }), want: [{ message: 'x-task-start/taskId: /done is not a string or integer field', at: `${AT}/x-task-start/taskId` }] }],
    ['no JSON body to read', { given: startTask({ taskId: '/task_id' }, '200', 'application/octet-stream'), want: [{ message: 'x-task-start: the operation has no 2xx application/json schema', at: `${AT}/x-task-start` }] }],
    ['not a pointer', { given: startTask({ taskId: 'task_id' }), want: [{ message: 'x-task-start/taskId: must match pattern', at: `${AT}/x-task-start/taskId` }] }],
    ['an unknown field', { given: startTask({ taskId: '/task_id', poll: 'ShowTask' }), want: [{ message: 'x-task-start: unknown field "poll"', at: `${AT}/x-task-start` }] }],
    ['no taskId', { given: startTask({}), want: [{ message: "x-task-start: must have required property 'taskId'", at: `${AT}/x-task-start` }] }],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
