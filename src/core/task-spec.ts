/**
 * The `x-task` extension as the generator emits it into a descriptor. Its one definition is
 * `xTaskSchema` (extension-schemas.ts); test/types/extension-types.test.ts checks this type against it.
 */
import type { TaskState } from './task.js';

/**
 * How a task time is written: `epoch-millis`, `iso-8601`, or a date pattern in the documented Java
 * notation, e.g. `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (see time-format.ts).
 */
export type TimeFormat = string;

/** A time field of the task object. */
export interface TimeFieldSpec {
  field: string;
  format: TimeFormat;
  /** Only meaningful once the task is done. */
  whenDone?: boolean;
  /** Further formats read, never written: what a deviating documented example shows. */
  alsoAccepted?: readonly TimeFormat[];
}

/** Where a task object keeps what the {@link Task} model reads. Field values are JSON Pointers into the task object. */
export interface TaskSpec {
  /** The operation parameter carrying the task id. */
  id: string;
  /** The task object's own id field. */
  idField: string;
  /** For list operations: the array of tasks; the one whose idField equals the id is the task. */
  list?: { items: string };
  status: { counters: true } | { field: string; values: Partial<Record<Exclude<TaskState, 'unknown'>, readonly (string | number)[]>> };
  progress?: { total: string; succeeded: string; failed: string };
  name?: string;
  createdAt?: TimeFieldSpec;
  endedAt?: TimeFieldSpec;
  file?: { id?: string; name?: string; downloaded?: string };
  error?: { code?: string; message?: string };
  /** The operation fetching a finished task's file and its parameters (task-object pointers); read by the coming downloadTaskFile(). */
  download?: { operationId: string; parameters: Readonly<Record<string, string>> };
}
