/**
 * Waiting on tasks: `watchTask` polls until the task is done (on the schedule of
 * next-poll-delay.ts), `waitForTask` resolves or throws by how it ended, `waitForTasks` waits on many.
 */
import type { CallControl, ServiceClient } from '../client/create-client.js';
import { ApiError, ConnectionError, TaskFailedError, TaskStateUnknownError, TimeoutError, ValidationError, WaitTimeoutError } from '../core/errors.js';
import { sleep } from '../core/sleep.js';
import { endedBadly, type Task } from '../core/task.js';
import type { WaitCheckpoint } from '../core/wait-checkpoint.js';
import { parseRetryAfter } from '../http/retry-after.js';
import { getTask, type TaskOperation } from './get-task.js';
import { finalPollMargin, nextPollDelay } from './next-poll-delay.js';
import { checkResume, checkTaskId, WAIT_DEFAULTS, waitSettings, type WaitOptions } from './wait-options.js';

function isTransient(error: unknown): boolean {
  if (error instanceof ConnectionError || error instanceof TimeoutError) return true;
  return error instanceof ApiError && (error.status === 408 || error.status === 429 || error.status >= 500);
}

function changed(before: Task | undefined, after: Task): boolean {
  const p = before?.progress;
  const q = after.progress;
  return !before || before.status !== after.status || p?.total !== q?.total || p?.succeeded !== q?.succeeded || p?.failed !== q?.failed;
}

/**
 * Polls a task until it is done, yielding it on every change of state or progress (the first poll
 * always yields). Ends after yielding the finished task; throws WaitTimeoutError at the deadline.
 */
export async function* watchTask(client: ServiceClient, operation: TaskOperation, id: string, options: WaitOptions = {}): AsyncGenerator<Task, void, undefined> {
  checkTaskId(id);
  const o = waitSettings(options);
  const { signal } = options;
  const now = Date.now();
  const checkpoint: WaitCheckpoint = options.resume
    ? checkResume(options.resume, client.service.name, id)
    : { version: 1, service: client.service.name, taskId: id, startedAt: now, deadline: now + o.maxWaitMs, nextPollAt: now, polls: 0, finalPoll: false };
  if (options.resume && options.maxWaitMs !== undefined) Object.assign(checkpoint, { deadline: now + o.maxWaitMs, finalPoll: false });
  // A resumed poll time past what the deadline allows becomes the final poll just before it.
  const latestPollAt = checkpoint.deadline - finalPollMargin(checkpoint.deadline - now);
  if (checkpoint.nextPollAt > latestPollAt) Object.assign(checkpoint, { nextPollAt: latestPollAt, finalPoll: true });
  const maxWaitMs = checkpoint.deadline - checkpoint.startedAt;
  let last: Task | undefined;
  let unknowns = 0;
  let errors = 0;
  for (;;) {
    if (Date.now() >= checkpoint.deadline) throw new WaitTimeoutError(last, maxWaitMs, checkpoint);
    const pause = checkpoint.nextPollAt - Date.now();
    if (pause > 0) await sleep(pause, signal);
    signal?.throwIfAborted();
    let hintMs: number | undefined;
    const pollStarted = Date.now();
    try {
      const control: CallControl = { deadline: checkpoint.deadline, onResponse: (r) => (hintMs = parseRetryAfter(r.headers.get('retry-after'))) };
      const task = await getTask(client, operation, id, { ...(signal ? { signal } : {}), ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) }, control);
      checkpoint.polls++;
      checkpoint.lastStatus = task.status;
      errors = 0;
      unknowns = task.status === 'unknown' ? unknowns + 1 : 0;
      const isChange = changed(last, task);
      last = task;
      if (isChange) {
        options.onProgress?.(task);
        yield task;
      }
      if (task.done) return;
      if (task.status === 'unknown' && unknowns >= o.maxUnknown) throw new TaskStateUnknownError(task, unknowns);
    } catch (error) {
      if (signal?.aborted || !isTransient(error)) throw error;
      if (Date.now() >= checkpoint.deadline) throw new WaitTimeoutError(last, maxWaitMs, checkpoint);
      if (++errors > o.maxErrors) throw error;
      if (error instanceof ApiError) hintMs = error.retryAfterMs;
    }
    const at = Date.now();
    const lastPollMs = at - pollStarted;
    const next = nextPollDelay({ now: at, startedAt: checkpoint.startedAt, deadline: checkpoint.deadline, minDelayMs: o.minDelayMs, maxDelayMs: o.maxDelayMs, retryAfterMs: hintMs, finalPollMade: checkpoint.finalPoll, lastPollMs });
    if (!next) throw new WaitTimeoutError(last, maxWaitMs, checkpoint);
    checkpoint.finalPoll ||= next.finalPoll;
    checkpoint.nextPollAt = at + next.delayMs;
    options.onCheckpoint?.({ ...checkpoint });
  }
}

/**
 * Waits until a task is done. Resolves with the task when it succeeded; throws TaskFailedError when
 * it failed, was partial or expired, WaitTimeoutError at the deadline (both carry the last task).
 */
export async function waitForTask(client: ServiceClient, operation: TaskOperation, id: string, options: WaitOptions = {}): Promise<Task> {
  let last: Task | undefined;
  for await (const task of watchTask(client, operation, id, options)) last = task;
  if (!last) throw new WaitTimeoutError(undefined, options.maxWaitMs ?? WAIT_DEFAULTS.maxWaitMs);
  if (endedBadly(last.status)) throw new TaskFailedError(last);
  return last;
}

/** The outcome of one wait among many. */
export type TaskOutcome = { id: string; ok: true; task: Task } | { id: string; ok: false; error: unknown };

/**
 * Waits on many tasks at once. Each wait runs as {@link waitForTask}; they share the client's
 * request budget (`requestsPerSecond`), so a thousand waits do not flood the API. Never rejects
 * for a single task: each outcome says how that task ended.
 */
export async function waitForTasks(client: ServiceClient, operation: TaskOperation, ids: readonly string[], options: WaitOptions = {}): Promise<TaskOutcome[]> {
  if (!Array.isArray(ids)) throw new ValidationError('ids', 'type', 'ids must be an array of task ids');
  ids.forEach(checkTaskId);
  // A bad option is the caller's mistake, not one task's outcome.
  waitSettings(options);
  return Promise.all(
    ids.map((id) =>
      waitForTask(client, operation, id, options).then(
        (task): TaskOutcome => ({ id, ok: true, task }),
        (error: unknown): TaskOutcome => ({ id, ok: false, error }),
      ),
    ),
  );
}
