import type { TaskSpec, TaskState } from './task-spec.js';
import { parseTime } from './parse-time.js';

/**
 * One import or export task, the same shape for every service. `raw` is the task object exactly as
 * the service sent it (including fields such as MetaStudio's `task_status` that the model derives from).
 */
export interface Task {
  service: string;
  id: string;
  name?: string;
  status: TaskState;
  /** True once the task can no longer change: succeeded, failed, partial or expired. */
  done: boolean;
  progress?: { total: number; succeeded: number; failed: number };
  createdAt?: Date;
  endedAt?: Date;
  file?: { id?: string; name?: string; downloaded?: boolean };
  error?: { code?: string; message?: string };
  raw: unknown;
}

const DONE: ReadonlySet<TaskState> = new Set(['succeeded', 'failed', 'partial', 'expired']);
const BAD: ReadonlySet<TaskState> = new Set(['failed', 'partial', 'expired']);

/** The value at a field pointer (`/a/b`) of a parsed body, or undefined. */
export function fieldAt(value: unknown, pointer: string): unknown {
  let node = value;
  for (const key of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

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
  const value = fieldAt(raw, spec.status.field);
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
  const items = fieldAt(body, spec.list.items);
  if (!Array.isArray(items)) return undefined;
  return items.find((item) => {
    const value = fieldAt(item, spec.idField);
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
    const total = count(fieldAt(raw, spec.progress.total));
    const succeeded = count(fieldAt(raw, spec.progress.succeeded));
    const failed = count(fieldAt(raw, spec.progress.failed));
    if (total !== undefined && succeeded !== undefined && failed !== undefined) task.progress = { total, succeeded, failed };
  }
  task.status = stateOf(spec, raw, task.progress);
  task.done = DONE.has(task.status);
  const name = spec.name ? text(fieldAt(raw, spec.name)) : undefined;
  if (name) task.name = name;
  for (const key of ['createdAt', 'endedAt'] as const) {
    const field = spec[key];
    if (!field || (field.whenDone && !task.done)) continue;
    const date = parseTime(fieldAt(raw, field.field), field.format);
    if (date) task[key] = date;
  }
  if (spec.file) {
    const file: NonNullable<Task['file']> = {};
    const id = spec.file.id ? text(fieldAt(raw, spec.file.id)) : undefined;
    const fileName = spec.file.name ? text(fieldAt(raw, spec.file.name)) : undefined;
    const downloaded = spec.file.downloaded ? fieldAt(raw, spec.file.downloaded) : undefined;
    if (id) file.id = id;
    if (fileName) file.name = fileName;
    if (typeof downloaded === 'boolean') file.downloaded = downloaded;
    if (Object.keys(file).length > 0) task.file = file;
  }
  if (spec.error && BAD.has(task.status)) {
    const error: NonNullable<Task['error']> = {};
    const code = spec.error.code ? text(fieldAt(raw, spec.error.code)) : undefined;
    const message = spec.error.message ? text(fieldAt(raw, spec.error.message)) : undefined;
    if (code) error.code = code;
    if (message) error.message = message;
    if (Object.keys(error).length > 0) task.error = error;
  }
  return task;
}

/** True when a finished task did not fully succeed. */
export function endedBadly(task: Task): boolean {
  return BAD.has(task.status);
}
