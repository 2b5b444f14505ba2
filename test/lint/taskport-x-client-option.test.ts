/** taskport-x-client-option: a service's own client option is well formed, has a valid example, and means one thing across the document. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-client-option';
const OPTION = { name: 'workspaceId', env: 'HUAWEICLOUD_SDK_WORKSPACE_ID', description: 'Workspace ID.' };
const header = (extra: Record<string, unknown> = {}) => ({
  name: 'X-Workspace-Id',
  in: 'header',
  required: true,
  description: 'Workspace.',
  schema: { type: 'string', minLength: 1 },
  example: 'ws-1',
  'x-client-option': OPTION,
  ...extra,
});

/** Two operations, each with the given parameters. */
function twoOperations(first: unknown[], second: unknown[] = [], components: Record<string, unknown> = {}): object {
  return apiDoc({ '/a': { get: { ...getOperation({ parameters: first, example: {} }), operationId: 'A' } }, '/b': { get: { ...getOperation({ parameters: second, example: {} }), operationId: 'B' } } }, components);
}
const AT = '/paths/~1a/get/parameters/0/x-client-option';

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    ['a well-formed option passes', { given: twoOperations([header()]), want: [] }],
    ['the same option on two operations passes', { given: twoOperations([header()], [header()]), want: [] }],
    ['a shared parameter under components passes', { given: twoOperations([{ $ref: '#/components/parameters/Ws' }], [], { parameters: { Ws: header() } }), want: [] }],
    ['a document without x-client-option passes', { given: twoOperations([]), want: [] }],
    ['an unknown field', { given: twoOperations([header({ 'x-client-option': { ...OPTION, default: 'x' } })]), want: [{ message: 'x-client-option: unknown field "default"', at: AT }] }],
    ['a name that is not lower camel case', { given: twoOperations([header({ 'x-client-option': { ...OPTION, name: 'workspace_id' } })]), want: [{ message: 'x-client-option/name: must match pattern', at: `${AT}/name` }] }],
    ['a variable outside HUAWEICLOUD_SDK_', { given: twoOperations([header({ 'x-client-option': { ...OPTION, env: 'WORKSPACE' } })]), want: [{ message: 'x-client-option/env: must match pattern' }] }],
    ['a common variable', { given: twoOperations([header({ 'x-client-option': { ...OPTION, env: 'HUAWEICLOUD_SDK_PROJECT_ID' } })]), want: [{ message: 'HUAWEICLOUD_SDK_PROJECT_ID is a common variable', at: AT }] }],
    ['together with x-filled-from', { given: twoOperations([header({ 'x-filled-from': 'projectId' })]), want: [{ message: 'not both', at: AT }] }],
    ['no example', { given: twoOperations([header({ example: undefined })]), want: [{ message: 'needs an example (the value the mock serves for workspaceId)', at: AT }] }],
    ['an example its schema refuses', { given: twoOperations([header({ example: '' })]), want: [{ message: 'the example must have at least 1 characters', at: AT }] }],
    ['an example unsafe in a header', { given: twoOperations([header({ example: 'ws\r\n1' })]), want: [{ message: 'the example must not contain control characters', at: AT }] }],
    [
      'one name, two variables',
      {
        given: twoOperations([header()], [header({ 'x-client-option': { ...OPTION, env: 'HUAWEICLOUD_SDK_WORKSPACE' } })]),
        want: [{ message: 'option workspaceId is declared differently at /paths/~1a/get/parameters/0', at: '/paths/~1b/get/parameters/0/x-client-option' }],
      },
    ],
    [
      'one name, two parameters',
      {
        given: twoOperations([header()], [header({ name: 'X-Workspace' })]),
        want: [{ message: 'option workspaceId is declared differently', at: '/paths/~1b/get/parameters/0/x-client-option' }],
      },
    ],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
