/**
 * Type tests: inferred types of the generated clients (checked by `tsc` in `npm run typecheck`, since
 * expectTypeOf is a no-op at run time) and bad input that must be a type error.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { ListImportResourceTaskDetailResponse } from '../../generated/clients/dataarts-insight.js';
import { createDataArtsInsightClient } from '../../generated/clients/dataarts-insight.js';
import { createHssClient, type ListQueryExportTaskParams, type ListQueryExportTaskResponse } from '../../generated/clients/hss.js';
import { createMetaStudioClient, type ShowTaskResponse } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient, type ListExportTasksItem, type ListExportTasksParams } from '../../generated/clients/workspace.js';
import type { Task } from '../../src/index.js';

const options = { endpoint: 'http://127.0.0.1:1', projectId: 'p', credentials: { token: 't' } } as const;

describe('generated client types', () => {
  it('operations resolve to the documented 200 bodies', () => {
    const hss = createHssClient(options);
    expectTypeOf(hss.listQueryExportTask).parameter(0).toEqualTypeOf<ListQueryExportTaskParams>();
    expectTypeOf(hss.listQueryExportTask).returns.resolves.toEqualTypeOf<ListQueryExportTaskResponse>();
    expectTypeOf<ListQueryExportTaskResponse['task_status']>().toEqualTypeOf<'success' | 'failure' | 'running' | undefined>();
    expectTypeOf<ListQueryExportTaskParams>().toEqualTypeOf<{ task_id: string; enterprise_project_id?: string }>();
  });

  it('errata fields admit what the examples show; int64 fields admit exact digit strings', () => {
    expectTypeOf<ShowTaskResponse['begin_time']>().toEqualTypeOf<string | number | undefined>();
    expectTypeOf<ListImportResourceTaskDetailResponse['create_date']>().toEqualTypeOf<number | `${bigint}` | undefined>();
    expectTypeOf<ListImportResourceTaskDetailResponse['status']>().toEqualTypeOf<-1 | 0 | 1 | 2 | 3 | 4 | undefined>();
  });

  it('Workspace parameters carry the documented enums; the paginator yields items', () => {
    expectTypeOf<ListExportTasksParams['sort_type']>().toEqualTypeOf<'ASC' | 'DESC' | undefined>();
    expectTypeOf<ListExportTasksParams['status']>().toEqualTypeOf<'CREATING' | 'SUCCESS' | 'FAIL' | 'EXPIRED' | undefined>();
    const ws = createWorkspaceClient(options);
    expectTypeOf(ws.listExportTasksAll).returns.toEqualTypeOf<AsyncGenerator<ListExportTasksItem, void, undefined>>();
    expectTypeOf(ws.waitForTask).returns.resolves.toEqualTypeOf<Task>();
    expectTypeOf<Task['status']>().toEqualTypeOf<'pending' | 'running' | 'succeeded' | 'failed' | 'partial' | 'expired' | 'unknown'>();
  });

  it('bad input is a type error', () => {
    const ws = createWorkspaceClient(options);
    const ms = createMetaStudioClient(options);
    const guard = async () => {
      // @ts-expect-error -- not a documented status
      await ws.listExportTasks({ status: 'DONE' });
      // @ts-expect-error -- the client fills project_id
      await ws.listExportTasks({ project_id: 'p' });
      // @ts-expect-error -- ShowTask needs its id
      await ms.showTask({});
      // @ts-expect-error -- resource is an array of strings
      await ms.searchTask({ resource: 'knowledge' });
      // @ts-expect-error -- the offset is managed by the paginator
      ws.listExportTasksAll({ offset: 10 });
      // @ts-expect-error -- workspaceId (DataArts Insight's x-client-option) is a string
      createDataArtsInsightClient({ ...options, workspaceId: 42 });
      // @ts-expect-error -- not a client option
      createHssClient({ ...options, regoin: 'cn-north-4' });
    };
    expectTypeOf(guard).toBeFunction();
  });
});
