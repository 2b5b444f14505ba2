import { ValidationError } from '../core/errors.js';
import { checkFunction, checkNumber, checkOptionsObject, checkSignal } from '../core/option-checks.js';
import { taskIdProblem, type Task } from '../core/task.js';
import type { WaitCheckpoint } from '../core/wait-checkpoint.js';

/**
 * Options of `waitForTask` and `watchTask`.
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

/** The numeric wait settings with their defaults. */
export const WAIT_DEFAULTS = { maxWaitMs: 30 * 60_000, minDelayMs: 1000, maxDelayMs: 60_000, maxUnknown: 10, maxErrors: 5 };
const WAIT_OPTIONS = [...Object.keys(WAIT_DEFAULTS), 'signal', 'onProgress', 'onCheckpoint', 'resume', 'timeoutMs'];

/** Validates wait options and fills the numeric defaults. */
export function waitSettings(options: WaitOptions): typeof WAIT_DEFAULTS {
  const given = checkOptionsObject(options, 'wait options', WAIT_OPTIONS);
  const settings = {
    maxWaitMs: checkNumber('maxWaitMs', given.maxWaitMs, { sign: 'positive' }) ?? WAIT_DEFAULTS.maxWaitMs,
    minDelayMs: checkNumber('minDelayMs', given.minDelayMs, { sign: 'non-negative' }) ?? WAIT_DEFAULTS.minDelayMs,
    maxDelayMs: checkNumber('maxDelayMs', given.maxDelayMs, { sign: 'non-negative' }) ?? WAIT_DEFAULTS.maxDelayMs,
    maxUnknown: checkNumber('maxUnknown', given.maxUnknown, { sign: 'non-negative', integer: true }) ?? WAIT_DEFAULTS.maxUnknown,
    maxErrors: checkNumber('maxErrors', given.maxErrors, { sign: 'non-negative', integer: true }) ?? WAIT_DEFAULTS.maxErrors,
  };
  if (settings.minDelayMs > settings.maxDelayMs) throw new ValidationError('minDelayMs', 'range', 'minDelayMs must not exceed maxDelayMs');
  checkSignal('signal', given.signal);
  checkNumber('timeoutMs', given.timeoutMs, { sign: 'positive' });
  checkFunction('onProgress', given.onProgress);
  checkFunction('onCheckpoint', given.onCheckpoint);
  return settings;
}

/** A task id: a string that can name a task (taskIdProblem). */
export function checkTaskId(id: unknown): string {
  if (taskIdProblem(id)) throw new ValidationError('id', 'required', `task id must be a non-empty string, got ${JSON.stringify(id)}`);
  return id as string;
}

/** A `resume` checkpoint of this very task, version 1. */
export function checkResume(checkpoint: unknown, service: string, id: string): WaitCheckpoint {
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
