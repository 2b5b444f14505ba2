import type { CallControl, ServiceClient } from '../client/create-client.js';
import type { RequestOptions } from '../client/request-options.js';
import type { OperationDescriptor } from '../core/descriptors.js';
import { InvalidResponseError, NotFoundError } from '../core/errors.js';
import { getAt } from '../core/json-pointer.js';
import type { Task } from '../core/task.js';
import type { TaskSpec } from '../core/task-spec.js';
import { normaliseTask, taskObject } from './normalise-task.js';
import { checkTaskId } from './wait-options.js';

/** The operation a service reads one task with, and its `x-task` spec (both generated). */
export interface TaskOperation {
  method: string;
  spec: TaskSpec;
  /** The operation's descriptor; default the client's service descriptor's entry for `method`. */
  operation?: OperationDescriptor;
}

/** The {@link TaskOperation} of the operation `method` that carries `x-task` (what generated clients build at load). */
export function taskOperationOf(method: string, operation: OperationDescriptor & { task: TaskSpec }): TaskOperation {
  return { method, spec: operation.task, operation };
}

/** An id field's value for a message: text and numbers quoted and shortened, anything else by its type. */
function shown(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return `(a ${Array.isArray(value) ? 'list' : typeof value}, not an id)`;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Reads one task and normalises it. A list-only service throws NotFoundError when the list it
 * answered lacks the task; an answer whose id field names another task is an InvalidResponseError.
 */
export async function getTask(client: ServiceClient, operation: TaskOperation, id: string, options?: RequestOptions, control?: CallControl): Promise<Task> {
  checkTaskId(id);
  let requestId: string | undefined;
  const onRequestId = (answered: string | undefined) => {
    requestId = answered;
    control?.onRequestId?.(answered);
  };
  const descriptor = operation.operation ?? client.service.operations[operation.method]!;
  const body = await client.call(operation.method, { [operation.spec.id]: id }, options, { ...control, onRequestId }, descriptor);
  const site = { service: client.service.name, operation: descriptor.id };
  const raw = taskObject(operation.spec, body, id);
  if (raw === undefined) {
    const bodyRequestId = getAt(body, '/request_id');
    requestId ??= typeof bodyRequestId === 'string' && bodyRequestId !== '' ? bodyRequestId : undefined;
    // The server answered 200; what is missing is the task in its list.
    const message = `${site.service} ${site.operation} answered (HTTP 200) without task ${id}: no such task is listed`;
    throw new NotFoundError({ ...site, status: 200, message, detail: `task ${id} is not listed`, requestId, body });
  }
  const answeredId = operation.spec.list ? undefined : getAt(raw, operation.spec.idField);
  // Only text and numbers are ids (String() of an object with an own "toString" key throws).
  const sameId = (typeof answeredId === 'string' || typeof answeredId === 'number') && String(answeredId) === id;
  if (answeredId !== undefined && answeredId !== null && !sameId) {
    throw new InvalidResponseError(`${site.service} ${site.operation}: asked for task ${JSON.stringify(id)}, the answer is about task ${shown(answeredId)}`, 200, requestId);
  }
  return normaliseTask(client.service.name, operation.spec, raw, id);
}
