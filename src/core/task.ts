/** The normalised task every service's tasks become, and its states. */

/** A task's state: one an `x-task` status map can name, or `unknown` for a value its spec does not map. */
export type TaskState = 'pending' | 'running' | 'succeeded' | 'failed' | 'partial' | 'expired' | 'unknown';

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

const FINISHED: ReadonlySet<TaskState> = new Set(['succeeded', 'failed', 'partial', 'expired']);
const BAD: ReadonlySet<TaskState> = new Set(['failed', 'partial', 'expired']);

/** True for a state a task cannot leave: succeeded, failed, partial, expired. */
export function isFinished(state: TaskState): boolean {
  return FINISHED.has(state);
}

/** True for a finished state that is not full success: failed, partial, expired. */
export function endedBadly(state: TaskState): boolean {
  return BAD.has(state);
}

/**
 * Why a value cannot name a task, or undefined when it can: a task id is a string with something
 * other than whitespace in it. (Any other character is percent-encoded on the way, so it reaches
 * the server as the caller wrote it.)
 */
export function taskIdProblem(id: unknown): string | undefined {
  if (typeof id !== 'string') return 'must be a string';
  if (id.trim() === '') return 'must not be empty or only whitespace';
  return undefined;
}
