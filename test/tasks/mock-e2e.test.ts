/**
 * The REAL generated clients against the real mock server on 127.0.0.1, real timers, small delays:
 * every service × every outcome its spec can express, the sequence watchTask yields, 50 waits
 * under a shared requestsPerSecond budget (checked on the arrival times the mock saw), Workspace's
 * unknown id, and a wait resumed by a second client from a JSON checkpoint.
 */
import { peakInWindow } from '../../bench/measure.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDataArtsInsightClient } from '../../generated/clients/dataarts-insight.js';
import { createHssClient } from '../../generated/clients/hss.js';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import { NotFoundError, TaskFailedError, WaitTimeoutError } from '../../src/core/errors.js';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN, startMockServer, type MockServer, type RecordedRequest } from '../../src/apps/mock/index.js';
import type { Task } from '../../src/core/task.js';
import type { WaitCheckpoint } from '../../src/core/wait-checkpoint.js';
import type { TaskOutcome } from '../../src/tasks/wait-for-task.js';
import type { WaitOptions } from '../../src/tasks/wait-options.js';

type Service = 'metastudio' | 'workspace' | 'hss' | 'dataarts-insight';
type Outcome = 'succeeded' | 'failed' | 'partial' | 'expired';

/** What the tests call on every generated client. */
interface TaskClient {
  getTask(id: string): Promise<Task>;
  waitForTask(id: string, options?: WaitOptions): Promise<Task>;
  watchTask(id: string, options?: WaitOptions): AsyncGenerator<Task, void, undefined>;
  waitForTasks(ids: readonly string[], options?: WaitOptions): Promise<TaskOutcome[]>;
}

/** The outcomes each spec can express (from the specs' status maps, see README "Waiting on a task"). */
const OUTCOMES: Record<Service, Outcome[]> = {
  metastudio: ['succeeded', 'failed', 'partial'],
  workspace: ['succeeded', 'failed', 'expired'],
  hss: ['succeeded', 'failed'],
  'dataarts-insight': ['succeeded', 'failed', 'partial'],
};
const SERVICES = Object.keys(OUTCOMES) as Service[];

const PACE = { minDelayMs: 5, maxDelayMs: 20 } as const;
const FAST: WaitOptions = { ...PACE, maxWaitMs: 20_000 };
const TOKEN = { token: MOCK_TOKEN };
const AKSK = { ak: MOCK_AK, sk: MOCK_SK };

let mock: MockServer;
/** Arrival time (performance.now) of every request the mock recorded, with its record. */
let arrivals: { at: number; entry: RecordedRequest }[] = [];

function clientFor(service: Service, extra: { credentials?: typeof TOKEN | typeof AKSK; requestsPerSecond?: number; retry?: false } = {}): TaskClient {
  const options = { endpoint: mock.url, projectId: MOCK_PROJECT_ID, credentials: extra.credentials ?? TOKEN, retry: extra.retry ?? { minDelayMs: 1, maxDelayMs: 5 } };
  const budget = extra.requestsPerSecond === undefined ? {} : { requestsPerSecond: extra.requestsPerSecond };
  switch (service) {
    case 'metastudio':
      return createMetaStudioClient({ ...options, ...budget });
    case 'workspace':
      return createWorkspaceClient({ ...options, ...budget });
    case 'hss':
      return createHssClient({ ...options, ...budget });
    case 'dataarts-insight':
      return createDataArtsInsightClient({ ...options, ...budget, ...mock.clientOptions });
  }
}

let serial = 0;
const uniqueId = (label: string) => `${label}-${++serial}-${Date.now().toString(36)}`;

/** Requests the mock recorded for one task id (path segment or `task_id` query value). */
const requestsFor = (id: string) => mock.requests.filter((r) => r.url.split(/[/?&=]/).includes(encodeURIComponent(id)));

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  mock = await startMockServer({ scenarios: [] });
  // Time-stamp every request as the mock records it (its record has no time of its own).
  const requests = mock.requests as RecordedRequest[];
  const push = requests.push.bind(requests);
  requests.push = (...entries: RecordedRequest[]) => {
    const at = performance.now();
    for (const entry of entries) arrivals.push({ at, entry });
    return push(...entries);
  };
});
afterAll(async () => {
  await mock?.close();
});
beforeEach(() => {
  arrivals = [];
});

const cases = SERVICES.flatMap((service) => OUTCOMES[service].map((outcome) => ({ service, outcome })));

describe.each(cases)('$service: a task that ends $outcome', ({ service, outcome }) => {
  it('waitForTask settles as the outcome says, after exactly the polls the task needed', async () => {
    const id = uniqueId(`wait-${outcome}`);
    mock.addTask({ service, id, outcome, advance: { afterPolls: 3 }, total: 4 });
    const seen: Task[] = [];
    const wait = clientFor(service).waitForTask(id, { ...FAST, onProgress: (t) => seen.push(t) });
    if (outcome === 'succeeded') {
      const task = await wait;
      expect(task).toMatchObject({ service, id, status: 'succeeded', done: true });
      expect(task.error).toBeUndefined();
    } else {
      const error = await failure(wait);
      expect(error).toBeInstanceOf(TaskFailedError);
      const task = (error as TaskFailedError).task;
      expect(task).toMatchObject({ service, id, status: outcome, done: true });
      // Error fields come with a bad outcome where the spec maps them.
      if (service === 'workspace' || service === 'dataarts-insight') expect(task.error?.message).toBeTruthy();
    }
    expect(seen.at(-1)?.status).toBe(outcome);
    expect(seen.slice(0, -1).every((t) => !t.done)).toBe(true);
    // 3 unfinished answers + the finished one, and not a request more.
    expect(requestsFor(id)).toHaveLength(4);
  });
});

/** [status, progress succeeded, progress failed] per yielded task; progress only for MetaStudio. */
type Step = [Task['status'], number?, number?];
const WATCH: Record<Service, Partial<Record<Outcome, Step[]>>> = {
  hss: { succeeded: [['running'], ['succeeded']], failed: [['running'], ['failed']] },
  workspace: { succeeded: [['running'], ['succeeded']], failed: [['running'], ['failed']], expired: [['running'], ['expired']] },
  // Every documented value on the way: -1 and 0 (pending, one change), 4 (running), then the outcome.
  'dataarts-insight': { succeeded: [['pending'], ['running'], ['succeeded']], failed: [['pending'], ['running'], ['failed']], partial: [['pending'], ['running'], ['partial']] },
  // 4 items over 3 polls: 0, 1, 2 processed, then all 4; failures spread in proportion.
  metastudio: {
    succeeded: [['running', 0, 0], ['running', 1, 0], ['running', 2, 0], ['succeeded', 4, 0]],
    failed: [['running', 0, 0], ['running', 0, 1], ['running', 0, 2], ['failed', 0, 4]],
    partial: [['running', 0, 0], ['running', 1, 0], ['running', 1, 1], ['partial', 2, 2]],
  },
};

describe.each(cases)('$service: watchTask of a task that ends $outcome', ({ service, outcome }) => {
  it('yields each change of state or progress, in order, and ends with the finished task', async () => {
    const id = uniqueId(`watch-${outcome}`);
    mock.addTask({ service, id, outcome, advance: { afterPolls: 3 }, total: 4 });
    const steps: Step[] = [];
    for await (const t of clientFor(service).watchTask(id, FAST)) {
      steps.push(t.progress ? [t.status, t.progress.succeeded, t.progress.failed] : [t.status]);
      expect(t.id).toBe(id);
    }
    expect(steps).toEqual(WATCH[service][outcome]);
    expect(requestsFor(id)).toHaveLength(4);
  });
});

/**
 * An arrival is time-stamped when the mock's handler runs, a few ms after the request was sent
 * when the machine is busy (the mock shares this process's event loop). A window this much
 * shorter than a second keeps that jitter from counting as a burst; a real burst still shows.
 */
const JITTER_MS = 10;
const peakInWindowLessJitter = (times: number[]) => peakInWindow(times, 1000 - JITTER_MS);

/** The most requests whose arrival times fall within any half-open window (one second less the jitter). */

describe.each(SERVICES)('%s: waitForTasks over 50 tasks with requestsPerSecond 200', (service) => {
  it('every wait ends as its task did, and the mock never saw more than the budget in any second', async () => {
    const budget = 200;
    const outcomes = OUTCOMES[service];
    // 4–8 unfinished answers each: ~350 requests, more than the budget allows in one second.
    const tasks = Array.from({ length: 50 }, (_, i) => ({ id: uniqueId(`many-${i}`), outcome: outcomes[i % outcomes.length]!, polls: (i % 5) + 4 }));
    for (const t of tasks) mock.addTask({ service, id: t.id, outcome: t.outcome, advance: { afterPolls: t.polls }, total: 4 });
    const client = clientFor(service, { requestsPerSecond: budget, credentials: AKSK });

    const results = await client.waitForTasks(
      tasks.map((t) => t.id),
      { ...FAST, maxWaitMs: 30_000 },
    );

    expect(results.map((r) => r.id)).toEqual(tasks.map((t) => t.id));
    for (const [i, result] of results.entries()) {
      const { outcome } = tasks[i]!;
      if (outcome === 'succeeded') expect(result).toMatchObject({ ok: true, task: { status: 'succeeded', done: true } });
      else {
        expect(result.ok).toBe(false);
        const error = (result as { error: unknown }).error;
        expect(error).toBeInstanceOf(TaskFailedError);
        expect((error as TaskFailedError).task.status).toBe(outcome);
      }
    }
    const mine = new Set(tasks.map((t) => t.id));
    const times = arrivals.filter(({ entry }) => entry.url.split(/[/?&=]/).some((part) => mine.has(decodeURIComponent(part)))).map((a) => a.at);
    // Each task answered afterPolls unfinished, then once finished; no 4xx/5xx in between.
    expect(times).toHaveLength(tasks.reduce((n, t) => n + t.polls + 1, 0));
    expect(arrivals.every(({ entry }) => entry.response?.status === 200)).toBe(true);
    const peak = peakInWindowLessJitter(times);
    console.info(`${service}: ${times.length} requests, peak ${peak} in any 1 s window (budget ${budget})`);
    expect(peak, `peak ${peak} requests in one second, budget ${budget}`).toBeLessThanOrEqual(budget + 1);
    // The budget was the limit, not the demand: 5 ms polls of 50 tasks would be far more.
    expect(peak).toBeGreaterThan(budget / 2);
  });
});

describe('Workspace: a task id the list does not contain', () => {
  it('getTask and waitForTask throw NotFoundError after one request', async () => {
    const client = clientFor('workspace');
    const id = uniqueId('no-such-task');
    const got = await failure(client.getTask(id));
    expect(got).toBeInstanceOf(NotFoundError);
    // The list answered 200; what is missing is the task in it.
    expect(got).toMatchObject({ status: 200, service: 'workspace', operation: 'ListExportTasks' });
    const waited = await failure(client.waitForTask(id, FAST));
    expect(waited).toBeInstanceOf(NotFoundError);
    expect(requestsFor(id)).toHaveLength(2);
  });
});

describe.each(SERVICES)('%s: a wait resumed by another process', (service) => {
  it('continues from the JSON checkpoint with a new client: same deadline, polls keep counting, same end', async () => {
    const id = uniqueId('resume');
    mock.addTask({ service, id, outcome: 'succeeded', advance: { afterPolls: 6 }, total: 4 });

    // "Process" A: token credentials; it stops after its third poll and leaves a checkpoint behind.
    const controller = new AbortController();
    let saved = '';
    const stop = new Error('process A exits');
    const first = await failure(
      clientFor(service).waitForTask(id, {
        ...FAST,
        maxWaitMs: 60_000,
        signal: controller.signal,
        onCheckpoint: (c) => {
          saved = JSON.stringify(c);
          if (c.polls >= 3) controller.abort(stop);
        },
      }),
    );
    expect(first).toBe(stop);
    expect(requestsFor(id)).toHaveLength(3);

    // "Process" B: a different client instance (AK/SK this time) with only the JSON text.
    const checkpoint = JSON.parse(saved) as WaitCheckpoint;
    expect(checkpoint).toMatchObject({ version: 1, service, taskId: id, polls: 3 });
    const later: WaitCheckpoint[] = [];
    const task = await clientFor(service, { credentials: AKSK }).waitForTask(id, { ...PACE, resume: checkpoint, onCheckpoint: (c) => later.push(c) });
    expect(task).toMatchObject({ id, status: 'succeeded', done: true });
    expect(later.map((c) => c.polls)).toEqual([4, 5, 6]);
    expect(later.every((c) => c.deadline === checkpoint.deadline && c.startedAt === checkpoint.startedAt)).toBe(true);
    expect(requestsFor(id)).toHaveLength(7);
  });
});

describe('server hints and the deadline, end to end', () => {
  it('a 429 with Retry-After: 1 (retries off) delays the next poll by at least a second', async () => {
    const id = uniqueId('throttled');
    mock.addTask({ service: 'hss', id, outcome: 'succeeded', advance: { afterPolls: 2 } });
    mock.inject({ status: 429, retryAfter: '1', path: new RegExp(`/export-task/${id}`), times: 1 });
    const task = await clientFor('hss', { retry: false }).waitForTask(id, FAST);
    expect(task.status).toBe('succeeded');
    const times = arrivals.filter(({ entry }) => entry.url.includes(id));
    expect(times[0]!.entry.response?.status).toBe(429);
    expect(times[1]!.at - times[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it('a server that keeps failing: transport retries and polls stop at the wait deadline', async () => {
    const id = uniqueId('down');
    mock.addTask({ service: 'hss', id, outcome: 'succeeded', advance: { afterPolls: 1 } });
    mock.inject({ status: 503, path: new RegExp(`/export-task/${id}`), times: Number.POSITIVE_INFINITY });
    const started = performance.now();
    const error = await failure(clientFor('hss').waitForTask(id, { ...FAST, maxWaitMs: 400, maxErrors: 1000 }));
    const elapsed = performance.now() - started;
    mock.clearFaults();
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).task).toBeUndefined();
    expect(elapsed).toBeLessThan(400 + 250);
    const last = arrivals.filter(({ entry }) => entry.url.includes(id)).at(-1)!;
    // Nothing is sent after the deadline (the arrival may lag its send by a few ms).
    expect(last.at - started).toBeLessThan(400 + 50);
  });

  it('a 200 body nested 50,000 levels deep is an unknown answer, not a crash; the wait goes on', async () => {
    const id = uniqueId('deep');
    mock.addTask({ service: 'hss', id, outcome: 'succeeded', advance: { afterPolls: 1 } });
    const depth = 50_000;
    mock.inject({ status: 200, path: new RegExp(`/export-task/${id}`), body: `{"task_status":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}` });
    const seen: Task['status'][] = [];
    const task = await clientFor('hss').waitForTask(id, { ...FAST, onProgress: (t) => seen.push(t.status) });
    expect(task.status).toBe('succeeded');
    expect(seen).toEqual(['unknown', 'running', 'succeeded']);
  });
});
