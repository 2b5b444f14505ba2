// Generated from specs/metastudio/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
import { createBaseClient, createServiceClient, downloadTaskFileOf, downloadedFile, getTaskOf, multipartBody, taskOperationOf, waitForTaskOf, waitForTasksOf, watchTaskOf } from '../../src/runtime.js';
import type { BaseClient, ClientOptions, DownloadedFile, FilePart, OperationDescriptor, RequestOptions, ServiceDescriptor, Task, TaskOperation, TaskOutcome, WaitOptions } from '../../src/runtime.js';
import type { operations } from '../types/metastudio.js';

/** A MetaStudio client: one method per documented operation, plus task helpers. Create it with {@link createMetaStudioClient}. */
export interface MetaStudioClient {
  /**
   * Listing Import and Export Tasks by Page (`SearchTask`, GET /v2/{project_id}/ies/task).
   *
   * Lists import and export tasks by page. The page documents no request parameters for paging: `offset`, `limit` and `count` appear only in the response.
   * @see https://support.huaweicloud.com/intl/en-us/api-metastudio/SearchTask.html
   */
  searchTask(params?: SearchTaskParams, options?: RequestOptions): Promise<SearchTaskResponse>;
  /**
   * Querying Details About an Import or Export Task (`ShowTask`, GET /v2/{project_id}/ies/task/{id}).
   *
   * Returns the details of one import or export task.
   * @see https://support.huaweicloud.com/intl/en-us/api-metastudio/ShowTask.html
   */
  showTask(params: ShowTaskParams, options?: RequestOptions): Promise<ShowTaskResponse>;
  /**
   * Importing a File (`ImportResource`, POST /v2/{project_id}/ies/import/{resource}).
   *
   * Starts a task that imports a file (multipart form part `file`) into a resource, for example the Q&A pairs of a skill (`business_id` = the skill ID). Follow the task with ShowTask by the ID the answer returns; DownloadResultFile fetches its result (error report) file.
   *
   * Not idempotent: never resent once the request may have reached the server.
   * @see https://support.huaweicloud.com/api-metastudio/ImportResource.html
   */
  importResource(params: ImportResourceParams, options?: RequestOptions): Promise<ImportResourceResponse>;
  /**
   * Exporting a File (`ExportResource`, POST /v2/{project_id}/ies/export/{resource}).
   *
   * Starts a task that exports a resource into a file, for example the Q&A pairs of a skill (`business_id` = the skill ID). Follow the task with ShowTask by the ID the answer returns; once it is done, DownloadResultFile fetches the exported file.
   *
   * Not idempotent: never resent once the request may have reached the server.
   * @see https://support.huaweicloud.com/intl/en-us/api-metastudio/ExportResource.html
   */
  exportResource(params: ExportResourceParams, options?: RequestOptions): Promise<ExportResourceResponse>;
  /**
   * Downloading an Imported or Exported Result File (`DownloadResultFile`, GET /v2/{project_id}/ies/result/{id}).
   *
   * Downloads the result file of an import task (its error report) or an export task (the exported data), by the task ID. The answer is the file itself.
   * @see https://support.huaweicloud.com/intl/en-us/api-metastudio/DownloadResultFile.html
   */
  downloadResultFile(params: DownloadResultFileParams, options?: RequestOptions): Promise<DownloadResultFileResponse>;
  /**
   * Downloading an Import Template (`DownloadTemplate`, GET /v2/{project_id}/ies/import/{resource}/template).
   *
   * Downloads the import template of a resource (an Excel file to fill in and upload with ImportResource). The answer is the file itself.
   * @see https://support.huaweicloud.com/api-metastudio/DownloadTemplate.html
   */
  downloadTemplate(params: DownloadTemplateParams, options?: RequestOptions): Promise<DownloadTemplateResponse>;
  /** The task with this id, normalised. Reads the task with `showTask` (ShowTask) and normalises it by the spec's `x-task`. */
  getTask(id: string, options?: RequestOptions): Promise<Task>;
  /** Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. Reads the task with `showTask` (ShowTask) and normalises it by the spec's `x-task`. */
  waitForTask(id: string, options?: WaitOptions): Promise<Task>;
  /** Yields the task on each change of state or progress until it is done. Reads the task with `showTask` (ShowTask) and normalises it by the spec's `x-task`. */
  watchTask(id: string, options?: WaitOptions): AsyncGenerator<Task, void, undefined>;
  /** Waits on many tasks at once under the client's request budget (`requestsPerSecond`); one outcome per id, in order. */
  waitForTasks(ids: readonly string[], options?: WaitOptions): Promise<TaskOutcome[]>;
  /** The file a succeeded task made, fetched with `downloadResultFile` (DownloadResultFile) by the spec's `x-task.download`; pass the task (from `waitForTask`) or its id. Throws TaskFileUnavailableError when the task has not succeeded or names no file. */
  downloadTaskFile(taskOrId: Task | string, options?: RequestOptions): Promise<DownloadedFile>;
}

const searchTaskDescriptor = {
  id: 'SearchTask',
  method: 'get',
  path: '/v2/{project_id}/ies/task',
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
      name: 'resource',
      in: 'query',
      required: false,
      schema: {
        type: 'array',
        items: {
          type: 'string',
        },
      },
    },
    {
      name: 'business_id',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'begin_time',
      in: 'query',
      required: false,
      schema: {
        type: 'string',
      },
    },
    {
      name: 'end_time',
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
      name: 'Authorization',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Sdk-Date',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
        pattern: '^\\d{8}T\\d{6}Z$',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Project-Id',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
      },
      filledFrom: 'credentials',
    },
  ],
  idempotent: true,
  taskList: {
    items: '/data',
    total: '/count',
    offset: '/offset',
    limit: '/limit',
  },
  errorCodes: {
    invalidInput: 'MSS.000000003',
  },
} as const satisfies OperationDescriptor;
const showTaskDescriptor = {
  id: 'ShowTask',
  method: 'get',
  path: '/v2/{project_id}/ies/task/{id}',
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
      name: 'id',
      in: 'path',
      required: true,
      schema: {
        type: 'string',
        minLength: 1,
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
      name: 'Authorization',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Sdk-Date',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
        pattern: '^\\d{8}T\\d{6}Z$',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Project-Id',
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
    id: 'id',
    idField: '/task_id',
    status: {
      counters: true,
    },
    progress: {
      total: '/total_count',
      succeeded: '/success_count',
      failed: '/failure_count',
    },
    name: '/task_name',
    createdAt: {
      field: '/begin_time',
      format: 'epoch-millis',
    },
    endedAt: {
      field: '/end_time',
      format: 'epoch-millis',
      whenDone: true,
    },
    download: {
      operationId: 'DownloadResultFile',
      parameters: {
        id: '/task_id',
      },
    },
  },
  errorCodes: {
    invalidInput: 'MSS.000000003',
  },
} as const satisfies OperationDescriptor;
const importResourceDescriptor = {
  id: 'ImportResource',
  method: 'post',
  path: '/v2/{project_id}/ies/import/{resource}',
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
      name: 'resource',
      in: 'path',
      required: true,
      schema: {
        type: 'string',
        minLength: 1,
      },
    },
    {
      name: 'business_id',
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
      name: 'Authorization',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Sdk-Date',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
        pattern: '^\\d{8}T\\d{6}Z$',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Project-Id',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
      },
      filledFrom: 'credentials',
    },
  ],
  body: {
    type: 'multipart',
    required: true,
    fields: [
      {
        name: 'file',
        required: false,
        schema: {
          type: 'string',
          format: 'binary',
        },
      },
    ],
  },
  idempotent: false,
  taskStart: {
    taskId: '/value',
  },
  errorCodes: {
    invalidInput: 'MSS.000000003',
  },
} as const satisfies OperationDescriptor;
const exportResourceDescriptor = {
  id: 'ExportResource',
  method: 'post',
  path: '/v2/{project_id}/ies/export/{resource}',
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
      name: 'resource',
      in: 'path',
      required: true,
      schema: {
        type: 'string',
        minLength: 1,
      },
    },
    {
      name: 'business_id',
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
      name: 'Authorization',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Sdk-Date',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
        pattern: '^\\d{8}T\\d{6}Z$',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Project-Id',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
      },
      filledFrom: 'credentials',
    },
  ],
  idempotent: false,
  taskStart: {
    taskId: '/value',
  },
  errorCodes: {
    invalidInput: 'MSS.000000003',
  },
} as const satisfies OperationDescriptor;
const downloadResultFileDescriptor = {
  id: 'DownloadResultFile',
  method: 'get',
  path: '/v2/{project_id}/ies/result/{id}',
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
      name: 'id',
      in: 'path',
      required: true,
      schema: {
        type: 'string',
        minLength: 1,
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
      name: 'Authorization',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Sdk-Date',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
        pattern: '^\\d{8}T\\d{6}Z$',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Project-Id',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
      },
      filledFrom: 'credentials',
    },
  ],
  answer: 'file',
  idempotent: true,
  errorCodes: {
    invalidInput: 'MSS.000000003',
  },
} as const satisfies OperationDescriptor;
const downloadTemplateDescriptor = {
  id: 'DownloadTemplate',
  method: 'get',
  path: '/v2/{project_id}/ies/import/{resource}/template',
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
      name: 'resource',
      in: 'path',
      required: true,
      schema: {
        type: 'string',
        minLength: 1,
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
      name: 'Authorization',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Sdk-Date',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
        pattern: '^\\d{8}T\\d{6}Z$',
      },
      filledFrom: 'credentials',
    },
    {
      name: 'X-Project-Id',
      in: 'header',
      required: false,
      schema: {
        type: 'string',
      },
      filledFrom: 'credentials',
    },
  ],
  answer: 'file',
  idempotent: true,
  errorCodes: {
    invalidInput: 'MSS.000000003',
  },
} as const satisfies OperationDescriptor;
/** The MetaStudio descriptor without operations, for the clients: each function passes its operation's own. */
const metaStudioBaseService = {
  name: 'metastudio',
  title: 'MetaStudio',
  servers: [
    {
      url: 'https://metastudio.{region}.myhuaweicloud.com',
      regions: ['cn-north-4', 'cn-east-3', 'ap-southeast-3'],
    },
  ],
  options: {},
  operations: {},
} as const satisfies ServiceDescriptor;
/** What the MetaStudio spec says, for the runtime: endpoints, operations, parameter rules and task knowledge. */
export const metaStudioService = {
  name: 'metastudio',
  title: 'MetaStudio',
  servers: [
    {
      url: 'https://metastudio.{region}.myhuaweicloud.com',
      regions: ['cn-north-4', 'cn-east-3', 'ap-southeast-3'],
    },
  ],
  options: {},
  operations: {
    searchTask: searchTaskDescriptor,
    showTask: showTaskDescriptor,
    importResource: importResourceDescriptor,
    exportResource: exportResourceDescriptor,
    downloadResultFile: downloadResultFileDescriptor,
    downloadTemplate: downloadTemplateDescriptor,
  },
} as const satisfies ServiceDescriptor;

/** Parameters of `searchTask` with their documented names; the client fills `project_id`, `X-Auth-Token`, `Authorization`, `X-Sdk-Date`, `X-Project-Id` itself. */
export interface SearchTaskParams {
  /** Resource types to list. Sent as repeated keys (`resource=a&resource=b`). */
  resource?: NonNullable<operations['SearchTask']['parameters']['query']>['resource'];
  /** Business ID, for example the `skill_id` passed in Q&A. */
  business_id?: NonNullable<operations['SearchTask']['parameters']['query']>['business_id'];
  /** Start timestamp. */
  begin_time?: NonNullable<operations['SearchTask']['parameters']['query']>['begin_time'];
  /** End timestamp. */
  end_time?: NonNullable<operations['SearchTask']['parameters']['query']>['end_time'];
}

/** The documented 200 body of SearchTask. */
export type SearchTaskResponse = operations['SearchTask']['responses'][200]['content']['application/json'];

/**
 * Listing Import and Export Tasks by Page (`SearchTask`, GET /v2/{project_id}/ies/task).
 *
 * Lists import and export tasks by page. The page documents no request parameters for paging: `offset`, `limit` and `count` appear only in the response.
 *
 * The tree-shakable form of {@link MetaStudioClient.searchTask}, on a client from {@link createMetaStudioBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-metastudio/SearchTask.html
 */
export function searchTask(client: MetaStudioBaseClient, params?: SearchTaskParams, options?: RequestOptions): Promise<SearchTaskResponse> {
  return client.call('searchTask', params, options, undefined, searchTaskDescriptor) as Promise<SearchTaskResponse>;
}

/** Parameters of `showTask` with their documented names; the client fills `project_id`, `X-Auth-Token`, `Authorization`, `X-Sdk-Date`, `X-Project-Id` itself. */
export interface ShowTaskParams {
  /** Task ID. */
  id: operations['ShowTask']['parameters']['path']['id'];
}

/** The documented 200 body of ShowTask. */
export type ShowTaskResponse = operations['ShowTask']['responses'][200]['content']['application/json'];

/**
 * Querying Details About an Import or Export Task (`ShowTask`, GET /v2/{project_id}/ies/task/{id}).
 *
 * Returns the details of one import or export task.
 *
 * The tree-shakable form of {@link MetaStudioClient.showTask}, on a client from {@link createMetaStudioBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-metastudio/ShowTask.html
 */
export function showTask(client: MetaStudioBaseClient, params: ShowTaskParams, options?: RequestOptions): Promise<ShowTaskResponse> {
  return client.call('showTask', params, options, undefined, showTaskDescriptor) as Promise<ShowTaskResponse>;
}

/** Parameters of `importResource` with their documented names (request body fields included); the client fills `project_id`, `X-Auth-Token`, `Authorization`, `X-Sdk-Date`, `X-Project-Id` itself. */
export interface ImportResourceParams {
  /** Resource name. */
  resource: operations['ImportResource']['parameters']['path']['resource'];
  /** Service ID, for example the skill_id for a Q&A template. */
  business_id?: NonNullable<operations['ImportResource']['parameters']['query']>['business_id'];
  /** File to import (fill in the resource's template from DownloadTemplate). */
  file?: FilePart;
}

/** The documented 202 body of ImportResource. */
export type ImportResourceResponse = operations['ImportResource']['responses'][202]['content']['application/json'];

/**
 * Importing a File (`ImportResource`, POST /v2/{project_id}/ies/import/{resource}).
 *
 * Starts a task that imports a file (multipart form part `file`) into a resource, for example the Q&A pairs of a skill (`business_id` = the skill ID). Follow the task with ShowTask by the ID the answer returns; DownloadResultFile fetches its result (error report) file.
 *
 * Not idempotent: never resent once the request may have reached the server.
 *
 * The tree-shakable form of {@link MetaStudioClient.importResource}, on a client from {@link createMetaStudioBaseClient}.
 * @see https://support.huaweicloud.com/api-metastudio/ImportResource.html
 */
export function importResource(client: MetaStudioBaseClient, params: ImportResourceParams, options?: RequestOptions): Promise<ImportResourceResponse> {
  return client.call('importResource', params, options, { encodeBody: multipartBody }, importResourceDescriptor) as Promise<ImportResourceResponse>;
}

/** Parameters of `exportResource` with their documented names; the client fills `project_id`, `X-Auth-Token`, `Authorization`, `X-Sdk-Date`, `X-Project-Id` itself. */
export interface ExportResourceParams {
  /** Resource name. */
  resource: operations['ExportResource']['parameters']['path']['resource'];
  /** Service ID, for example the skill_id for a Q&A template. */
  business_id?: NonNullable<operations['ExportResource']['parameters']['query']>['business_id'];
}

/** The documented 202 body of ExportResource. */
export type ExportResourceResponse = operations['ExportResource']['responses'][202]['content']['application/json'];

/**
 * Exporting a File (`ExportResource`, POST /v2/{project_id}/ies/export/{resource}).
 *
 * Starts a task that exports a resource into a file, for example the Q&A pairs of a skill (`business_id` = the skill ID). Follow the task with ShowTask by the ID the answer returns; once it is done, DownloadResultFile fetches the exported file.
 *
 * Not idempotent: never resent once the request may have reached the server.
 *
 * The tree-shakable form of {@link MetaStudioClient.exportResource}, on a client from {@link createMetaStudioBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-metastudio/ExportResource.html
 */
export function exportResource(client: MetaStudioBaseClient, params: ExportResourceParams, options?: RequestOptions): Promise<ExportResourceResponse> {
  return client.call('exportResource', params, options, undefined, exportResourceDescriptor) as Promise<ExportResourceResponse>;
}

/** Parameters of `downloadResultFile` with their documented names; the client fills `project_id`, `X-Auth-Token`, `Authorization`, `X-Sdk-Date`, `X-Project-Id` itself. */
export interface DownloadResultFileParams {
  /** Task ID. */
  id: operations['DownloadResultFile']['parameters']['path']['id'];
}

/** The file DownloadResultFile answers with, as a stream. */
export type DownloadResultFileResponse = DownloadedFile;

/**
 * Downloading an Imported or Exported Result File (`DownloadResultFile`, GET /v2/{project_id}/ies/result/{id}).
 *
 * Downloads the result file of an import task (its error report) or an export task (the exported data), by the task ID. The answer is the file itself.
 *
 * The tree-shakable form of {@link MetaStudioClient.downloadResultFile}, on a client from {@link createMetaStudioBaseClient}.
 * @see https://support.huaweicloud.com/intl/en-us/api-metastudio/DownloadResultFile.html
 */
export function downloadResultFile(client: MetaStudioBaseClient, params: DownloadResultFileParams, options?: RequestOptions): Promise<DownloadResultFileResponse> {
  return client.call('downloadResultFile', params, options, { readFile: downloadedFile }, downloadResultFileDescriptor) as Promise<DownloadResultFileResponse>;
}

/** Parameters of `downloadTemplate` with their documented names; the client fills `project_id`, `X-Auth-Token`, `Authorization`, `X-Sdk-Date`, `X-Project-Id` itself. */
export interface DownloadTemplateParams {
  /** Resource name. */
  resource: operations['DownloadTemplate']['parameters']['path']['resource'];
}

/** The file DownloadTemplate answers with, as a stream. */
export type DownloadTemplateResponse = DownloadedFile;

/**
 * Downloading an Import Template (`DownloadTemplate`, GET /v2/{project_id}/ies/import/{resource}/template).
 *
 * Downloads the import template of a resource (an Excel file to fill in and upload with ImportResource). The answer is the file itself.
 *
 * The tree-shakable form of {@link MetaStudioClient.downloadTemplate}, on a client from {@link createMetaStudioBaseClient}.
 * @see https://support.huaweicloud.com/api-metastudio/DownloadTemplate.html
 */
export function downloadTemplate(client: MetaStudioBaseClient, params: DownloadTemplateParams, options?: RequestOptions): Promise<DownloadTemplateResponse> {
  return client.call('downloadTemplate', params, options, { readFile: downloadedFile }, downloadTemplateDescriptor) as Promise<DownloadTemplateResponse>;
}

/** MetaStudio reads a task with `showTask`. */
const taskOperation: TaskOperation = /* @__PURE__ */ taskOperationOf('showTask', showTaskDescriptor);

/**
 * The task with this id, normalised. Reads the task with `showTask` (ShowTask) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link MetaStudioClient.getTask}, on a client from {@link createMetaStudioBaseClient}.
 */
export function getTask(client: MetaStudioBaseClient, id: string, options?: RequestOptions): Promise<Task> {
  return getTaskOf(client, taskOperation, id, options);
}

/**
 * Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. Reads the task with `showTask` (ShowTask) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link MetaStudioClient.waitForTask}, on a client from {@link createMetaStudioBaseClient}.
 */
export function waitForTask(client: MetaStudioBaseClient, id: string, options?: WaitOptions): Promise<Task> {
  return waitForTaskOf(client, taskOperation, id, options);
}

/**
 * Yields the task on each change of state or progress until it is done. Reads the task with `showTask` (ShowTask) and normalises it by the spec's `x-task`.
 *
 * The tree-shakable form of {@link MetaStudioClient.watchTask}, on a client from {@link createMetaStudioBaseClient}.
 */
export function watchTask(client: MetaStudioBaseClient, id: string, options?: WaitOptions): AsyncGenerator<Task, void, undefined> {
  return watchTaskOf(client, taskOperation, id, options);
}

/**
 * Waits on many tasks at once under the client's request budget (`requestsPerSecond`); one outcome per id, in order.
 *
 * The tree-shakable form of {@link MetaStudioClient.waitForTasks}, on a client from {@link createMetaStudioBaseClient}.
 */
export function waitForTasks(client: MetaStudioBaseClient, ids: readonly string[], options?: WaitOptions): Promise<TaskOutcome[]> {
  return waitForTasksOf(client, taskOperation, ids, options);
}

/**
 * The file a succeeded task made, fetched with `downloadResultFile` (DownloadResultFile) by the spec's `x-task.download`; pass the task (from `waitForTask`) or its id. Throws TaskFileUnavailableError when the task has not succeeded or names no file.
 *
 * The tree-shakable form of {@link MetaStudioClient.downloadTaskFile}, on a client from {@link createMetaStudioBaseClient}.
 */
export function downloadTaskFile(client: MetaStudioBaseClient, taskOrId: Task | string, options?: RequestOptions): Promise<DownloadedFile> {
  return downloadTaskFileOf(client, taskOperation, 'downloadResultFile', taskOrId, downloadedFile, options, downloadResultFileDescriptor);
}

/** Options of {@link createMetaStudioClient}. */
export type MetaStudioClientOptions = ClientOptions;
/** A MetaStudio connection for the exported functions (`searchTask(client, params)`…), from {@link createMetaStudioBaseClient}. Treat it as opaque. */
export type MetaStudioBaseClient = BaseClient<'metastudio'>;

/**
 * A MetaStudio connection for the exported functions, one per operation and task helper: a bundle holds only the functions it imports. The same options as {@link createMetaStudioClient}; AK/SK credentials need `signer: akskSigner` (a token needs nothing, and its bundle carries no signer).
 *
 * @example
 * const client = createMetaStudioBaseClient({ region: 'cn-north-4', projectId, credentials: { token } });
 */
export function createMetaStudioBaseClient(options?: MetaStudioClientOptions): MetaStudioBaseClient {
  return createBaseClient(metaStudioBaseService, options);
}

/**
 * A typed MetaStudio client. Options are validated here; those not given default to the HUAWEICLOUD_SDK_* environment variables.
 *
 * @example
 * const client = createMetaStudioClient({ region: 'cn-north-4', projectId, credentials: { ak, sk } });
 */
export function createMetaStudioClient(options?: MetaStudioClientOptions): MetaStudioClient {
  const client = createServiceClient(metaStudioBaseService, options);
  return {
    searchTask: (params, options) => searchTask(client, params, options),
    showTask: (params, options) => showTask(client, params, options),
    importResource: (params, options) => importResource(client, params, options),
    exportResource: (params, options) => exportResource(client, params, options),
    downloadResultFile: (params, options) => downloadResultFile(client, params, options),
    downloadTemplate: (params, options) => downloadTemplate(client, params, options),
    getTask: (id, options) => getTask(client, id, options),
    waitForTask: (id, options) => waitForTask(client, id, options),
    watchTask: (id, options) => watchTask(client, id, options),
    waitForTasks: (ids, options) => waitForTasks(client, ids, options),
    downloadTaskFile: (taskOrId, options) => downloadTaskFile(client, taskOrId, options),
  };
}

/** A MetaStudio client that only reads and waits for tasks: {@link MetaStudioClient}'s task helpers. */
export type MetaStudioTaskClient = Pick<MetaStudioClient, 'getTask' | 'waitForTask' | 'watchTask' | 'waitForTasks'>;

/**
 * A MetaStudio client that only reads and waits for tasks, for code that starts none: the same options as {@link createMetaStudioClient}, a smaller bundle.
 *
 * @example
 * const client = createMetaStudioTaskClient({ region: 'cn-north-4', projectId, credentials: { ak, sk } });
 */
export function createMetaStudioTaskClient(options?: MetaStudioClientOptions): MetaStudioTaskClient {
  const client = createServiceClient(metaStudioBaseService, options);
  return {
    getTask: (id, options) => getTask(client, id, options),
    waitForTask: (id, options) => waitForTask(client, id, options),
    watchTask: (id, options) => watchTask(client, id, options),
    waitForTasks: (ids, options) => waitForTasks(client, ids, options),
  };
}

export { akskSigner } from '../../src/runtime.js';
export type { ClientOptions, DownloadedFile, FilePart, RequestOptions, Signer, Task, TaskOutcome, WaitCheckpoint, WaitOptions } from '../../src/runtime.js';
