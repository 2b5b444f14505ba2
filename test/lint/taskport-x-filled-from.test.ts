/** taskport-x-filled-from: x-filled-from names a client option (projectId, workspaceId, region, credentials). */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, pathParam, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-filled-from';
const ALLOWED = 'must be equal to one of the allowed values: "projectId", "workspaceId", "region", "credentials"';

/** GET /{project_id}/tasks whose parameters are `parameters`. */
function withParameters(parameters: unknown[], components: Record<string, unknown> = {}): object {
  return apiDoc({ '/{project_id}/tasks': { get: getOperation({ parameters, example: {} }) } }, components);
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    [
      'every client option passes',
      {
        given: withParameters([
          { ...pathParam('project_id'), 'x-filled-from': 'projectId' },
          { name: 'X-Workspace-Id', in: 'header', required: true, description: 'Workspace.', schema: { type: 'string' }, 'x-filled-from': 'workspaceId' },
          { name: 'region', in: 'header', description: 'Region.', schema: { type: 'string' }, 'x-filled-from': 'region' },
          { name: 'X-Auth-Token', in: 'header', description: 'Token.', schema: { type: 'string' }, 'x-filled-from': 'credentials' },
        ]),
        want: [],
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
