import { ValidationError } from '../core/errors.js';
import { checkNumber, checkOptionsObject } from '../core/option-checks.js';

/**
 * How a client retries idempotent requests that failed on the way: connection errors, timeouts,
 * 408, 429 and 5xx. Pass `retry: false` to a client to disable retries.
 *
 * @example
 * createHssClient({ region: 'cn-north-4', retry: { maxRetries: 5, maxDelayMs: 4000 } });
 */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Backoff base: the first retry waits up to this long. Default 500 ms. */
  minDelayMs?: number;
  /** Backoff ceiling. Default 8000 ms. */
  maxDelayMs?: number;
  /** Longest `Retry-After` the client honours; longer hints are capped to it. Default 60000 ms. */
  maxRetryAfterMs?: number;
}

/** Retry options with every default filled. */
export type RetryPolicy = Required<RetryOptions>;

/** The default policy: 2 retries, 0.5–8 s jittered backoff, Retry-After honoured up to 60 s. */
export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 2, minDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60_000 };
/** `retry: false`. */
export const NO_RETRY: RetryPolicy = { ...DEFAULT_RETRY, maxRetries: 0 };

/** Validates retry options and fills the defaults. */
export function retryPolicy(options: RetryOptions | false | undefined, field = 'retry'): RetryPolicy {
  if (options === false) return NO_RETRY;
  if (options === undefined) return DEFAULT_RETRY;
  if (typeof options !== 'object' || options === null) throw new ValidationError(field, 'type', `${field} must be an object or false`);
  const given = checkOptionsObject(options, 'retry options', Object.keys(DEFAULT_RETRY), `${field}.`);
  const policy = { ...DEFAULT_RETRY };
  for (const key of Object.keys(DEFAULT_RETRY) as (keyof RetryPolicy)[]) {
    policy[key] = checkNumber(`${field}.${key}`, given[key], { sign: 'non-negative', integer: key === 'maxRetries' }) ?? policy[key];
  }
  if (policy.minDelayMs > policy.maxDelayMs) throw new ValidationError(`${field}.minDelayMs`, 'range', `${field}.minDelayMs must not exceed maxDelayMs`);
  return policy;
}

/** True for statuses worth another attempt: 408, 429 and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Delay before retry number `retry` (0-based): exponential with full jitter, or the server's
 * `Retry-After` hint capped at `maxRetryAfterMs`.
 */
export function retryDelay(policy: RetryPolicy, retry: number, retryAfterMs?: number, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** retry);
  return Math.round(random() * ceiling);
}
