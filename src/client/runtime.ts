/**
 * Internal: what generated clients import. Not a public entry point; its shape may change with
 * the generator.
 */
export { createServiceClient, type ClientOptions, type RequestOptions, type ServiceClient } from './create-client.js';
export type { ServiceDescriptor, OperationDescriptor } from './descriptors.js';
export { paginate } from './paginate.js';
export { getTask, waitForTask, watchTask, waitForTasks, type TaskOperation, type TaskOutcome, type WaitCheckpoint, type WaitOptions } from '../tasks/wait-for-task.js';
export type { Task } from '../tasks/task.js';
export type { TaskSpec, TaskState } from '../tasks/task-spec.js';
