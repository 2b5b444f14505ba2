import type { CallControl, RequestOptions, ServiceClient } from '../client/create-client.js';
import { ApiError, ConnectionError, NotFoundError, TaskFailedError, TaskStateUnknownError, TimeoutError, ValidationError, WaitTimeoutError } from '../errors.js';
import { parseRetryAfter } from '../http/retry-after.js';
import { sleep } from '../http/transport.js';
import type { TaskSpec } from './task-spec.js';
import { endedBadly, normaliseTask, taskObject, type Task } from './task.js';

/** The operation a service reads one task with, and its `x-task` spec (both generated). */
export interface TaskOperation {
  method: string;
  spec: TaskSpec;
}

/**
 * Options of {@link waitForTask} and {@link watchTask}.
 *
 * @example
 * await hss.waitForTask(id, { maxWaitMs: 10 * 60_000, onProgress: (t) => console.log(t.status) });
 */
export interface WaitOptions {
  /** Overall deadline, counting every poll and its retries. Default 30 minutes. */
  maxWaitMs?: number;
  /** Shortest pause between polls. Default 1000 ms. */
  minDelayMs?: number;
  /** Longest pause between polls. Default 60000 ms. */
  maxDelayMs?: number;
  /** Stops the wait at once, including a pending pause or request. */
  signal?: AbortSignal;
  /** Called with the task each time its state or progress changes. */
  onProgress?: (task: Task) => void;
  /** Called after each poll with a JSON-serialisable checkpoint; pass it back as `resume`. */
  onCheckpoint?: (checkpoint: WaitCheckpoint) => void;
  /** Continue a wait another process checkpointed (same deadline, unless `maxWaitMs` is given). */
  resume?: WaitCheckpoint;
  /** Consecutive answers in an unknown shape or status tolerated before giving up. Default 10. */
  maxUnknown?: number;
  /** Consecutive transient failures (5xx, 429, connection, timeout) tolerated after transport retries. Default 5. */
  maxErrors?: number;
  /** Per-attempt time limit of each poll; default the client's. */
  timeoutMs?: number;
}

/** Where a wait stands; plain JSON, so another process can resume it. */
export interface WaitCheckpoint {
  version: 1;
  service: string;
  taskId: string;
  startedAt: number;
  deadline: number;
  nextPollAt: number;
  polls: number;
  finalPoll: boolean;
  lastStatus?: Task['status'];
}

const DEFAULTS = { maxWaitMs: 30 * 60_000, minDelayMs: 1000, maxDelayMs: 60_000, maxUnknown: 10, maxErrors: 5 };
const WAIT_OPTIONS = new Set([...Object.keys(DEFAULTS), 'signal', 'onProgress', 'onCheckpoint', 'resume', 'timeoutMs']);
// Poll delays grow with the time already waited, so a task is seen done within 10 % of its run time.
const DELAY_PER_ELAPSED = 0.1;
const LAST_POLL_MARGIN_MS = 1000;

function settings(options: WaitOptions) {
  if (typeof options !== 'object' || options === null) throw new ValidationError('options', 'type', 'wait options must be an object');
  for (const key of Object.keys(options)) {
    if (!WAIT_OPTIONS.has(key)) throw new ValidationError(key, 'unknown', `unknown wait option "${key}" (known: ${[...WAIT_OPTIONS].join(', ')})`);
  }
  const merged = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    const value = options[key];
    if (value === undefined) continue;
    const integer = key === 'maxUnknown' || key === 'maxErrors';
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value)) || (key === 'maxWaitMs' && value === 0)) {
      throw new ValidationError(key, 'range', `${key} must be a ${key === 'maxWaitMs' ? 'positive' : 'non-negative'} ${integer ? 'integer' : 'number'}`);
    }
    merged[key] = value;
  }
  if (merged.minDelayMs > merged.maxDelayMs) throw new ValidationError('minDelayMs', 'range', 'minDelayMs must not exceed maxDelayMs');
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) throw new ValidationError('signal', 'type', 'signal must be an AbortSignal');
  if (options.timeoutMs !== undefined && !(typeof options.timeoutMs === 'number' && options.timeoutMs > 0 && Number.isFinite(options.timeoutMs))) {
    throw new ValidationError('timeoutMs', 'range', 'timeoutMs must be a positive number');
  }
  for (const key of ['onProgress', 'onCheckpoint'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'function') throw new ValidationError(key, 'type', `${key} must be a function`);
  }
  return merged;
}

function checkId(id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '') throw new ValidationError('id', 'required', `task id must be a non-empty string, got ${JSON.stringify(id)}`);
  return id;
}

function checkResume(checkpoint: unknown, service: string, id: string): WaitCheckpoint {
  const cp = checkpoint as Partial<WaitCheckpoint> | null;
  const numbers = ['startedAt', 'deadline', 'nextPollAt', 'polls'] as const;
  if (typeof cp !== 'object' || cp === null || cp.version !== 1 || numbers.some((k) => typeof cp[k] !== 'number')) {
    throw new ValidationError('resume', 'format', 'resume must be a checkpoint from onCheckpoint or WaitTimeoutError (version 1)');
  }
  if (cp.service !== service || cp.taskId !== id) {
    throw new ValidationError('resume', 'mismatch', `resume is a checkpoint of ${String(cp.service)} task ${String(cp.taskId)}, not ${service} task ${id}`);
  }
  return { ...(cp as WaitCheckpoint), finalPoll: cp.finalPoll === true };
}

/** Reads one task and normalises it; a list-only service throws NotFoundError when the task is not listed. */
export async function getTask(client: ServiceClient, operation: TaskOperation, id: string, options?: RequestOptions, control?: CallControl): Promise<Task> {
  checkId(id);
  const body = await client.call(operation.method, { [operation.spec.id]: id }, options, control);
  const raw = taskObject(operation.spec, body, id);
  if (raw === undefined) {
    const site = { service: client.service.name, operation: client.service.operations[operation.method]!.id };
    throw new NotFoundError({ ...site, status: 404, detail: `task ${id} is not listed`, body });
  }
  return normaliseTask(client.service.name, operation.spec, raw, id);
}

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
  checkId(id);
  const o = settings(options);
  const { signal } = options;
  const now = Date.now();
  const checkpoint: WaitCheckpoint = options.resume
    ? checkResume(options.resume, client.service.name, id)
    : { version: 1, service: client.service.name, taskId: id, startedAt: now, deadline: now + o.maxWaitMs, nextPollAt: now, polls: 0, finalPoll: false };
  if (options.resume && options.maxWaitMs !== undefined) Object.assign(checkpoint, { deadline: now + o.maxWaitMs, finalPoll: false });
  const maxWaitMs = checkpoint.deadline - checkpoint.startedAt;
  let last: Task | undefined;
  let unknowns = 0;
  let errors = 0;
  for (;;) {
    const pause = checkpoint.nextPollAt - Date.now();
    if (pause > 0) await sleep(pause, signal);
    signal?.throwIfAborted();
    let hintMs: number | undefined;
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
    const remaining = checkpoint.deadline - at;
    let delay = Math.min(o.maxDelayMs, Math.max(o.minDelayMs, (at - checkpoint.startedAt) * DELAY_PER_ELAPSED)) * (0.8 + 0.2 * Math.random());
    if (hintMs !== undefined) delay = Math.max(delay, hintMs);
    if (delay >= remaining) {
      // One last poll just before the deadline, then give up.
      if (checkpoint.finalPoll || remaining <= 0) throw new WaitTimeoutError(last, maxWaitMs, checkpoint);
      checkpoint.finalPoll = true;
      delay = Math.max(0, remaining - Math.min(LAST_POLL_MARGIN_MS, remaining / 2));
    }
    checkpoint.nextPollAt = at + Math.round(delay);
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
  if (!last) throw new WaitTimeoutError(undefined, options.maxWaitMs ?? DEFAULTS.maxWaitMs);
  if (endedBadly(last)) throw new TaskFailedError(last);
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
  ids.forEach(checkId);
  // A bad option is the caller's mistake, not one task's outcome.
  settings(options);
  return Promise.all(
    ids.map((id) =>
      waitForTask(client, operation, id, options).then(
        (task): TaskOutcome => ({ id, ok: true, task }),
        (error: unknown): TaskOutcome => ({ id, ok: false, error }),
      ),
    ),
  );
}
