/** Unit tests of the retry policy, the jittered backoff and the Retry-After parser. */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { parseRetryAfter } from '../../src/http/retry-after.js';
import { DEFAULT_RETRY, isRetryableStatus, NO_RETRY, retryDelay, retryPolicy } from '../../src/http/retry-policy.js';

describe('retryPolicy', () => {
  it('defaults: 2 retries, 500 ms base, 8000 ms ceiling, Retry-After capped at 60 s', () => {
    expect(retryPolicy(undefined)).toEqual({ maxRetries: 2, minDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60_000 });
    expect(DEFAULT_RETRY).toEqual(retryPolicy(undefined));
  });

  it('false disables retries', () => {
    expect(retryPolicy(false)).toEqual(NO_RETRY);
    expect(retryPolicy(false).maxRetries).toBe(0);
  });

  it('fills the options that are not given', () => {
    expect(retryPolicy({ maxRetries: 5 })).toEqual({ ...DEFAULT_RETRY, maxRetries: 5 });
    expect(retryPolicy({ maxRetries: undefined as never, maxDelayMs: 1000 })).toEqual({ ...DEFAULT_RETRY, maxDelayMs: 1000 });
    expect(retryPolicy({})).toEqual(DEFAULT_RETRY);
  });

  it('accepts zeros', () => {
    expect(retryPolicy({ maxRetries: 0, minDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 })).toEqual({ maxRetries: 0, minDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 });
  });

  it('does not mutate the defaults', () => {
    retryPolicy({ maxRetries: 9 });
    expect(DEFAULT_RETRY.maxRetries).toBe(2);
  });

  it.each<[string, unknown, string, string]>([
    ['a string', 'always', 'retry', 'type'],
    ['true', true, 'retry', 'type'],
    ['null', null, 'retry', 'type'],
    ['a number', 3, 'retry', 'type'],
    ['an unknown key', { retries: 3 }, 'retry.retries', 'unknown'],
    ['negative maxRetries', { maxRetries: -1 }, 'retry.maxRetries', 'range'],
    ['fractional maxRetries', { maxRetries: 1.5 }, 'retry.maxRetries', 'range'],
    ['NaN maxRetries', { maxRetries: Number.NaN }, 'retry.maxRetries', 'range'],
    ['Infinity maxRetries', { maxRetries: Infinity }, 'retry.maxRetries', 'range'],
    ['string maxRetries', { maxRetries: '3' }, 'retry.maxRetries', 'range'],
    ['negative minDelayMs', { minDelayMs: -1 }, 'retry.minDelayMs', 'range'],
    ['Infinity maxDelayMs', { maxDelayMs: Infinity }, 'retry.maxDelayMs', 'range'],
    ['negative maxRetryAfterMs', { maxRetryAfterMs: -5 }, 'retry.maxRetryAfterMs', 'range'],
    ['minDelayMs above maxDelayMs', { minDelayMs: 9000 }, 'retry.minDelayMs', 'range'],
  ])('rejects %s', (_what, options, field, rule) => {
    let error: unknown;
    try {
      retryPolicy(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect({ field: (error as ValidationError).field, rule: (error as ValidationError).rule }).toEqual({ field, rule });
    expect((error as ValidationError).message).toContain(field);
  });

  it('names fields with a custom prefix', () => {
    expect(() => retryPolicy({ maxRetries: -1 }, 'wait.retry')).toThrow(/wait\.retry\.maxRetries/);
  });
});

describe('isRetryableStatus', () => {
  it.each([408, 429, 500, 502, 503, 504, 599])('%i is retryable', (status) => expect(isRetryableStatus(status)).toBe(true));
  it.each([200, 204, 301, 302, 400, 401, 403, 404, 409, 422])('%i is not', (status) => expect(isRetryableStatus(status)).toBe(false));
});

describe('retryDelay (full jitter)', () => {
  const zero = () => 0;
  const almostOne = () => 0.999;
  const half = () => 0.5;

  it('random 0 → 0 for every retry', () => {
    for (let retry = 0; retry < 10; retry++) expect(retryDelay(DEFAULT_RETRY, retry, undefined, zero)).toBe(0);
  });

  it.each([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 8000],
    [10, 8000],
    [60, 8000],
  ])('retry %i: ceiling %i ms (doubling from 500, capped at 8000)', (retry, ceiling) => {
    const high = retryDelay(DEFAULT_RETRY, retry, undefined, almostOne);
    expect(high).toBeLessThanOrEqual(ceiling);
    expect(high).toBeGreaterThanOrEqual(Math.floor(ceiling * 0.999));
    expect(retryDelay(DEFAULT_RETRY, retry, undefined, half)).toBe(ceiling / 2);
  });

  it('stays within [0, ceiling] for real randomness', () => {
    for (let i = 0; i < 1000; i++) {
      const retry = i % 7;
      const delay = retryDelay(DEFAULT_RETRY, retry);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(Math.min(8000, 500 * 2 ** retry));
      expect(Number.isInteger(delay)).toBe(true);
    }
  });

  it('honours a custom base and ceiling', () => {
    const policy = retryPolicy({ minDelayMs: 100, maxDelayMs: 300 });
    expect(retryDelay(policy, 0, undefined, almostOne)).toBe(100);
    expect(retryDelay(policy, 1, undefined, almostOne)).toBe(200);
    expect(retryDelay(policy, 2, undefined, almostOne)).toBe(300);
    expect(retryDelay(policy, 3, undefined, almostOne)).toBe(300);
  });

  it('a Retry-After hint replaces the backoff (no jitter)', () => {
    expect(retryDelay(DEFAULT_RETRY, 0, 1500, zero)).toBe(1500);
    expect(retryDelay(DEFAULT_RETRY, 5, 0, almostOne)).toBe(0);
  });

  it('a Retry-After hint is capped at maxRetryAfterMs (60 s)', () => {
    expect(retryDelay(DEFAULT_RETRY, 0, 120_000)).toBe(60_000);
    expect(retryDelay(DEFAULT_RETRY, 0, 60_000)).toBe(60_000);
    expect(retryDelay(retryPolicy({ maxRetryAfterMs: 5000 }), 0, 30_000)).toBe(5000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 15, 12, 0, 0);

  it.each<[string, string | null, number | undefined]>([
    ['absent', null, undefined],
    ['0 seconds', '0', 0],
    ['1 second', '1', 1000],
    ['120 seconds', '120', 120_000],
    ['seconds with spaces', '  5 ', 5000],
    ['an HTTP date 30 s ahead', new Date(now + 30_000).toUTCString(), 30_000],
    ['an RFC 850 date 2 s ahead', 'Thursday, 15-Jan-26 12:00:02 GMT', 2000],
    ['an asctime date 3 s ahead', 'Thu Jan 15 12:00:03 2026', undefined as never],
    ['a past date', new Date(now - 60_000).toUTCString(), 0],
    ['the epoch', 'Thu, 01 Jan 1970 00:00:00 GMT', 0],
    ['garbage', 'soon', undefined],
    ['empty', '', undefined],
    ['a negative number', '-5', undefined],
    ['a fraction', '1.5', undefined],
    ['words with a number', 'in 12', undefined],
  ])('%s', (what, value, expected) => {
    const parsed = parseRetryAfter(value, now);
    if (what.startsWith('an asctime')) {
      // asctime has no zone; Date.parse reads it as local time. Only require a sane result.
      expect(parsed === undefined || parsed >= 0).toBe(true);
      return;
    }
    expect(parsed).toBe(expected);
  });

  it('uses the current time by default', () => {
    const parsed = parseRetryAfter(new Date(Date.now() + 10_000).toUTCString());
    expect(parsed).toBeGreaterThan(8000);
    expect(parsed).toBeLessThanOrEqual(10_000);
  });
});
