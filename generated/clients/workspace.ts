// Generated from specs/workspace/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
import { createBaseClient, createServiceClient, downloadTaskFileOf, downloadedFile, getTaskOf, paginate, taskOperationOf, waitForTaskOf, waitForTasksOf, watchTaskOf } from '../../src/runtime.js';
import type { BaseClient, ClientOptions, DownloadedFile, OperationDescriptor, RequestOptions, ServiceDescriptor, Task, TaskOperation, TaskOutcome, WaitOptions } from '../../src/runtime.js';
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
   * Exporting Users (`ExportUsersNew`, POST /v3/{project_id}/users/export).
   *
   * Starts a task that exports the desktop users matching the body's filters into an Excel file. The returned task is listed by ListExportTasks; once it succeeded, DownloadExportFile fetches the file.
   *
   * Not idempotent: never resent once the request may have reached the server.
   * @see https://support.huaweicloud.com/intl/en-us/api-workspace/ExportUsersNew.html
   */
  exportUsersNew(params?: ExportUsersNewParams, options?: RequestOptions): Promise<ExportUsersNewResponse>;
  /**
   * Exporting a Desktop List (`ExportDesktopListNew`, GET /v3/{project_id}/desktops/export).
   *
   * Starts a task that exports the desktops matching the query into an Excel file. Although a GET, every call creates a new task: it is never resent. The returned task is listed by ListExportTasks; once it succeeded, DownloadExportFile fetches the file.
   *
   * Not idempotent: never resent once the request may have reached the server.
   * @see https://support.huaweicloud.com/intl/en-us/api-workspace/ExportDesktopListNew.html
   */
  exportDesktopListNew(params: ExportDesktopListNewParams, options?: RequestOptions): Promise<ExportDesktopListNewResponse>;
  /**
   * Exporting Users in a User Group (`ExportUserGroupUsersNew`, GET /v3/{project_id}/groups/{group_id}/users/export).
   *
   * Starts a task that exports the users of one user group into an Excel file. Although a GET, every call creates a new task: it is never resent. The returned task is listed by ListExportTasks; once it succeeded, DownloadExportFile fetches the file.
   *
   * Not idempotent: never resent once the request may have reached the server.
   * @see https://support.huaweicloud.com/intl/en-us/api-workspace/ExportUserGroupUsersNew.html
   */
  exportUserGroupUsersNew(params: ExportUserGroupUsersNewParams, options?: RequestOptions): Promise<ExportUserGroupUsersNewResponse>;
  /**
   * Downloading an Exported File (`DownloadExportFile`, GET /v2/{project_id}/export-tasks/{task_id}/download).
   *
   * Downloads the file of a finished export task (ListExportTasks status `SUCCESS`); ListExportTasks' `is_download` then says the file was downloaded. The page documents no body for the answer: the client returns whatever the server sends as the file.
   * @see https://support.huaweicloud.com/intl/en-us/api-workspace/DownloadExportFile.html
   */
  downloadExportFile(params: DownloadExportFileParams, options?: RequestOptions): Promise<DownloadExportFileResponse>;
  /**
   * Batch Deleting Export Tasks (`DeleteExportTasks`, POST /v2/{project_id}/export-tasks/batch-delete).
   *
   * Deletes the export tasks whose IDs are given.
   *
   * Not idempotent: never resent once the request may have reached the server.
   * @see https://support.huaweicloud.com/intl/en-us/api-workspace/DeleteExportTasks.html
   */
  deleteExportTasks(params?: DeleteExportTasksParams, options?: RequestOptions): Promise<DeleteExportTasksResponse>;
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
  /** The file a succeeded task made, fetched with `downloadExportFile` (DownloadExportFile) by the spec's `x-task.download`; pass the task (from `waitForTask`) or its id. Throws TaskFileUnavailableError when the task has not succeeded or names no file. */
  downloadTaskFile(taskOrId: Task | string, options?: RequestOptions): Promise<DownloadedFile>;
}

const listExportTasksDescriptor = {
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
        format: 'int32',
        minimum: 0,
      },
    },
    {
      name: 'limit',
      in: 'query',
      required: false,
      schema: {
        type: 'integer',
        format: 'int32',
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
    download: {
      operationId: 'DownloadExportFile',
      parameters: {
        task_id: '/task_id',
      },
    },
  },
  sort: {
    fieldParam: 'sort_field',
    orderParam: 'sort_type',
    ascending: 'ASC',
    descending: 'DESC',
  },
} as const satisfies OperationDescriptor;
const exportUsersNewDescriptor = {
  id: 'ExportUsersNew',
  method: 'post',
  path: '/v3/{project_id}/users/export',
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
  ],
  body: {
    type: 'json',
    required: true,
    fields: [
      {
        name: 'user_name',
        required: false,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 20,
        },
      },
      {
        name: 'description',
        required: false,
        schema: {
          type: 'string',
        },
      },
      {
        name: 'active_type',
        required: false,
        schema: {
          type: 'string',
          enum: ['USER_ACTIVATE', 'ADMIN_ACTIVATE'],
        },
      },
      {
        name: 'language',
        required: false,
        schema: {
          type: 'string',
          enum: ['zh_CN', 'en_US'],
        },
      },
      {
        name: 'enterprise_project_id',
        required: false,
        schema: {
          type: 'string',
        },
      },
    ],
  },
  idempotent: false,
  taskStart: {
    taskId: '/task_id',
  },
} as const satisfies OperationDescriptor;
const exportDesktopListNewDescriptor = {
  id: 'ExportDesktopListNew',
  method: 'get',
  path: '/v3/{project_id}/desktops/export',
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
      name: 'computer_name',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'desktop_ip',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'desktop_id',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'tag',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'language',
      in: 'query',
      required: true,
      schema: {
        type: 'string',
        enum: ['zh_CN', 'en_US'],
      },
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
      name: 'desktop_type',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        enum: ['DEDICATED', 'POOLED'],
      },
    },
    {
      name: 'status',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        enum: ['ACTIVE', 'SHUTOFF', 'ERROR', 'HIBERNATED'],
      },
    },
    {
      name: 'user_names',
      in: 'query',
      required: false,
      schema: {
        type: 'array',
        maxItems: 100,
        items: {
          type: 'string',
        },
      },
    },
    {
      name: 'sort_field',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        enum: ['created', 'computer_name'],
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
      name: 'pool_id',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'user_attached',
      in: 'query',
      required: false,
      schema: {
        type: 'boolean',
      },
    },
    {
      name: 'image_id',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'charge_mode',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        enum: ['0', '1'],
      },
    },
    {
      name: 'in_maintenance_mode',
      in: 'query',
      required: false,
      schema: {
        type: 'boolean',
      },
    },
    {
      name: 'subnet_id',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'connection_status_version',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        enum: ['NEW', 'OLD'],
      },
    },
  ],
  idempotent: false,
  taskStart: {
    taskId: '/task_id',
  },
  together: [
    ['sort_field', 'sort_type'],
  ],
} as const satisfies OperationDescriptor;
const exportUserGroupUsersNewDescriptor = {
  id: 'ExportUserGroupUsersNew',
  method: 'get',
  path: '/v3/{project_id}/groups/{group_id}/users/export',
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
      name: 'group_id',
      in: 'path',
      required: true,
      schema: {
        type: 'string',
        minLength: 1,
      },
    },
    {
      name: 'user_name',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'description',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'active_type',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        enum: ['USER_ACTIVATE', 'ADMIN_ACTIVATE'],
      },
    },
    {
      name: 'group_name',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'language',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        enum: ['zh_CN', 'en_US'],
      },
    },
    {
      name: 'enterprise_project_id',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
  ],
  idempotent: false,
  taskStart: {
    taskId: '/task_id',
  },
} as const satisfies OperationDescriptor;
const downloadExportFileDescriptor = {
  id: 'DownloadExportFile',
  method: 'get',
  path: '/v2/{project_id}/export-tasks/{task_id}/download',
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
  ],
  answer: 'file',
  idempotent: true,
} as const satisfies OperationDescriptor;
const deleteExportTasksDescriptor = {
  id: 'DeleteExportTasks',
  method: 'post',
  path: '/v2/{project_id}/export-tasks/batch-delete',
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
  ],
  body: {
    type: 'json',
    required: true,
    fields: [
      {
        name: 'task_ids',
        required: false,
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
    ],
  },
  answer: 'none',
  idempotent: false,
} as const satisfies OperationDescriptor;
/** The Workspace descriptor without operations, for the clients: each function passes its operation's own. */
const workspaceBaseService = {
  name: 'workspace',
  title: 'Workspace',
  servers: [
    {
      url: 'https://workspace.{region}.myhuaweicloud.com',
      regions: ['cn-east-3', 'cn-north-4', 'cn-south-1', 'cn-southwest-2', 'la-south-2', 'sa-brazil-1', 'la-north-2', 'ap-southeast-3', 'cn-north-9'],
    },
  ],
  options: {},
  operations: {},
} as const satisfies ServiceDescriptor;
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
    listExportTasks: listExportTasksDescriptor,
    exportUsersNew: exportUsersNewDescriptor,
    exportDesktopListNew: exportDesktopListNewDescriptor,
    exportUserGroupUsersNew: exportUserGroupUsersNewDescriptor,
    downloadExportFile: downloadExportFileDescriptor,
    deleteExportTasks: deleteExportTasksDescriptor,
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

/**
 * Listing Export Tasks (`ListExportTasks`, GET /v2/{project_id}/export-tasks).
 *
 * Lists export tasks, filtered by file name, task ID, status or download state, sorted and paged by offset and limit. Workspace has no endpoint for a single task: filter by `task_id`.
 *
 * The tree-shakable form of {@link WorkspaceClient.listExportTasks}, on a client from {@link createWorkspaceBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-workspace/ListExportTasks.html
 */
export function listExportTasks(client: WorkspaceBaseClient, params?: ListExportTasksParams, options?: RequestOptions): Promise<ListExportTasksResponse> {
  return client.call('listExportTasks', params, options, undefined, listExportTasksDescriptor) as Promise<ListExportTasksResponse>;
}

/** Parameters of `exportUsersNew` with their documented names (request body fields included); the client fills `project_id` itself. */
export interface ExportUsersNewParams {
  /** Desktop user name, 1 to 20 characters, with no special characters and not starting with a digit; matched fuzzily. */
  user_name?: NonNullable<NonNullable<operations['ExportUsersNew']['requestBody']>['content']['application/json']['user_name']>;
  /** User description; matched fuzzily. */
  description?: NonNullable<NonNullable<operations['ExportUsersNew']['requestBody']>['content']['application/json']['description']>;
  /** Activation type: `USER_ACTIVATE` activated by the user, `ADMIN_ACTIVATE` activated by the administrator. */
  active_type?: NonNullable<NonNullable<operations['ExportUsersNew']['requestBody']>['content']['application/json']['active_type']>;
  /** Language of the exported file: `zh_CN` Chinese, `en_US` English. */
  language?: NonNullable<NonNullable<operations['ExportUsersNew']['requestBody']>['content']['application/json']['language']>;
  /** Enterprise project ID. */
  enterprise_project_id?: NonNullable<NonNullable<operations['ExportUsersNew']['requestBody']>['content']['application/json']['enterprise_project_id']>;
}

/** The documented 200 body of ExportUsersNew. */
export type ExportUsersNewResponse = operations['ExportUsersNew']['responses'][200]['content']['application/json'];

/**
 * Exporting Users (`ExportUsersNew`, POST /v3/{project_id}/users/export).
 *
 * Starts a task that exports the desktop users matching the body's filters into an Excel file. The returned task is listed by ListExportTasks; once it succeeded, DownloadExportFile fetches the file.
 *
 * Not idempotent: never resent once the request may have reached the server.
 *
 * The tree-shakable form of {@link WorkspaceClient.exportUsersNew}, on a client from {@link createWorkspaceBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-workspace/ExportUsersNew.html
 */
export function exportUsersNew(client: WorkspaceBaseClient, params?: ExportUsersNewParams, options?: RequestOptions): Promise<ExportUsersNewResponse> {
  return client.call('exportUsersNew', params, options, undefined, exportUsersNewDescriptor) as Promise<ExportUsersNewResponse>;
}

/** Parameters of `exportDesktopListNew` with their documented names; the client fills `project_id` itself. */
export interface ExportDesktopListNewParams {
  /** Desktop name. */
  computer_name?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['computer_name'];
  /** IP address of the desktop. */
  desktop_ip?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['desktop_ip'];
  /** Desktop ID. */
  desktop_id?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['desktop_id'];
  /** Desktop tag, its key and value joined by `=`. */
  tag?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['tag'];
  /** Language of the exported file. */
  language: operations['ExportDesktopListNew']['parameters']['query']['language'];
  /** Enterprise project ID. */
  enterprise_project_id?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['enterprise_project_id'];
  /** Desktop type; all desktops when not given. `DEDICATED` common desktops (exclusive and dedicated), `POOLED` desktops of a desktop pool. */
  desktop_type?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['desktop_type'];
  /** Desktop status: `ACTIVE` running, `SHUTOFF` shut down, `ERROR` abnormal, `HIBERNATED` hibernated. */
  status?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['status'];
  /** Desktop users to filter by, up to 100, sent as repeated keys. */
  user_names?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['user_names'];
  /** Field to sort by: `created` creation time, `computer_name` desktop name. Must be used together with `sort_type`. */
  sort_field?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['sort_field'];
  /** Sort order: `ASC` ascending (the default) or `DESC` descending. Must be used together with `sort_field`. */
  sort_type?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['sort_type'];
  /** Desktop pool ID; several IDs separated by commas. */
  pool_id?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['pool_id'];
  /** Whether the desktop is assigned to a user. */
  user_attached?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['user_attached'];
  /** Image ID. */
  image_id?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['image_id'];
  /** Billing mode: `0` monthly, `1` pay-per-use. */
  charge_mode?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['charge_mode'];
  /** Whether to filter by maintenance mode. */
  in_maintenance_mode?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['in_maintenance_mode'];
  /** Subnet ID of the desktop. */
  subnet_id?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['subnet_id'];
  /** Version of the connection status: `NEW` new, `OLD` old (the default). */
  connection_status_version?: NonNullable<operations['ExportDesktopListNew']['parameters']['query']>['connection_status_version'];
}

/** The documented 200 body of ExportDesktopListNew. */
export type ExportDesktopListNewResponse = operations['ExportDesktopListNew']['responses'][200]['content']['application/json'];

/**
 * Exporting a Desktop List (`ExportDesktopListNew`, GET /v3/{project_id}/desktops/export).
 *
 * Starts a task that exports the desktops matching the query into an Excel file. Although a GET, every call creates a new task: it is never resent. The returned task is listed by ListExportTasks; once it succeeded, DownloadExportFile fetches the file.
 *
 * Not idempotent: never resent once the request may have reached the server.
 *
 * The tree-shakable form of {@link WorkspaceClient.exportDesktopListNew}, on a client from {@link createWorkspaceBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-workspace/ExportDesktopListNew.html
 */
export function exportDesktopListNew(client: WorkspaceBaseClient, params: ExportDesktopListNewParams, options?: RequestOptions): Promise<ExportDesktopListNewResponse> {
  return client.call('exportDesktopListNew', params, options, undefined, exportDesktopListNewDescriptor) as Promise<ExportDesktopListNewResponse>;
}

/** Parameters of `exportUserGroupUsersNew` with their documented names; the client fills `project_id` itself. */
export interface ExportUserGroupUsersNewParams {
  /** ID of the desktop user group. */
  group_id: operations['ExportUserGroupUsersNew']['parameters']['path']['group_id'];
  /** User name; matched fuzzily. */
  user_name?: NonNullable<operations['ExportUserGroupUsersNew']['parameters']['query']>['user_name'];
  /** User description; matched fuzzily. */
  description?: NonNullable<operations['ExportUserGroupUsersNew']['parameters']['query']>['description'];
  /** Activation type. */
  active_type?: NonNullable<operations['ExportUserGroupUsersNew']['parameters']['query']>['active_type'];
  /** User group name. */
  group_name?: NonNullable<operations['ExportUserGroupUsersNew']['parameters']['query']>['group_name'];
  /** Language of the exported file. */
  language?: NonNullable<operations['ExportUserGroupUsersNew']['parameters']['query']>['language'];
  /** Enterprise project ID. */
  enterprise_project_id?: NonNullable<operations['ExportUserGroupUsersNew']['parameters']['query']>['enterprise_project_id'];
}

/** The documented 200 body of ExportUserGroupUsersNew. */
export type ExportUserGroupUsersNewResponse = operations['ExportUserGroupUsersNew']['responses'][200]['content']['application/json'];

/**
 * Exporting Users in a User Group (`ExportUserGroupUsersNew`, GET /v3/{project_id}/groups/{group_id}/users/export).
 *
 * Starts a task that exports the users of one user group into an Excel file. Although a GET, every call creates a new task: it is never resent. The returned task is listed by ListExportTasks; once it succeeded, DownloadExportFile fetches the file.
 *
 * Not idempotent: never resent once the request may have reached the server.
 *
 * The tree-shakable form of {@link WorkspaceClient.exportUserGroupUsersNew}, on a client from {@link createWorkspaceBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-workspace/ExportUserGroupUsersNew.html
 */
export function exportUserGroupUsersNew(client: WorkspaceBaseClient, params: ExportUserGroupUsersNewParams, options?: RequestOptions): Promise<ExportUserGroupUsersNewResponse> {
  return client.call('exportUserGroupUsersNew', params, options, undefined, exportUserGroupUsersNewDescriptor) as Promise<ExportUserGroupUsersNewResponse>;
}

/** Parameters of `downloadExportFile` with their documented names; the client fills `project_id` itself. */
export interface DownloadExportFileParams {
  /** ID of the export task. */
  task_id: operations['DownloadExportFile']['parameters']['path']['task_id'];
}

/** The file DownloadExportFile answers with, as a stream. */
export type DownloadExportFileResponse = DownloadedFile;

/**
 * Downloading an Exported File (`DownloadExportFile`, GET /v2/{project_id}/export-tasks/{task_id}/download).
 *
 * Downloads the file of a finished export task (ListExportTasks status `SUCCESS`); ListExportTasks' `is_download` then says the file was downloaded. The page documents no body for the answer: the client returns whatever the server sends as the file.
 *
 * The tree-shakable form of {@link WorkspaceClient.downloadExportFile}, on a client from {@link createWorkspaceBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-workspace/DownloadExportFile.html
 */
export function downloadExportFile(client: WorkspaceBaseClient, params: DownloadExportFileParams, options?: RequestOptions): Promise<DownloadExportFileResponse> {
  return client.call('downloadExportFile', params, options, { readFile: downloadedFile }, downloadExportFileDescriptor) as Promise<DownloadExportFileResponse>;
}

/** Parameters of `deleteExportTasks` with their documented names (request body fields included); the client fills `project_id` itself. */
export interface DeleteExportTasksParams {
  /** IDs of the export tasks to delete. */
  task_ids?: NonNullable<NonNullable<operations['DeleteExportTasks']['requestBody']>['content']['application/json']['task_ids']>;
}

/** DeleteExportTasks answers with no body. */
export type DeleteExportTasksResponse = undefined;

/**
 * Batch Deleting Export Tasks (`DeleteExportTasks`, POST /v2/{project_id}/export-tasks/batch-delete).
 *
 * Deletes the export tasks whose IDs are given.
 *
 * Not idempotent: never resent once the request may have reached the server.
 *
 * The tree-shakable form of {@link WorkspaceClient.deleteExportTasks}, on a client from {@link createWorkspaceBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-workspace/DeleteExportTasks.html
 */
export function deleteExportTasks(client: WorkspaceBaseClient, params?: DeleteExportTasksParams, options?: RequestOptions): Promise<DeleteExportTasksResponse> {
  return client.call('deleteExportTasks', params, options, undefined, deleteExportTasksDescriptor) as Promise<DeleteExportTasksResponse>;
}

/** One item of ListExportTasks's `export_tasks`. */
export type ListExportTasksItem = NonNullable<NonNullable<ListExportTasksResponse>['export_tasks']>[number];

/**
 * Listing Export Tasks (`ListExportTasks`, GET /v2/{project_id}/export-tasks).
 *
 * Lists export tasks, filtered by file name, task ID, status or download state, sorted and paged by offset and limit. Workspace has no endpoint for a single task: filter by `task_id`.
 *
 * Iterates every item of every page, fetching each page when the previous one is consumed; `offset` is managed for you.
 *
 * The tree-shakable form of {@link WorkspaceClient.listExportTasksAll}, on a client from {@link createWorkspaceBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-workspace/ListExportTasks.html
 */
export function listExportTasksAll(client: WorkspaceBaseClient, params?: Omit<ListExportTasksParams, 'offset'>, options?: RequestOptions): AsyncGenerator<ListExportTasksItem, void, undefined> {
  return paginate(client, 'listExportTasks', params, options, listExportTasksDescriptor) as AsyncGenerator<ListExportTasksItem, void, undefined>;
}

/** Workspace reads a task with `listExportTasks`. */
const taskOperation: TaskOperation = /* @__PURE__ */ taskOperationOf('listExportTasks', listExportTasksDescriptor);

/**
 * The task with this id, normalised. Reads the task with `listExportTasks` (ListExportTasks) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link WorkspaceClient.getTask}, on a client from {@link createWorkspaceBaseClient}.
 */
export function getTask(client: WorkspaceBaseClient, id: string, options?: RequestOptions): Promise<Task> {
  return getTaskOf(client, taskOperation, id, options);
}

/**
 * Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. Reads the task with `listExportTasks` (ListExportTasks) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link WorkspaceClient.waitForTask}, on a client from {@link createWorkspaceBaseClient}.
 */
export function waitForTask(client: WorkspaceBaseClient, id: string, options?: WaitOptions): Promise<Task> {
  return waitForTaskOf(client, taskOperation, id, options);
}

/**
 * Yields the task on each change of state or progress until it is done. Reads the task with `listExportTasks` (ListExportTasks) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link WorkspaceClient.watchTask}, on a client from {@link createWorkspaceBaseClient}.
 */
export function watchTask(client: WorkspaceBaseClient, id: string, options?: WaitOptions): AsyncGenerator<Task, void, undefined> {
  return watchTaskOf(client, taskOperation, id, options);
}

/**
 * Waits on many tasks at once under the client's request budget (`requestsPerSecond`); one outcome per id, in order.
 *
 * The tree-shakable form of {@link WorkspaceClient.waitForTasks}, on a client from {@link createWorkspaceBaseClient}.
 */
export function waitForTasks(client: WorkspaceBaseClient, ids: readonly string[], options?: WaitOptions): Promise<TaskOutcome[]> {
  return waitForTasksOf(client, taskOperation, ids, options);
}

/**
 * The file a succeeded task made, fetched with `downloadExportFile` (DownloadExportFile) by the spec's `x-task.download`; pass the task (from `waitForTask`) or its id. Throws TaskFileUnavailableError when the task has not succeeded or names no file.
 *
 * The tree-shakable form of {@link WorkspaceClient.downloadTaskFile}, on a client from {@link createWorkspaceBaseClient}.
 */
export function downloadTaskFile(client: WorkspaceBaseClient, taskOrId: Task | string, options?: RequestOptions): Promise<DownloadedFile> {
  return downloadTaskFileOf(client, taskOperation, 'downloadExportFile', taskOrId, downloadedFile, options, downloadExportFileDescriptor);
}

/** Options of {@link createWorkspaceClient}. */
export type WorkspaceClientOptions = ClientOptions;
/** A Workspace connection for the exported functions (`listExportTasks(client, params)`…), from {@link createWorkspaceBaseClient}. Treat it as opaque. */
export type WorkspaceBaseClient = BaseClient<'workspace'>;

/**
 * A Workspace connection for the exported functions, one per operation and task helper: a bundle holds only the functions it imports. The same options as {@link createWorkspaceClient}; AK/SK credentials need `signer: akskSigner` (a token needs nothing, and its bundle carries no signer).
 *
 * @example
 * const client = createWorkspaceBaseClient({ region: 'cn-east-3', projectId, credentials: { token } });
 */
export function createWorkspaceBaseClient(options?: WorkspaceClientOptions): WorkspaceBaseClient {
  return createBaseClient(workspaceBaseService, options);
}

/**
 * A typed Workspace client. Options are validated here; those not given default to the HUAWEICLOUD_SDK_* environment variables.
 *
 * @example
 * const client = createWorkspaceClient({ region: 'cn-east-3', projectId, credentials: { ak, sk } });
 */
export function createWorkspaceClient(options?: WorkspaceClientOptions): WorkspaceClient {
  const client = createServiceClient(workspaceBaseService, options);
  return {
    listExportTasks: (params, options) => listExportTasks(client, params, options),
    exportUsersNew: (params, options) => exportUsersNew(client, params, options),
    exportDesktopListNew: (params, options) => exportDesktopListNew(client, params, options),
    exportUserGroupUsersNew: (params, options) => exportUserGroupUsersNew(client, params, options),
    downloadExportFile: (params, options) => downloadExportFile(client, params, options),
    deleteExportTasks: (params, options) => deleteExportTasks(client, params, options),
    listExportTasksAll: (params, options) => listExportTasksAll(client, params, options),
    getTask: (id, options) => getTask(client, id, options),
    waitForTask: (id, options) => waitForTask(client, id, options),
    watchTask: (id, options) => watchTask(client, id, options),
    waitForTasks: (ids, options) => waitForTasks(client, ids, options),
    downloadTaskFile: (taskOrId, options) => downloadTaskFile(client, taskOrId, options),
  };
}

/** A Workspace client that only reads and waits for tasks: {@link WorkspaceClient}'s task helpers. */
export type WorkspaceTaskClient = Pick<WorkspaceClient, 'getTask' | 'waitForTask' | 'watchTask' | 'waitForTasks'>;

/**
 * A Workspace client that only reads and waits for tasks, for code that starts none: the same options as {@link createWorkspaceClient}, a smaller bundle.
 *
 * @example
 * const client = createWorkspaceTaskClient({ region: 'cn-east-3', projectId, credentials: { ak, sk } });
 */
export function createWorkspaceTaskClient(options?: WorkspaceClientOptions): WorkspaceTaskClient {
  const client = createServiceClient(workspaceBaseService, options);
  return {
    getTask: (id, options) => getTask(client, id, options),
    waitForTask: (id, options) => waitForTask(client, id, options),
    watchTask: (id, options) => watchTask(client, id, options),
    waitForTasks: (ids, options) => waitForTasks(client, ids, options),
  };
}

export { akskSigner } from '../../src/runtime.js';
export type { ClientOptions, DownloadedFile, FilePart, RequestOptions, Signer, Task, TaskOutcome, WaitCheckpoint, WaitOptions } from '../../src/runtime.js';
