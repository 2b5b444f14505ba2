import { onAbort } from '../core/abort.js';
import { checkNumber } from '../core/option-checks.js';

/** Spaces requests evenly so a client never sends more than `perSecond` in any second. */
export interface RateLimiter {
  /** Resolves when the caller may send; rejects when the signal aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
}

interface Waiter {
  resolve: () => void;
  stopListening: (() => void) | undefined;
}

/**
 * A limiter that hands out one slot every `1000 / perSecond` ms, first come first served. Slots are
 * granted when the limiter actually runs, and the last `perSecond` grants are remembered: a timer
 * that fires late (a busy event loop) delays the queue instead of releasing a burst, so no window
 * of one second ever holds more than `perSecond` grants.
 */
export function createRateLimiter(perSecond: number, now: () => number = () => performance.now()): RateLimiter {
  // Callers check the option already; a direct call with nothing is refused as well.
  checkNumber('requestsPerSecond', perSecond ?? Number.NaN, { sign: 'positive' });
  const interval = 1000 / perSecond;
  const windowSize = Math.max(1, Math.floor(perSecond));
  const granted: number[] = []; // times of the latest grants, oldest first, at most windowSize
  const queue: Waiter[] = [];
  let nextSlot = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function pump(): void {
    timer = undefined;
    while (queue.length > 0) {
      const t = now();
      // Strictly more than a second after the oldest remembered grant (+1 ms), so that even an observer
      // rounding to whole milliseconds never sees perSecond + 1 grants in a closed one-second window.
      const due = Math.max(nextSlot, granted.length === windowSize ? granted[0]! + 1001 : -Infinity);
      if (t < due) {
        timer = setTimeout(pump, Math.ceil(due - t));
        return;
      }
      const waiter = queue.shift()!;
      // A timer that fired a little late (up to one interval) keeps the schedule, so the average
      // rate holds; after a longer stall or an idle spell the schedule restarts from now (no burst).
      nextSlot = (t - nextSlot <= interval ? nextSlot : t) + interval;
      granted.push(t);
      if (granted.length > windowSize) granted.shift();
      waiter.stopListening?.();
      waiter.resolve();
    }
  }

  return {
    acquire(signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const waiter: Waiter = { resolve, stopListening: undefined };
        if (signal) {
          waiter.stopListening = onAbort(signal, () => {
            const at = queue.indexOf(waiter);
            if (at >= 0) queue.splice(at, 1);
            reject(signal.reason);
          });
        }
        queue.push(waiter);
        if (timer === undefined) pump();
      });
    },
  };
}
