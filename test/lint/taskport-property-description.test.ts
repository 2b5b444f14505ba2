/** taskport-property-description: every schema property has a description. */
import { describe, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, expectResults, getOperation, type Want } from './openapi-doc.js';

const RULE = 'taskport-property-description';

/** A document whose only schema is components.schemas.Task = `schema`. */
function withSchema(schema: Record<string, unknown>): object {
  return apiDoc(
    { '/tasks': { get: getOperation({ schema: { $ref: '#/components/schemas/Task' }, example: {} }) } },
    { schemas: { Task: schema } },
  );
}

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    [
      'every property described, nested ones too: passes',
      {
        given: withSchema({
          type: 'object',
          properties: {
            id: { type: 'string', description: 'Task ID.' },
            file: { type: 'object', description: 'The file.', properties: { name: { type: 'string', description: 'File name.' } } },
          },
        }),
        want: [],
      },
    ],
    [
      'a property without a description',
      {
        given: withSchema({ type: 'object', properties: { id: { type: 'string', description: 'Task ID.' }, status: { type: 'string' } } }),
        want: [{ message: '"status.description" property must be truthy', at: '/components/schemas/Task/properties/status' }],
      },
    ],
    [
      'an empty description',
      {
        given: withSchema({ type: 'object', properties: { id: { type: 'string', description: '' } } }),
        want: [{ message: '"description" property must be truthy', at: '/components/schemas/Task/properties/id/description' }],
      },
    ],
    [
      'a nested property without a description',
      {
        given: withSchema({
          type: 'object',
          properties: { file: { type: 'object', description: 'The file.', properties: { name: { type: 'string' } } } },
        }),
        want: [{ message: '"name.description" property must be truthy', at: '/components/schemas/Task/properties/file/properties/name' }],
      },
    ],
    [
      'a property of an inline response schema',
      {
        given: apiDoc({ '/tasks': { get: getOperation({ schema: { type: 'object', properties: { count: { type: 'integer' } } }, example: {} }) } }),
        want: [
          {
            message: '"count.description" property must be truthy',
            at: '/paths/~1tasks/get/responses/200/content/application~1json/schema/properties/count',
          },
        ],
      },
    ],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });
});
