/** nextPollDelay, the waiter's schedule as a pure function (src/tasks/next-poll-delay.ts). */
import { describe, expect, it } from 'vitest';
import { nextPollDelay, type PollTiming } from '../../src/tasks/next-poll-delay.js';

const MIN = 60_000;
const base: PollTiming = { now: 0, startedAt: 0, deadline: 30 * MIN, minDelayMs: 1000, maxDelayMs: 60_000, finalPollMade: false, random: () => 0.5 };
const at = (now: number, change: Partial<PollTiming> = {}) => nextPollDelay({ ...base, now, ...change });

describe('nextPollDelay', () => {
  it.each<[string, number, Partial<PollTiming>, number]>([
    ['at the start: the minimum, jittered to 0.9', 0, {}, 900],
    ['10 % of the time waited (20 s in: 2 s × 0.9)', 20_000, {}, 1800],
    ['capped at the maximum (20 min in: 60 s × 0.9)', 20 * MIN, {}, 54_000],
    ['shortest jitter: 0.8', 20_000, { random: () => 0 }, 1600],
    ['longest jitter: just under 1.0', 20_000, { random: () => 0.999999 }, 2000],
    ['a Retry-After longer than the delay wins', 20_000, { retryAfterMs: 7000 }, 7000],
    ['a Retry-After shorter than the delay does not shorten it', 20_000, { retryAfterMs: 10 }, 1800],
    ['a Retry-After above maxDelayMs still wins', 0, { retryAfterMs: 90_000, deadline: 60 * MIN }, 90_000],
    ['zero delays', 20_000, { minDelayMs: 0, maxDelayMs: 0 }, 0],
    ['elapsed counts from startedAt (a resumed wait)', 5 * MIN, { startedAt: 0 }, 27_000],
  ])('%s', (_name, now, change, delayMs) => {
    expect(at(now, change)).toEqual({ delayMs, finalPoll: false });
  });

  it('when the delay would cross the deadline: one final poll just before it (1 s, or half of what is left)', () => {
    expect(at(30 * MIN - 5000)).toEqual({ delayMs: 4000, finalPoll: true });
    expect(at(30 * MIN - 1200, { minDelayMs: 2000 })).toEqual({ delayMs: 600, finalPoll: true });
    // A Retry-After past the deadline also leads to the final poll, not to a poll after the deadline.
    expect(at(20_000, { deadline: 30_000, retryAfterMs: 60_000 })).toEqual({ delayMs: 9000, finalPoll: true });
  });

  it('after the final poll, or with no time left, the answer is: give up', () => {
    expect(at(30 * MIN - 500, { finalPollMade: true })).toBeUndefined();
    expect(at(30 * MIN)).toBeUndefined();
    expect(at(30 * MIN + 1)).toBeUndefined();
  });

  it('the delay never reaches the deadline', () => {
    for (let now = 0; now < 30 * MIN; now += 7919) {
      const next = at(now, { random: Math.random });
      if (next) expect(now + next.delayMs).toBeLessThan(30 * MIN);
    }
  });
});
