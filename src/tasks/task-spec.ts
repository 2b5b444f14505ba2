/** The `x-task` extension as the generator emits it (shape documented in specs/README.md). */

export type TaskState = 'pending' | 'running' | 'succeeded' | 'failed' | 'partial' | 'expired' | 'unknown';

export type TimeFormat = 'epoch-millis' | 'iso-8601' | "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

export interface TimeFieldSpec {
  field: string;
  format: TimeFormat;
  whenDone?: boolean;
}

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
}
