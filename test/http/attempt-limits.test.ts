/**
 * What an attempt costs in timers and AbortControllers (issue 15): a call without a signal of its own
 * shares its time limit with the attempts that start close to it (one timer and one controller per
 * window, not per attempt), and the shared limit still times out the attempts that hang, and only
 * them. Counted on a real loopback server; no timing is asserted beyond "the limit fired".
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import type { ClientOptions } from '../../src/client/client-options.js';
import { TimeoutError } from '../../src/core/errors.js';
import { delayHeaders, json, slowBody, startLoopback, type Loopback } from '../helpers/loopback.js';
import { caught, isolateEnv, PROJECT_ID, TOKEN } from '../runtime/support.js';

isolateEnv();

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// An unusual limit, so the timers of this limit are told apart from the loopback server's own; long
// enough that its window (1/64 of it, at most 1 s) takes in the calls of a test on a loaded machine.
const LIMIT_MS = 123_456;

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const OK_BODY = { export_tasks: [{ task_id: 't1', status: 'SUCCESS' }], count: 1 };

function ws(options: Partial<ClientOptions> = {}) {
  return createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN }, retry: false, ...options });
}

/** Counts the AbortControllers made by Taskport's transport (not fetch's own) and the timers armed for `limitMs` (+ slack). */
function countLimits(limitMs: number): { controllers: () => number; timers: () => number } {
  let controllers = 0;
  const Original = globalThis.AbortController;
  vi.stubGlobal(
    'AbortController',
    class CountingAbortController extends Original {
      constructor() {
        super();
        // Counted when the transport itself calls `new AbortController()` (fetch calls it too, deeper down).
        const caller = (new Error().stack ?? '').split('\n')[2] ?? '';
        if (/src[\\/]http[\\/]transport/.test(caller)) controllers++;
      }
    },
  );
  const spy = vi.spyOn(globalThis, 'setTimeout');
  return {
    controllers: () => controllers,
    timers: () => spy.mock.calls.filter(([, ms]) => typeof ms === 'number' && ms >= limitMs && ms <= limitMs + 1000).length,
  };
}

describe('per-attempt time limits', () => {
  it('20 calls without a signal arm one timer and one AbortController, not 20 of each', async () => {
    server.fallback = json(200, OK_BODY);
    const client = ws({ timeoutMs: LIMIT_MS });
    const counts = countLimits(LIMIT_MS);
    for (let i = 0; i < 20; i++) await expect(client.listExportTasks()).resolves.toEqual(OK_BODY);
    expect(counts.timers()).toBeLessThanOrEqual(1);
    expect(counts.controllers()).toBeLessThanOrEqual(1);
  });

  it('20 concurrent calls without a signal share them too', async () => {
    server.fallback = json(200, OK_BODY);
    const client = ws({ timeoutMs: LIMIT_MS });
    const counts = countLimits(LIMIT_MS);
    await Promise.all(Array.from({ length: 20 }, () => expect(client.listExportTasks()).resolves.toEqual(OK_BODY)));
    expect(counts.timers()).toBeLessThanOrEqual(1);
    expect(counts.controllers()).toBeLessThanOrEqual(1);
  });

  it('a call with a signal gets its own controller and timer, and the signal still aborts it', async () => {
    server.fallback = delayHeaders(5_000, json(200, OK_BODY));
    const client = ws({ timeoutMs: LIMIT_MS });
    const counts = countLimits(LIMIT_MS);
    const controller = new AbortController();
    const pending = caught(() => client.listExportTasks({}, { signal: controller.signal }));
    await server.waitForRequests(1);
    controller.abort(new Error('caller gave up'));
    expect(((await pending) as Error).message).toBe('caller gave up');
    expect(counts.controllers()).toBe(1);
    expect(counts.timers()).toBe(1);
  });

  it('a shared limit times out the attempt that hangs, and not the one answered in time beside it', async () => {
    server.enqueue(delayHeaders(5_000, json(200, OK_BODY)), json(200, OK_BODY));
    const client = ws({ timeoutMs: 300 });
    const hanging = caught(() => client.listExportTasks());
    await server.waitForRequests(1);
    const answered = await client.listExportTasks();
    expect(answered).toEqual(OK_BODY);
    const error = await hanging;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(300);
    expect((error as TimeoutError).message).toBe('workspace ListExportTasks: no complete answer within 300 ms');
  });

  it('a shared limit also covers reading the body', async () => {
    server.fallback = slowBody(JSON.stringify(OK_BODY), 5_000);
    const error = await caught(() => ws({ timeoutMs: 300 }).listExportTasks());
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('a call after a window timed out is not failed by it', async () => {
    server.enqueue(delayHeaders(5_000, json(200, OK_BODY)));
    server.fallback = json(200, OK_BODY);
    const client = ws({ timeoutMs: 200 });
    expect(await caught(() => client.listExportTasks())).toBeInstanceOf(TimeoutError);
    await expect(client.listExportTasks()).resolves.toEqual(OK_BODY);
  });

  it('the shared timer does not hold the process open once the calls are done', async () => {
    // A limit of 10 minutes: a timer holding the process would keep the child alive far past the test's own timeout.
    const script = [
      `import { createWorkspaceClient } from ${JSON.stringify(path.join(REPO, 'generated/clients/workspace.ts'))};`,
      `const client = createWorkspaceClient({ endpoint: ${JSON.stringify(server.origin)}, projectId: 'p', credentials: { token: 'tok-0000' }, timeoutMs: 600000 });`,
      `await client.listExportTasks();`,
      `console.log('done');`,
    ].join('\n');
    server.fallback = json(200, OK_BODY, { connection: 'close' });
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(out.trim()).toBe('done');
    expect(code).toBe(0);
  });
});
