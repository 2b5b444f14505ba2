// Generated from specs/hss/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
import { createServiceClient, getTask, waitForTask, waitForTasks, watchTask } from '../../src/runtime.js';
import type { ClientOptions, RequestOptions, ServiceDescriptor, Task, TaskOperation, TaskOutcome, WaitOptions } from '../../src/runtime.js';
import type { operations } from '../types/hss.js';

/** A HSS client: one method per documented operation, plus task helpers. Create it with {@link createHssClient}. */
export interface HssClient {
  /**
   * Querying Export Tasks (`ListQueryExportTask`, GET /v5/{project_id}/export-task/{task_id}).
   *
   * Returns the ID, name, status and produced file of one export task.
   * @see https://support.huaweicloud.com/intl/en-us/api-hss2.0/ListQueryExportTask.html
   */
  listQueryExportTask(params: ListQueryExportTaskParams, options?: RequestOptions): Promise<ListQueryExportTaskResponse>;
  /** The task with this id, normalised. Reads the task with `listQueryExportTask` (ListQueryExportTask) and normalises it by the spec's `x-task`. */
  getTask(id: string, options?: RequestOptions): Promise<Task>;
  /** Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. Reads the task with `listQueryExportTask` (ListQueryExportTask) and normalises it by the spec's `x-task`. */
  waitForTask(id: string, options?: WaitOptions): Promise<Task>;
  /** Yields the task on each change of state or progress until it is done. Reads the task with `listQueryExportTask` (ListQueryExportTask) and normalises it by the spec's `x-task`. */
  watchTask(id: string, options?: WaitOptions): AsyncGenerator<Task, void, undefined>;
  /** Waits on many tasks at once under the client's request budget (`requestsPerSecond`); one outcome per id, in order. */
  waitForTasks(ids: readonly string[], options?: WaitOptions): Promise<TaskOutcome[]>;
}

/** What the HSS spec says, for the runtime: endpoints, operations, parameter rules and task knowledge. */
export const hssService = {
  name: 'hss',
  title: 'HSS',
  servers: [
    {
      url: 'https://hss.{region}.myhuaweicloud.com',
      regions: ['cn-north-9', 'cn-north-1', 'cn-north-4', 'cn-southwest-2', 'cn-east-2', 'cn-east-3', 'cn-east-4', 'cn-south-1', 'cn-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'na-mexico-1', 'af-south-1', 'sa-brazil-1', 'la-south-2', 'cn-south-4', 'la-north-2', 'tr-west-1', 'cn-north-2', 'ap-southeast-4', 'ae-ad-1', 'me-east-1', 'cn-east-5', 'my-kualalumpur-1', 'ru-moscow-1', 'cn-north-12', 'cn-southwest-3', 'cn-north-11'],
    },
    {
      url: 'https://hss.{region}.myhuaweicloud.eu',
      regions: ['eu-west-101'],
    },
  ],
  options: {},
  operations: {
    listQueryExportTask: {
      id: 'ListQueryExportTask',
      method: 'get',
      path: '/v5/{project_id}/export-task/{task_id}',
      params: [
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
          name: 'enterprise_project_id',
          in: 'query',
          required: false,
          schema: {
            type: 'string',
          },
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
        {
          name: 'region',
          in: 'header',
          required: false,
          schema: {
            type: 'string',
          },
          filledFrom: 'region',
        },
      ],
      idempotent: true,
      task: {
        id: 'task_id',
        idField: '/task_id',
        status: {
          field: '/task_status',
          values: {
            running: ['running'],
            succeeded: ['success'],
            failed: ['failure'],
          },
        },
        name: '/task_name',
        file: {
          id: '/file_id',
          name: '/file_name',
        },
      },
    },
  },
} as const satisfies ServiceDescriptor;

/** Parameters of `listQueryExportTask` with their documented names; the client fills `project_id`, `X-Auth-Token`, `region` itself. */
export interface ListQueryExportTaskParams {
  /** Task ID. */
  task_id: operations['ListQueryExportTask']['parameters']['path']['task_id'];
  /** Enterprise project of the servers; only meaningful once the enterprise project feature is enabled. `0` is the default enterprise project, `all_granted_eps` means all enterprise projects. A user with rights on a single enterprise project must pass its ID, or the call fails for lack of permission. */
  enterprise_project_id?: NonNullable<operations['ListQueryExportTask']['parameters']['query']>['enterprise_project_id'];
}

/** The documented 200 body of ListQueryExportTask. */
export type ListQueryExportTaskResponse = operations['ListQueryExportTask']['responses'][200]['content']['application/json'];
/** HSS reads a task with `listQueryExportTask`. */
const taskOperation: TaskOperation = { method: 'listQueryExportTask', spec: hssService.operations.listQueryExportTask.task };
/** Options of {@link createHssClient}. */
export type HssClientOptions = ClientOptions;

/**
 * A typed HSS client. Options are validated here; those not given default to the HUAWEICLOUD_SDK_* environment variables.
 *
 * @example
 * const client = createHssClient({ region: 'cn-north-9', projectId, credentials: { ak, sk } });
 */
export function createHssClient(options?: HssClientOptions): HssClient {
  const client = createServiceClient(hssService, options);
  return {
    listQueryExportTask: (params, options) => client.call('listQueryExportTask', params, options) as Promise<ListQueryExportTaskResponse>,
    getTask: (id, options) => getTask(client, taskOperation, id, options),
    waitForTask: (id, options) => waitForTask(client, taskOperation, id, options),
    watchTask: (id, options) => watchTask(client, taskOperation, id, options),
    waitForTasks: (ids, options) => waitForTasks(client, taskOperation, ids, options),
  };
}

export type { ClientOptions, DownloadedFile, FilePart, RequestOptions, Task, TaskOutcome, WaitCheckpoint, WaitOptions } from '../../src/runtime.js';
