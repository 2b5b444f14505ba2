/** listExportTasksAll against the loopback server: offsets, stop conditions, laziness, validation. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import { ServerError, ValidationError } from '../../src/core/errors.js';
import { json, startLoopback, type Handler, type Loopback } from '../helpers/loopback.js';
import { caught, FAST_RETRY, isolateEnv, PROJECT_ID, TOKEN } from './support.js';

isolateEnv();

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

function ws() {
  return createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN }, retry: FAST_RETRY });
}

const task = (i: number) => ({ task_id: `t${i}`, file_name: `f${i}.csv`, status: 'SUCCESS' });

/** A server-side list of `total` tasks, paged by the request's offset and limit. */
function pagedList(total: number, options: { reportCount?: boolean } = {}): Handler {
  return (req, res, recorded) => {
    const offset = Number(recorded.query.get('offset') ?? 0);
    const limit = Number(recorded.query.get('limit') ?? 10);
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, k) => task(offset + k));
    json(200, options.reportCount === false ? { export_tasks: items } : { export_tasks: items, count: total })(req, res, recorded);
  };
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterator) out.push(item);
  return out;
}

describe('listExportTasksAll', () => {
  it('yields every item of 3 pages exactly once and stops at count', async () => {
    server.fallback = pagedList(5);
    const items = await collect(ws().listExportTasksAll({ status: 'SUCCESS', limit: 2 }));
    expect(items.map((t) => t.task_id)).toEqual(['t0', 't1', 't2', 't3', 't4']);
    expect(server.requests).toHaveLength(3);
    expect(server.requests.map((r) => [r.query.get('offset'), r.query.get('limit')])).toEqual([
      ['0', '2'],
      ['2', '2'],
      ['4', '2'],
    ]);
    for (const r of server.requests) expect(r.query.get('status')).toBe('SUCCESS');
  });

  it('stops at count even when the last page is full', async () => {
    server.fallback = pagedList(6);
    const items = await collect(ws().listExportTasksAll({ limit: 3 }));
    expect(items).toHaveLength(6);
    expect(server.requests).toHaveLength(2);
  });

  it('stops at count even if the server would keep sending items', async () => {
    // A server whose count says 4 but which always returns a full page.
    server.fallback = (req, res, recorded) => {
      const offset = Number(recorded.query.get('offset'));
      json(200, { export_tasks: [task(offset), task(offset + 1)], count: 4 })(req, res, recorded);
    };
    const items = await collect(ws().listExportTasksAll({ limit: 2 }));
    expect(items.map((t) => t.task_id)).toEqual(['t0', 't1', 't2', 't3']);
    expect(server.requests).toHaveLength(2);
  });

  it('uses the largest documented page size (100) when no limit is given', async () => {
    server.fallback = pagedList(150);
    const items = await collect(ws().listExportTasksAll());
    expect(items).toHaveLength(150);
    expect(server.requests.map((r) => r.query.get('limit'))).toEqual(['100', '100']);
    expect(server.requests.map((r) => r.query.get('offset'))).toEqual(['0', '100']);
    expect(new Set(items.map((t) => t.task_id)).size).toBe(150);
  });

  it('passing offset is rejected before anything is sent', async () => {
    const error = await caught(() => ws().listExportTasksAll({ offset: 10 } as never).next());
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('offset');
    expect((error as ValidationError).message).toContain('listExportTasks');
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['an empty page with count 0', { export_tasks: [], count: 0 }],
    ['an empty page with a stale count', { export_tasks: [], count: 10 }],
    ['a page without the items field', { count: 3 }],
    ['a page whose items field is not a list', { export_tasks: null, count: 3 }],
  ])('%s ends the iteration', async (_what, body) => {
    server.fallback = json(200, body);
    const items = await collect(ws().listExportTasksAll({ limit: 2 }));
    expect(items).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('a page with missing total stops when fewer than limit items came', async () => {
    server.fallback = pagedList(2, { reportCount: false });
    const items = await collect(ws().listExportTasksAll({ limit: 3 }));
    expect(items.map((t) => t.task_id)).toEqual(['t0', 't1']);
    expect(server.requests).toHaveLength(1);
  });

  it('without total, full pages continue until a short one', async () => {
    server.fallback = pagedList(7, { reportCount: false });
    const items = await collect(ws().listExportTasksAll({ limit: 3 }));
    expect(items).toHaveLength(7);
    expect(server.requests.map((r) => r.query.get('offset'))).toEqual(['0', '3', '6']);
  });

  it('without total, an exact multiple ends on the empty page after it', async () => {
    server.fallback = pagedList(6, { reportCount: false });
    const items = await collect(ws().listExportTasksAll({ limit: 3 }));
    expect(items).toHaveLength(6);
    expect(server.requests).toHaveLength(3);
  });

  it('is lazy: the next page is fetched only when the previous one is consumed', async () => {
    server.fallback = pagedList(5);
    const iterator = ws().listExportTasksAll({ limit: 2 });
    expect(server.requests).toHaveLength(0);
    await iterator.next();
    await iterator.next();
    expect(server.requests).toHaveLength(1);
    await iterator.next();
    expect(server.requests).toHaveLength(2);
    await iterator.return(undefined);
    expect(server.requests).toHaveLength(2);
  });

  it('breaking out of for-await stops fetching', async () => {
    server.fallback = pagedList(100);
    let seen = 0;
    for await (const _ of ws().listExportTasksAll({ limit: 10 })) {
      if (++seen === 15) break;
    }
    expect(server.requests).toHaveLength(2);
  });

  it('a failing page surfaces its error after the items already yielded', async () => {
    server.enqueue(pagedList(4));
    server.fallback = json(500, { error_code: 'WKS.500' });
    const seen: string[] = [];
    const error = await caught(async () => {
      for await (const item of ws().listExportTasksAll({ limit: 2 })) seen.push(item.task_id!);
    });
    expect(seen).toEqual(['t0', 't1']);
    expect(error).toBeInstanceOf(ServerError);
  });

  it('passes request options (headers) to every page', async () => {
    server.fallback = pagedList(3);
    await collect(ws().listExportTasksAll({ limit: 2 }, { headers: { 'X-Trace': 'abc' } }));
    expect(server.requests.map((r) => r.headers['x-trace'])).toEqual(['abc', 'abc']);
  });
});
