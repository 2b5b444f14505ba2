/**
 * Every service's tasks, through the REAL generated clients, with token and with AK/SK: each
 * outcome its spec can express is reached via the documented intermediate states, and every body
 * the mock sent conforms to the spec.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskFailedError } from '../../src/core/errors.js';
import { startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import type { Task } from '../../src/core/task.js';
import { clientFor, CREDENTIALS, expectConformingResponses, expressibleOutcomes, FAST_WAIT, SERVICES_WITH_TASKS, taskOperationOf, type CredentialKind } from './helpers.js';

let server: MockServer;
// Starts at the real time: AK/SK signatures are checked against this clock.
let now = Date.now();

beforeAll(async () => {
  // The wait tests poll by count; the clock only moves where a test moves it.
  server = await startMockServer({ scenarios: [], clock: () => now });
});
afterAll(async () => {
  expect(expectConformingResponses(server)).toBeGreaterThan(50);
  await server.close();
});

const cases = SERVICES_WITH_TASKS.flatMap((service) =>
  (Object.keys(CREDENTIALS) as CredentialKind[]).flatMap((credentials) =>
    expressibleOutcomes(taskOperationOf(service)!.spec).map((outcome) => ({ service, credentials, outcome })),
  ),
);

describe.each(cases)('$service with $credentials: a task that ends $outcome', ({ service, credentials, outcome }) => {
  it('walks through unfinished states, then waitForTask settles as the outcome says', async () => {
    const id = `${credentials}-${outcome}`;
    server.addTask({ service, id, outcome, advance: { afterPolls: 3 }, total: 4 });
    const client = clientFor(service, server, CREDENTIALS[credentials]);

    const first = await client.getTask(id);
    expect(first).toMatchObject({ service, id, done: false });
    expect(['pending', 'running']).toContain(first.status);

    const seen: Task[] = [];
    const wait = client.waitForTask(id, { ...FAST_WAIT, onProgress: (t: Task) => seen.push(t) });
    if (outcome === 'succeeded') {
      const task = await wait;
      expect(task).toMatchObject({ id, status: 'succeeded', done: true });
    } else {
      const error = await wait.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TaskFailedError);
      expect((error as TaskFailedError).task).toMatchObject({ id, status: outcome, done: true });
    }
    expect(seen.at(-1)?.status).toBe(outcome);
    expect(seen.slice(0, -1).every((t) => !t.done)).toBe(true);
  });
});

describe.each(SERVICES_WITH_TASKS)('%s: tasks advancing over time', (service) => {
  const spec = taskOperationOf(service)!.spec;

  it('is unfinished before afterMs and finished after, with the scenario times', async () => {
    const createdAt = now;
    const id = `timed-${createdAt}`;
    server.addTask({ service, id, name: 'timed task', outcome: 'succeeded', advance: { afterMs: 60_000 }, total: 3 });
    const client = clientFor(service, server);

    now = createdAt + 30_000;
    const half = await client.getTask(id);
    expect(half.done).toBe(false);
    expect(half.name).toBe('timed task');
    if (spec.createdAt) expect(half.createdAt?.getTime()).toBe(createdAt);
    if (spec.endedAt?.whenDone) expect(half.endedAt).toBeUndefined();

    now = createdAt + 60_000;
    const done = await client.getTask(id);
    expect(done).toMatchObject({ status: 'succeeded', done: true });
    if (spec.endedAt) expect(done.endedAt?.getTime()).toBe(createdAt + 60_000);
    if (spec.progress) expect(done.progress).toEqual({ total: 3, succeeded: 3, failed: 0 });
  });

  it('shows progress counters rising where the spec has them', async () => {
    if (!spec.progress) return;
    const id = `counters-${now}`;
    server.addTask({ service, id, outcome: 'partial', advance: { afterPolls: 4 }, total: 8 });
    const client = clientFor(service, server);
    const totals: number[] = [];
    for (let i = 0; i < 5; i++) {
      const task = await client.getTask(id);
      totals.push(task.progress!.succeeded + task.progress!.failed);
    }
    expect(totals).toEqual([0, 2, 4, 6, 8]);
    expect((await client.getTask(id)).progress).toEqual({ total: 8, succeeded: 4, failed: 4 });
  });

  it('reports a failed task with the error fields the spec maps', async () => {
    if (!spec.error || !expressibleOutcomes(spec).includes('failed')) return;
    const id = `failed-now-${now}`;
    server.addTask({ service, id, outcome: 'failed', advance: { afterPolls: 0 } });
    const task = await clientFor(service, server).getTask(id);
    expect(task.status).toBe('failed');
    expect(task.error?.message).toMatch(/failed/);
  });
});

describe('signed requests in the task runs', () => {
  it('were accepted at once (no 401 and re-sign round trips)', () => {
    expect(server.requests.filter((r) => r.response?.status === 401)).toEqual([]);
    expect(server.requests.some((r) => r.headers.authorization?.startsWith('SDK-HMAC-SHA256 '))).toBe(true);
  });
});
