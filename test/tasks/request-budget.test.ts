/**
 * The shared request budget (`requestsPerSecond`) under a busy event loop. A wait callback, a GC
 * pause or a burst of signing can hold the loop for a while; timers then fire late. The budget
 * is "never more than requestsPerSecond in any second", so a late timer may delay the queue but
 * must not release a burst. Both the limiter alone and waitForTasks through a real client and the
 * real mock server are checked, with one deliberate 300 ms stall.
 */
import { peakInWindow } from '../../bench/measure.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHssClient } from '../../generated/clients/hss.js';
import { createRateLimiter } from '../../src/http/rate-limiter.js';
import { MOCK_PROJECT_ID, MOCK_TOKEN, startMockServer, type MockServer, type RecordedRequest } from '../../src/apps/mock/index.js';

/** Blocks the event loop, as a heavy synchronous callback would. */
function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

/**
 * Timestamps are taken a little after the event they stand for (a callback, a socket read), and
 * that delay varies by a few ms when the machine is busy. A window this much shorter than a second
 * keeps that jitter from counting as a burst; a real burst (tens of requests at once) still shows.
 */
const JITTER_MS = 10;
const peakInWindowLessJitter = (times: number[]) => peakInWindow(times, 1000 - JITTER_MS);

/** The most timestamps within any half-open window of `ms` (default: one second less the jitter). */

describe('the rate limiter', () => {
  it('spaces grants evenly: 300 acquisitions at 200/s take about 1.5 s and never exceed 200 in a second', async () => {
    const limiter = createRateLimiter(200);
    const granted: number[] = [];
    const started = performance.now();
    await Promise.all(Array.from({ length: 300 }, () => limiter.acquire().then(() => granted.push(performance.now()))));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(2500);
    expect(peakInWindowLessJitter(granted)).toBeLessThanOrEqual(200);
  });

  it('a 300 ms stall of the event loop does not release a burst afterwards', async () => {
    const limiter = createRateLimiter(200);
    const granted: number[] = [];
    const all = Promise.all(Array.from({ length: 400 }, () => limiter.acquire().then(() => granted.push(performance.now()))));
    // Let the first grants happen, then hold the loop while the next ~60 slots come due.
    await new Promise((resolve) => setTimeout(resolve, 20));
    stall(300);
    await all;
    const peak = peakInWindowLessJitter(granted);
    expect(peak, `peak ${peak} grants in one second at 200/s`).toBeLessThanOrEqual(200);
  });

  it('aborted acquisitions reject with their reason and do not use up the budget of later ones', async () => {
    const limiter = createRateLimiter(10);
    const controller = new AbortController();
    const reason = new Error('wait cancelled');
    // 20 cancelled requests would be 2 s of slots at 10/s.
    const cancelled = Array.from({ length: 20 }, () => limiter.acquire(controller.signal).then(() => 'granted', (e: unknown) => e));
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort(reason);
    const results = await Promise.all(cancelled);
    expect(results.filter((r) => r === reason).length).toBeGreaterThanOrEqual(19);
    const started = performance.now();
    await limiter.acquire();
    expect(performance.now() - started).toBeLessThan(250);
  });
});

describe('waitForTasks through a real client when the event loop stalls', () => {
  let mock: MockServer;
  const arrivals: number[] = [];
  beforeAll(async () => {
    mock = await startMockServer({ scenarios: [] });
    const requests = mock.requests as RecordedRequest[];
    const push = requests.push.bind(requests);
    requests.push = (...entries: RecordedRequest[]) => {
      for (let i = 0; i < entries.length; i++) arrivals.push(performance.now());
      return push(...entries);
    };
  });
  afterAll(async () => {
    await mock?.close();
  });

  it('keeps the budget at the sender, and at the mock up to the requests in flight when the loop stalled', async () => {
    const budget = 100;
    const ids = Array.from({ length: 60 }, (_, i) => `stall-${i}`);
    for (const id of ids) mock.addTask({ service: 'hss', id, outcome: 'succeeded', advance: { afterPolls: 2 } });
    const sends: number[] = [];
    let stalled = false;
    const client = createHssClient({
      endpoint: mock.url,
      projectId: MOCK_PROJECT_ID,
      credentials: { token: MOCK_TOKEN },
      requestsPerSecond: budget,
      // Runs after the limiter granted the request: record it, and stall once on the 3rd send,
      // while the other waits' requests sit in the limiter with their slots coming due.
      fetch: (input, init) => {
        sends.push(performance.now());
        if (sends.length === 3 && !stalled) {
          stalled = true;
          stall(300);
        }
        return fetch(input, init);
      },
    });
    const outcomes = await client.waitForTasks(ids, { minDelayMs: 5, maxDelayMs: 20, maxWaitMs: 30_000 });
    expect(outcomes.every((o) => o.ok && o.task.status === 'succeeded')).toBe(true);
    expect(sends).toHaveLength(ids.length * 3);
    const sent = peakInWindowLessJitter(sends);
    const arrived = peakInWindowLessJitter(arrivals);
    console.info(`stall test: peak ${sent} sends / ${arrived} arrivals in one second (budget ${budget})`);
    expect(sent, `peak ${sent} sends in one second, budget ${budget}`).toBeLessThanOrEqual(budget);
    // The mock shares the stalled loop: the requests already sent when it stalled (up to 2 before
    // the stalling 3rd) are only read after it, next to the first grants that follow.
    expect(arrived, `peak ${arrived} arrivals in one second, budget ${budget}`).toBeLessThanOrEqual(budget + 2);
  });
});
