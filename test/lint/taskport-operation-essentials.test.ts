/** taskport-operation-essentials: every operation has an operationId, a summary, a description and a tag. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, type Want } from './openapi-doc.js';

const RULE = 'taskport-operation-essentials';
const AT = '/paths/~1tasks/get';

/** The document with one GET /tasks operation, after `change` edits that operation. */
function withOperation(change: (operation: Record<string, unknown>) => void): object {
  const operation = getOperation();
  change(operation);
  return apiDoc({ '/tasks': { get: operation } });
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['an operation with all four passes', { given: withOperation(() => {}), want: [] }],
    [
      'every method is checked, not only get',
      {
        given: apiDoc({ '/tasks': { get: getOperation(), post: { ...getOperation(), operationId: 'CreateTask', summary: '' } } }),
        want: [{ message: '"summary" property must be truthy', at: '/paths/~1tasks/post/summary' }],
      },
    ],
    ['no operationId', { given: withOperation((o) => delete o.operationId), want: [{ message: '"get.operationId" property must be truthy', at: AT }] }],
    ['no summary', { given: withOperation((o) => delete o.summary), want: [{ message: '"get.summary" property must be truthy', at: AT }] }],
    ['an empty description', { given: withOperation((o) => (o.description = '')), want: [{ message: '"description" property must be truthy', at: `${AT}/description` }] }],
    ['no tags', { given: withOperation((o) => delete o.tags), want: [{ message: '"get.tags" property must be truthy', at: AT }] }],
    ['an empty tags array', { given: withOperation((o) => (o.tags = [])), want: [{ message: '"tags" property must be longer than 1', at: `${AT}/tags` }] }],
    [
      'all four missing: one result each',
      {
        given: withOperation((o) => {
          for (const key of ['operationId', 'summary', 'description', 'tags']) delete o[key];
        }),
        want: ['operationId', 'summary', 'description', 'tags'].map((field) => ({ message: `"get.${field}" property must be truthy`, at: AT })),
      },
    ],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
