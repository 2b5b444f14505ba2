import type { CallControl, ServiceClient } from '../client/create-client.js';
import type { RequestOptions } from '../client/request-options.js';
import { NotFoundError } from '../core/errors.js';
import type { Task } from '../core/task.js';
import type { TaskSpec } from '../core/task-spec.js';
import { normaliseTask, taskObject } from './normalise-task.js';
import { checkTaskId } from './wait-options.js';

/** The operation a service reads one task with, and its `x-task` spec (both generated). */
export interface TaskOperation {
  method: string;
  spec: TaskSpec;
}

/** Reads one task and normalises it; a list-only service throws NotFoundError when the task is not listed. */
export async function getTask(client: ServiceClient, operation: TaskOperation, id: string, options?: RequestOptions, control?: CallControl): Promise<Task> {
  checkTaskId(id);
  const body = await client.call(operation.method, { [operation.spec.id]: id }, options, control);
  const raw = taskObject(operation.spec, body, id);
  if (raw === undefined) {
    const site = { service: client.service.name, operation: client.service.operations[operation.method]!.id };
    throw new NotFoundError({ ...site, status: 404, detail: `task ${id} is not listed`, body });
  }
  return normaliseTask(client.service.name, operation.spec, raw, id);
}
