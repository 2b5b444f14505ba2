/** taskport-x-filled-from: x-filled-from names a common client option (projectId, region, credentials, body); a service's own options are x-client-option. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, pathParam, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-filled-from';
const ALLOWED = 'must be equal to one of the allowed values: "projectId", "region", "credentials"';

/** GET /{project_id}/tasks whose parameters are `parameters`. */
function withParameters(parameters: unknown[], components: Record<string, unknown> = {}): object {
  return apiDoc({ '/{project_id}/tasks': { get: getOperation({ parameters, example: {} }) } }, components);
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    [
      'every common option passes',
      {
        given: withParameters([
          { ...pathParam('project_id'), 'x-filled-from': 'projectId' },
          { name: 'region', in: 'header', description: 'Region.', schema: { type: 'string' }, 'x-filled-from': 'region' },
          { name: 'X-Auth-Token', in: 'header', description: 'Token.', schema: { type: 'string' }, 'x-filled-from': 'credentials' },
          { name: 'Content-Type', in: 'header', description: 'Media type of the body.', schema: { type: 'string' }, 'x-filled-from': 'body' },
        ]),
        want: [],
      },
    ],
    [
      "a service's own option is not a common one (it is declared with x-client-option)",
      {
        given: withParameters([{ name: 'X-Workspace-Id', in: 'header', required: true, description: 'Workspace.', schema: { type: 'string' }, 'x-filled-from': 'workspaceId' }]),
        want: [{ message: `"workspaceId" ${ALLOWED}`, at: '/paths/~1{project_id}~1tasks/get/parameters/0/x-filled-from' }],
      },
    ],
    ['a parameter without x-filled-from passes', { given: withParameters([pathParam('project_id')]), want: [] }],
    [
      'an unknown option',
      {
        given: withParameters([{ ...pathParam('project_id'), 'x-filled-from': 'tenantId' }]),
        want: [{ message: `"tenantId" ${ALLOWED}`, at: '/paths/~1{project_id}~1tasks/get/parameters/0/x-filled-from' }],
      },
    ],
    [
      'the wrong case of an option',
      {
        given: withParameters([{ ...pathParam('project_id'), 'x-filled-from': 'projectid' }]),
        want: [{ message: `"projectid" ${ALLOWED}` }],
      },
    ],
    [
      'a parameter shared under components',
      {
        given: withParameters([{ $ref: '#/components/parameters/ProjectId' }], {
          parameters: { ProjectId: { ...pathParam('project_id'), 'x-filled-from': 'project' } },
        }),
        want: [{ message: `"project" ${ALLOWED}` }],
      },
    ],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
