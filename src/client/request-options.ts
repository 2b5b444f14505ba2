import { ValidationError } from '../core/errors.js';
import { headerValueProblem, isHeaderName } from '../core/header-safe.js';
import { checkNumber, checkOptionsObject, checkSignal } from '../core/option-checks.js';

/** Per-call options, the optional second argument of every operation. */
export interface RequestOptions {
  /** Cancels the call, including any pending retry delay. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt time limit for this call. */
  timeoutMs?: number;
  /** Extra request headers (they are signed with AK/SK). */
  headers?: Record<string, string>;
}

const REQUEST_OPTIONS = ['signal', 'timeoutMs', 'headers'];
// Headers the client sets from its credentials and options: a caller header must not override them.
const RESERVED_HEADERS = new Set(['authorization', 'x-auth-token', 'x-sdk-date', 'x-security-token', 'x-project-id', 'host']);
// Headers that frame the message or the connection (RFC 9110 §7.6.1, §10.1.1; RFC 9112 §6): the
// HTTP layer owns them, and fetch refuses a request that sets them (a ConnectionError on every attempt).
const FRAMING_HEADERS = new Set(['connection', 'content-length', 'expect', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/** Validates the per-call options of `method` before anything is sent; messages start with the method. */
export function checkRequestOptions(method: string, options: RequestOptions | undefined): void {
  if (options === undefined) return;
  try {
    const given = checkOptionsObject(options, 'request options', REQUEST_OPTIONS, 'options.');
    checkSignal('options.signal', given.signal);
    checkNumber('options.timeoutMs', given.timeoutMs, { sign: 'positive' });
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(error.field, error.rule, `${method}: ${error.message}`);
    throw error;
  }
  checkHeaders(method, options.headers);
}

function checkHeaders(method: string, headers: unknown): void {
  if (headers === undefined) return;
  if (typeof headers !== 'object' || headers === null) throw new ValidationError('options.headers', 'type', `${method}: options.headers must be an object of header names and values`);
  for (const [name, value] of Object.entries(headers)) {
    if (!isHeaderName(name)) throw new ValidationError('options.headers', 'header-name', `${method}: ${JSON.stringify(name)} is not a valid header name`);
    if (FRAMING_HEADERS.has(name.toLowerCase())) throw new ValidationError(`options.headers.${name}`, 'framing', `${method}: header "${name}" frames the HTTP message or connection; the HTTP layer sets it, a request cannot`);
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw new ValidationError(`options.headers.${name}`, 'reserved', `${method}: header "${name}" is set by the client from its credentials`);
    const problem = typeof value === 'string' ? headerValueProblem(value) : 'must be a string';
    if (problem) throw new ValidationError(`options.headers.${name}`, 'header-value', `${method}: header "${name}" ${problem}`);
  }
}
