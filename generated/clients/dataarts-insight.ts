// Generated from specs/dataarts-insight/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
import { createBaseClient, createServiceClient, downloadedFile, getTaskOf, multipartBody, taskOperationOf, waitForTaskOf, waitForTasksOf, watchTaskOf } from '../../src/runtime.js';
import type { BaseClient, ClientOptions, DownloadedFile, FilePart, OperationDescriptor, RequestOptions, ServiceDescriptor, Task, TaskOperation, TaskOutcome, WaitOptions } from '../../src/runtime.js';
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
  /**
   * Importing Resource Packages (`ImportResourcePackage`, POST /v1/{project_id}/resource-package/api-import).
   *
   * Uploads a resource package (multipart form part `file`) and starts a task that imports it into the workspace, replacing or adding resources. Follow the task with ListImportResourceTaskDetail.
   *
   * Not idempotent: never resent once the request may have reached the server.
   * @see https://support.huaweicloud.com/intl/en-us/api-dataartsinsight/ImportResourcePackage.html
   */
  importResourcePackage(params: ImportResourcePackageParams, options?: RequestOptions): Promise<ImportResourcePackageResponse>;
  /**
   * Exporting a Resource Package Using an API (`ExportResourcePackage`, POST /v1/{project_id}/resource-package/export).
   *
   * Exports the given resources as a resource package; the answer is the package file itself (no task is created). The file is what ImportResourcePackage takes. Not resent: the export configuration (CreateAndUpdateExportConfig) keeps exported files in OBS, so each call may store a file.
   *
   * Not idempotent: never resent once the request may have reached the server.
   * @see https://support.huaweicloud.com/intl/en-us/api-dataartsinsight/ExportResourcePackage.html
   */
  exportResourcePackage(params: ExportResourcePackageParams, options?: RequestOptions): Promise<ExportResourcePackageResponse>;
  /**
   * Setting Import and Export Parameters (`CreateAndUpdateExportConfig`, POST /v1/{project_id}/exports/config).
   *
   * Sets (creates or replaces) the import and export parameters of the workspace: the OBS bucket and path prefix exported files go to, and how long they are kept.
   *
   * Not idempotent: never resent once the request may have reached the server.
   * @see https://support.huaweicloud.com/intl/en-us/api-dataartsinsight/CreateAndUpdateExportConfig.html
   */
  createAndUpdateExportConfig(params: CreateAndUpdateExportConfigParams, options?: RequestOptions): Promise<CreateAndUpdateExportConfigResponse>;
  /** The task with this id, normalised. Reads the task with `listImportResourceTaskDetail` (ListImportResourceTaskDetail) and normalises it by the spec's `x-task`. */
  getTask(id: string, options?: RequestOptions): Promise<Task>;
  /** Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. Reads the task with `listImportResourceTaskDetail` (ListImportResourceTaskDetail) and normalises it by the spec's `x-task`. */
  waitForTask(id: string, options?: WaitOptions): Promise<Task>;
  /** Yields the task on each change of state or progress until it is done. Reads the task with `listImportResourceTaskDetail` (ListImportResourceTaskDetail) and normalises it by the spec's `x-task`. */
  watchTask(id: string, options?: WaitOptions): AsyncGenerator<Task, void, undefined>;
  /** Waits on many tasks at once under the client's request budget (`requestsPerSecond`); one outcome per id, in order. */
  waitForTasks(ids: readonly string[], options?: WaitOptions): Promise<TaskOutcome[]>;
}

const listImportResourceTaskDetailDescriptor = {
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
} as const satisfies OperationDescriptor;
const importResourcePackageDescriptor = {
  id: 'ImportResourcePackage',
  method: 'post',
  path: '/v1/{project_id}/resource-package/api-import',
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
    {
      name: 'Content-Type',
      in: 'header',
      required: true,
      schema: {
        type: 'string',
      },
      filledFrom: 'body',
    },
  ],
  body: {
    type: 'multipart',
    required: true,
    fields: [
      {
        name: 'file',
        required: true,
        schema: {
          type: 'string',
          format: 'binary',
        },
      },
      {
        name: 'import_strategy',
        required: true,
        schema: {
          type: 'string',
          enum: ['replace', 'addNew'],
        },
      },
      {
        name: 'replace_rule',
        required: false,
        schema: {
          type: 'string',
          enum: ['BY_ID', 'BY_NAME'],
        },
      },
    ],
  },
  idempotent: false,
  taskStart: {
    taskId: '/task_id',
  },
} as const satisfies OperationDescriptor;
const exportResourcePackageDescriptor = {
  id: 'ExportResourcePackage',
  method: 'post',
  path: '/v1/{project_id}/resource-package/export',
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
  body: {
    type: 'json',
    required: true,
    fields: [
      {
        name: 'name',
        required: true,
        schema: {
          type: 'string',
        },
      },
      {
        name: 'export_param',
        required: false,
        schema: {
          type: 'object',
          properties: {
            export_dataset_tag_permission: {
              type: 'boolean',
            },
          },
        },
      },
      {
        name: 'resources',
        required: true,
        schema: {
          type: 'array',
          items: {
            type: 'object',
            required: ['resource_type', 'resource_id'],
            properties: {
              resource_type: {
                type: 'string',
                enum: ['datasource', 'dataset', 'metric', 'dashboard', 'screen', 'embedAnalysis', 'portal', 'subject'],
              },
              resource_id: {
                type: 'string',
              },
            },
          },
        },
      },
    ],
  },
  answer: 'file',
  idempotent: false,
} as const satisfies OperationDescriptor;
const createAndUpdateExportConfigDescriptor = {
  id: 'CreateAndUpdateExportConfig',
  method: 'post',
  path: '/v1/{project_id}/exports/config',
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
    {
      name: 'Content-Type',
      in: 'header',
      required: true,
      schema: {
        type: 'string',
      },
      filledFrom: 'body',
    },
  ],
  body: {
    type: 'json',
    required: true,
    fields: [
      {
        name: 'service_type',
        required: true,
        schema: {
          type: 'string',
        },
      },
      {
        name: 'obs_endpoint',
        required: true,
        schema: {
          type: 'string',
        },
      },
      {
        name: 'obs_bucket_name',
        required: true,
        schema: {
          type: 'string',
        },
      },
      {
        name: 'max_storage_days',
        required: true,
        schema: {
          type: 'integer',
          format: 'int32',
        },
      },
      {
        name: 'obs_path_prefix',
        required: true,
        schema: {
          type: 'string',
        },
      },
    ],
  },
  idempotent: false,
} as const satisfies OperationDescriptor;
/** The DataArts Insight descriptor without operations, for the clients: each function passes its operation's own. */
const dataArtsInsightBaseService = {
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
  operations: {},
} as const satisfies ServiceDescriptor;
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
    listImportResourceTaskDetail: listImportResourceTaskDetailDescriptor,
    importResourcePackage: importResourcePackageDescriptor,
    exportResourcePackage: exportResourcePackageDescriptor,
    createAndUpdateExportConfig: createAndUpdateExportConfigDescriptor,
  },
} as const satisfies ServiceDescriptor;

/** Parameters of `listImportResourceTaskDetail` with their documented names; the client fills `project_id`, `X-Auth-Token` itself. */
export interface ListImportResourceTaskDetailParams {
  /** ID of the import task. */
  task_id: operations['ListImportResourceTaskDetail']['parameters']['path']['task_id'];
}

/** The documented 200 body of ListImportResourceTaskDetail. */
export type ListImportResourceTaskDetailResponse = operations['ListImportResourceTaskDetail']['responses'][200]['content']['application/json'];

/**
 * Obtaining Import Task Details (`ListImportResourceTaskDetail`, GET /v1/{project_id}/resource-package/import-tasks/{task_id}).
 *
 * Returns the details of one resource-package import task. API Explorer names this operation ShowImportResourceTaskDetail; the page's file name is ListImportResourceTaskDetail.
 *
 * The tree-shakable form of {@link DataArtsInsightClient.listImportResourceTaskDetail}, on a client from {@link createDataArtsInsightBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-dataartsinsight/ListImportResourceTaskDetail.html
 */
export function listImportResourceTaskDetail(client: DataArtsInsightBaseClient, params: ListImportResourceTaskDetailParams, options?: RequestOptions): Promise<ListImportResourceTaskDetailResponse> {
  return client.call('listImportResourceTaskDetail', params, options, undefined, listImportResourceTaskDetailDescriptor) as Promise<ListImportResourceTaskDetailResponse>;
}

/** Parameters of `importResourcePackage` with their documented names (request body fields included); the client fills `project_id`, `X-Auth-Token`, `Content-Type` itself. */
export interface ImportResourcePackageParams {
  /** The resource package file (as ExportResourcePackage produces it). */
  file: FilePart;
  /** Import strategy: `replace` or `addNew`. */
  import_strategy: NonNullable<operations['ImportResourcePackage']['requestBody']>['content']['multipart/form-data']['import_strategy'];
  /** Replacement rule: `BY_ID` (the default) or `BY_NAME`. */
  replace_rule?: NonNullable<NonNullable<operations['ImportResourcePackage']['requestBody']>['content']['multipart/form-data']['replace_rule']>;
}

/** The documented 200 body of ImportResourcePackage. */
export type ImportResourcePackageResponse = operations['ImportResourcePackage']['responses'][200]['content']['application/json'];

/**
 * Importing Resource Packages (`ImportResourcePackage`, POST /v1/{project_id}/resource-package/api-import).
 *
 * Uploads a resource package (multipart form part `file`) and starts a task that imports it into the workspace, replacing or adding resources. Follow the task with ListImportResourceTaskDetail.
 *
 * Not idempotent: never resent once the request may have reached the server.
 *
 * The tree-shakable form of {@link DataArtsInsightClient.importResourcePackage}, on a client from {@link createDataArtsInsightBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-dataartsinsight/ImportResourcePackage.html
 */
export function importResourcePackage(client: DataArtsInsightBaseClient, params: ImportResourcePackageParams, options?: RequestOptions): Promise<ImportResourcePackageResponse> {
  return client.call('importResourcePackage', params, options, { encodeBody: multipartBody }, importResourcePackageDescriptor) as Promise<ImportResourcePackageResponse>;
}

/** Parameters of `exportResourcePackage` with their documented names (request body fields included); the client fills `project_id`, `X-Auth-Token` itself. */
export interface ExportResourcePackageParams {
  /** Name of the exported package. */
  name: NonNullable<operations['ExportResourcePackage']['requestBody']>['content']['application/json']['name'];
  /** Advanced parameters of a resource package export. */
  export_param?: NonNullable<NonNullable<operations['ExportResourcePackage']['requestBody']>['content']['application/json']['export_param']>;
  /** The resources to export. */
  resources: NonNullable<operations['ExportResourcePackage']['requestBody']>['content']['application/json']['resources'];
}

/** The file ExportResourcePackage answers with, as a stream. */
export type ExportResourcePackageResponse = DownloadedFile;

/**
 * Exporting a Resource Package Using an API (`ExportResourcePackage`, POST /v1/{project_id}/resource-package/export).
 *
 * Exports the given resources as a resource package; the answer is the package file itself (no task is created). The file is what ImportResourcePackage takes. Not resent: the export configuration (CreateAndUpdateExportConfig) keeps exported files in OBS, so each call may store a file.
 *
 * Not idempotent: never resent once the request may have reached the server.
 *
 * The tree-shakable form of {@link DataArtsInsightClient.exportResourcePackage}, on a client from {@link createDataArtsInsightBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-dataartsinsight/ExportResourcePackage.html
 */
export function exportResourcePackage(client: DataArtsInsightBaseClient, params: ExportResourcePackageParams, options?: RequestOptions): Promise<ExportResourcePackageResponse> {
  return client.call('exportResourcePackage', params, options, { readFile: downloadedFile }, exportResourcePackageDescriptor) as Promise<ExportResourcePackageResponse>;
}

/** Parameters of `createAndUpdateExportConfig` with their documented names (request body fields included); the client fills `project_id`, `X-Auth-Token`, `Content-Type` itself. */
export interface CreateAndUpdateExportConfigParams {
  /** Storage service type (the documented example uses `obs`). */
  service_type: NonNullable<operations['CreateAndUpdateExportConfig']['requestBody']>['content']['application/json']['service_type'];
  /** OBS endpoint. */
  obs_endpoint: NonNullable<operations['CreateAndUpdateExportConfig']['requestBody']>['content']['application/json']['obs_endpoint'];
  /** OBS bucket name. */
  obs_bucket_name: NonNullable<operations['CreateAndUpdateExportConfig']['requestBody']>['content']['application/json']['obs_bucket_name'];
  /** How many days exported files are kept in OBS at most. */
  max_storage_days: NonNullable<operations['CreateAndUpdateExportConfig']['requestBody']>['content']['application/json']['max_storage_days'];
  /** OBS path prefix. */
  obs_path_prefix: NonNullable<operations['CreateAndUpdateExportConfig']['requestBody']>['content']['application/json']['obs_path_prefix'];
}

/** The documented 200 body of CreateAndUpdateExportConfig. */
export type CreateAndUpdateExportConfigResponse = operations['CreateAndUpdateExportConfig']['responses'][200]['content']['application/json'];

/**
 * Setting Import and Export Parameters (`CreateAndUpdateExportConfig`, POST /v1/{project_id}/exports/config).
 *
 * Sets (creates or replaces) the import and export parameters of the workspace: the OBS bucket and path prefix exported files go to, and how long they are kept.
 *
 * Not idempotent: never resent once the request may have reached the server.
 *
 * The tree-shakable form of {@link DataArtsInsightClient.createAndUpdateExportConfig}, on a client from {@link createDataArtsInsightBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-dataartsinsight/CreateAndUpdateExportConfig.html
 */
export function createAndUpdateExportConfig(client: DataArtsInsightBaseClient, params: CreateAndUpdateExportConfigParams, options?: RequestOptions): Promise<CreateAndUpdateExportConfigResponse> {
  return client.call('createAndUpdateExportConfig', params, options, undefined, createAndUpdateExportConfigDescriptor) as Promise<CreateAndUpdateExportConfigResponse>;
}

/** DataArts Insight reads a task with `listImportResourceTaskDetail`. */
const taskOperation: TaskOperation = /* @__PURE__ */ taskOperationOf('listImportResourceTaskDetail', listImportResourceTaskDetailDescriptor);

/**
 * The task with this id, normalised. Reads the task with `listImportResourceTaskDetail` (ListImportResourceTaskDetail) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link DataArtsInsightClient.getTask}, on a client from {@link createDataArtsInsightBaseClient}.
 */
export function getTask(client: DataArtsInsightBaseClient, id: string, options?: RequestOptions): Promise<Task> {
  return getTaskOf(client, taskOperation, id, options);
}

/**
 * Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. Reads the task with `listImportResourceTaskDetail` (ListImportResourceTaskDetail) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link DataArtsInsightClient.waitForTask}, on a client from {@link createDataArtsInsightBaseClient}.
 */
export function waitForTask(client: DataArtsInsightBaseClient, id: string, options?: WaitOptions): Promise<Task> {
  return waitForTaskOf(client, taskOperation, id, options);
}

/**
 * Yields the task on each change of state or progress until it is done. Reads the task with `listImportResourceTaskDetail` (ListImportResourceTaskDetail) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link DataArtsInsightClient.watchTask}, on a client from {@link createDataArtsInsightBaseClient}.
 */
export function watchTask(client: DataArtsInsightBaseClient, id: string, options?: WaitOptions): AsyncGenerator<Task, void, undefined> {
  return watchTaskOf(client, taskOperation, id, options);
}

/**
 * Waits on many tasks at once under the client's request budget (`requestsPerSecond`); one outcome per id, in order.
 *
 * The tree-shakable form of {@link DataArtsInsightClient.waitForTasks}, on a client from {@link createDataArtsInsightBaseClient}.
 */
export function waitForTasks(client: DataArtsInsightBaseClient, ids: readonly string[], options?: WaitOptions): Promise<TaskOutcome[]> {
  return waitForTasksOf(client, taskOperation, ids, options);
}

/** Options of {@link createDataArtsInsightClient}: the common ones plus `workspaceId` (sent as `X-Workspace-Id`). */
export type DataArtsInsightClientOptions = ClientOptions & { /** Workspace ID, sent as `X-Workspace-Id` on every request. Default `HUAWEICLOUD_SDK_WORKSPACE_ID`. */ workspaceId?: string };
/** A DataArts Insight connection for the exported functions (`listImportResourceTaskDetail(client, params)`…), from {@link createDataArtsInsightBaseClient}. Treat it as opaque. */
export type DataArtsInsightBaseClient = BaseClient<'dataarts-insight'>;

/**
 * A DataArts Insight connection for the exported functions, one per operation and task helper: a bundle holds only the functions it imports. The same options as {@link createDataArtsInsightClient}; AK/SK credentials need `signer: akskSigner` (a token needs nothing, and its bundle carries no signer).
 *
 * @example
 * const client = createDataArtsInsightBaseClient({ region: 'cn-southwest-2', projectId, credentials: { token }, workspaceId });
 */
export function createDataArtsInsightBaseClient(options?: DataArtsInsightClientOptions): DataArtsInsightBaseClient {
  return createBaseClient(dataArtsInsightBaseService, options);
}

/**
 * A typed DataArts Insight client. Options are validated here; those not given default to the HUAWEICLOUD_SDK_* environment variables.
 *
 * @example
 * const client = createDataArtsInsightClient({ region: 'cn-southwest-2', projectId, credentials: { ak, sk }, workspaceId });
 */
export function createDataArtsInsightClient(options?: DataArtsInsightClientOptions): DataArtsInsightClient {
  const client = createServiceClient(dataArtsInsightBaseService, options);
  return {
    listImportResourceTaskDetail: (params, options) => listImportResourceTaskDetail(client, params, options),
    importResourcePackage: (params, options) => importResourcePackage(client, params, options),
    exportResourcePackage: (params, options) => exportResourcePackage(client, params, options),
    createAndUpdateExportConfig: (params, options) => createAndUpdateExportConfig(client, params, options),
    getTask: (id, options) => getTask(client, id, options),
    waitForTask: (id, options) => waitForTask(client, id, options),
    watchTask: (id, options) => watchTask(client, id, options),
    waitForTasks: (ids, options) => waitForTasks(client, ids, options),
  };
}

/** A DataArts Insight client that only reads and waits for tasks: {@link DataArtsInsightClient}'s task helpers. */
export type DataArtsInsightTaskClient = Pick<DataArtsInsightClient, 'getTask' | 'waitForTask' | 'watchTask' | 'waitForTasks'>;

/**
 * A DataArts Insight client that only reads and waits for tasks, for code that starts none: the same options as {@link createDataArtsInsightClient}, a smaller bundle.
 *
 * @example
 * const client = createDataArtsInsightTaskClient({ region: 'cn-southwest-2', projectId, credentials: { ak, sk }, workspaceId });
 */
export function createDataArtsInsightTaskClient(options?: DataArtsInsightClientOptions): DataArtsInsightTaskClient {
  const client = createServiceClient(dataArtsInsightBaseService, options);
  return {
    getTask: (id, options) => getTask(client, id, options),
    waitForTask: (id, options) => waitForTask(client, id, options),
    watchTask: (id, options) => watchTask(client, id, options),
    waitForTasks: (ids, options) => waitForTasks(client, ids, options),
  };
}

export { akskSigner } from '../../src/runtime.js';
export type { ClientOptions, DownloadedFile, FilePart, RequestOptions, Signer, Task, TaskOutcome, WaitCheckpoint, WaitOptions } from '../../src/runtime.js';
