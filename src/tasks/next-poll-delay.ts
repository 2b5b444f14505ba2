/**
 * When a waiter polls next: pure arithmetic over the wait's clock, so the schedule is tested on its
 * own (test/tasks/next-poll-delay.test.ts).
 */

/** Where the wait stands after a poll. */
export interface PollTiming {
  /** When the poll ended (ms since epoch). */
  now: number;
  /** When the wait started. */
  startedAt: number;
  /** When the wait gives up. */
  deadline: number;
  minDelayMs: number;
  maxDelayMs: number;
  /** The server's wait hint (`Retry-After`), if the last answer gave one. */
  retryAfterMs?: number | undefined;
  /** True when the last poll was already the final one before the deadline. */
  finalPollMade: boolean;
  /** How long the last poll took: the final poll keeps a few times that before the deadline. */
  lastPollMs?: number | undefined;
  /** A number in [0, 1) for the jitter; default Math.random. */
  random?: () => number;
}

// Delays grow with the time already waited, so a task is seen done within 10 % of its run time.
const DELAY_PER_ELAPSED = 0.1;
// The final poll lands this long before the deadline (at most half of what is left): room for a few
// times the last poll's duration, between the two bounds.
const LAST_POLL_MARGIN_MS = 1000;
const MIN_LAST_POLL_MARGIN_MS = 100;
const LAST_POLL_MARGIN_PER_POLL = 4;

/** How long before the deadline the final poll is made, with `remaining` ms left. */
export function finalPollMargin(remaining: number, lastPollMs?: number): number {
  const needed = lastPollMs === undefined ? LAST_POLL_MARGIN_MS : Math.min(LAST_POLL_MARGIN_MS, Math.max(MIN_LAST_POLL_MARGIN_MS, LAST_POLL_MARGIN_PER_POLL * lastPollMs));
  return Math.min(needed, remaining / 2);
}

/**
 * The pause before the next poll: 10 % of the time already waited, clamped to [minDelayMs,
 * maxDelayMs], jittered down by up to 20 %, never shorter than a Retry-After. When that would cross
 * the deadline, one final poll is scheduled just before it (`finalPoll: true`); after that final
 * poll (unless it came so early that another fits before the deadline), or with no time left, the
 * answer is `undefined`: give up.
 *
 * @example
 * nextPollDelay({ now: 60_000, startedAt: 0, deadline: 600_000, minDelayMs: 1000, maxDelayMs: 60_000, finalPollMade: false, random: () => 0.5 });
 * // { delayMs: 5400, finalPoll: false }
 */
export function nextPollDelay(timing: PollTiming): { delayMs: number; finalPoll: boolean } | undefined {
  const { now, startedAt, deadline, minDelayMs, maxDelayMs, retryAfterMs } = timing;
  const remaining = deadline - now;
  const random = timing.random ?? Math.random;
  let delay = Math.min(maxDelayMs, Math.max(minDelayMs, (now - startedAt) * DELAY_PER_ELAPSED)) * (0.8 + 0.2 * random());
  if (retryAfterMs !== undefined) delay = Math.max(delay, retryAfterMs);
  if (remaining <= 0) return undefined;
  const margin = finalPollMargin(remaining, timing.lastPollMs);
  // A regular poll landing inside the final margin would be the last one anyway, with less room.
  if (delay < remaining - margin) return { delayMs: Math.round(delay), finalPoll: false };
  if (timing.finalPollMade && remaining <= 2 * finalPollMargin(Infinity, timing.lastPollMs)) return undefined;
  return { delayMs: Math.round(Math.max(0, remaining - margin)), finalPoll: true };
}
