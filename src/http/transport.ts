import type { RequestParts } from '../auth/sign-request.js';
import { onAbort } from '../core/abort.js';
import { ConnectionError, InvalidResponseError, RedirectRefusedError, TimeoutError, type CallSite } from '../core/errors.js';
import { MAX_TIMER_MS, sleep } from '../core/sleep.js';
import type { RateLimiter } from './rate-limiter.js';
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
  /** The request budget (`requestsPerSecond`): each attempt waits for a slot before its time limit starts. */
  limiter?: RateLimiter | undefined;
  logger?: Logger | undefined;
}

/**
 * A body that is not JSON text (a multipart upload): sent from a Blob that can be read again, or
 * once from a stream of known length; hashed for AK/SK without holding it in memory.
 */
export interface UploadBody {
  contentType: string;
  length: number;
  /** False when the body is a one-shot stream: it is then never resent. */
  replayable: boolean;
  /** Headers to sign with the request (e.g. `X-Sdk-Content-Sha256` for a one-shot stream). */
  headers?: Record<string, string>;
  /** The body to send on one attempt. */
  open(): Blob | ReadableStream<Uint8Array>;
  /** Hex SHA-256 of the exact bytes, for the signature. */
  sha256(): Promise<string>;
}

/** A request to send: what the client core builds from an operation and its parameters. */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Headers;
  /** JSON text, an upload, or null for no body. */
  body: string | UploadBody | null;
}

/** Per-call settings. */
export interface CallContext {
  site: CallSite;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  /** Absolute time (ms since epoch) after which no attempt starts and no backoff sleeps. */
  deadline?: number | undefined;
  /** False (`x-idempotent: false`): never resent once the request may have reached the server. */
  idempotent?: boolean | undefined;
  /** A 2xx body is handed over unread as a stream (a download) instead of read and capped. */
  stream?: boolean | undefined;
}

const REDACTED_HEADERS = new Set(['authorization', 'x-auth-token', 'x-security-token']);
// The signature gateway accepts a clock within about 15 minutes; correct anything beyond 5.
const SKEW_THRESHOLD_MS = 5 * 60_000;
// A server date further off than this is not a clock worth signing with (a broken or hostile server):
// the 401 stands.
const MAX_SKEW_CORRECTION_MS = 24 * 60 * 60_000;
// The clock offset each client measured on a skewed 401, so later calls sign right the first time.
const learnedClockOffsets = new WeakMap<TransportConfig, number>();

/** Request headers for logs, with credential headers redacted. */
function redactedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = REDACTED_HEADERS.has(name) ? '[redacted]' : value;
  });
  return out;
}

/** A final HTTP answer with its whole body read (the transport's result), or a 2xx body unread when streaming. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The unread 2xx body of a streaming call; `release` detaches the call's signal once it is consumed. */
  body?: ReadableStream<Uint8Array> | null;
  release?: () => void;
}

// Failures that prove the request never left: it can be sent again even when not idempotent.
function neverSent(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return true;
  }
  return false;
}

/**
 * The body as text, never more than `maxBytes` of it: counted on the bytes after any
 * Content-Encoding was undone (a small gzip body can inflate to gigabytes).
 */
async function readCapped(response: Response, maxBytes: number, site: CallSite): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const encoded = !/^(?:identity)?$/i.test((response.headers.get('content-encoding') ?? '').trim());
  const tooLarge = () => new InvalidResponseError(`${site.service} ${site.operation}: response body exceeds the ${maxBytes}-byte cap`, response.status);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  // A declared length within the cap, of the bytes as they are, can be read in one go (undici enforces the length).
  if (declared <= maxBytes && !encoded) return response.text();
  const reader = response.body.getReader();
  // One decoder per body: a decoder in stream mode holds the bytes of a character split across chunks.
  const utf8 = new TextDecoder();
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

/** Why fetch gave up, in words a user can act on. */
function connectionProblem(error: unknown, url: string): string {
  const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
  const { origin, port } = new URL(url);
  // The fetch standard refuses a list of ports outright ("bad port"), without trying to connect.
  if (reason === 'bad port') return `cannot connect to ${origin}: fetch refuses port ${port} ("bad port", a port the fetch standard blocks); use another port`;
  return `cannot connect to ${origin}: ${reason}`;
}

/** One attempt: send and read the whole body, within `timeoutMs`, cancelled by `signal`. */
async function attempt(config: TransportConfig, url: string, parts: RequestParts, call: CallContext, timeoutMs: number, upload?: UploadBody): Promise<Answer> {
  const controller = new AbortController();
  // The error is built only when the timer fires: capturing a stack on every attempt is costly.
  const timer = setTimeout(() => controller.abort(new TimeoutError(`${call.site.service} ${call.site.operation}: no complete answer within ${timeoutMs} ms`, timeoutMs)), Math.min(timeoutMs, MAX_TIMER_MS));
  const stopListening = call.signal && onAbort(call.signal, () => controller.abort(call.signal!.reason));
  let streaming = false;
  try {
    const sent = upload ? upload.open() : (parts.body as Uint8Array<ArrayBuffer> | null);
    // A stream has no length of its own: declare it (after signing, like the official SDKs).
    if (upload && !(sent instanceof Blob)) parts.headers.set('content-length', String(upload.length));
    const init: RequestInit & { duplex?: 'half' } = { method: parts.method, headers: parts.headers, body: sent, signal: controller.signal, redirect: 'manual' };
    if (sent instanceof ReadableStream) init.duplex = 'half';
    // Redirects are never followed: a token header would travel to wherever the redirect points.
    const response = await config.fetch(url, init);
    // A browser's fetch hides the redirect itself (status 0); Node's hands it over (3xx, handled by the client).
    if (response.type === 'opaqueredirect') throw new RedirectRefusedError(call.site, 0, undefined);
    if (call.stream && response.status >= 200 && response.status < 300) {
      // The per-attempt limit covered the wait for the headers; the reader bounds the body's pauses.
      streaming = true;
      return { status: response.status, headers: response.headers, text: '', body: response.body, release: () => stopListening?.() };
    }
    return { status: response.status, headers: response.headers, text: await readCapped(response, config.maxBodyBytes, call.site) };
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    if (error instanceof InvalidResponseError || error instanceof ConnectionError) throw error;
    throw new ConnectionError(`${call.site.service} ${call.site.operation}: ${connectionProblem(error, url)}`, { cause: error });
  } finally {
    clearTimeout(timer);
    if (!streaming) stopListening?.();
  }
}

/** Waits for a slot of the request budget, no later than the call's deadline. */
async function acquireSlot(limiter: RateLimiter, call: CallContext): Promise<void> {
  if (call.deadline === undefined) return limiter.acquire(call.signal);
  const remaining = call.deadline - Date.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutError(`${call.site.service} ${call.site.operation}: deadline passed while queued for a request slot (requestsPerSecond)`, 0)), Math.min(Math.max(0, remaining), MAX_TIMER_MS));
  const stopListening = call.signal && onAbort(call.signal, () => controller.abort(call.signal!.reason));
  try {
    await limiter.acquire(controller.signal);
  } finally {
    clearTimeout(timer);
    stopListening?.();
  }
}

/**
 * Sends a request with per-attempt timeouts, retries with jittered backoff (honouring
 * `Retry-After`), one re-sign on a clock-skewed 401, and an overall deadline; a request that is not
 * idempotent is retried only when it provably never left (connection refused). Returns the final
 * answer with its body read; throws ConnectionError, TimeoutError or the signal's reason.
 */
export async function send(config: TransportConfig, request: OutgoingRequest, call: CallContext): Promise<Answer> {
  const upload = typeof request.body === 'object' && request.body !== null ? request.body : undefined;
  const body = typeof request.body === 'string' ? new TextEncoder().encode(request.body) : null;
  // x-idempotent: false, or a one-shot stream: only a failure that proves nothing was sent is retried.
  const resendable = call.idempotent !== false && upload?.replayable !== false;
  let resigned = false;
  for (let retry = 0; ; ) {
    call.signal?.throwIfAborted();
    // Queueing for the budget is not the server's time: the attempt's limit starts once a slot is granted.
    if (config.limiter) await acquireSlot(config.limiter, call);
    const clockOffsetMs = learnedClockOffsets.get(config) ?? 0;
    const remaining = call.deadline === undefined ? Infinity : call.deadline - Date.now();
    const timeoutMs = Math.min(call.timeoutMs ?? config.timeoutMs, remaining);
    if (timeoutMs <= 0) throw new TimeoutError(`${call.site.service} ${call.site.operation}: deadline passed before the request could be sent`, 0);
    const parts: RequestParts = { method: request.method, url: request.url, headers: new Headers(request.headers), body };
    if (upload) {
      for (const [name, value] of Object.entries(upload.headers ?? {})) parts.headers.set(name, value);
      parts.bodyHash = upload.sha256;
    }
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
      response = await attempt(config, url, parts, call, timeoutMs, upload);
      log?.({ type: 'response', ...event, status: response.status, durationMs: Date.now() - started });
    } catch (error) {
      // A redirect is an answer that trying again would only repeat.
      if (call.signal?.aborted || error instanceof RedirectRefusedError || !(error instanceof ConnectionError || error instanceof TimeoutError)) throw error;
      log?.({ type: 'error', ...event, error: error.message, durationMs: Date.now() - started });
      failure = error;
    }
    if (response?.status === 401 && config.signsWithClock && !resigned && resendable) {
      const serverOffset = Date.parse(response.headers.get('date') ?? '') - Date.now();
      // NaN (no or a bad Date) fails both comparisons.
      if (Math.abs(serverOffset - clockOffsetMs) > SKEW_THRESHOLD_MS && Math.abs(serverOffset) <= MAX_SKEW_CORRECTION_MS) {
        learnedClockOffsets.set(config, serverOffset);
        resigned = true;
        continue;
      }
    }
    const retryable = resendable
      ? failure !== undefined || (response !== undefined && isRetryableStatus(response.status))
      : failure !== undefined && neverSent(failure) && upload?.replayable !== false;
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
