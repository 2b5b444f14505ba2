/**
 * Response bodies: task objects built on the documented example as a template, list pages, and
 * the error bodies (documented 4xx shape, API gateway shape).
 */
import type { TimeFieldSpec } from '../tasks/task-spec.js';
import { clone, setAt, type JsonObject } from './json.js';
import { fieldAt } from '../tasks/task.js';
import type { ErrorModel, TaskModel } from './spec-model.js';
import type { TaskRecord, TaskView } from './task-scenarios.js';

/** Values the request was served for, written to the task fields that mirror them. */
export interface FilledValues {
  projectId: string;
  workspaceId: string;
}

const BAD_STATES = new Set(['failed', 'partial', 'expired']);

/**
 * A time as the field's documented format wants it. Epoch milliseconds stay a number unless the
 * documented example carries a string; the Java pattern `yyyy-MM-dd'T'HH:mm:ss.SSSZ` prints the
 * offset the RFC 822 way (`+0000`).
 */
export function formatTime(ms: number, field: TimeFieldSpec, example: unknown): string | number {
  switch (field.format) {
    case 'epoch-millis':
      return typeof example === 'string' ? String(ms) : ms;
    case 'iso-8601':
      return new Date(ms).toISOString();
    default:
      return new Date(ms).toISOString().replace(/Z$/, '+0000');
  }
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The task object for one read, on `template` (the documented example of the task object). */
export function renderTask(task: TaskModel, template: JsonObject, record: TaskRecord, view: TaskView, filled: FilledValues): JsonObject {
  const { spec } = task;
  const { scenario } = record;
  const body = clone(template);
  setAt(body, task.idField, scenario.id);
  if (spec.name) setAt(body, spec.name, scenario.name ?? scenario.id);
  if ('counters' in spec.status) {
    if (spec.progress && view.counters) {
      setAt(body, spec.progress.total, view.counters.total);
      setAt(body, spec.progress.succeeded, view.counters.succeeded);
      setAt(body, spec.progress.failed, view.counters.failed);
    }
  } else setAt(body, spec.status.field, view.status);
  if (spec.createdAt) setAt(body, spec.createdAt.field, formatTime(view.createdAt, spec.createdAt, fieldAt(template, spec.createdAt.field)));
  if (spec.endedAt) {
    // Before the end: a field documented as meaningful only once done is left out, any other shows the start.
    const at = view.endedAt ?? (spec.endedAt.whenDone ? undefined : view.createdAt);
    setAt(body, spec.endedAt.field, at === undefined ? undefined : formatTime(at, spec.endedAt, fieldAt(template, spec.endedAt.field)));
  }
  if (spec.file?.downloaded) setAt(body, spec.file.downloaded, false);
  if (spec.error) {
    const bad = view.done && BAD_STATES.has(view.state);
    if (spec.error.code) setAt(body, spec.error.code, bad ? `MOCK.TASK_${view.state.toUpperCase()}` : undefined);
    if (spec.error.message) setAt(body, spec.error.message, bad ? `The task ended ${view.state} (mock scenario)` : undefined);
  }
  // Fields mirroring an option the client fills (project_id, workspace_id) carry the served value.
  for (const [option, value] of Object.entries(filled)) {
    const name = snakeCase(option);
    if (task.properties.includes(name)) body[name] = value;
  }
  for (const [name, value] of Object.entries(scenario.fields ?? {})) body[name] = clone(value);
  return body;
}

/** A gateway-style error body (`error_code`, `error_msg`, `request_id`). */
export function gatewayError(code: string, message: string, requestId: string): JsonObject {
  return { error_msg: message, error_code: code, request_id: requestId };
}

/** An error body in the operation's documented 4xx shape. */
export function documentedError(model: ErrorModel, code: string, message: string, requestId: string): JsonObject {
  const body: JsonObject = { error_code: code, error_msg: message };
  if (model.withRequestId) body.request_id = requestId;
  return body;
}
