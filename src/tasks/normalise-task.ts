/** Normalising a service's task object into the one Task model, by the service's `x-task` spec. */
import { getAt } from '../core/json-pointer.js';
import { endedBadly, isFinished, type Task, type TaskState } from '../core/task.js';
import type { TaskSpec } from '../core/task-spec.js';
import { parseTime } from '../core/time-format.js';

function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function stateOf(spec: TaskSpec, raw: unknown, progress: Task['progress']): TaskState {
  if ('counters' in spec.status) {
    if (!progress) return 'unknown';
    const { total, succeeded, failed } = progress;
    if (total === 0 || succeeded + failed < total) return 'running';
    return failed === 0 ? 'succeeded' : succeeded === 0 ? 'failed' : 'partial';
  }
  const value = getAt(raw, spec.status.field);
  if (typeof value !== 'string' && typeof value !== 'number') return 'unknown';
  for (const [state, values] of Object.entries(spec.status.values)) {
    // Compare as text: a service that starts quoting its integer codes still maps.
    if (values?.some((v) => String(v) === String(value))) return state as TaskState;
  }
  return 'unknown';
}

/** The task object inside a response: the body itself, or the matching item of a list. */
export function taskObject(spec: TaskSpec, body: unknown, id: string): unknown {
  if (!spec.list) return body;
  const items = getAt(body, spec.list.items);
  if (!Array.isArray(items)) return undefined;
  return items.find((item) => {
    const value = getAt(item, spec.idField);
    // Only text and numbers are ids; String() of an object with an own "toString" key throws.
    return (typeof value === 'string' || typeof value === 'number') && String(value) === id;
  });
}

/**
 * Normalises a service's task object into a {@link Task} by its `x-task` spec. Never throws: an
 * unexpected shape or status becomes `unknown` with the raw object kept.
 */
export function normaliseTask(service: string, spec: TaskSpec, raw: unknown, id: string): Task {
  const task: Task = { service, id, status: 'unknown', done: false, raw };
  if (typeof raw !== 'object' || raw === null) return task;
  if (spec.progress) {
    const total = count(getAt(raw, spec.progress.total));
    const succeeded = count(getAt(raw, spec.progress.succeeded));
    const failed = count(getAt(raw, spec.progress.failed));
    if (total !== undefined && succeeded !== undefined && failed !== undefined) task.progress = { total, succeeded, failed };
  }
  task.status = stateOf(spec, raw, task.progress);
  task.done = isFinished(task.status);
  const name = spec.name ? text(getAt(raw, spec.name)) : undefined;
  if (name) task.name = name;
  for (const key of ['createdAt', 'endedAt'] as const) {
    const field = spec[key];
    if (!field || (field.whenDone && !task.done)) continue;
    const date = parseTime(getAt(raw, field.field), field);
    if (date) task[key] = date;
  }
  if (spec.file) {
    const file: NonNullable<Task['file']> = {};
    const id = spec.file.id ? text(getAt(raw, spec.file.id)) : undefined;
    const fileName = spec.file.name ? text(getAt(raw, spec.file.name)) : undefined;
    const downloaded = spec.file.downloaded ? getAt(raw, spec.file.downloaded) : undefined;
    if (id) file.id = id;
    if (fileName) file.name = fileName;
    if (typeof downloaded === 'boolean') file.downloaded = downloaded;
    if (Object.keys(file).length > 0) task.file = file;
  }
  if (spec.error && endedBadly(task.status)) {
    const error: NonNullable<Task['error']> = {};
    const code = spec.error.code ? text(getAt(raw, spec.error.code)) : undefined;
    const message = spec.error.message ? text(getAt(raw, spec.error.message)) : undefined;
    if (code) error.code = code;
    if (message) error.message = message;
    if (Object.keys(error).length > 0) task.error = error;
  }
  return task;
}
