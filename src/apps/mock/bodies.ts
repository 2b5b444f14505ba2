/**
 * Response bodies: task objects built on the documented example as a template, list pages, and
 * the error bodies (documented 4xx shape, API gateway shape).
 */
import { getAt, setAt } from '../../core/json-pointer.js';
import { endedBadly } from '../../core/task.js';
import type { TimeFieldSpec } from '../../core/task-spec.js';
import { formatTime } from '../../core/time-format.js';
import { extensionOf } from './files.js';
import { clone, type JsonObject } from './json.js';
import type { ErrorModel, ServiceModel, } from './spec-model.js';
import type { TaskRecord, TaskView } from './task-scenarios.js';

/** The values served for the options a client fills (`projectId`, and each service's own, e.g. from `x-client-option`), by option name. */
export type ServedValues = Readonly<Record<string, string>>;

/** A time in the field's documented format; epoch milliseconds stay a number unless the documented example carries a string. */
function timeValue(ms: number, field: TimeFieldSpec, example: unknown): string | number {
  const value = formatTime(ms, field.format);
  return typeof value === 'number' && typeof example === 'string' ? String(value) : value;
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The file a task's download serves: its id (where the task object names one), name and size. */
export interface TaskFile {
  id: string;
  name: string;
  size: number;
}

/** True when a task has made its file: it ended succeeded or partial. */
export function hasFile(view: TaskView): boolean {
  return view.done && (view.state === 'succeeded' || view.state === 'partial');
}

/**
 * The file of a task: id `<task id>-file`; name: the task's name where its name field is its file
 * name field, else the scenario's file name, else `<name>.<extension of the documented type>`;
 * size: the scenario's, else `defaultSize` bytes.
 */
export function taskFileOf(service: ServiceModel, record: TaskRecord, defaultSize: number): TaskFile {
  const { scenario } = record;
  const spec = service.task?.spec;
  const name = scenario.name ?? scenario.id;
  const nameIsFile = spec?.file?.name !== undefined && spec.file.name === spec.name;
  const fileName = nameIsFile ? name : (scenario.file?.name ?? `${name}.${extensionOf(service.taskFileType)}`);
  return { id: `${scenario.id}-file`, name: fileName, size: scenario.file?.size ?? defaultSize };
}

/** The task object for one read, on `template` (the documented example of the task object). */
export function renderTask(service: ServiceModel, template: JsonObject, record: TaskRecord, view: TaskView, served: ServedValues, fileSize: number): JsonObject {
  const task = service.task!;
  const { spec } = task;
  const { scenario } = record;
  const body = clone(template);
  setAt(body, spec.idField, scenario.id);
  if (spec.name) setAt(body, spec.name, scenario.name ?? scenario.id);
  if (spec.progress && view.counters) {
    setAt(body, spec.progress.total, view.counters.total);
    setAt(body, spec.progress.succeeded, view.counters.succeeded);
    setAt(body, spec.progress.failed, view.counters.failed);
  }
  if (!('counters' in spec.status)) setAt(body, spec.status.field, view.status);
  if (spec.download && spec.file) {
    // A linked file exists once the task made it: before that its id (and a separate name) are left out.
    const file = hasFile(view) ? taskFileOf(service, record, fileSize) : undefined;
    if (spec.file.id) setAt(body, spec.file.id, file?.id);
    if (spec.file.name && spec.file.name !== spec.name) setAt(body, spec.file.name, file?.name);
  }
  if (spec.createdAt) setAt(body, spec.createdAt.field, timeValue(view.createdAt, spec.createdAt, getAt(template, spec.createdAt.field)));
  if (spec.endedAt) {
    // Before the end: a field documented as meaningful only once done is left out, any other shows the start.
    const at = view.endedAt ?? (spec.endedAt.whenDone ? undefined : view.createdAt);
    setAt(body, spec.endedAt.field, at === undefined ? undefined : timeValue(at, spec.endedAt, getAt(template, spec.endedAt.field)));
  }
  if (spec.file?.downloaded) setAt(body, spec.file.downloaded, false);
  if (spec.error) {
    const bad = view.done && endedBadly(view.state);
    if (spec.error.code) setAt(body, spec.error.code, bad ? `MOCK.TASK_${view.state.toUpperCase()}` : undefined);
    if (spec.error.message) setAt(body, spec.error.message, bad ? `The task ended ${view.state} (mock scenario)` : undefined);
  }
  // A top-level field named after a filled option (projectId → project_id) carries the served value.
  for (const [option, value] of Object.entries(served)) {
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
