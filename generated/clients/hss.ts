// Generated from specs/hss/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
import { createBaseClient, createServiceClient, downloadTaskFileOf, downloadedFile, getTaskOf, taskOperationOf, waitForTaskOf, waitForTasksOf, watchTaskOf } from '../../src/runtime.js';
import type { BaseClient, ClientOptions, DownloadedFile, OperationDescriptor, RequestOptions, ServiceDescriptor, Task, TaskOperation, TaskOutcome, WaitOptions } from '../../src/runtime.js';
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
  /**
   * Exporting Information About Vulnerabilities and Their Affected Servers (`ExportVuls`, POST /v5/{project_id}/vul/export).
   *
   * Starts a task that exports vulnerabilities (`category: vul`) or vulnerable servers (`category: host`), filtered by the query parameters, into a file. Poll the returned task with ListQueryExportTask; once it succeeded, fetch the file with ListDownloadExportedFile.
   *
   * Not idempotent: never resent once the request may have reached the server.
   * @see https://support.huaweicloud.com/intl/en-us/api-hss2.0/ExportVuls.html
   */
  exportVuls(params: ExportVulsParams, options?: RequestOptions): Promise<ExportVulsResponse>;
  /**
   * Creating a Task for Exporting Vulnerability Handling Records (`ExportVulHandleHistory`, POST /v5/{project_id}/vulnerability/handle-history/export-task).
   *
   * Starts a task that exports vulnerability handling records, filtered by the body fields, into a file. Poll the returned task with ListQueryExportTask; once it succeeded, fetch the file with ListDownloadExportedFile.
   *
   * Not idempotent: never resent once the request may have reached the server.
   * @see https://support.huaweicloud.com/intl/en-us/api-hss2.0/ExportVulHandleHistory.html
   */
  exportVulHandleHistory(params: ExportVulHandleHistoryParams, options?: RequestOptions): Promise<ExportVulHandleHistoryResponse>;
  /**
   * Downloading Export Files (`ListDownloadExportedFile`, GET /v5/{project_id}/download/{file_id}).
   *
   * Downloads the file an export task produced, by the `file_id` ListQueryExportTask reports once the task succeeded. The answer is the file itself (a zip archive).
   * @see https://support.huaweicloud.com/intl/en-us/api-hss2.0/ListDownloadExportedFile.html
   */
  listDownloadExportedFile(params: ListDownloadExportedFileParams, options?: RequestOptions): Promise<ListDownloadExportedFileResponse>;
  /** The task with this id, normalised. Reads the task with `listQueryExportTask` (ListQueryExportTask) and normalises it by the spec's `x-task`. */
  getTask(id: string, options?: RequestOptions): Promise<Task>;
  /** Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. Reads the task with `listQueryExportTask` (ListQueryExportTask) and normalises it by the spec's `x-task`. */
  waitForTask(id: string, options?: WaitOptions): Promise<Task>;
  /** Yields the task on each change of state or progress until it is done. Reads the task with `listQueryExportTask` (ListQueryExportTask) and normalises it by the spec's `x-task`. */
  watchTask(id: string, options?: WaitOptions): AsyncGenerator<Task, void, undefined>;
  /** Waits on many tasks at once under the client's request budget (`requestsPerSecond`); one outcome per id, in order. */
  waitForTasks(ids: readonly string[], options?: WaitOptions): Promise<TaskOutcome[]>;
  /** The file a succeeded task made, fetched with `listDownloadExportedFile` (ListDownloadExportedFile) by the spec's `x-task.download`; pass the task (from `waitForTask`) or its id. Throws TaskFileUnavailableError when the task has not succeeded or names no file. */
  downloadTaskFile(taskOrId: Task | string, options?: RequestOptions): Promise<DownloadedFile>;
}

const listQueryExportTaskDescriptor = {
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
    download: {
      operationId: 'ListDownloadExportedFile',
      parameters: {
        file_id: '/file_id',
      },
    },
  },
} as const satisfies OperationDescriptor;
const exportVulsDescriptor = {
  id: 'ExportVuls',
  method: 'post',
  path: '/v5/{project_id}/vul/export',
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
      name: 'enterprise_project_id',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'type',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        enum: ['linux_vul', 'windows_vul', 'web_cms', 'app_vul', 'urgent_vul'],
      },
    },
    {
      name: 'vul_id',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'vul_name',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'host_id',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'limit',
      in: 'query',
      required: false,
      schema: {
        type: 'integer',
        format: 'int32',
        minimum: 0,
        maximum: 500,
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
        maximum: 2000000,
      },
    },
    {
      name: 'repair_priority',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        enum: ['Critical', 'High', 'Medium', 'Low'],
      },
    },
    {
      name: 'handle_status',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        enum: ['unhandled', 'handled'],
      },
    },
    {
      name: 'cve_id',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'label_list',
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
        enum: ['vul_status_unfix', 'vul_status_ignored', 'vul_status_verified', 'vul_status_fixing', 'vul_status_fixed', 'vul_status_reboot', 'vul_status_failed', 'vul_status_fix_after_reboot'],
      },
    },
    {
      name: 'asset_value',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        enum: ['important', 'common', 'test'],
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
      name: 'export_size',
      in: 'query',
      required: true,
      schema: {
        type: 'integer',
        format: 'int32',
        minimum: 1,
        maximum: 200000,
      },
    },
    {
      name: 'category',
      in: 'query',
      required: true,
      schema: {
        type: 'string',
        enum: ['vul', 'host'],
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
  ],
  body: {
    type: 'json',
    required: true,
    fields: [
      {
        name: 'export_headers',
        required: true,
        schema: {
          type: 'array',
          items: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      {
        name: 'vul_id_list',
        required: false,
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
      {
        name: 'host_id_list',
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
  idempotent: false,
  taskStart: {
    taskId: '/task_id',
  },
} as const satisfies OperationDescriptor;
const exportVulHandleHistoryDescriptor = {
  id: 'ExportVulHandleHistory',
  method: 'post',
  path: '/v5/{project_id}/vulnerability/handle-history/export-task',
  params: [
    {
      name: 'project_id',
      in: 'path',
      required: true,
      schema: {
        type: 'string',
        minLength: 1,
        maxLength: 256,
      },
      filledFrom: 'projectId',
    },
    {
      name: 'enterprise_project_id',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
        minLength: 1,
        maxLength: 256,
      },
    },
    {
      name: 'X-Auth-Token',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
        minLength: 1,
        maxLength: 32768,
      },
      filledFrom: 'credentials',
    },
  ],
  body: {
    type: 'json',
    required: true,
    fields: [
      {
        name: 'status',
        required: false,
        schema: {
          type: 'string',
          enum: ['vul_status_unfix', 'vul_status_ignored', 'vul_status_verified', 'vul_status_fixing', 'vul_status_fixed', 'vul_status_reboot', 'vul_status_failed', 'vul_status_fix_after_reboot'],
        },
      },
      {
        name: 'vul_id',
        required: false,
        schema: {
          type: 'string',
        },
      },
      {
        name: 'vul_type',
        required: false,
        schema: {
          type: 'string',
          enum: ['linux_vul', 'windows_vul', 'web_cms', 'app_vul', 'urgent_vul'],
        },
      },
      {
        name: 'asset_value',
        required: false,
        schema: {
          type: 'string',
          enum: ['important', 'common', 'test'],
        },
      },
      {
        name: 'group_name',
        required: false,
        schema: {
          type: 'string',
        },
      },
      {
        name: 'host_name',
        required: false,
        schema: {
          type: 'string',
        },
      },
      {
        name: 'host_ip',
        required: false,
        schema: {
          type: 'string',
        },
      },
      {
        name: 'export_size',
        required: false,
        schema: {
          type: 'integer',
          format: 'int32',
          minimum: 1,
          maximum: 200000,
        },
      },
      {
        name: 'export_header_list',
        required: true,
        schema: {
          type: 'array',
          items: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
    ],
  },
  idempotent: false,
  taskStart: {
    taskId: '/task_id',
  },
} as const satisfies OperationDescriptor;
const listDownloadExportedFileDescriptor = {
  id: 'ListDownloadExportedFile',
  method: 'get',
  path: '/v5/{project_id}/download/{file_id}',
  params: [
    {
      name: 'file_id',
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
  answer: 'file',
  idempotent: true,
} as const satisfies OperationDescriptor;
/** The HSS descriptor without operations, for the clients: each function passes its operation's own. */
const hssBaseService = {
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
  operations: {},
} as const satisfies ServiceDescriptor;
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
    listQueryExportTask: listQueryExportTaskDescriptor,
    exportVuls: exportVulsDescriptor,
    exportVulHandleHistory: exportVulHandleHistoryDescriptor,
    listDownloadExportedFile: listDownloadExportedFileDescriptor,
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

/**
 * Querying Export Tasks (`ListQueryExportTask`, GET /v5/{project_id}/export-task/{task_id}).
 *
 * Returns the ID, name, status and produced file of one export task.
 *
 * The tree-shakable form of {@link HssClient.listQueryExportTask}, on a client from {@link createHssBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-hss2.0/ListQueryExportTask.html
 */
export function listQueryExportTask(client: HssBaseClient, params: ListQueryExportTaskParams, options?: RequestOptions): Promise<ListQueryExportTaskResponse> {
  return client.call('listQueryExportTask', params, options, undefined, listQueryExportTaskDescriptor) as Promise<ListQueryExportTaskResponse>;
}

/** Parameters of `exportVuls` with their documented names (request body fields included); the client fills `project_id`, `X-Auth-Token` itself. */
export interface ExportVulsParams {
  /** Enterprise project; `all_granted_eps` exports from all enterprise projects. */
  enterprise_project_id?: NonNullable<operations['ExportVuls']['parameters']['query']>['enterprise_project_id'];
  /** Vulnerability type. */
  type?: NonNullable<operations['ExportVuls']['parameters']['query']>['type'];
  /** Vulnerability ID. */
  vul_id?: NonNullable<operations['ExportVuls']['parameters']['query']>['vul_id'];
  /** Vulnerability name. */
  vul_name?: NonNullable<operations['ExportVuls']['parameters']['query']>['vul_name'];
  /** Server ID, to export the vulnerabilities of one server. */
  host_id?: NonNullable<operations['ExportVuls']['parameters']['query']>['host_id'];
  /** Number of records per page (the page describes it only as "limit"). */
  limit?: NonNullable<operations['ExportVuls']['parameters']['query']>['limit'];
  /** Offset of the first record returned; not below 0. */
  offset?: NonNullable<operations['ExportVuls']['parameters']['query']>['offset'];
  /** Fixing priority: `Critical`, `High`, `Medium` or `Low`. */
  repair_priority?: NonNullable<operations['ExportVuls']['parameters']['query']>['repair_priority'];
  /** Handling status: `unhandled` or `handled`. */
  handle_status?: NonNullable<operations['ExportVuls']['parameters']['query']>['handle_status'];
  /** CVE ID of the vulnerability (the page says "Vulnerability ID."). */
  cve_id?: NonNullable<operations['ExportVuls']['parameters']['query']>['cve_id'];
  /** Vulnerability tag. */
  label_list?: NonNullable<operations['ExportVuls']['parameters']['query']>['label_list'];
  /** Vulnerability status: `vul_status_unfix` not handled, `vul_status_ignored` ignored, `vul_status_verified` being verified, `vul_status_fixing` being fixed, `vul_status_fixed` fixed, `vul_status_reboot` fixed and waiting for a restart, `vul_status_failed` fix failed, `vul_status_fix_after_reboot` restart the host and fix again. */
  status?: NonNullable<operations['ExportVuls']['parameters']['query']>['status'];
  /** Importance of the asset. */
  asset_value?: NonNullable<operations['ExportVuls']['parameters']['query']>['asset_value'];
  /** Server group name. */
  group_name?: NonNullable<operations['ExportVuls']['parameters']['query']>['group_name'];
  /** Number of records to export. */
  export_size: operations['ExportVuls']['parameters']['query']['export_size'];
  /** What to export: `vul` vulnerabilities, `host` servers with vulnerabilities. */
  category: operations['ExportVuls']['parameters']['query']['category'];
  /** Header information of the exported data, one list of strings per column (the official SDKs call the type `List<List<String>>`; the design example sends `[field, title]` pairs such as `['vul_name', 'Vulnerability']`). */
  export_headers: NonNullable<operations['ExportVuls']['requestBody']>['content']['application/json']['export_headers'];
  /** IDs of the vulnerabilities to export. */
  vul_id_list?: NonNullable<NonNullable<operations['ExportVuls']['requestBody']>['content']['application/json']['vul_id_list']>;
  /** IDs of the servers to export. */
  host_id_list?: NonNullable<NonNullable<operations['ExportVuls']['requestBody']>['content']['application/json']['host_id_list']>;
}

/** The documented 200 body of ExportVuls. */
export type ExportVulsResponse = operations['ExportVuls']['responses'][200]['content']['application/json'];

/**
 * Exporting Information About Vulnerabilities and Their Affected Servers (`ExportVuls`, POST /v5/{project_id}/vul/export).
 *
 * Starts a task that exports vulnerabilities (`category: vul`) or vulnerable servers (`category: host`), filtered by the query parameters, into a file. Poll the returned task with ListQueryExportTask; once it succeeded, fetch the file with ListDownloadExportedFile.
 *
 * Not idempotent: never resent once the request may have reached the server.
 *
 * The tree-shakable form of {@link HssClient.exportVuls}, on a client from {@link createHssBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-hss2.0/ExportVuls.html
 */
export function exportVuls(client: HssBaseClient, params: ExportVulsParams, options?: RequestOptions): Promise<ExportVulsResponse> {
  return client.call('exportVuls', params, options, undefined, exportVulsDescriptor) as Promise<ExportVulsResponse>;
}

/** Parameters of `exportVulHandleHistory` with their documented names (request body fields included); the client fills `project_id`, `X-Auth-Token` itself. */
export interface ExportVulHandleHistoryParams {
  /** Enterprise project whose assets are exported, 1 to 256 characters; only meaningful once the enterprise project feature is enabled. `0` is the default enterprise project, `all_granted_eps` means all enterprise projects. */
  enterprise_project_id?: NonNullable<operations['ExportVulHandleHistory']['parameters']['query']>['enterprise_project_id'];
  /** Vulnerability status: `vul_status_unfix` not handled, `vul_status_ignored` ignored, `vul_status_verified` being verified, `vul_status_fixing` being fixed, `vul_status_fixed` fixed, `vul_status_reboot` fixed and waiting for a restart, `vul_status_failed` fix failed, `vul_status_fix_after_reboot` restart the host and fix again. */
  status?: NonNullable<NonNullable<operations['ExportVulHandleHistory']['requestBody']>['content']['application/json']['status']>;
  /** Vulnerability ID. */
  vul_id?: NonNullable<NonNullable<operations['ExportVulHandleHistory']['requestBody']>['content']['application/json']['vul_id']>;
  /** Vulnerability type: `linux_vul` Linux, `windows_vul` Windows, `web_cms` Web-CMS, `app_vul` application, `urgent_vul` emergency vulnerability. */
  vul_type?: NonNullable<NonNullable<operations['ExportVulHandleHistory']['requestBody']>['content']['application/json']['vul_type']>;
  /** Importance of the asset: `important`, `common` or `test`. */
  asset_value?: NonNullable<NonNullable<operations['ExportVulHandleHistory']['requestBody']>['content']['application/json']['asset_value']>;
  /** Server group. */
  group_name?: NonNullable<NonNullable<operations['ExportVulHandleHistory']['requestBody']>['content']['application/json']['group_name']>;
  /** Server name. */
  host_name?: NonNullable<NonNullable<operations['ExportVulHandleHistory']['requestBody']>['content']['application/json']['host_name']>;
  /** IP address of the server. */
  host_ip?: NonNullable<NonNullable<operations['ExportVulHandleHistory']['requestBody']>['content']['application/json']['host_ip']>;
  /** Number of records to export, 1 to 200000. */
  export_size?: NonNullable<NonNullable<operations['ExportVulHandleHistory']['requestBody']>['content']['application/json']['export_size']>;
  /** Header information of the exported data, one list of strings per column (the official SDKs call the type `List<List<String>>`; the design example sends `[field, title]` pairs such as `['vul_name', 'Vulnerability']`). */
  export_header_list: NonNullable<operations['ExportVulHandleHistory']['requestBody']>['content']['application/json']['export_header_list'];
}

/** The documented 200 body of ExportVulHandleHistory. */
export type ExportVulHandleHistoryResponse = operations['ExportVulHandleHistory']['responses'][200]['content']['application/json'];

/**
 * Creating a Task for Exporting Vulnerability Handling Records (`ExportVulHandleHistory`, POST /v5/{project_id}/vulnerability/handle-history/export-task).
 *
 * Starts a task that exports vulnerability handling records, filtered by the body fields, into a file. Poll the returned task with ListQueryExportTask; once it succeeded, fetch the file with ListDownloadExportedFile.
 *
 * Not idempotent: never resent once the request may have reached the server.
 *
 * The tree-shakable form of {@link HssClient.exportVulHandleHistory}, on a client from {@link createHssBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-hss2.0/ExportVulHandleHistory.html
 */
export function exportVulHandleHistory(client: HssBaseClient, params: ExportVulHandleHistoryParams, options?: RequestOptions): Promise<ExportVulHandleHistoryResponse> {
  return client.call('exportVulHandleHistory', params, options, undefined, exportVulHandleHistoryDescriptor) as Promise<ExportVulHandleHistoryResponse>;
}

/** Parameters of `listDownloadExportedFile` with their documented names; the client fills `project_id`, `X-Auth-Token`, `region` itself. */
export interface ListDownloadExportedFileParams {
  /** File ID. */
  file_id: operations['ListDownloadExportedFile']['parameters']['path']['file_id'];
  /** Enterprise project of the servers; only meaningful once the enterprise project feature is enabled. `0` is the default enterprise project, `all_granted_eps` means all enterprise projects. A user with rights on a single enterprise project must pass its ID, or the call fails for lack of permission. */
  enterprise_project_id?: NonNullable<operations['ListDownloadExportedFile']['parameters']['query']>['enterprise_project_id'];
}

/** The file ListDownloadExportedFile answers with, as a stream. */
export type ListDownloadExportedFileResponse = DownloadedFile;

/**
 * Downloading Export Files (`ListDownloadExportedFile`, GET /v5/{project_id}/download/{file_id}).
 *
 * Downloads the file an export task produced, by the `file_id` ListQueryExportTask reports once the task succeeded. The answer is the file itself (a zip archive).
 *
 * The tree-shakable form of {@link HssClient.listDownloadExportedFile}, on a client from {@link createHssBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-hss2.0/ListDownloadExportedFile.html
 */
export function listDownloadExportedFile(client: HssBaseClient, params: ListDownloadExportedFileParams, options?: RequestOptions): Promise<ListDownloadExportedFileResponse> {
  return client.call('listDownloadExportedFile', params, options, { readFile: downloadedFile }, listDownloadExportedFileDescriptor) as Promise<ListDownloadExportedFileResponse>;
}

/** HSS reads a task with `listQueryExportTask`. */
const taskOperation: TaskOperation = /* @__PURE__ */ taskOperationOf('listQueryExportTask', listQueryExportTaskDescriptor);

/**
 * The task with this id, normalised. Reads the task with `listQueryExportTask` (ListQueryExportTask) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link HssClient.getTask}, on a client from {@link createHssBaseClient}.
 */
export function getTask(client: HssBaseClient, id: string, options?: RequestOptions): Promise<Task> {
  return getTaskOf(client, taskOperation, id, options);
}

/**
 * Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. Reads the task with `listQueryExportTask` (ListQueryExportTask) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link HssClient.waitForTask}, on a client from {@link createHssBaseClient}.
 */
export function waitForTask(client: HssBaseClient, id: string, options?: WaitOptions): Promise<Task> {
  return waitForTaskOf(client, taskOperation, id, options);
}

/**
 * Yields the task on each change of state or progress until it is done. Reads the task with `listQueryExportTask` (ListQueryExportTask) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link HssClient.watchTask}, on a client from {@link createHssBaseClient}.
 */
export function watchTask(client: HssBaseClient, id: string, options?: WaitOptions): AsyncGenerator<Task, void, undefined> {
  return watchTaskOf(client, taskOperation, id, options);
}

/**
 * Waits on many tasks at once under the client's request budget (`requestsPerSecond`); one outcome per id, in order.
 *
 * The tree-shakable form of {@link HssClient.waitForTasks}, on a client from {@link createHssBaseClient}.
 */
export function waitForTasks(client: HssBaseClient, ids: readonly string[], options?: WaitOptions): Promise<TaskOutcome[]> {
  return waitForTasksOf(client, taskOperation, ids, options);
}

/**
 * The file a succeeded task made, fetched with `listDownloadExportedFile` (ListDownloadExportedFile) by the spec's `x-task.download`; pass the task (from `waitForTask`) or its id. Throws TaskFileUnavailableError when the task has not succeeded or names no file.
 *
 * The tree-shakable form of {@link HssClient.downloadTaskFile}, on a client from {@link createHssBaseClient}.
 */
export function downloadTaskFile(client: HssBaseClient, taskOrId: Task | string, options?: RequestOptions): Promise<DownloadedFile> {
  return downloadTaskFileOf(client, taskOperation, 'listDownloadExportedFile', taskOrId, downloadedFile, options, listDownloadExportedFileDescriptor);
}

/** Options of {@link createHssClient}. */
export type HssClientOptions = ClientOptions;
/** A HSS connection for the exported functions (`listQueryExportTask(client, params)`…), from {@link createHssBaseClient}. Treat it as opaque. */
export type HssBaseClient = BaseClient<'hss'>;

/**
 * A HSS connection for the exported functions, one per operation and task helper: a bundle holds only the functions it imports. The same options as {@link createHssClient}; AK/SK credentials need `signer: akskSigner` (a token needs nothing, and its bundle carries no signer).
 *
 * @example
 * const client = createHssBaseClient({ region: 'cn-north-9', projectId, credentials: { token } });
 */
export function createHssBaseClient(options?: HssClientOptions): HssBaseClient {
  return createBaseClient(hssBaseService, options);
}

/**
 * A typed HSS client. Options are validated here; those not given default to the HUAWEICLOUD_SDK_* environment variables.
 *
 * @example
 * const client = createHssClient({ region: 'cn-north-9', projectId, credentials: { ak, sk } });
 */
export function createHssClient(options?: HssClientOptions): HssClient {
  const client = createServiceClient(hssBaseService, options);
  return {
    listQueryExportTask: (params, options) => listQueryExportTask(client, params, options),
    exportVuls: (params, options) => exportVuls(client, params, options),
    exportVulHandleHistory: (params, options) => exportVulHandleHistory(client, params, options),
    listDownloadExportedFile: (params, options) => listDownloadExportedFile(client, params, options),
    getTask: (id, options) => getTask(client, id, options),
    waitForTask: (id, options) => waitForTask(client, id, options),
    watchTask: (id, options) => watchTask(client, id, options),
    waitForTasks: (ids, options) => waitForTasks(client, ids, options),
    downloadTaskFile: (taskOrId, options) => downloadTaskFile(client, taskOrId, options),
  };
}

/** A HSS client that only reads and waits for tasks: {@link HssClient}'s task helpers. */
export type HssTaskClient = Pick<HssClient, 'getTask' | 'waitForTask' | 'watchTask' | 'waitForTasks'>;

/**
 * A HSS client that only reads and waits for tasks, for code that starts none: the same options as {@link createHssClient}, a smaller bundle.
 *
 * @example
 * const client = createHssTaskClient({ region: 'cn-north-9', projectId, credentials: { ak, sk } });
 */
export function createHssTaskClient(options?: HssClientOptions): HssTaskClient {
  const client = createServiceClient(hssBaseService, options);
  return {
    getTask: (id, options) => getTask(client, id, options),
    waitForTask: (id, options) => waitForTask(client, id, options),
    watchTask: (id, options) => watchTask(client, id, options),
    waitForTasks: (ids, options) => waitForTasks(client, ids, options),
  };
}

export { akskSigner } from '../../src/runtime.js';
export type { ClientOptions, DownloadedFile, FilePart, RequestOptions, Signer, Task, TaskOutcome, WaitCheckpoint, WaitOptions } from '../../src/runtime.js';
