/**
 * The wait's deadline, proven on the real thing: a generated HSS client (real transport, retries,
 * per-attempt timeouts) against a loopback server on 127.0.0.1, in real time. Nothing is sent at
 * or past the deadline, a poll's retries and a slow answer end at it, and a resumed checkpoint past
 * its deadline sends nothing. (The schedule itself, under fake timers, is wait-schedule.test.ts.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHssClient } from '../../generated/clients/hss.js';
import { WaitTimeoutError } from '../../src/core/errors.js';
import type { WaitCheckpoint } from '../../src/core/wait-checkpoint.js';
import { delayHeaders, json, startLoopback, type Loopback } from '../helpers/loopback.js';

const ID = 'task-1';
const RUNNING = { task_id: ID, task_name: 'export', task_status: 'running' };
// Timers and the event loop may run late on a loaded machine; the deadline itself is never crossed.
const LATE_MS = 250;

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(() => server?.close());
beforeEach(() => server.reset());

function client(retry?: { maxRetries: number; minDelayMs: number; maxDelayMs: number }) {
  return createHssClient({ endpoint: server.origin, projectId: 'p1', credentials: { token: 'tok-deadline' }, ...(retry ? { retry } : {}) });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Waits a little after the wait ended, so a request sent after it would have arrived. */
const settleMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.concurrent('the deadline, through the real client', () => {
  it('polls until just before the deadline, then throws WaitTimeoutError with the last task and a checkpoint; nothing is sent at or after it', async () => {
    const local = await startLoopback();
    try {
      local.fallback = json(200, RUNNING);
      const hss = createHssClient({ endpoint: local.origin, projectId: 'p1', credentials: { token: 'tok-deadline' } });
      const started = Date.now();
      const error = await rejection(hss.waitForTask(ID, { maxWaitMs: 2500, minDelayMs: 100, maxDelayMs: 300 }));
      const ended = Date.now();
      await settleMs(300);
      expect(error).toBeInstanceOf(WaitTimeoutError);
      const e = error as WaitTimeoutError;
      const deadline = e.checkpoint!.deadline;
      expect(deadline - started).toBeGreaterThanOrEqual(2500);
      expect(deadline - started).toBeLessThan(2500 + LATE_MS);
      expect(e.task).toMatchObject({ service: 'hss', id: ID, status: 'running', raw: RUNNING });
      expect(e.checkpoint).toMatchObject({ finalPoll: true, polls: local.requests.length, lastStatus: 'running' });
      // Every request arrived before the deadline; the last one within the final second before it.
      expect(local.requests.length).toBeGreaterThan(3);
      for (const request of local.requests) expect(request.receivedAt).toBeLessThan(deadline);
      expect(local.requests.at(-1)!.receivedAt).toBeGreaterThanOrEqual(deadline - 1000 - LATE_MS);
      expect(ended).toBeLessThan(deadline + LATE_MS);
    } finally {
      await local.close();
    }
  });

  it("a poll's transport retries share the deadline: a server that keeps answering 503 is not asked again at or after it", async () => {
    const local = await startLoopback();
    try {
      local.fallback = json(503, { error_code: 'SYS.503', error_msg: 'busy' });
      const hss = createHssClient({ endpoint: local.origin, projectId: 'p1', credentials: { token: 'tok-deadline' }, retry: { maxRetries: 50, minDelayMs: 150, maxDelayMs: 150 } });
      const started = Date.now();
      const error = await rejection(hss.waitForTask(ID, { maxWaitMs: 1500, minDelayMs: 50, maxDelayMs: 100, maxErrors: 100 }));
      await settleMs(300);
      expect(error).toBeInstanceOf(WaitTimeoutError);
      const deadline = (error as WaitTimeoutError).checkpoint!.deadline;
      expect(deadline - started).toBeLessThan(1500 + LATE_MS);
      expect(local.requests.length).toBeGreaterThan(2);
      for (const request of local.requests) expect(request.receivedAt).toBeLessThan(deadline);
      // No poll answered, so there is no last task.
      expect((error as WaitTimeoutError).task).toBeUndefined();
    } finally {
      await local.close();
    }
  });

  it('an answer slower than the time left ends the wait at the deadline, not when the answer would come', async () => {
    const local = await startLoopback();
    try {
      local.enqueue(json(200, RUNNING), delayHeaders(3000, json(200, RUNNING)));
      local.fallback = json(200, RUNNING);
      const hss = createHssClient({ endpoint: local.origin, projectId: 'p1', credentials: { token: 'tok-deadline' }, retry: false });
      const started = Date.now();
      const error = await rejection(hss.waitForTask(ID, { maxWaitMs: 1200, minDelayMs: 100, maxDelayMs: 100 }));
      const ended = Date.now();
      expect(error).toBeInstanceOf(WaitTimeoutError);
      expect((error as WaitTimeoutError).task?.status).toBe('running');
      expect(ended - started).toBeLessThan(1200 + LATE_MS);
      await settleMs(300);
      expect(local.requests).toHaveLength(2);
    } finally {
      await local.close();
    }
  });
});

describe('resuming past the deadline', () => {
  it('a checkpoint whose deadline has passed times out at once and sends nothing', async () => {
    const now = Date.now();
    const checkpoint: WaitCheckpoint = { version: 1, service: 'hss', taskId: ID, startedAt: now - 60_000, deadline: now - 1000, nextPollAt: now - 2000, polls: 2, finalPoll: false, lastStatus: 'running' };
    const error = await rejection(client().waitForTask(ID, { resume: JSON.parse(JSON.stringify(checkpoint)) as WaitCheckpoint }));
    await settleMs(100);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).checkpoint).toMatchObject({ polls: 2, deadline: now - 1000 });
    expect(server.requests).toHaveLength(0);
  });

  it('a checkpoint with time left goes on polling the real server until done', async () => {
    server.enqueue(json(200, RUNNING), json(200, { ...RUNNING, task_status: 'success' }));
    const now = Date.now();
    const checkpoint: WaitCheckpoint = { version: 1, service: 'hss', taskId: ID, startedAt: now - 1000, deadline: now + 10_000, nextPollAt: now, polls: 4, finalPoll: false };
    const seen: WaitCheckpoint[] = [];
    const done = await client().waitForTask(ID, { resume: checkpoint, minDelayMs: 20, maxDelayMs: 50, onCheckpoint: (c) => seen.push(c) });
    expect(done.status).toBe('succeeded');
    expect(server.requests).toHaveLength(2);
    expect(seen.map((c) => c.polls)).toEqual([5]);
  });
});
