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
async function attempt(config: TransportConfig, url: string, parts: RequestParts, call: CallContext, timeoutMs: number, upload?: UploadBody): Promise<Answer> {
  const controller = new AbortController();
  // The error is built only when the timer fires: capturing a stack on every attempt is costly.
  const timer = setTimeout(() => controller.abort(new TimeoutError(`${call.site.service} ${call.site.operation}: no complete answer within ${timeoutMs} ms`, timeoutMs)), Math.min(timeoutMs, MAX_TIMER_MS));
  const onAbort = () => controller.abort(call.signal!.reason);
  call.signal?.addEventListener('abort', onAbort, { once: true });
  let streaming = false;
  try {
    const sent = upload ? upload.open() : (parts.body as Uint8Array<ArrayBuffer> | null);
    // A stream has no length of its own: declare it (after signing, like the official SDKs).
    if (upload && !(sent instanceof Blob)) parts.headers.set('content-length', String(upload.length));
    const init: RequestInit & { duplex?: 'half' } = { method: parts.method, headers: parts.headers, body: sent, signal: controller.signal, redirect: 'manual' };
    if (sent instanceof ReadableStream) init.duplex = 'half';
    // Redirects are never followed: a token header would travel to wherever the redirect points.
    const response = await config.fetch(url, init);
    if (response.type === 'opaqueredirect') throw new ConnectionError(`${call.site.service} ${call.site.operation}: the server redirected; redirects are not followed`);
    if (call.stream && response.status >= 200 && response.status < 300) {
      // The per-attempt limit covered the wait for the headers; the reader bounds the body's pauses.
      streaming = true;
      return { status: response.status, headers: response.headers, text: '', body: response.body, release: () => call.signal?.removeEventListener('abort', onAbort) };
    }
    return { status: response.status, headers: response.headers, text: await readCapped(response, config.maxBodyBytes, call.site) };
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    if (error instanceof InvalidResponseError || error instanceof ConnectionError) throw error;
    const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new ConnectionError(`${call.site.service} ${call.site.operation}: ${reason}`, { cause: error });
  } finally {
    clearTimeout(timer);
    if (!streaming) call.signal?.removeEventListener('abort', onAbort);
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
  let clockOffsetMs = 0;
  let resigned = false;
  for (let retry = 0; ; ) {
    call.signal?.throwIfAborted();
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
      if (call.signal?.aborted || !(error instanceof ConnectionError || error instanceof TimeoutError)) throw error;
      log?.({ type: 'error', ...event, error: error.message, durationMs: Date.now() - started });
      failure = error;
    }
    if (response?.status === 401 && config.signsWithClock && !resigned && resendable) {
      const serverDate = Date.parse(response.headers.get('date') ?? '');
      if (Math.abs(serverDate - Date.now()) > SKEW_THRESHOLD_MS) {
        clockOffsetMs = serverDate - Date.now();
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
