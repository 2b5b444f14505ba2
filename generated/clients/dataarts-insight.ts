// Generated from specs/dataarts-insight/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
import { createServiceClient, getTask, waitForTask, waitForTasks, watchTask } from '../../src/runtime.js';
import type { ClientOptions, RequestOptions, ServiceDescriptor, Task, TaskOperation, TaskOutcome, WaitOptions } from '../../src/runtime.js';
import type { operations } from '../types/dataarts-insight.js';

/** A DataArts Insight client: one method per documented operation, plus task helpers. Create it with {@link createDataArtsInsightClient}. */
export interface DataArtsInsightClient {
  /**
   * Obtaining Import Task Details (`ListImportResourceTaskDetail`, GET /v1/{project_id}/resource-package/import-tasks/{task_id}).
   *
   * Returns the details of one resource-package import task. API Explorer names this operation ShowImportResourceTaskDetail; the page's file name is ListImportResourceTaskDetail.
   * @see https://support.huaweicloud.com/intl/en-us/api-dataartsinsight/ListImportResourceTaskDetail.html
   */
  listImportResourceTaskDetail(params: ListImportResourceTaskDetailParams, options?: RequestOptions): Promise<ListImportResourceTaskDetailResponse>;
  /** The task with this id, normalised. Reads the task with `listImportResourceTaskDetail` (ListImportResourceTaskDetail) and normalises it by the spec's `x-task`. */
  getTask(id: string, options?: RequestOptions): Promise<Task>;
  /** Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. Reads the task with `listImportResourceTaskDetail` (ListImportResourceTaskDetail) and normalises it by the spec's `x-task`. */
  waitForTask(id: string, options?: WaitOptions): Promise<Task>;
  /** Yields the task on each change of state or progress until it is done. Reads the task with `listImportResourceTaskDetail` (ListImportResourceTaskDetail) and normalises it by the spec's `x-task`. */
  watchTask(id: string, options?: WaitOptions): AsyncGenerator<Task, void, undefined>;
  /** Waits on many tasks at once under the client's request budget (`requestsPerSecond`); one outcome per id, in order. */
  waitForTasks(ids: readonly string[], options?: WaitOptions): Promise<TaskOutcome[]>;
}

/** What the DataArts Insight spec says, for the runtime: endpoints, operations, parameter rules and task knowledge. */
export const dataArtsInsightService = {
  name: 'dataarts-insight',
  title: 'DataArts Insight',
  servers: [
    {
      url: 'https://dataartsinsight.{region}.myhuaweicloud.com',
      regions: ['cn-southwest-2', 'cn-north-9', 'cn-east-3', 'cn-north-4', 'cn-south-1'],
    },
  ],
  options: {
    workspaceId: {
      env: 'HUAWEICLOUD_SDK_WORKSPACE_ID',
      description: 'Workspace ID, sent as `X-Workspace-Id` on every request.',
      param: {
        name: 'X-Workspace-Id',
        in: 'header',
        schema: {
          type: 'string',
          minLength: 1,
        },
      },
      required: true,
    },
  },
  operations: {
    listImportResourceTaskDetail: {
      id: 'ListImportResourceTaskDetail',
      method: 'get',
      path: '/v1/{project_id}/resource-package/import-tasks/{task_id}',
      params: [
        {
          name: 'project_id',
          in: 'path',
          required: true,
          schema: {
            type: 'string',
            minLength: 1,
          },
          filledFrom: 'projectId',
        },
        {
          name: 'task_id',
          in: 'path',
          required: true,
          schema: {
            type: 'string',
            minLength: 1,
          },
        },
        {
          name: 'X-Workspace-Id',
          in: 'header',
          required: true,
          schema: {
            type: 'string',
            minLength: 1,
          },
          option: 'workspaceId',
        },
        {
          name: 'X-Auth-Token',
          in: 'header',
          required: false,
          schema: {
            type: 'string',
          },
          filledFrom: 'credentials',
        },
      ],
      idempotent: true,
      task: {
        id: 'task_id',
        idField: '/id',
        status: {
          field: '/status',
          values: {
            pending: [-1, 0],
            running: [4],
            succeeded: [1],
            failed: [2],
            partial: [3],
          },
        },
        name: '/name',
        createdAt: {
          field: '/create_date',
          format: 'epoch-millis',
        },
        endedAt: {
          field: '/update_date',
          format: 'epoch-millis',
          whenDone: true,
        },
        file: {
          name: '/obs_object_key',
        },
        error: {
          message: '/error_msg',
        },
      },
    },
  },
} as const satisfies ServiceDescriptor;

/** Parameters of `listImportResourceTaskDetail` with their documented names; the client fills `project_id`, `X-Auth-Token` itself. */
export interface ListImportResourceTaskDetailParams {
  /** ID of the import task. */
  task_id: operations['ListImportResourceTaskDetail']['parameters']['path']['task_id'];
}

/** The documented 200 body of ListImportResourceTaskDetail. */
export type ListImportResourceTaskDetailResponse = operations['ListImportResourceTaskDetail']['responses'][200]['content']['application/json'];
/** DataArts Insight reads a task with `listImportResourceTaskDetail`. */
const taskOperation: TaskOperation = { method: 'listImportResourceTaskDetail', spec: dataArtsInsightService.operations.listImportResourceTaskDetail.task };
/** Options of {@link createDataArtsInsightClient}: the common ones plus `workspaceId` (sent as `X-Workspace-Id`). */
export type DataArtsInsightClientOptions = ClientOptions & { /** Workspace ID, sent as `X-Workspace-Id` on every request. Default `HUAWEICLOUD_SDK_WORKSPACE_ID`. */ workspaceId?: string };

/**
 * A typed DataArts Insight client. Options are validated here; those not given default to the HUAWEICLOUD_SDK_* environment variables.
 *
 * @example
 * const client = createDataArtsInsightClient({ region: 'cn-southwest-2', projectId, credentials: { ak, sk }, workspaceId });
 */
export function createDataArtsInsightClient(options?: DataArtsInsightClientOptions): DataArtsInsightClient {
  const client = createServiceClient(dataArtsInsightService, options);
  return {
    listImportResourceTaskDetail: (params, options) => client.call('listImportResourceTaskDetail', params, options) as Promise<ListImportResourceTaskDetailResponse>,
    getTask: (id, options) => getTask(client, taskOperation, id, options),
    waitForTask: (id, options) => waitForTask(client, taskOperation, id, options),
    watchTask: (id, options) => watchTask(client, taskOperation, id, options),
    waitForTasks: (ids, options) => waitForTasks(client, taskOperation, ids, options),
  };
}

export type { ClientOptions, DownloadedFile, FilePart, RequestOptions, Task, TaskOutcome, WaitCheckpoint, WaitOptions } from '../../src/runtime.js';
