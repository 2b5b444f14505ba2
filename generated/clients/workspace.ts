// Generated from specs/workspace/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
import { createServiceClient, getTask, paginate, waitForTask, waitForTasks, watchTask } from '../../src/runtime.js';
import type { ClientOptions, RequestOptions, ServiceDescriptor, Task, TaskOperation, TaskOutcome, WaitOptions } from '../../src/runtime.js';
import type { operations } from '../types/workspace.js';

/** A Workspace client: one method per documented operation, plus task helpers. Create it with {@link createWorkspaceClient}. */
export interface WorkspaceClient {
  /**
   * Listing Export Tasks (`ListExportTasks`, GET /v2/{project_id}/export-tasks).
   *
   * Lists export tasks, filtered by file name, task ID, status or download state, sorted and paged by offset and limit. Workspace has no endpoint for a single task: filter by `task_id`.
   * @see https://support.huaweicloud.com/intl/en-us/api-workspace/ListExportTasks.html
   */
  listExportTasks(params?: ListExportTasksParams, options?: RequestOptions): Promise<ListExportTasksResponse>;
  /**
   * Listing Export Tasks (`ListExportTasks`, GET /v2/{project_id}/export-tasks).
   *
   * Lists export tasks, filtered by file name, task ID, status or download state, sorted and paged by offset and limit. Workspace has no endpoint for a single task: filter by `task_id`.
   *
   * Iterates every item of every page, fetching each page when the previous one is consumed; `offset` is managed for you.
   * @see https://support.huaweicloud.com/intl/en-us/api-workspace/ListExportTasks.html
   */
  listExportTasksAll(params?: Omit<ListExportTasksParams, 'offset'>, options?: RequestOptions): AsyncGenerator<ListExportTasksItem, void, undefined>;
  /** The task with this id, normalised. Reads the task with `listExportTasks` (ListExportTasks) and normalises it by the spec's `x-task`. */
  getTask(id: string, options?: RequestOptions): Promise<Task>;
  /** Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. Reads the task with `listExportTasks` (ListExportTasks) and normalises it by the spec's `x-task`. */
  waitForTask(id: string, options?: WaitOptions): Promise<Task>;
  /** Yields the task on each change of state or progress until it is done. Reads the task with `listExportTasks` (ListExportTasks) and normalises it by the spec's `x-task`. */
  watchTask(id: string, options?: WaitOptions): AsyncGenerator<Task, void, undefined>;
  /** Waits on many tasks at once under the client's request budget (`requestsPerSecond`); one outcome per id, in order. */
  waitForTasks(ids: readonly string[], options?: WaitOptions): Promise<TaskOutcome[]>;
}

/** What the Workspace spec says, for the runtime: endpoints, operations, parameter rules and task knowledge. */
export const workspaceService = {
  name: 'workspace',
  title: 'Workspace',
  servers: [
    {
      url: 'https://workspace.{region}.myhuaweicloud.com',
      regions: ['cn-east-3', 'cn-north-4', 'cn-south-1', 'cn-southwest-2', 'la-south-2', 'sa-brazil-1', 'la-north-2', 'ap-southeast-3', 'cn-north-9'],
    },
  ],
  options: {},
  operations: {
    listExportTasks: {
      id: 'ListExportTasks',
      method: 'get',
      path: '/v2/{project_id}/export-tasks',
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
          name: 'file_name',
          in: 'query',
          required: false,
          schema: {
            type: 'string',
          },
        },
        {
          name: 'task_id',
          in: 'query',
          required: false,
          schema: {
            type: 'string',
          },
        },
        {
          name: 'status',
          in: 'query',
          required: false,
          schema: {
            type: 'string',
            enum: ['CREATING', 'SUCCESS', 'FAIL', 'EXPIRED'],
          },
        },
        {
          name: 'is_download',
          in: 'query',
          required: false,
          schema: {
            type: 'boolean',
          },
        },
        {
          name: 'sort_field',
          in: 'query',
          required: false,
          schema: {
            type: 'string',
            enum: ['create_time'],
          },
        },
        {
          name: 'sort_type',
          in: 'query',
          required: false,
          schema: {
            type: 'string',
            enum: ['ASC', 'DESC'],
          },
        },
        {
          name: 'offset',
          in: 'query',
          required: false,
          schema: {
            type: 'integer',
            minimum: 0,
          },
        },
        {
          name: 'limit',
          in: 'query',
          required: false,
          schema: {
            type: 'integer',
            minimum: 1,
            maximum: 100,
          },
        },
      ],
      idempotent: true,
      together: [
        ['sort_field', 'sort_type'],
      ],
      pagination: {
        offsetParam: 'offset',
        limitParam: 'limit',
        items: '/export_tasks',
        total: '/count',
      },
      task: {
        id: 'task_id',
        idField: '/task_id',
        list: {
          items: '/export_tasks',
        },
        status: {
          field: '/status',
          values: {
            running: ['CREATING'],
            succeeded: ['SUCCESS'],
            failed: ['FAIL'],
            expired: ['EXPIRED'],
          },
        },
        name: '/file_name',
        createdAt: {
          field: '/create_time',
          format: 'yyyy-MM-dd\'T\'HH:mm:ss.SSSZ',
          alsoAccepted: ['yyyy-MM-dd\'\'\'T\'\'\'HH:mm:ss.SSSX'],
        },
        endedAt: {
          field: '/end_time',
          format: 'yyyy-MM-dd\'T\'HH:mm:ss.SSSZ',
          alsoAccepted: ['yyyy-MM-dd\'\'\'T\'\'\'HH:mm:ss.SSSX'],
          whenDone: true,
        },
        file: {
          name: '/file_name',
          downloaded: '/is_download',
        },
        error: {
          code: '/error_code',
          message: '/fail_reason',
        },
      },
      sort: {
        fieldParam: 'sort_field',
        orderParam: 'sort_type',
        ascending: 'ASC',
        descending: 'DESC',
      },
    },
  },
} as const satisfies ServiceDescriptor;

/** Parameters of `listExportTasks` with their documented names; the client fills `project_id` itself. */
export interface ListExportTasksParams {
  /** File name. */
  file_name?: NonNullable<operations['ListExportTasks']['parameters']['query']>['file_name'];
  /** Task ID. */
  task_id?: NonNullable<operations['ListExportTasks']['parameters']['query']>['task_id'];
  /** Export task status. */
  status?: NonNullable<operations['ListExportTasks']['parameters']['query']>['status'];
  /** Whether the file has been downloaded. */
  is_download?: NonNullable<operations['ListExportTasks']['parameters']['query']>['is_download'];
  /** Field to sort by (`create_time`, the creation time). Must be used together with `sort_type`. */
  sort_field?: NonNullable<operations['ListExportTasks']['parameters']['query']>['sort_field'];
  /** Sort order: `ASC` ascending (the default) or `DESC` descending. Must be used together with `sort_field`. */
  sort_type?: NonNullable<operations['ListExportTasks']['parameters']['query']>['sort_type'];
  /** Paging offset. */
  offset?: NonNullable<operations['ListExportTasks']['parameters']['query']>['offset'];
  /** Page size. */
  limit?: NonNullable<operations['ListExportTasks']['parameters']['query']>['limit'];
}

/** The documented 200 body of ListExportTasks. */
export type ListExportTasksResponse = operations['ListExportTasks']['responses'][200]['content']['application/json'];
/** One item of ListExportTasks's `export_tasks`. */
export type ListExportTasksItem = NonNullable<NonNullable<ListExportTasksResponse>['export_tasks']>[number];
/** Workspace reads a task with `listExportTasks`. */
const taskOperation: TaskOperation = { method: 'listExportTasks', spec: workspaceService.operations.listExportTasks.task };
/** Options of {@link createWorkspaceClient}. */
export type WorkspaceClientOptions = ClientOptions;

/**
 * A typed Workspace client. Options are validated here; those not given default to the HUAWEICLOUD_SDK_* environment variables.
 *
 * @example
 * const client = createWorkspaceClient({ region: 'cn-east-3', projectId, credentials: { ak, sk } });
 */
export function createWorkspaceClient(options?: WorkspaceClientOptions): WorkspaceClient {
  const client = createServiceClient(workspaceService, options);
  return {
    listExportTasks: (params, options) => client.call('listExportTasks', params, options) as Promise<ListExportTasksResponse>,
    listExportTasksAll: (params, options) => paginate(client, 'listExportTasks', params, options) as AsyncGenerator<ListExportTasksItem, void, undefined>,
    getTask: (id, options) => getTask(client, taskOperation, id, options),
    waitForTask: (id, options) => waitForTask(client, taskOperation, id, options),
    watchTask: (id, options) => watchTask(client, taskOperation, id, options),
    waitForTasks: (ids, options) => waitForTasks(client, taskOperation, ids, options),
  };
}

export type { ClientOptions, DownloadedFile, FilePart, RequestOptions, Task, TaskOutcome, WaitCheckpoint, WaitOptions } from '../../src/runtime.js';
