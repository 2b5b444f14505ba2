/** taskport-x-parameters-together: x-parameters-together groups name parameters of the operation. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, queryParam, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-parameters-together';
const AT = '/paths/~1tasks/get/x-parameters-together';

/** GET /tasks with query parameters sort_field, sort_type and a shared `Limit`, and `groups` as x-parameters-together. */
function withGroups(groups: unknown): object {
  const operation = getOperation({
    parameters: [queryParam('sort_field'), queryParam('sort_type'), { $ref: '#/components/parameters/Limit' }],
    example: {},
    extra: { 'x-parameters-together': groups },
  });
  return apiDoc({ '/tasks': { get: operation } }, { parameters: { Limit: queryParam('limit', { type: 'integer' }) } });
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['a group of existing parameters passes', { given: withGroups([['sort_field', 'sort_type']]), want: [] }],
    ['a group naming a $ref-shared parameter passes', { given: withGroups([['sort_type', 'limit']]), want: [] }],
    ['an operation without the extension passes', { given: apiDoc({ '/tasks': { get: getOperation({ example: {} }) } }), want: [] }],
    [
      'a group names a missing parameter',
      { given: withGroups([['sort_field', 'sort_order']]), want: [{ message: 'x-parameters-together/0: the operation has no parameter "sort_order"', at: `${AT}/0` }] },
    ],
    [
      'each missing name of each group is reported',
      {
        given: withGroups([
          ['sort_field', 'sort_type'],
          ['page', 'size'],
        ]),
        want: [
          { message: 'x-parameters-together/1: the operation has no parameter "page"', at: `${AT}/1` },
          { message: 'x-parameters-together/1: the operation has no parameter "size"', at: `${AT}/1` },
        ],
      },
    ],
    ['a group of one', { given: withGroups([['sort_field']]), want: [{ message: 'x-parameters-together/0: must NOT have fewer than 2 items', at: `${AT}/0` }] }],
    [
      'a name repeated in a group',
      { given: withGroups([['sort_field', 'sort_field']]), want: [{ message: 'x-parameters-together/0: must NOT have duplicate items', at: `${AT}/0` }] },
    ],
    ['not a list of groups', { given: withGroups(['sort_field', 'sort_type']), want: [{ message: 'must be array' }, { message: 'must be array' }] }],
    ['no groups at all', { given: withGroups([]), want: [{ message: 'x-parameters-together: must NOT have fewer than 1 items', at: AT }] }],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
