import type { Task } from './task.js';
import type { WaitCheckpoint } from './wait-checkpoint.js';

/**
 * Every error Taskport throws. All extend {@link TaskportError}; none carries a secret: messages,
 * `toJSON()` and the parsed bodies are scrubbed of the client's secret key and tokens.
 */

// What toJSON() keeps of the values an error carries (a server's body, a task's raw object): enough to
// read in a log, never so much that a hostile body (nested 100,000 deep, megabytes long) breaks it.
const JSON_MAX_DEPTH = 20;
const JSON_MAX_ENTRIES = 1000;
const JSON_MAX_STRING = 2000;
/** How the parts toJSON() leaves out are shown. */
export const TRUNCATED = '[truncated]';

/**
 * A JSON-safe copy of `value` bounded in depth, entries and string length; iterative, so no depth
 * overflows the stack, and never calling a value's own `toJSON`. Dates become ISO text.
 */
export function boundedJson(value: unknown): unknown {
  let entries = 0;
  const root: { value?: unknown } = {};
  const work: [Record<string, unknown>, string, unknown, number][] = [[root, 'value', value, 0]];
  for (let next = work.pop(); next; next = work.pop()) {
    const [parent, key, node, depth] = next;
    let copy: unknown;
    if (typeof node === 'string') copy = node.length > JSON_MAX_STRING ? `${node.slice(0, JSON_MAX_STRING)}${TRUNCATED}` : node;
    else if (typeof node === 'number') copy = Number.isFinite(node) ? node : String(node);
    else if (typeof node === 'boolean' || node === null) copy = node;
    else if (typeof node === 'bigint') copy = node.toString();
    else if (node instanceof Date) copy = Number.isNaN(node.getTime()) ? null : node.toISOString();
    else if (typeof node === 'object') {
      if (depth >= JSON_MAX_DEPTH) copy = TRUNCATED;
      else {
        const container: Record<string, unknown> | unknown[] = Array.isArray(node) ? [] : {};
        for (const [k, item] of Object.entries(node)) {
          if (++entries > JSON_MAX_ENTRIES) {
            Object.defineProperty(container, Array.isArray(node) ? String(container.length) : TRUNCATED, { value: TRUNCATED, writable: true, enumerable: true, configurable: true });
            break;
          }
          // Define (not assign): a "__proto__" key stays a plain key.
          Object.defineProperty(container, k, { value: undefined, writable: true, enumerable: true, configurable: true });
          work.push([container as Record<string, unknown>, k, item, depth + 1]);
        }
        copy = container;
      }
    }
    // undefined, functions and symbols are left out, as JSON.stringify does.
    if (copy !== undefined) parent[key] = copy;
    else delete parent[key];
  }
  return root.value;
}

/** Base class of every error Taskport throws. */
export class TaskportError extends Error {
  override name = 'TaskportError';

  /** A plain, secret-free object for logs: `JSON.stringify(error)` uses it. Bounded in size; never throws. */
  toJSON(): Record<string, unknown> {
    const own: Record<string, unknown> = { name: this.name, message: boundedJson(this.message) };
    for (const [key, value] of Object.entries(this)) if (key !== 'cause' && value !== undefined) own[key] = boundedJson(value);
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
  /** The whole message, when the answer was not an HTTP error (a list that lacks the task). */
  message?: string | undefined;
}

// A server's error message is quoted up to this length: the whole body stays in `body`.
const MAX_DETAIL_LENGTH = 500;

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
    const quoted = fields.detail && fields.detail.length > MAX_DETAIL_LENGTH ? `${fields.detail.slice(0, MAX_DETAIL_LENGTH)}…` : fields.detail;
    const detail = quoted ? `: ${quoted}` : '';
    const request = fields.requestId ? ` (request id ${fields.requestId})` : '';
    super(fields.message !== undefined ? `${fields.message}${request}` : `${fields.service} ${fields.operation} failed with HTTP ${fields.status}${code}${detail}${request}`);
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

/**
 * The server answered with a redirect (3xx), which is never followed: the credentials would travel
 * to wherever it points. `location` is where it pointed (secrets redacted); `status` is 0 when the
 * runtime hides the redirect (a browser's opaque redirect).
 */
export class RedirectRefusedError extends ConnectionError {
  override name = 'RedirectRefusedError';
  /** The 3xx status, or 0 when the runtime hides the redirect. */
  readonly status: number;
  /** The `Location` it pointed to, secrets redacted. */
  readonly location: string | undefined;
  constructor(site: CallSite, status: number, location: string | undefined) {
    const to = location === undefined ? '' : ` to ${location.length > 200 ? `${location.slice(0, 200)}…` : location}`;
    super(`${site.service} ${site.operation}: the server redirected${status ? ` (HTTP ${status})` : ''}${to}; redirects are not followed`);
    this.status = status;
    this.location = location;
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
