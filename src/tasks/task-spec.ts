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
  /** For list operations: the items array and the field matched against the id. */
  list?: { items: string; match: string };
  status: { counters: true } | { field: string; values: Partial<Record<Exclude<TaskState, 'unknown'>, readonly (string | number)[]>> };
  progress?: { total: string; succeeded: string; failed: string };
  name?: string;
  createdAt?: TimeFieldSpec;
  endedAt?: TimeFieldSpec;
  file?: { id?: string; name?: string; downloaded?: string };
  error?: { code?: string; message?: string };
}
