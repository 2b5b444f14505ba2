/**
 * npm run bench:tasks — how the task waiter performs.
 *
 *   (a) The DEFAULT wait policy in simulated time (a virtual clock; no real waiting): a task that
 *       finishes D after the wait starts, for D from 1 s to 30 min. Polls made and detection delay
 *       (when the waiter saw it done − D), median over 20 jitter seeds. Target: detection delay
 *       ≤ max(1 s, 10 % of D).
 *   (b) 1000 concurrent waits (waitForTasks) against the real mock server, real time: tasks that
 *       finish 2–4 s after they are added, a client budget of requestsPerSecond 200, minDelayMs
 *       100. Total requests, the peak in any 1-second window vs the budget (as the client sent
 *       them, after its rate limiter, and as the mock received them), outcomes, wall time, heap.
 *       Targets: peak sends ≤ budget; peak arrivals ≤ budget + 1 (transit); every outcome right.
 *
 *   (c) The same under a stalled event loop: 60 waits (HSS, token) at requestsPerSecond 100 through
 *       the real mock, the loop held once for 300 ms on the 3rd send (a heavy callback, a GC pause):
 *       a late timer may delay the queue, never release a burst. Targets: peak sends ≤ budget; peak
 *       arrivals ≤ budget + 2 (the requests already sent when the loop stalled are read after it,
 *       next to the first grants that follow); every wait succeeded.
 *
 * Environment: BENCH_SEEDS (default 20), BENCH_TASKS (default 1000), BENCH_RPS (default 200).
 */
import { createDataArtsInsightClient } from '../generated/clients/dataarts-insight.js';
import { createHssClient, hssService } from '../generated/clients/hss.js';
import type { CallControl, ServiceClient } from '../src/client/create-client.js';
import type { RequestOptions } from '../src/client/request-options.js';
import { TaskFailedError, TimeoutError } from '../src/core/errors.js';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN, startMockServer, type RecordedRequest } from '../src/apps/mock/index.js';
import type { TaskOperation } from '../src/tasks/get-task.js';
import { waitForTask } from '../src/tasks/wait-for-task.js';
import type { WaitOptions } from '../src/tasks/wait-options.js';
import v8 from 'node:v8';
import vm from 'node:vm';
import { fmt, median, peakInWindow, percentile, table, target } from './measure.js';

const SEEDS = Number(process.env.BENCH_SEEDS ?? 20);
const TASKS = Number(process.env.BENCH_TASKS ?? 1000);
const RPS = Number(process.env.BENCH_RPS ?? 200);

// ---------------------------------------------------------------------------------------------
// (a) virtual time
// ---------------------------------------------------------------------------------------------

/** A seeded PRNG (mulberry32) standing in for Math.random, so each jitter seed is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Virtual time for this process: replaces setTimeout, clearTimeout, Date.now and Math.random while
 * `run` drives a promise, firing timers in time order and letting microtasks (and setImmediate,
 * left real) settle between them. The waiter only reads time through these.
 */
async function inVirtualTime<T>(start: number, seed: number, body: (clock: () => number) => Promise<T>): Promise<T> {
  const saved = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout, now: Date.now, random: Math.random };
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: (...args: unknown[]) => void; args: unknown[] }>();
  globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const id = ++seq;
    timers.set(id, { at: now + Math.max(0, ms ?? 0), fn, args });
    return id;
  }) as unknown as typeof setTimeout;
  globalThis.clearTimeout = ((id: number) => void timers.delete(id)) as unknown as typeof clearTimeout;
  Date.now = () => now;
  Math.random = mulberry32(seed);
  try {
    let settled = false;
    const promise = body(() => now).finally(() => (settled = true));
    promise.catch(() => undefined);
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (settled) break;
      let next: [number, { at: number; fn: (...args: unknown[]) => void; args: unknown[] }] | undefined;
      for (const entry of timers) if (!next || entry[1].at < next[1].at) next = entry;
      if (!next) throw new Error('virtual time: the wait is stuck with no timer pending');
      timers.delete(next[0]);
      now = next[1].at;
      next[1].fn(...next[1].args);
    }
    return await promise;
  } finally {
    Object.assign(globalThis, { setTimeout: saved.setTimeout, clearTimeout: saved.clearTimeout });
    Date.now = saved.now;
    Math.random = saved.random;
  }
}

const HSS: TaskOperation = { method: 'listQueryExportTask', spec: hssService.operations.listQueryExportTask.task };

/** A HSS task that reads `running` until `doneAt`, then `success`; answers instantly; honours the call deadline like the transport. */
function simulatedClient(clock: () => number, doneAt: number) {
  const stats = { polls: 0, sawDoneAt: Number.NaN };
  const client: ServiceClient = {
    service: hssService,
    baseUrl: 'http://simulated.invalid',
    async call(_method: string, params: unknown, _options?: RequestOptions, control?: CallControl) {
      const now = clock();
      if (control?.deadline !== undefined && now >= control.deadline) throw new TimeoutError('deadline passed before the request could be sent', 0);
      stats.polls++;
      const done = now >= doneAt;
      if (done && Number.isNaN(stats.sawDoneAt)) stats.sawDoneAt = now;
      return { task_id: (params as { task_id: string }).task_id, task_name: 'sim', task_status: done ? 'success' : 'running' };
    },
  };
  return { client, stats };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DURATIONS: [string, number][] = [
  ['1 s', SECOND],
  ['5 s', 5 * SECOND],
  ['30 s', 30 * SECOND],
  ['1 min', MINUTE],
  ['5 min', 5 * MINUTE],
  ['10 min', 10 * MINUTE],
  ['30 min', 30 * MINUTE],
];

async function simulatedPolicy(): Promise<boolean> {
  console.log(`(a) default wait policy, simulated time, median of ${SEEDS} jitter seeds`);
  console.log('    (no options; the 30 min task gets maxWaitMs 31 min so the default 30 min deadline does not cut it off)\n');
  const rows: (string | number)[][] = [['task runs D', 'options', 'polls (median)', 'polls (max)', 'detection delay (median)', 'detection delay (max)', 'target ≤', 'result']];
  const verdicts: string[] = [];
  let allMet = true;
  for (const [label, d] of DURATIONS) {
    const options: WaitOptions = d >= 30 * MINUTE ? { maxWaitMs: 31 * MINUTE } : {};
    const polls: number[] = [];
    const delays: number[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const start = Date.UTC(2030, 0, 1);
      const { stats, outcome } = await inVirtualTime(start, seed, async (clock) => {
        const sim = simulatedClient(clock, start + d);
        const result = await waitForTask(sim.client, HSS, 'sim-task', options).then(
          (task) => task.status,
          (error: unknown) => (error instanceof Error ? error.name : String(error)),
        );
        return { stats: sim.stats, outcome: result };
      });
      if (outcome !== 'succeeded') throw new Error(`D=${label} seed ${seed}: the wait ended ${outcome}`);
      polls.push(stats.polls);
      delays.push(stats.sawDoneAt - (start + d));
    }
    const goal = Math.max(SECOND, 0.1 * d);
    const met = median(delays) <= goal;
    allMet &&= met;
    rows.push([label, Object.keys(options).length ? 'maxWaitMs 31 min' : '(defaults)', median(polls), Math.max(...polls), fmt(median(delays)), fmt(Math.max(...delays)), fmt(goal), met ? 'MET' : 'MISSED']);
    verdicts.push(target(`detect a ${label} task`, met, `median delay ${fmt(median(delays))} (worst ${fmt(Math.max(...delays))}) ≤ max(1 s, 10 % of D) = ${fmt(goal)}`));
  }
  console.log(table(rows));
  console.log();
  for (const v of verdicts) console.log(v);
  console.log();
  return allMet;
}

// ---------------------------------------------------------------------------------------------
// (b) 1000 concurrent waits against the real mock
// ---------------------------------------------------------------------------------------------


const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
/** A full GC for the heap figures, without needing `node --expose-gc`. */
function gcFunction(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}
const gc = gcFunction();

async function concurrentWaits(): Promise<boolean> {
  console.log(`(b) ${TASKS} concurrent waits (DataArts Insight, AK/SK), real mock on 127.0.0.1, requestsPerSecond ${RPS}, minDelayMs 100\n`);
  const mock = await startMockServer({ scenarios: [] });
  const arrivals: number[] = [];
  const sends: number[] = [];
  const requests = mock.requests as RecordedRequest[];
  const push = requests.push.bind(requests);
  requests.push = (...entries: RecordedRequest[]) => {
    for (let i = 0; i < entries.length; i++) arrivals.push(performance.now());
    return push(...entries);
  };
  try {
    const outcomes = ['succeeded', 'failed', 'partial'] as const;
    const tasks = Array.from({ length: TASKS }, (_, i) => ({ id: `bench-${i}`, outcome: outcomes[i % 3]!, afterMs: 2000 + ((i * 7919) % 2001) }));
    const client = createDataArtsInsightClient({
      endpoint: mock.url,
      projectId: MOCK_PROJECT_ID,
      ...mock.clientOptions,
      credentials: { ak: MOCK_AK, sk: MOCK_SK },
      requestsPerSecond: RPS,
      // The client's own view: when each request left the rate limiter for the network.
      fetch: (input, init) => {
        sends.push(performance.now());
        return fetch(input, init);
      },
    });
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const added = new Map<string, number>();
    const ended = new Map<string, number>();
    const started = performance.now();
    for (const t of tasks) {
      mock.addTask({ service: 'dataarts-insight', id: t.id, outcome: t.outcome, advance: { afterMs: t.afterMs } });
      added.set(t.id, performance.now());
    }
    // waitForTasks is waitForTask per id under the client's budget; wrap each to time when it ended.
    const results = await client.waitForTasks(
      tasks.map((t) => t.id),
      { minDelayMs: 100, maxWaitMs: 5 * MINUTE, onProgress: (task) => task.done && ended.set(task.id, performance.now()) },
    );
    const wall = performance.now() - started;
    const heapPeak = process.memoryUsage().heapUsed;
    gc?.();
    const heapAfter = process.memoryUsage().heapUsed;

    let correct = 0;
    const wrong: string[] = [];
    for (const [i, r] of results.entries()) {
      const { outcome, id } = tasks[i]!;
      const ok =
        r.id === id &&
        (outcome === 'succeeded' ? r.ok && r.task.status === 'succeeded' : !r.ok && r.error instanceof TaskFailedError && r.error.task.status === outcome);
      if (ok) correct++;
      else if (wrong.length < 5) wrong.push(`${id}: expected ${outcome}, got ${r.ok ? r.task.status : String(r.error)}`);
    }
    const detection = tasks.flatMap((t) => (ended.has(t.id) ? [ended.get(t.id)! - (added.get(t.id)! + t.afterMs)] : []));
    const peak = peakInWindow(arrivals);
    const peakSent = peakInWindow(sends);
    const statuses = new Map<number, number>();
    for (const r of mock.requests) statuses.set(r.response?.status ?? 0, (statuses.get(r.response?.status ?? 0) ?? 0) + 1);

    console.log(
      table([
        ['measure', 'value'],
        ['tasks', TASKS],
        ['requests the mock received', arrivals.length],
        ['requests per task (mean)', (arrivals.length / TASKS).toFixed(2)],
        ['HTTP statuses', [...statuses].map(([s, n]) => `${s}×${n}`).join(' ')],
        ['peak requests in any 1 s window (arrivals at the mock)', peak],
        ['peak requests in any 1 s window (sends after the limiter)', peakSent],
        ['budget (requestsPerSecond)', RPS],
        ['outcomes correct', `${correct}/${TASKS}`],
        ['detection delay p50 / p95 / max', `${fmt(percentile(detection, 50))} / ${fmt(percentile(detection, 95))} / ${fmt(Math.max(...detection))}`],
        ['wall time', fmt(wall)],
        ['ideal wall time at the budget', fmt((arrivals.length / RPS) * 1000)],
        [`heap before / peak / after${gc ? ' (after gc)' : ''}`, `${mib(heapBefore)} / ${mib(heapPeak)} / ${mib(heapAfter)}`],
      ]),
    );
    for (const w of wrong) console.log(`  wrong: ${w}`);
    console.log();
    // The limiter decides when requests leave; the mock reads them on the same event loop, so an
    // arrival can lag its send by a few ms: one request of transit slack at the mock.
    const sentMet = peakSent <= RPS;
    const peakMet = peak <= RPS + 1;
    console.log(target('request budget at the sender', sentMet, `peak ${peakSent} sends in any 1 s window ≤ requestsPerSecond ${RPS}`));
    console.log(target('request budget at the mock', peakMet, `peak ${peak} arrivals in any 1 s window ≤ requestsPerSecond ${RPS} + 1`));
    console.log(target('outcomes', correct === TASKS, `${correct}/${TASKS} waits ended as their tasks did`));
    console.log();
    return sentMet && peakMet && correct === TASKS;
  } finally {
    await mock.close();
  }
}

/** Blocks the event loop, as a heavy synchronous callback would. */
function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

async function stalledLoop(): Promise<boolean> {
  const budget = 100;
  console.log(`(c) 60 waits (HSS, token), real mock, requestsPerSecond ${budget}, the event loop held 300 ms on the 3rd send\n`);
  const mock = await startMockServer({ scenarios: [] });
  const arrivals: number[] = [];
  const requests = mock.requests as RecordedRequest[];
  const push = requests.push.bind(requests);
  requests.push = (...entries: RecordedRequest[]) => {
    for (let i = 0; i < entries.length; i++) arrivals.push(performance.now());
    return push(...entries);
  };
  try {
    const ids = Array.from({ length: 60 }, (_, i) => `stall-${i}`);
    for (const id of ids) mock.addTask({ service: 'hss', id, outcome: 'succeeded', advance: { afterPolls: 2 } });
    const sends: number[] = [];
    const client = createHssClient({
      endpoint: mock.url,
      projectId: MOCK_PROJECT_ID,
      credentials: { token: MOCK_TOKEN },
      requestsPerSecond: budget,
      fetch: (input, init) => {
        sends.push(performance.now());
        if (sends.length === 3) stall(300);
        return fetch(input, init);
      },
    });
    const outcomes = await client.waitForTasks(ids, { minDelayMs: 5, maxDelayMs: 20, maxWaitMs: 30_000 });
    const succeeded = outcomes.filter((o) => o.ok && o.task.status === 'succeeded').length;
    const peakSent = peakInWindow(sends);
    const peak = peakInWindow(arrivals);
    console.log(table([['measure', 'value'], ['sends', sends.length], ['peak sends in any 1 s window', peakSent], ['peak arrivals in any 1 s window', peak], ['budget', budget], ['waits succeeded', `${succeeded}/${ids.length}`]]));
    console.log();
    const sentMet = peakSent <= budget;
    const peakMet = peak <= budget + 2;
    console.log(target('budget at the sender after a stall', sentMet, `peak ${peakSent} sends in any 1 s window ≤ ${budget}`));
    console.log(target('budget at the mock after a stall', peakMet, `peak ${peak} arrivals in any 1 s window ≤ ${budget} + 2`));
    console.log(target('outcomes after a stall', succeeded === ids.length, `${succeeded}/${ids.length} waits succeeded`));
    console.log();
    return sentMet && peakMet && succeeded === ids.length;
  } finally {
    await mock.close();
  }
}

const a = await simulatedPolicy();
const b = await concurrentWaits();
const c = await stalledLoop();
console.log(a && b && c ? 'all targets MET' : 'some targets MISSED');
