import { ValidationError } from '../errors.js';
import { sleep } from './transport.js';

/** Spaces requests evenly so a client never sends more than `perSecond` in any second. */
export interface RateLimiter {
  /** Resolves when the caller may send; rejects when the signal aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
}

/** A limiter that hands out one slot every `1000 / perSecond` ms, first come first served. */
export function createRateLimiter(perSecond: number, now: () => number = Date.now): RateLimiter {
  if (!(typeof perSecond === 'number' && perSecond > 0 && Number.isFinite(perSecond))) {
    throw new ValidationError('requestsPerSecond', 'range', 'requestsPerSecond must be a positive number');
  }
  const interval = 1000 / perSecond;
  let nextSlot = 0;
  return {
    async acquire(signal) {
      const slot = Math.max(now(), nextSlot);
      nextSlot = slot + interval;
      const wait = slot - now();
      if (wait > 0) await sleep(wait, signal);
    },
  };
}
