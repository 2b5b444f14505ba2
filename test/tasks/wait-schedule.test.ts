/**
 * The waiter's schedule, as a unit: vitest fake timers (setTimeout, clearTimeout, Date) and a fake
 * ServiceClient scripted per poll, with the REAL HSS / MetaStudio / Workspace task specs from the
 * generated descriptors. Asserts when each poll happens, which hints it honours, how it ends, and
 * that a checkpoint survives JSON and another client. The fake answers whatever it is asked: that
 * nothing is sent at or past the deadline is proven with the real client in wait-deadline.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hssService } from '../../generated/clients/hss.js';
import { metaStudioService } from '../../generated/clients/metastudio.js';
import { workspaceService } from '../../generated/clients/workspace.js';
import type { CallControl, ServiceClient } from '../../src/client/create-client.js';
import type { RequestOptions } from '../../src/client/request-options.js';
import type { ServiceDescriptor } from '../../src/core/descriptors.js';
import {
  AuthenticationError,
  ConnectionError,
  NotFoundError,
  RateLimitError,
  ServerError,
  TaskFailedError,
  TaskStateUnknownError,
  TimeoutError,
  ValidationError,
  WaitTimeoutError,
} from '../../src/core/errors.js';
import type { Task } from '../../src/core/task.js';
import type { WaitCheckpoint } from '../../src/core/wait-checkpoint.js';
import type { TaskOperation } from '../../src/tasks/get-task.js';
import { waitForTask, waitForTasks, watchTask } from '../../src/tasks/wait-for-task.js';
import type { WaitOptions } from '../../src/tasks/wait-options.js';

const HSS: TaskOperation = { method: 'listQueryExportTask', spec: hssService.operations.listQueryExportTask.task };
const MS: TaskOperation = { method: 'showTask', spec: metaStudioService.operations.showTask.task };
const WS: TaskOperation = { method: 'listExportTasks', spec: workspaceService.operations.listExportTasks.task };

const T0 = Date.UTC(2030, 0, 1, 0, 0, 0);
const MIN = 60_000;
const ID = 'task-1';

// ---- bodies -------------------------------------------------------------------------------------
const hss = (status: unknown) => ({ task_id: ID, task_name: 'export', task_status: status });
const RUNNING = hss('running');
const SUCCESS = hss('success');
const FAILURE = hss('failure');
const WEIRD = hss('weird');
const ms = (total: number, success: number, failure: number) => ({ task_id: ID, total_count: total, success_count: success, failure_count: failure });
const ws = (status: string) => ({ export_tasks: [{ task_id: ID, file_name: 'f.csv', status, error_code: 'E1', fail_reason: 'why' }], count: 1 });

// ---- a fake ServiceClient, scripted per poll ----------------------------------------------------
interface Poll {
  at: number;
  method: string;
  params: unknown;
  options: RequestOptions | undefined;
  control: CallControl | undefined;
}
interface Ctx {
  options: RequestOptions | undefined;
  control: CallControl | undefined;
}
/** A step: a body to answer with, an Error to throw, or a function of the call (may await fake time). */
type Step = unknown;

function fakeClient(service: ServiceDescriptor, script: readonly Step[], repeatLast = true) {
  const polls: Poll[] = [];
  let i = 0;
  const call = vi.fn(async (method: string, params: unknown, options?: RequestOptions, control?: CallControl): Promise<unknown> => {
    polls.push({ at: Date.now(), method, params, options, control });
    if (i >= script.length && !repeatLast) throw new Error('script exhausted');
    const step = script[Math.min(i++, script.length - 1)];
    if (typeof step === 'function') return (step as (ctx: Ctx) => unknown)({ options, control });
    if (step instanceof Error) throw step;
    return structuredClone(step);
  });
  const client: ServiceClient = { service, baseUrl: 'http://fake.invalid', call };
  return { client, polls, call };
}

/** The final answer CallControl.onResponse is shown: a 200 with the given headers. */
function answer(headers: Record<string, string>): Parameters<NonNullable<CallControl['onResponse']>>[0] {
  // Shaped as both the transport's Answer ({ status, headers, text }) and enough of a Response.
  return { status: 200, ok: true, headers: new Headers(headers), text: '{}' } as unknown as Parameters<NonNullable<CallControl['onResponse']>>[0];
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs fake time until the promise settles (no real waiting). */
async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  let result: Settled<T> | undefined;
  const tracked = promise.then(
    (value) => (result = { ok: true, value }),
    (error: unknown) => (result = { ok: false, error }),
  );
  for (let i = 0; i < 100_000 && !result; i++) {
    if (vi.getTimerCount() === 0) await new Promise((resolve) => setImmediate(resolve));
    else await vi.advanceTimersToNextTimerAsync();
  }
  await tracked;
  return result!;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  const result = await settle(promise);
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** The delay range the policy allows after a poll that ended `elapsed` ms into the wait. */
function allowed(elapsed: number, min: number, max: number): [number, number] {
  const base = Math.min(max, Math.max(min, 0.1 * elapsed));
  return [Math.floor(0.8 * base), Math.ceil(base)];
}

const gaps = (polls: Poll[]) => polls.slice(1).map((p, k) => p.at - polls[k]!.at);

/** Collects a watch into an array while fake time runs. */
async function collect(iterable: AsyncIterable<Task>): Promise<Settled<Task[]>> {
  const out: Task[] = [];
  const r = await settle(
    (async () => {
      for await (const t of iterable) out.push(t);
      return out;
    })(),
  );
  return r.ok ? { ok: true, value: out } : r;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('when polls happen', () => {
  it('polls at once, then after delays within [0.8, 1.0] × clamp(10 % of elapsed, min, max) (default policy, 30 min)', async () => {
    const { client, polls } = fakeClient(hssService, [RUNNING]);
    const error = await rejection(waitForTask(client, HSS, ID));
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(polls[0]!.at).toBe(T0);
    const deadline = T0 + 30 * MIN;
    let normal = 0;
    for (let k = 0; k + 1 < polls.length; k++) {
      const next = polls[k + 1]!.at;
      if (next >= deadline - 1000) continue; // the last poll before the deadline follows its own rule
      const [lo, hi] = allowed(polls[k]!.at - T0, 1000, 60_000);
      expect(next - polls[k]!.at, `gap after poll ${k} at +${polls[k]!.at - T0} ms`).toBeGreaterThanOrEqual(lo);
      expect(next - polls[k]!.at, `gap after poll ${k} at +${polls[k]!.at - T0} ms`).toBeLessThanOrEqual(hi);
      normal++;
    }
    expect(normal).toBeGreaterThan(40);
    const g = gaps(polls);
    // Both clamps are reached: about 1 s at the start, about 60 s at the end.
    expect(Math.max(...g.slice(0, 5))).toBeLessThanOrEqual(1000);
    expect(Math.max(...g)).toBeGreaterThanOrEqual(48_000);
    expect(Math.max(...g)).toBeLessThanOrEqual(60_000);
    // Geometric growth in between: far fewer polls than a fixed 1 s interval would make.
    expect(polls.length).toBeLessThan(120);
    expect(polls.every((p) => p.at < deadline)).toBe(true);
  });

  it.each([
    ['Math.random → 0 (shortest jitter, 0.8)', 0, 0.8],
    ['Math.random → 0.5 (0.9)', 0.5, 0.9],
    ['Math.random → 0.999999 (longest jitter, ~1.0)', 0.999999, 0.9999998],
  ])('%s: each delay is exactly round(factor × clamp(0.1 × elapsed, min, max))', async (_, random, factor) => {
    vi.spyOn(Math, 'random').mockReturnValue(random);
    const script = [...Array.from({ length: 30 }, () => RUNNING), SUCCESS];
    const { client, polls } = fakeClient(hssService, script);
    const result = await settle(waitForTask(client, HSS, ID, { minDelayMs: 200, maxDelayMs: 3000, maxWaitMs: 10 * MIN }));
    expect(result.ok).toBe(true);
    expect(polls).toHaveLength(31);
    for (let k = 0; k + 1 < polls.length; k++) {
      const elapsed = polls[k]!.at - T0;
      const base = Math.min(3000, Math.max(200, 0.1 * elapsed));
      expect(polls[k + 1]!.at - polls[k]!.at).toBe(Math.round(base * factor));
    }
  });

  it('the first poll is immediate and there is no pause before it', async () => {
    const { client, polls } = fakeClient(hssService, [SUCCESS]);
    const result = await settle(waitForTask(client, HSS, ID));
    expect(result).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    expect(polls.map((p) => p.at)).toEqual([T0]);
  });

  it('passes the task id as the operation parameter, the signal and timeoutMs as request options', async () => {
    const controller = new AbortController();
    const { client, polls } = fakeClient(hssService, [RUNNING, SUCCESS]);
    await settle(waitForTask(client, HSS, ID, { signal: controller.signal, timeoutMs: 1234 }));
    for (const poll of polls) {
      expect(poll.method).toBe('listQueryExportTask');
      expect(poll.params).toEqual({ task_id: ID });
      expect(poll.options).toEqual({ signal: controller.signal, timeoutMs: 1234 });
    }
  });
});

describe('server hints', () => {
  it('never polls sooner than a Retry-After (delay-seconds) seen by CallControl.onResponse, even above maxDelayMs', async () => {
    const hinted = ({ control }: Ctx) => {
      control!.onResponse!(answer({ 'Retry-After': '7' }));
      return RUNNING;
    };
    const { client, polls } = fakeClient(hssService, [RUNNING, hinted, RUNNING, SUCCESS]);
    const result = await settle(waitForTask(client, HSS, ID, { minDelayMs: 500, maxDelayMs: 2000 }));
    expect(result.ok).toBe(true);
    const g = gaps(polls);
    expect(g[0]).toBeLessThanOrEqual(500);
    expect(g[1]).toBeGreaterThanOrEqual(7000);
    // The hint applies to the next pause only.
    expect(g[2]).toBeLessThanOrEqual(2000);
  });

  it('honours a Retry-After HTTP date', async () => {
    const hinted = ({ control }: Ctx) => {
      control!.onResponse!(answer({ 'Retry-After': new Date(Date.now() + 12_000).toUTCString() }));
      return RUNNING;
    };
    const { client, polls } = fakeClient(hssService, [hinted, SUCCESS]);
    await settle(waitForTask(client, HSS, ID));
    expect(gaps(polls)[0]).toBeGreaterThanOrEqual(12_000);
  });

  it('never polls sooner than a RateLimitError.retryAfterMs (after transport retries gave up)', async () => {
    const throttled = new RateLimitError({ service: 'hss', operation: 'ListQueryExportTask', status: 429, retryAfterMs: 9000 });
    const { client, polls } = fakeClient(hssService, [RUNNING, throttled, SUCCESS]);
    const result = await settle(waitForTask(client, HSS, ID, { minDelayMs: 100, maxDelayMs: 1000 }));
    expect(result.ok).toBe(true);
    expect(gaps(polls)[1]).toBeGreaterThanOrEqual(9000);
  });

  it('honours retryAfterMs on a 503 as well', async () => {
    const busy = new ServerError({ service: 'hss', operation: 'ListQueryExportTask', status: 503, retryAfterMs: 4000 });
    const { client, polls } = fakeClient(hssService, [busy, SUCCESS]);
    await settle(waitForTask(client, HSS, ID, { minDelayMs: 10, maxDelayMs: 100 }));
    expect(gaps(polls)[0]).toBeGreaterThanOrEqual(4000);
  });
});

describe('the deadline, as the waiter schedules it (what the transport sends: wait-deadline.test.ts)', () => {
  it('makes the last poll within 1 s before the deadline, then throws WaitTimeoutError with the last task and a checkpoint', async () => {
    const seen: WaitCheckpoint[] = [];
    const { client, polls } = fakeClient(hssService, [RUNNING]);
    const error = await rejection(waitForTask(client, HSS, ID, { maxWaitMs: 30_000, onCheckpoint: (c) => seen.push(c) }));
    const deadline = T0 + 30_000;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    const last = polls.at(-1)!.at;
    expect(last).toBeLessThan(deadline);
    expect(last).toBeGreaterThanOrEqual(deadline - 1000);
    // Given up no later than the deadline, without another poll.
    expect(Date.now()).toBeLessThanOrEqual(deadline);
    const e = error as WaitTimeoutError;
    expect(e.maxWaitMs).toBe(30_000);
    expect(e.task).toMatchObject({ service: 'hss', id: ID, status: 'running', done: false, raw: RUNNING });
    expect(e.checkpoint).toMatchObject({ version: 1, service: 'hss', taskId: ID, startedAt: T0, deadline, polls: polls.length, finalPoll: true, lastStatus: 'running' });
    expect(JSON.parse(JSON.stringify(e.checkpoint))).toEqual(e.checkpoint);
    expect(seen.at(-1)?.finalPoll).toBe(true);
  });

  it('passes the wait deadline as CallControl.deadline on every poll (transport retries share it)', async () => {
    const { client, polls } = fakeClient(hssService, [RUNNING]);
    await rejection(waitForTask(client, HSS, ID, { maxWaitMs: 20_000 }));
    expect(polls.length).toBeGreaterThan(5);
    for (const poll of polls) expect(poll.control?.deadline).toBe(T0 + 20_000);
  });

  it('the default deadline is 30 minutes', async () => {
    const { client, polls } = fakeClient(hssService, [RUNNING, SUCCESS]);
    await settle(waitForTask(client, HSS, ID));
    expect(polls[0]!.control?.deadline).toBe(T0 + 30 * MIN);
  });

  it('time spent inside a poll (transport retries) counts: a poll that ends past the deadline ends the wait without another', async () => {
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 25_000)); // retries inside one poll
      return RUNNING;
    };
    const { client, polls } = fakeClient(hssService, [RUNNING, slow, RUNNING]);
    const error = await rejection(waitForTask(client, HSS, ID, { maxWaitMs: 20_000, minDelayMs: 1000 }));
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(polls).toHaveLength(2);
    expect((error as WaitTimeoutError).task?.status).toBe('running');
  });

  it('a slow poll shortens what is left: the next pause is scheduled from when the poll ended', async () => {
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      return RUNNING;
    };
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { client, polls } = fakeClient(hssService, [slow, SUCCESS]);
    await settle(waitForTask(client, HSS, ID, { minDelayMs: 1000, maxDelayMs: 10_000 }));
    // The poll started at T0 and ended at +5 s: 0.9 × clamp(500) → 900 ms after it ended.
    expect(polls[1]!.at - T0).toBe(5000 + 900);
  });

  it('a transient error answered after the deadline becomes WaitTimeoutError carrying the last task', async () => {
    const lateFailure = async () => {
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      throw new TimeoutError('deadline passed before the request could be sent', 0);
    };
    const { client } = fakeClient(hssService, [RUNNING, lateFailure]);
    const error = await rejection(waitForTask(client, HSS, ID, { maxWaitMs: 10_000 }));
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).task?.status).toBe('running');
    expect((error as WaitTimeoutError).checkpoint?.polls).toBe(1);
  });
});

describe('cancellation', () => {
  it('abort during a pause rejects at once with the signal reason and polls no more', async () => {
    const controller = new AbortController();
    const { client, polls } = fakeClient(hssService, [RUNNING]);
    const wait = waitForTask(client, HSS, ID, { signal: controller.signal, minDelayMs: 10_000, maxDelayMs: 10_000 });
    const observed = wait.then(
      () => 'resolved',
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(3000); // inside the first 8–10 s pause
    expect(polls).toHaveLength(1);
    const reason = new Error('user cancelled');
    const abortedAt = Date.now();
    controller.abort(reason);
    // No fake time passes: it must settle from the abort alone.
    const outcome = await Promise.race([observed, new Promise((resolve) => setImmediate(() => resolve('still pending')))]);
    expect(outcome).toBe(reason);
    expect(Date.now()).toBe(abortedAt);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(polls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('watchTask stops the same way', async () => {
    const controller = new AbortController();
    const { client } = fakeClient(hssService, [RUNNING]);
    const it = watchTask(client, HSS, ID, { signal: controller.signal });
    expect((await it.next()).value).toMatchObject({ status: 'running' });
    const next = it.next().then(
      () => 'resolved',
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new DOMException('stop', 'AbortError'));
    const outcome = await Promise.race([next, new Promise((resolve) => setImmediate(() => resolve('still pending')))]);
    expect(outcome).toBeInstanceOf(DOMException);
  });

  it('an already aborted signal rejects before any poll', async () => {
    const { client, call } = fakeClient(hssService, [SUCCESS]);
    const reason = new Error('too late');
    const error = await rejection(waitForTask(client, HSS, ID, { signal: AbortSignal.abort(reason) }));
    expect(error).toBe(reason);
    expect(call).not.toHaveBeenCalled();
  });

  it('abort during a poll: the poll rejects with the reason and the wait does not treat it as transient', async () => {
    const controller = new AbortController();
    const hanging = ({ options }: Ctx) =>
      new Promise((_, reject) => options!.signal!.addEventListener('abort', () => reject(options!.signal!.reason as Error)));
    const { client, polls } = fakeClient(hssService, [RUNNING, hanging, SUCCESS]);
    const wait = settle(waitForTask(client, HSS, ID, { signal: controller.signal, maxErrors: 10 }));
    await vi.advanceTimersByTimeAsync(1500);
    expect(polls).toHaveLength(2);
    const reason = new ConnectionError('aborted by the user'); // even a "transient" kind of reason
    controller.abort(reason);
    const result = await wait;
    expect(result).toEqual({ ok: false, error: reason });
    expect(polls).toHaveLength(2);
  });
});

describe('progress: only changes are reported', () => {
  it('HSS: watchTask yields running once, then succeeded, and ends; onProgress sees the same', async () => {
    const progress: Task[] = [];
    const { client, polls } = fakeClient(hssService, [RUNNING, RUNNING, RUNNING, SUCCESS], false);
    const result = await collect(watchTask(client, HSS, ID, { onProgress: (t) => progress.push(t) }));
    expect(result.ok).toBe(true);
    const tasks = (result as { value: Task[] }).value;
    expect(tasks.map((t) => t.status)).toEqual(['running', 'succeeded']);
    expect(progress).toEqual(tasks);
    expect(polls).toHaveLength(4);
  });

  it('MetaStudio: a change of counters is a change even when the state stays running', async () => {
    const progress: Task[] = [];
    const script = [ms(3, 0, 0), ms(3, 0, 0), ms(3, 1, 0), ms(3, 1, 0), ms(3, 2, 0), ms(3, 3, 0)];
    const { client } = fakeClient(metaStudioService, script, false);
    const result = await settle(waitForTask(client, MS, ID, { onProgress: (t) => progress.push(t) }));
    expect(result).toMatchObject({ ok: true, value: { status: 'succeeded', progress: { total: 3, succeeded: 3, failed: 0 } } });
    expect(progress.map((t) => [t.status, t.progress?.succeeded])).toEqual([
      ['running', 0],
      ['running', 1],
      ['running', 2],
      ['succeeded', 3],
    ]);
  });

  it('waitForTask resolves with the finished task itself', async () => {
    const { client } = fakeClient(hssService, [RUNNING, SUCCESS], false);
    const result = await settle(waitForTask(client, HSS, ID));
    expect(result).toEqual({ ok: true, value: { service: 'hss', id: ID, name: 'export', status: 'succeeded', done: true, raw: SUCCESS } });
  });

  it.each([
    ['HSS failure → failed', hssService, HSS, [RUNNING, FAILURE], 'failed'],
    ['MetaStudio 3/2/1 → partial', metaStudioService, MS, [ms(3, 0, 0), ms(3, 2, 1)], 'partial'],
    ['MetaStudio 3/0/3 → failed', metaStudioService, MS, [ms(3, 0, 3)], 'failed'],
    ['Workspace EXPIRED → expired', workspaceService, WS, [ws('CREATING'), ws('EXPIRED')], 'expired'],
    ['Workspace FAIL → failed', workspaceService, WS, [ws('FAIL')], 'failed'],
  ] as const)('%s: TaskFailedError carrying the task', async (_, service, operation, script, status) => {
    const progress: Task[] = [];
    const { client } = fakeClient(service, script, false);
    const error = await rejection(waitForTask(client, operation, ID, { onProgress: (t) => progress.push(t) }));
    expect(error).toBeInstanceOf(TaskFailedError);
    expect((error as TaskFailedError).task).toMatchObject({ id: ID, status, done: true });
    expect(progress.at(-1)).toBe((error as TaskFailedError).task);
    if (service === workspaceService) expect((error as TaskFailedError).task.error).toEqual({ code: 'E1', message: 'why' });
  });

  it('Workspace: a list without the task is NotFoundError at once', async () => {
    const { client, call } = fakeClient(workspaceService, [{ export_tasks: [], count: 0 }]);
    const error = await rejection(waitForTask(client, WS, ID));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(call).toHaveBeenCalledTimes(1);
  });
});

describe('unknown answers', () => {
  it('continues through unknown answers and gives up after maxUnknown in a row with TaskStateUnknownError (raw kept)', async () => {
    const { client, polls } = fakeClient(hssService, [WEIRD]);
    const error = await rejection(waitForTask(client, HSS, ID, { maxUnknown: 3 }));
    expect(error).toBeInstanceOf(TaskStateUnknownError);
    expect((error as TaskStateUnknownError).answers).toBe(3);
    expect((error as TaskStateUnknownError).task).toMatchObject({ status: 'unknown', raw: WEIRD });
    expect(polls).toHaveLength(3);
  });

  it('the default tolerates 10 unknown answers in a row', async () => {
    const { client, polls } = fakeClient(hssService, [WEIRD]);
    const error = await rejection(waitForTask(client, HSS, ID));
    expect(error).toBeInstanceOf(TaskStateUnknownError);
    expect(polls).toHaveLength(10);
  });

  it('a known answer resets the count', async () => {
    const { client, polls } = fakeClient(hssService, [WEIRD, WEIRD, RUNNING, WEIRD, WEIRD, RUNNING, hss(null), SUCCESS], false);
    const result = await settle(waitForTask(client, HSS, ID, { maxUnknown: 3 }));
    expect(result).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    expect(polls).toHaveLength(8);
  });

  it('garbage shapes (null status, array, missing fields) are unknown answers, not exceptions', async () => {
    const { client } = fakeClient(metaStudioService, [{ task_id: ID }, { total_count: 'x' }, { data: [] }, ms(1, 1, 0)], false);
    const seen: Task[] = [];
    const result = await settle(waitForTask(client, MS, ID, { onProgress: (t) => seen.push(t) }));
    expect(result.ok).toBe(true);
    expect(seen.map((t) => t.status)).toEqual(['unknown', 'succeeded']);
  });

  it('maxUnknown: 0 gives up on the first unknown answer, but not on known ones', async () => {
    const ok = fakeClient(hssService, [RUNNING, RUNNING, SUCCESS], false);
    expect(await settle(waitForTask(ok.client, HSS, ID, { maxUnknown: 0 }))).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    const bad = fakeClient(hssService, [RUNNING, WEIRD]);
    expect(await rejection(waitForTask(bad.client, HSS, ID, { maxUnknown: 0 }))).toBeInstanceOf(TaskStateUnknownError);
    expect(bad.polls).toHaveLength(2);
  });
});

describe('errors during a wait', () => {
  const site = { service: 'hss', operation: 'ListQueryExportTask' };
  it('transient errors (5xx, connection, timeout) do not end the wait', async () => {
    const script = [new ServerError({ ...site, status: 502 }), new ConnectionError('reset'), new TimeoutError('slow', 100), RUNNING, SUCCESS];
    const { client, polls } = fakeClient(hssService, script, false);
    const result = await settle(waitForTask(client, HSS, ID, { maxErrors: 3 }));
    expect(result).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    expect(polls).toHaveLength(5);
  });

  it('more than maxErrors transient errors in a row: the last error is thrown', async () => {
    const third = new ConnectionError('refused 3');
    const script = [new ServerError({ ...site, status: 500 }), new ConnectionError('refused 2'), third, SUCCESS];
    const { client, polls } = fakeClient(hssService, script, false);
    const error = await rejection(waitForTask(client, HSS, ID, { maxErrors: 2 }));
    expect(error).toBe(third);
    expect(polls).toHaveLength(3);
  });

  it('a good answer resets the error count', async () => {
    const e = () => new ServerError({ ...site, status: 503 });
    const { client } = fakeClient(hssService, [e(), e(), RUNNING, e(), e(), SUCCESS], false);
    expect(await settle(waitForTask(client, HSS, ID, { maxErrors: 2 }))).toMatchObject({ ok: true });
  });

  it.each([
    ['AuthenticationError', new AuthenticationError({ ...site, status: 401 })],
    ['NotFoundError', new NotFoundError({ ...site, status: 404 })],
    ['a plain bug', new TypeError('boom')],
  ])('a non-transient error (%s) fails at once', async (_, failure) => {
    const { client, polls } = fakeClient(hssService, [RUNNING, failure, SUCCESS], false);
    const error = await rejection(waitForTask(client, HSS, ID, { maxErrors: 100 }));
    expect(error).toBe(failure);
    expect(polls).toHaveLength(2);
  });

  it('an onProgress that throws ends the wait with its error', async () => {
    const bug = new Error('callback bug');
    const { client, polls } = fakeClient(hssService, [RUNNING, SUCCESS]);
    const error = await rejection(
      waitForTask(client, HSS, ID, {
        onProgress: () => {
          throw bug;
        },
      }),
    );
    expect(error).toBe(bug);
    expect(polls).toHaveLength(1);
  });
});

describe('option validation (before any poll)', () => {
  const bad: [string, unknown][] = [
    ['an unknown option', { maxWait: 1000 }],
    ['maxWaitMs negative', { maxWaitMs: -1 }],
    ['maxWaitMs 0', { maxWaitMs: 0 }],
    ['maxWaitMs Infinity', { maxWaitMs: Number.POSITIVE_INFINITY }],
    ['maxWaitMs a string', { maxWaitMs: '1000' }],
    ['minDelayMs negative', { minDelayMs: -5 }],
    ['minDelayMs NaN', { minDelayMs: Number.NaN }],
    ['maxDelayMs negative', { maxDelayMs: -5 }],
    ['minDelayMs > maxDelayMs', { minDelayMs: 5000, maxDelayMs: 1000 }],
    ['minDelayMs above the default maxDelayMs', { minDelayMs: 120_000 }],
    ['maxUnknown negative', { maxUnknown: -1 }],
    ['maxUnknown fractional', { maxUnknown: 1.5 }],
    ['maxErrors negative', { maxErrors: -1 }],
    ['onProgress not a function', { onProgress: 'log' }],
    ['onCheckpoint not a function', { onCheckpoint: {} }],
    ['resume not a checkpoint', { resume: { version: 2 } }],
    ['timeoutMs negative', { timeoutMs: -1 }],
    ['timeoutMs 0', { timeoutMs: 0 }],
    ['timeoutMs NaN', { timeoutMs: Number.NaN }],
    ['signal not an AbortSignal', { signal: { aborted: false } }],
  ];
  it.each(bad)('%s → ValidationError, nothing sent (waitForTask)', async (_, options) => {
    const { client, call } = fakeClient(hssService, [SUCCESS]);
    const error = await rejection(waitForTask(client, HSS, ID, options as WaitOptions));
    expect(error).toBeInstanceOf(ValidationError);
    expect(call).not.toHaveBeenCalled();
  });

  it.each(bad)('%s → ValidationError, nothing sent (watchTask)', async (_, options) => {
    const { client, call } = fakeClient(hssService, [SUCCESS]);
    const error = await rejection(watchTask(client, HSS, ID, options as WaitOptions).next());
    expect(error).toBeInstanceOf(ValidationError);
    expect(call).not.toHaveBeenCalled();
  });

  const forMany = bad.filter(([label]) => ['an unknown option', 'minDelayMs > maxDelayMs', 'timeoutMs 0', 'signal not an AbortSignal'].includes(label));
  it.each(forMany)('%s → waitForTasks rejects with ValidationError (bad options are no per-task outcome), nothing sent', async (_, options) => {
    const { client, call } = fakeClient(hssService, [SUCCESS]);
    const error = await rejection(waitForTasks(client, HSS, ['a', 'b'], options as WaitOptions));
    expect(error).toBeInstanceOf(ValidationError);
    expect(call).not.toHaveBeenCalled();
  });

  it.each(['', '   ', 42, null])('task id %j → ValidationError', async (id) => {
    const { client, call } = fakeClient(hssService, [SUCCESS]);
    expect(await rejection(waitForTask(client, HSS, id as string))).toBeInstanceOf(ValidationError);
    expect(await rejection(waitForTasks(client, HSS, ['ok', id as string]))).toBeInstanceOf(ValidationError);
    expect(call).not.toHaveBeenCalled();
  });

  it('zero delays are allowed (min 0, max 0)', async () => {
    const { client, polls } = fakeClient(hssService, [RUNNING, RUNNING, SUCCESS], false);
    expect(await settle(waitForTask(client, HSS, ID, { minDelayMs: 0, maxDelayMs: 0 }))).toMatchObject({ ok: true });
    expect(polls.map((p) => p.at)).toEqual([T0, T0, T0]);
  });
});

describe('checkpoints and resuming in another process', () => {
  /** Runs a wait until it has made `n` polls, then stops it, and returns its last checkpoint. */
  async function checkpointAfter(n: number, options: WaitOptions = {}): Promise<WaitCheckpoint> {
    const controller = new AbortController();
    const seen: WaitCheckpoint[] = [];
    const { client } = fakeClient(hssService, [RUNNING]);
    const onCheckpoint = (c: WaitCheckpoint) => {
      seen.push(c);
      if (c.polls >= n) controller.abort(new Error('process exits'));
    };
    const error = await rejection(waitForTask(client, HSS, ID, { ...options, signal: controller.signal, onCheckpoint }));
    expect(error).toEqual(new Error('process exits'));
    return seen.at(-1)!;
  }

  it('checkpoints are plain JSON, one after each poll, with the poll count and next poll time', async () => {
    const seen: WaitCheckpoint[] = [];
    const { client, polls } = fakeClient(hssService, [RUNNING, RUNNING, RUNNING, SUCCESS], false);
    await settle(waitForTask(client, HSS, ID, { maxWaitMs: 60_000, onCheckpoint: (c) => seen.push(c) }));
    expect(seen.map((c) => c.polls)).toEqual([1, 2, 3]);
    for (const [k, c] of seen.entries()) {
      expect(JSON.parse(JSON.stringify(c))).toEqual(c);
      expect(c).toMatchObject({ version: 1, service: 'hss', taskId: ID, startedAt: T0, deadline: T0 + 60_000, finalPoll: false, lastStatus: 'running' });
      expect(c.nextPollAt).toBe(polls[k + 1]!.at);
    }
    // Each checkpoint is a snapshot, not the live object.
    expect(new Set(seen).size).toBe(3);
  });

  it('resumes from a JSON round-tripped checkpoint with a new client: same deadline, poll count continues, next poll time kept', async () => {
    const checkpoint = JSON.parse(JSON.stringify(await checkpointAfter(3, { maxWaitMs: 10 * MIN }))) as WaitCheckpoint;
    expect(checkpoint.polls).toBe(3);
    // The other process starts before the next poll was due: it waits for it.
    const resumedAt = Date.now();
    expect(checkpoint.nextPollAt).toBeGreaterThan(resumedAt);

    const seen: WaitCheckpoint[] = [];
    const other = fakeClient(hssService, [RUNNING, RUNNING, SUCCESS], false);
    const result = await settle(waitForTask(other.client, HSS, ID, { resume: checkpoint, onCheckpoint: (c) => seen.push(c) }));
    expect(result).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    expect(other.polls[0]!.at).toBe(checkpoint.nextPollAt);
    for (const poll of other.polls) expect(poll.control?.deadline).toBe(T0 + 10 * MIN);
    expect(seen.map((c) => c.polls)).toEqual([4, 5]);
    expect(seen.every((c) => c.startedAt === T0 && c.deadline === T0 + 10 * MIN)).toBe(true);
  });

  it('resuming later than the next poll time polls at once; the delay keeps growing from the original start', async () => {
    const checkpoint = JSON.parse(JSON.stringify(await checkpointAfter(2))) as WaitCheckpoint;
    vi.setSystemTime(T0 + 5 * MIN); // the other process comes up 5 minutes later
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const other = fakeClient(hssService, [RUNNING, SUCCESS], false);
    await settle(waitForTask(other.client, HSS, ID, { resume: checkpoint }));
    expect(other.polls[0]!.at).toBe(T0 + 5 * MIN);
    // 0.8 × clamp(10 % of 5 min = 30 s) = 24 s: the elapsed time counts from the first process's start.
    expect(other.polls[1]!.at - other.polls[0]!.at).toBe(24_000);
  });

  it('a WaitTimeoutError checkpoint resumes with a new maxWaitMs (a new deadline) and keeps counting polls', async () => {
    const { client, polls } = fakeClient(hssService, [RUNNING]);
    const error = (await rejection(waitForTask(client, HSS, ID, { maxWaitMs: 5000 }))) as WaitTimeoutError;
    const checkpoint = JSON.parse(JSON.stringify(error.checkpoint)) as WaitCheckpoint;
    expect(checkpoint.polls).toBe(polls.length);
    const resumedAt = Date.now();
    const seen: WaitCheckpoint[] = [];
    const other = fakeClient(hssService, [RUNNING, SUCCESS], false);
    const result = await settle(waitForTask(other.client, HSS, ID, { resume: checkpoint, maxWaitMs: 60_000, onCheckpoint: (c) => seen.push(c) }));
    expect(result.ok).toBe(true);
    expect(other.polls[0]!.control?.deadline).toBe(resumedAt + 60_000);
    expect(seen[0]).toMatchObject({ polls: polls.length + 1, finalPoll: false });
  });

  it('a checkpoint of another task → ValidationError (mismatch), nothing sent', async () => {
    const checkpoint = await checkpointAfter(1);
    const other = fakeClient(hssService, [SUCCESS]);
    const error = await rejection(waitForTask(other.client, HSS, 'another-task', { resume: checkpoint }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('resume');
    expect((error as ValidationError).rule).toBe('mismatch');
    expect(other.call).not.toHaveBeenCalled();
  });

  it('a checkpoint of another service → ValidationError (mismatch), nothing sent', async () => {
    const checkpoint = await checkpointAfter(1);
    const other = fakeClient(metaStudioService, [ms(1, 1, 0)]);
    const error = await rejection(waitForTask(other.client, MS, ID, { resume: checkpoint }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).rule).toBe('mismatch');
    expect(other.call).not.toHaveBeenCalled();
  });

  it.each(['checkpoint', 42, {}, { version: 1 }, { version: 1, service: 'hss', taskId: ID, startedAt: '0', deadline: 1, nextPollAt: 1, polls: 0 }])(
    'a malformed checkpoint %j → ValidationError (format)',
    async (resume) => {
      const { client, call } = fakeClient(hssService, [SUCCESS]);
      const error = await rejection(waitForTask(client, HSS, ID, { resume: resume as unknown as WaitCheckpoint }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(call).not.toHaveBeenCalled();
    },
  );
});

describe('waitForTasks', () => {
  it('one outcome per id, in order; one task failing does not reject the rest', async () => {
    const bodies: Record<string, unknown[]> = {
      a: [hss('running'), hss('success')],
      b: [hss('failure')],
      c: [hss('weird')],
    };
    const seen = new Map<string, number>();
    const call = vi.fn(async (_method: string, params: unknown) => {
      const id = (params as { task_id: string }).task_id;
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      const script = bodies[id]!;
      return { ...(script[Math.min(n, script.length - 1)] as object), task_id: id };
    });
    const client: ServiceClient = { service: hssService, baseUrl: 'http://fake.invalid', call };
    const result = await settle(waitForTasks(client, HSS, ['a', 'b', 'c'], { maxUnknown: 2 }));
    expect(result.ok).toBe(true);
    const outcomes = (result as { value: Awaited<ReturnType<typeof waitForTasks>> }).value;
    expect(outcomes.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(outcomes[0]).toMatchObject({ ok: true, task: { id: 'a', status: 'succeeded' } });
    expect(outcomes[1]).toMatchObject({ ok: false });
    expect((outcomes[1] as { error: unknown }).error).toBeInstanceOf(TaskFailedError);
    expect((outcomes[2] as { error: unknown }).error).toBeInstanceOf(TaskStateUnknownError);
  });

  it('an empty list resolves to no outcomes', async () => {
    const { client, call } = fakeClient(hssService, [SUCCESS]);
    expect(await settle(waitForTasks(client, HSS, []))).toEqual({ ok: true, value: [] });
    expect(call).not.toHaveBeenCalled();
  });
});
