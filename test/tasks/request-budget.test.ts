/**
 * The shared request budget (`requestsPerSecond`) under a busy event loop, on a fake clock: no
 * wall-clock threshold, so machine load cannot make it pass or fail. A wait callback, a GC pause or a
 * burst of signing can hold the loop for a while; timers then fire late. The budget is "never more
 * than requestsPerSecond in any second", so a late timer may delay the queue but must not release a
 * burst. The stall is simulated exactly: the limiter's clock jumps while no timer runs.
 *
 * The same property end to end (1000 waits through a real client and the real mock, with a real
 * 300 ms stall of the event loop) is measured by `npm run bench:tasks` (b).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { peakInWindow } from '../../bench/measure.js';
import { createHssClient } from '../../generated/clients/hss.js';
import { createRateLimiter } from '../../src/http/rate-limiter.js';

/** A clock the test moves: fake timers' time plus the stalls (time that passed while no timer ran). */
function fakeClock() {
  let stalled = 0;
  return {
    now: () => Date.now() + stalled,
    /** The event loop was held for `ms`: the clock moved, no timer fired meanwhile. */
    stall(ms: number) {
      stalled += ms;
    },
  };
}

/** Runs the fake timers until `promise` settles (at most `limitMs` of fake time). */
async function settle<T>(promise: Promise<T>, limitMs = 60_000): Promise<T> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let spent = 0; !done && spent < limitMs; spent += 1) await vi.advanceTimersByTimeAsync(1);
  return promise;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the rate limiter', () => {
  it('spaces grants evenly: 300 acquisitions at 200/s take 299 intervals and never exceed 200 in a second', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(200, clock.now);
    const granted: number[] = [];
    const started = clock.now();
    await settle(Promise.all(Array.from({ length: 300 }, () => limiter.acquire().then(() => granted.push(clock.now())))));
    expect(granted).toHaveLength(300);
    // 299 intervals of 5 ms, plus the 1 ms the limiter keeps past each full second's window.
    expect(granted.at(-1)! - started).toBeGreaterThanOrEqual(299 * 5);
    expect(granted.at(-1)! - started).toBeLessThanOrEqual(299 * 5 + 2);
    expect(peakInWindow(granted)).toBe(200);
  });

  it('a 300 ms stall of the event loop does not release a burst afterwards', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(200, clock.now);
    const granted: number[] = [];
    const all = Promise.all(Array.from({ length: 400 }, () => limiter.acquire().then(() => granted.push(clock.now()))));
    // Let the first grants happen, then hold the loop while the next 60 slots come due.
    await vi.advanceTimersByTimeAsync(20);
    const before = granted.length;
    clock.stall(300);
    await settle(all);
    expect(before).toBeGreaterThan(0);
    expect(granted).toHaveLength(400);
    expect(peakInWindow(granted), 'grants in any one second at 200/s').toBeLessThanOrEqual(200);
    // After the stall the schedule restarts from "now": no two grants closer than one interval.
    const after = granted.slice(before);
    for (let i = 1; i < after.length; i++) expect(after[i]! - after[i - 1]!).toBeGreaterThanOrEqual(5);
  });

  it('aborted acquisitions reject with their reason and do not use up the budget of later ones', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(10, clock.now);
    const controller = new AbortController();
    const reason = new Error('wait cancelled');
    // 20 cancelled requests would be 2 s of slots at 10/s.
    const cancelled = Array.from({ length: 20 }, () => limiter.acquire(controller.signal).then(() => 'granted', (e: unknown) => e));
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(reason);
    const results = await Promise.all(cancelled);
    expect(results.filter((r) => r === reason)).toHaveLength(19);
    expect(results.filter((r) => r === 'granted')).toHaveLength(1);
    const asked = clock.now();
    let grantedAt = -1;
    await settle(limiter.acquire().then(() => (grantedAt = clock.now())));
    // The next slot after the one granted slot: at most one interval (100 ms) away, not 2 s.
    expect(grantedAt - asked).toBeLessThanOrEqual(100);
  });
});

describe('waitForTasks through a real client under a budget (fake clock, counted sends)', () => {
  it('every poll of every wait goes through the budget: 60 waits × 3 polls at 100/s, never more than 100 sends in a second', async () => {
    const clock = fakeClock();
    const ids = Array.from({ length: 60 }, (_, i) => `budget-${i}`);
    const polls = new Map<string, number>();
    const sends: number[] = [];
    const client = createHssClient({
      endpoint: 'http://127.0.0.1:8443',
      projectId: 'p1',
      credentials: { token: 'tok-budget-1234' },
      requestsPerSecond: 100,
      // Answers at once, on the fake clock: running twice, then success.
      fetch: async (input) => {
        sends.push(clock.now());
        const url = new URL(String(input));
        const parts = [...url.pathname.split('/'), ...url.searchParams.values()].map(decodeURIComponent);
        const id = ids.find((candidate) => parts.includes(candidate))!;
        const n = (polls.get(id) ?? 0) + 1;
        polls.set(id, n);
        return new Response(JSON.stringify({ task_id: id, task_name: id, task_status: n >= 3 ? 'success' : 'running' }), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const outcomes = await settle(client.waitForTasks(ids, { minDelayMs: 5, maxDelayMs: 20, maxWaitMs: 30_000 }));
    expect(outcomes.filter((o) => !o.ok || o.task.status !== 'succeeded').map((o) => (o.ok ? o.task.status : String(o.error))).slice(0, 3)).toEqual([]);
    expect(sends).toHaveLength(ids.length * 3);
    expect(peakInWindow(sends)).toBeLessThanOrEqual(100);
    // The budget was the limit, not the demand: 180 sends took at least 1.79 s of (fake) time.
    expect(sends.at(-1)! - sends[0]!).toBeGreaterThanOrEqual(1790);
  });
});
