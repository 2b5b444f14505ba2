/**
 * The ts-morph emitters, one at a time and all together, on a small service model: each output is
 * snapshotted to a file under test/scripts/__snapshots__/emitters/ (review the diff when an emitter
 * changes), and the full client for every real service is the committed generated/clients file.
 */
import { readFileSync } from 'node:fs';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import type { Emitter } from '../../scripts/pipeline/emit/context.js';
import { emitDescriptor } from '../../scripts/pipeline/emit/descriptor.js';
import { emitFactory } from '../../scripts/pipeline/emit/factory.js';
import { emitOperationMethods } from '../../scripts/pipeline/emit/operation-method.js';
import { emitPaginators } from '../../scripts/pipeline/emit/paginator.js';
import { emitters } from '../../scripts/pipeline/emit/registry.js';
import { serviceModel, type ServiceModel } from '../../scripts/pipeline/emit/service-model.js';
import { emitTaskAdapters } from '../../scripts/pipeline/emit/task-adapter.js';
import { renderClient } from '../../scripts/pipeline/steps/clients.js';

/** A service with one paged list operation that reads tasks and one plain operation. */
const model: ServiceModel = {
  name: 'sample',
  title: 'Sample',
  clientName: 'Sample',
  variableName: 'sample',
  source: 'specs/sample/openapi.yaml',
  servers: [{ url: 'https://sample.{region}.example.com', regions: ['r-one-1'] }],
  operations: [
    {
      id: 'ListJobs',
      method: 'listJobs',
      httpMethod: 'get',
      path: '/v1/{project_id}/jobs',
      summary: 'List jobs',
      description: 'Lists jobs by page.',
      answer: { status: '200', kind: 'json', mediaType: 'application/json' },
      idempotent: true,
      docsUrl: 'https://example.com/ListJobs.html',
      params: [
        { name: 'project_id', in: 'path', required: true, description: 'Project.', schema: { type: 'string' }, filledFrom: 'projectId' },
        { name: 'job_id', in: 'query', required: false, description: 'Job ID.', schema: { type: 'string' } },
        { name: 'offset', in: 'query', required: false, description: 'Offset.', schema: { type: 'integer', minimum: 0 } },
        { name: 'limit', in: 'query', required: false, description: 'Page size.', schema: { type: 'integer', minimum: 1, maximum: 50 } },
        { name: "X-Odd'Header", in: 'header', required: false, description: 'A header whose name needs quoting.', schema: { type: 'string' } },
      ],
      pagination: { offsetParam: 'offset', limitParam: 'limit', items: '/jobs', total: '/total' },
      task: { id: 'job_id', idField: '/id', list: { items: '/jobs' }, status: { field: '/state', values: { running: ['RUN'], succeeded: ['OK'], failed: ['KO'] } } },
    },
    {
      id: 'ShowQuota',
      method: 'showQuota',
      httpMethod: 'get',
      path: '/v1/{project_id}/quota/{name}',
      summary: 'Show a quota',
      description: 'Returns one quota.',
      answer: { status: '200', kind: 'json', mediaType: 'application/json' },
      idempotent: true,
      params: [
        { name: 'project_id', in: 'path', required: true, description: 'Project.', schema: { type: 'string' }, filledFrom: 'projectId' },
        { name: 'name', in: 'path', required: true, description: 'Quota name.', schema: { type: 'string', minLength: 1 } },
        {
          name: 'X-Workspace-Id',
          in: 'header',
          required: true,
          description: 'Workspace.',
          schema: { type: 'string' },
          option: { name: 'workspaceId', env: 'HUAWEICLOUD_SDK_WORKSPACE_ID', description: 'Workspace ID.' },
        },
      ],
    },
  ],
};

describe('each emitter alone', () => {
  it.each<[string, { given: Emitter[] }]>([
    ['descriptor', { given: [emitDescriptor] }],
    ['operation-method', { given: [emitOperationMethods] }],
    ['paginator', { given: [emitPaginators] }],
    ['task-adapter', { given: [emitDescriptor, emitTaskAdapters] }],
    ['factory', { given: [emitFactory] }],
    ['all', { given: [...emitters] }],
  ])('%s', async (name, { given }) => {
    await expect(renderClient(model, given)).toMatchFileSnapshot(`__snapshots__/emitters/${name}.ts.snap`);
  });
});

/** `text` after TypeScript's formatter, with the settings the generated clients follow. */
function formatted(text: string): string {
  const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('client.ts', text);
  file.formatText({ indentSize: 2, convertTabsToSpaces: true });
  return file.getFullText();
}

describe('emitter rules', () => {
  it.each(['metastudio', 'workspace', 'hss', 'dataarts-insight', 'sample'])("the %s client is printed formatted: TypeScript's formatter changes nothing", (service) => {
    const source = service === 'sample' ? model : serviceModel(JSON.parse(readFileSync(new URL(`../../generated/openapi/${service}.json`, import.meta.url), 'utf8')), service, `specs/${service}/openapi.yaml`);
    const client = renderClient(source);
    expect(client.split('\n').length).toBeGreaterThan(50);
    expect(client).toBe(formatted(client));
  });

  it('the task adapter refuses a service with two x-task operations', () => {
    const twice: ServiceModel = { ...model, operations: model.operations.map((op) => ({ ...op, task: model.operations[0]!.task! })) };
    expect(() => renderClient(twice)).toThrow(/more than one operation has x-task/);
  });

  it("a service's own option (x-client-option) joins its factory's options, with its variable, and the descriptor", () => {
    const client = renderClient(model);
    expect(client).toMatch(/export type SampleClientOptions = ClientOptions & \{ \/\*\* Workspace ID\. Default `HUAWEICLOUD_SDK_WORKSPACE_ID`\. \*\/ workspaceId\?: string \}/);
    expect(client).toMatch(/options: \{\n {4}workspaceId: \{\n {6}env: 'HUAWEICLOUD_SDK_WORKSPACE_ID'/);
    expect(client).toContain("option: 'workspaceId'");
  });

  it.each(['metastudio', 'workspace', 'hss', 'dataarts-insight'])('the committed generated/clients/%s.ts is what the emitters produce', (service) => {
    const bundle = JSON.parse(readFileSync(new URL(`../../generated/openapi/${service}.json`, import.meta.url), 'utf8'));
    const committed = readFileSync(new URL(`../../generated/clients/${service}.ts`, import.meta.url), 'utf8');
    expect(committed.slice(committed.indexOf('\n') + 1)).toBe(renderClient(serviceModel(bundle, service, `specs/${service}/openapi.yaml`)));
  });
});
