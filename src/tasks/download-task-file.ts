import type { CallControl, ServiceClient } from '../client/create-client.js';
import type { RequestOptions } from '../client/request-options.js';
import type { OperationDescriptor } from '../core/descriptors.js';
import { TaskFileUnavailableError, ValidationError } from '../core/errors.js';
import { getAt } from '../core/json-pointer.js';
import type { Task } from '../core/task.js';
import { getTask, type TaskOperation } from './get-task.js';

/**
 * Fetches the file a succeeded task made, with the operation and parameters its spec's
 * `x-task.download` names (each parameter read from the task object). Given an id, reads the task first.
 * `download` is that operation's descriptor (default: the client's service descriptor's entry for `downloadMethod`).
 */
export async function downloadTaskFile(
  client: ServiceClient,
  operation: TaskOperation,
  downloadMethod: string,
  taskOrId: Task | string,
  readFile: NonNullable<CallControl['readFile']>,
  options?: RequestOptions,
  download?: OperationDescriptor,
): Promise<never> {
  const task = typeof taskOrId === 'string' ? await getTask(client, operation, taskOrId, options) : taskOrId;
  if (typeof task !== 'object' || task === null || typeof task.status !== 'string') throw new ValidationError('taskOrId', 'type', 'downloadTaskFile: pass a task (from getTask or waitForTask) or its id');
  if (task.status !== 'succeeded') throw new TaskFileUnavailableError(task, 'not-succeeded');
  const params: Record<string, unknown> = {};
  for (const [name, pointer] of Object.entries(operation.spec.download!.parameters)) {
    const value = getAt(task.raw, pointer);
    if (value === undefined || value === null || value === '') throw new TaskFileUnavailableError(task, 'no-file', pointer.slice(1));
    params[name] = typeof value === 'number' ? String(value) : value;
  }
  return client.call(downloadMethod, params, options, { readFile }, download) as Promise<never>;
}
