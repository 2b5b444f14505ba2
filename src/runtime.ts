/**
 * Internal: what generated clients import. Not a public entry point; its shape may change with
 * the generator.
 */
export { createBaseClient, createServiceClient, type BaseClient } from './client/create-client.js';
export { akskSigner, type Signer } from './auth/signer.js';
export type { ClientOptions } from './client/client-options.js';
export type { RequestOptions } from './client/request-options.js';
export { paginate } from './client/paginate.js';
export { multipartBody, type FilePart } from './client/multipart.js';
export { downloadedFile, type DownloadedFile } from './client/download.js';
// The task helpers under names of their own: generated modules export getTask, waitForTask… themselves.
export { downloadTaskFile as downloadTaskFileOf } from './tasks/download-task-file.js';
export type { ServiceDescriptor, OperationDescriptor } from './core/descriptors.js';
export type { Task } from './core/task.js';
export type { WaitCheckpoint } from './core/wait-checkpoint.js';
export { getTask as getTaskOf, taskOperationOf, type TaskOperation } from './tasks/get-task.js';
export { waitForTask as waitForTaskOf, watchTask as watchTaskOf, waitForTasks as waitForTasksOf, type TaskOutcome } from './tasks/wait-for-task.js';
export type { WaitOptions } from './tasks/wait-options.js';
