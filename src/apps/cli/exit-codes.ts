/**
 * Exit codes of the `taskport` CLI, and which error maps to which.
 *
 * | code | meaning |
 * |---|---|
 * | 0 | success: `get`/`list` answered; `wait`: the task succeeded; `mock`: stopped by SIGINT/SIGTERM |
 * | 1 | the task failed, was partial or expired (TaskFailedError), or kept an unknown state (TaskStateUnknownError) |
 * | 2 | `wait` gave up at `--timeout` (WaitTimeoutError) |
 * | 3 | usage, configuration or authentication: bad command line, unknown service, ValidationError, 401, 403 |
 * | 4 | any other API or connection error: 400, 404, 429, 5xx, connection refused, timeouts, bad responses |
 * | 130 | interrupted (SIGINT/SIGTERM during `get`, `list` or `wait`) |
 */
import { CommanderError } from 'commander';
import {
  AuthenticationError,
  PermissionDeniedError,
  TaskFailedError,
  TaskStateUnknownError,
  ValidationError,
  WaitTimeoutError,
} from '../../core/errors.js';

/** The exit codes, by meaning (table above). */
export const ExitCode = {
  Succeeded: 0,
  TaskFailed: 1,
  TimedOut: 2,
  Usage: 3,
  ApiError: 4,
  Interrupted: 130,
} as const;

/** One of {@link ExitCode}. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A command line the CLI cannot act on: unknown service, unsupported command for a service, bad flag value. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The run was stopped by a signal. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor(readonly signal: string) {
    super(`interrupted by ${signal}`);
  }
}

// By name as well as by class: a second copy of the runtime (e.g. a bundled and an unbundled one)
// must map the same way.
const isA = (error: unknown, kind: abstract new (...args: never[]) => Error): boolean =>
  error instanceof kind || (error instanceof Error && error.name === kind.name);

/** The exit code for an error thrown while running a command. */
export function exitCodeFor(error: unknown): ExitCodeValue {
  if (isA(error, InterruptedError)) return ExitCode.Interrupted;
  if (isA(error, TaskFailedError) || isA(error, TaskStateUnknownError)) return ExitCode.TaskFailed;
  if (isA(error, WaitTimeoutError)) return ExitCode.TimedOut;
  if (isA(error, UsageError) || isA(error, ValidationError) || isA(error, AuthenticationError) || isA(error, PermissionDeniedError)) return ExitCode.Usage;
  if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Succeeded : ExitCode.Usage;
  return ExitCode.ApiError;
}
