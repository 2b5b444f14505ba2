import type { RequestParts } from '../auth/sign-request.js';
import { ConnectionError, InvalidResponseError, TimeoutError, type CallSite } from '../core/errors.js';
import { MAX_TIMER_MS, sleep } from '../core/sleep.js';
import { parseRetryAfter } from './retry-after.js';
import { isRetryableStatus, retryDelay, type RetryPolicy } from './retry-policy.js';

/** One event of the debug log hook. Header values of credentials are already redacted. */
export interface LogEvent {
  type: 'request' | 'response' | 'retry' | 'error';
  service: string;
  operation: string;
  method: string;
  url: string;
  attempt: number;
  headers?: Record<string, string>;
  status?: number;
  durationMs?: number;
  delayMs?: number;
  error?: string;
}

/** The debug log hook (`logger` client option). */
export type Logger = (event: LogEvent) => void;

/** What a client's transport is built from. */
export interface TransportConfig {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  retry: RetryPolicy;
  timeoutMs: number;
  /** Responses larger than this are refused with a clear error instead of buffered. */
  maxBodyBytes: number;
  /** Adds credentials to one attempt's parts and returns the URL to send; `clockOffsetMs` corrects a skewed clock. */
  authorize(parts: RequestParts, clockOffsetMs: number): Promise<string>;
  /** True when `authorize` signs with the clock (so a skewed clock can be corrected). */
  signsWithClock: boolean;
  logger?: Logger | undefined;
}

/** A request to send: what the client core builds from an operation and its parameters. */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Headers;
  /** JSON text, or null for no body. */
  body: string | null;
}

/** Per-call settings. */
export interface CallContext {
  site: CallSite;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  /** Absolute time (ms since epoch) after which no attempt starts and no backoff sleeps. */
  deadline?: number | undefined;
}

const REDACTED_HEADERS = new Set(['authorization', 'x-auth-token', 'x-security-token']);
// The signature gateway accepts a clock within about 15 minutes; correct anything beyond 5.
const SKEW_THRESHOLD_MS = 5 * 60_000;

/** Request headers for logs, with credential headers redacted. */
function redactedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = REDACTED_HEADERS.has(name) ? '[redacted]' : value;
  });
  return out;
}

/** A final HTTP answer with its whole body read (the transport's result). */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

const utf8 = new TextDecoder();

async function readCapped(response: Response, maxBytes: number, site: CallSite): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = () => new InvalidResponseError(`${site.service} ${site.operation}: response body exceeds the ${maxBytes}-byte cap`, response.status);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  // A declared length within the cap can be read in one go (undici enforces the length).
  if (declared <= maxBytes) return response.text();
  const reader = response.body.getReader();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + utf8.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += utf8.decode(value, { stream: true });
  }
}

/** One attempt: send and read the whole body, within `timeoutMs`, cancelled by `signal`. */
async function attempt(config: TransportConfig, url: string, parts: RequestParts, call: CallContext, timeoutMs: number): Promise<Answer> {
  const controller = new AbortController();
  // The error is built only when the timer fires: capturing a stack on every attempt is costly.
  const timer = setTimeout(() => controller.abort(new TimeoutError(`${call.site.service} ${call.site.operation}: no complete answer within ${timeoutMs} ms`, timeoutMs)), Math.min(timeoutMs, MAX_TIMER_MS));
  const onAbort = () => controller.abort(call.signal!.reason);
  call.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    // Redirects are never followed: a token header would travel to wherever the redirect points.
    const response = await config.fetch(url, { method: parts.method, headers: parts.headers, body: parts.body as Uint8Array<ArrayBuffer> | null, signal: controller.signal, redirect: 'manual' });
    if (response.type === 'opaqueredirect') throw new ConnectionError(`${call.site.service} ${call.site.operation}: the server redirected; redirects are not followed`);
    return { status: response.status, headers: response.headers, text: await readCapped(response, config.maxBodyBytes, call.site) };
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    if (error instanceof InvalidResponseError || error instanceof ConnectionError) throw error;
    const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new ConnectionError(`${call.site.service} ${call.site.operation}: ${reason}`, { cause: error });
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Sends an idempotent request with per-attempt timeouts, retries with jittered backoff (honouring
 * `Retry-After`), one re-sign on a clock-skewed 401, and an overall deadline. Returns the final
 * answer with its body read; throws ConnectionError, TimeoutError or the signal's reason.
 */
export async function send(config: TransportConfig, request: OutgoingRequest, call: CallContext): Promise<Answer> {
  const body = request.body === null ? null : new TextEncoder().encode(request.body);
  let clockOffsetMs = 0;
  let resigned = false;
  for (let retry = 0; ; ) {
    call.signal?.throwIfAborted();
    const remaining = call.deadline === undefined ? Infinity : call.deadline - Date.now();
    const timeoutMs = Math.min(call.timeoutMs ?? config.timeoutMs, remaining);
    if (timeoutMs <= 0) throw new TimeoutError(`${call.site.service} ${call.site.operation}: deadline passed before the request could be sent`, 0);
    const parts: RequestParts = { method: request.method, url: request.url, headers: new Headers(request.headers), body };
    const url = await config.authorize(parts, clockOffsetMs);
    const logger = config.logger;
    // A debug hook must never break a call.
    const log = logger && ((event: LogEvent) => {
      try {
        logger(event);
      } catch {
        // ignored
      }
    });
    const started = Date.now();
    const event = { service: call.site.service, operation: call.site.operation, method: parts.method, url, attempt: retry + 1 };
    log?.({ type: 'request', ...event, headers: redactedHeaders(parts.headers) });
    let response: Answer | undefined;
    let failure: unknown;
    try {
      response = await attempt(config, url, parts, call, timeoutMs);
      log?.({ type: 'response', ...event, status: response.status, durationMs: Date.now() - started });
    } catch (error) {
      if (call.signal?.aborted || !(error instanceof ConnectionError || error instanceof TimeoutError)) throw error;
      log?.({ type: 'error', ...event, error: error.message, durationMs: Date.now() - started });
      failure = error;
    }
    if (response?.status === 401 && config.signsWithClock && !resigned) {
      const serverDate = Date.parse(response.headers.get('date') ?? '');
      if (Math.abs(serverDate - Date.now()) > SKEW_THRESHOLD_MS) {
        clockOffsetMs = serverDate - Date.now();
        resigned = true;
        continue;
      }
    }
    const retryable = failure !== undefined || (response !== undefined && isRetryableStatus(response.status));
    if (!retryable || retry >= config.retry.maxRetries) {
      if (response) return response;
      throw failure;
    }
    const hint = response ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
    const delayMs = retryDelay(config.retry, retry, hint);
    if (call.deadline !== undefined && Date.now() + delayMs >= call.deadline) {
      if (response) return response;
      throw failure;
    }
    log?.({ type: 'retry', ...event, delayMs, ...(response ? { status: response.status } : {}) });
    await sleep(delayMs, call.signal);
    retry++;
  }
}
