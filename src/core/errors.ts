import type { Task } from './task.js';
import type { WaitCheckpoint } from './wait-checkpoint.js';

/**
 * Every error Taskport throws. All extend {@link TaskportError}; none carries a secret: messages,
 * `toJSON()` and the parsed bodies are scrubbed of the client's secret key and tokens.
 */

/** Base class of every error Taskport throws. */
export class TaskportError extends Error {
  override name = 'TaskportError';

  /** A plain, secret-free object for logs: `JSON.stringify(error)` uses it. */
  toJSON(): Record<string, unknown> {
    const own: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) if (key !== 'cause' && value !== undefined) own[key] = value;
    return own;
  }
}

/** Where an API call was going, carried by the errors it raises. */
export interface CallSite {
  service: string;
  operation: string;
}

/** Fields of an {@link ApiError}. */
export interface ApiErrorFields extends CallSite {
  status: number;
  /** Huawei's `error_code` (or the gateway's `error.code`). */
  code?: string | undefined;
  /** Huawei's `error_msg` (or `error.message`). */
  detail?: string | undefined;
  /** From the body's `request_id` or the `X-Request-Id` response header. */
  requestId?: string | undefined;
  /** The parsed error body (or its text when it was not JSON). */
  body?: unknown;
  /** Server's wait hint from `Retry-After`, in milliseconds. */
  retryAfterMs?: number | undefined;
}

/**
 * The API answered with a non-2xx status. Subclasses per status family let callers `catch` by kind.
 *
 * @example
 * try { await hss.listQueryExportTask({ task_id }); }
 * catch (e) { if (e instanceof NotFoundError) console.log('no such task', e.requestId); }
 */
export class ApiError extends TaskportError {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly service: string;
  readonly operation: string;
  readonly body: unknown;
  readonly retryAfterMs: number | undefined;

  constructor(fields: ApiErrorFields) {
    const code = fields.code ? ` ${fields.code}` : '';
    const detail = fields.detail ? `: ${fields.detail}` : '';
    const request = fields.requestId ? ` (request id ${fields.requestId})` : '';
    super(`${fields.service} ${fields.operation} failed with HTTP ${fields.status}${code}${detail}${request}`);
    this.status = fields.status;
    this.code = fields.code;
    this.requestId = fields.requestId;
    this.service = fields.service;
    this.operation = fields.operation;
    this.body = fields.body;
    this.retryAfterMs = fields.retryAfterMs;
  }
}

/** HTTP 400: the service rejected the input. */
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
/** HTTP 401: the token or signature was refused. */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}
/** HTTP 403: the credentials lack a permission. */
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError';
}
/** HTTP 404, or a task a list operation does not contain. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
/** HTTP 429: throttled; `retryAfterMs` carries the server's hint when it gave one. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}
/** HTTP 5xx. */
export class ServerError extends ApiError {
  override name = 'ServerError';
}

/** The {@link ApiError} subclass for a status. */
export function apiErrorFor(fields: ApiErrorFields): ApiError {
  const { status } = fields;
  if (status === 400) return new BadRequestError(fields);
  if (status === 401) return new AuthenticationError(fields);
  if (status === 403) return new PermissionDeniedError(fields);
  if (status === 404) return new NotFoundError(fields);
  if (status === 429) return new RateLimitError(fields);
  if (status >= 500) return new ServerError(fields);
  return new ApiError(fields);
}

/** The request never got an HTTP answer: refused, reset, DNS failure, or the body broke off. */
export class ConnectionError extends TaskportError {
  override name = 'ConnectionError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An attempt (or the whole call, against a deadline) ran out of time. */
export class TimeoutError extends TaskportError {
  override name = 'TimeoutError';
  constructor(
    message: string,
    readonly timeoutMs: number,
  ) {
    super(message);
  }
}

/** A 2xx answer whose body is not what the API sends: empty, not JSON, HTML, or over the size cap. */
export class InvalidResponseError extends TaskportError {
  override name = 'InvalidResponseError';
  constructor(
    message: string,
    readonly status: number,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

/**
 * Bad input caught before anything was sent. `field` names the option or parameter, `rule` the
 * broken rule; the message says both (and never echoes a credential).
 */
export class ValidationError extends TaskportError {
  override name = 'ValidationError';
  constructor(
    readonly field: string,
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

/** A task that a waiter saw finish badly (failed, partial or expired); `task` is its last state. */
export class TaskFailedError extends TaskportError {
  override name = 'TaskFailedError';
  constructor(readonly task: Task) {
    super(`${task.service} task ${task.id} ended ${task.status}${task.error?.message ? `: ${task.error.message}` : ''}`);
  }
}

/** A wait that reached its deadline; `task` is the last state seen (if any poll answered). */
export class WaitTimeoutError extends TaskportError {
  override name = 'WaitTimeoutError';
  constructor(
    readonly task: Task | undefined,
    readonly maxWaitMs: number,
    /** Where the wait stood: pass it as `resume` to continue (with a later deadline, via `maxWaitMs`). */
    readonly checkpoint?: WaitCheckpoint,
  ) {
    super(`gave up waiting after ${maxWaitMs} ms${task ? `; the task was ${task.status}` : ''}`);
  }
}

/** A task that kept answering in a shape or status the spec does not describe. */
export class TaskStateUnknownError extends TaskportError {
  override name = 'TaskStateUnknownError';
  constructor(
    readonly task: Task,
    readonly answers: number,
  ) {
    super(`${task.service} task ${task.id} reported an unknown state ${answers} times in a row; see error.task.raw`);
  }
}

/**
 * `downloadTaskFile` was given a task that has no file to fetch: it has not succeeded (yet), or its
 * task object lacks a field the spec's `x-task.download` reads. `task` is the task as read.
 */
export class TaskFileUnavailableError extends TaskportError {
  override name = 'TaskFileUnavailableError';
  constructor(
    readonly task: Task,
    /** `not-succeeded`, or `no-file` (the field named by `missing` is absent). */
    readonly reason: 'not-succeeded' | 'no-file',
    readonly missing?: string,
  ) {
    super(
      reason === 'not-succeeded'
        ? `${task.service} task ${task.id} is ${task.status}, not succeeded: it has no file to download yet`
        : `${task.service} task ${task.id} names no file to download (its ${missing} is empty)`,
    );
  }
}
