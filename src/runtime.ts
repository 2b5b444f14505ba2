/**
 * Internal: what generated clients import. Not a public entry point; its shape may change with
 * the generator.
 */
export { createServiceClient } from './client/create-client.js';
export type { ClientOptions } from './client/client-options.js';
export type { RequestOptions } from './client/request-options.js';
export { paginate } from './client/paginate.js';
export { multipartBody, type FilePart } from './client/multipart.js';
export { downloadedFile, type DownloadedFile } from './client/download.js';
export { downloadTaskFile } from './tasks/download-task-file.js';
export type { ServiceDescriptor, OperationDescriptor } from './core/descriptors.js';
export type { Task } from './core/task.js';
export type { WaitCheckpoint } from './core/wait-checkpoint.js';
export { getTask, type TaskOperation } from './tasks/get-task.js';
export { waitForTask, watchTask, waitForTasks, type TaskOutcome } from './tasks/wait-for-task.js';
export type { WaitOptions } from './tasks/wait-options.js';
