/**
 * List operations: Workspace's paged, filtered, sorted export task list through the real client
 * (`listExportTasksAll` across pages), and MetaStudio's SearchTask listing tasks in `data`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_PROJECT_ID, MOCK_TOKEN, startMockServer, type MockServer, type TaskScenario } from '../../src/apps/mock/index.js';
import { clientFor, expectConformingResponses } from './helpers.js';

let server: MockServer;
const t0 = Date.parse('2026-01-10T09:00:00.000Z');
const minute = 60_000;

// Created a minute apart, listed in this order; advance 0 = already finished, 1000 polls = still running.
const workspaceTasks: TaskScenario[] = [
  { service: 'workspace', id: 'w1', name: 'report-1.zip', outcome: 'succeeded', advance: { afterPolls: 0 }, createdAt: t0 + 3 * minute },
  { service: 'workspace', id: 'w2', name: 'report-2.zip', outcome: 'failed', advance: { afterPolls: 0 }, createdAt: t0 + 1 * minute },
  { service: 'workspace', id: 'w3', name: 'report-3.zip', outcome: 'succeeded', advance: { afterPolls: 0 }, createdAt: t0 + 6 * minute, fields: { is_download: true } },
  { service: 'workspace', id: 'w4', name: 'report-4.zip', outcome: 'expired', advance: { afterPolls: 0 }, createdAt: t0 + 2 * minute },
  { service: 'workspace', id: 'w5', name: 'report-5.zip', outcome: 'succeeded', advance: { afterPolls: 1000 }, createdAt: t0 + 5 * minute },
  { service: 'workspace', id: 'w6', name: 'report-6.zip', outcome: 'succeeded', advance: { afterPolls: 0 }, createdAt: t0 + 4 * minute },
  { service: 'workspace', id: 'w7', name: 'report-7.zip', outcome: 'failed', advance: { afterPolls: 0 }, createdAt: t0 },
];

beforeAll(async () => {
  server = await startMockServer({
    scenarios: [
      ...workspaceTasks,
      { service: 'metastudio', id: 'm1', outcome: 'succeeded', advance: { afterPolls: 0 }, total: 5 },
      { service: 'metastudio', id: 'm2', outcome: 'partial', advance: { afterPolls: 5 }, total: 5 },
    ],
  });
});
afterAll(async () => {
  expectConformingResponses(server);
  await server.close();
});

interface WorkspaceItem {
  task_id: string;
  status: string;
  create_time: string;
  end_time?: string;
  is_download: boolean;
  file_name: string;
}
type ListAll = (params?: Record<string, unknown>) => AsyncGenerator<WorkspaceItem>;
type ListPage = (params?: Record<string, unknown>) => Promise<{ export_tasks: WorkspaceItem[]; count: number }>;

describe('Workspace ListExportTasks', () => {
  const ws = () => clientFor('workspace', server);

  it('listExportTasksAll pages through every task exactly once', async () => {
    const before = server.requests.length;
    const ids: string[] = [];
    for await (const item of (ws().listExportTasksAll as ListAll)({ limit: 3 })) ids.push(item.task_id);
    expect(ids).toEqual(workspaceTasks.map((t) => t.id));
    const pages = server.requests.slice(before).map((r) => new URL(r.url, server.url).searchParams);
    expect(pages.map((q) => [q.get('offset'), q.get('limit')])).toEqual([
      ['0', '3'],
      ['3', '3'],
      ['6', '3'],
    ]);
  });

  it('pages by offset and limit, with count the total that matches', async () => {
    const page = await (ws().listExportTasks as ListPage)({ offset: 5, limit: 5 });
    expect(page.count).toBe(7);
    expect(page.export_tasks.map((t) => t.task_id)).toEqual(['w6', 'w7']);
  });

  it('uses the documented default page size (20) without limit', async () => {
    const page = await (ws().listExportTasks as ListPage)();
    expect(page.export_tasks).toHaveLength(7);
  });

  it.each([
    [{ status: 'SUCCESS' }, ['w1', 'w3', 'w6']],
    [{ status: 'FAIL' }, ['w2', 'w7']],
    [{ status: 'EXPIRED' }, ['w4']],
    [{ status: 'CREATING' }, ['w5']],
    [{ task_id: 'w4' }, ['w4']],
    [{ file_name: 'report-6.zip' }, ['w6']],
    [{ is_download: true }, ['w3']],
    [{ is_download: false, status: 'SUCCESS' }, ['w1', 'w6']],
    [{ status: 'SUCCESS', sort_field: 'create_time', sort_type: 'DESC' }, ['w3', 'w6', 'w1']],
    [{ sort_field: 'create_time', sort_type: 'ASC' }, ['w7', 'w2', 'w4', 'w1', 'w6', 'w5', 'w3']],
  ])('filters and sorts: %j', async (params, expected) => {
    const page = await (ws().listExportTasks as ListPage)(params);
    expect(page.export_tasks.map((t) => t.task_id)).toEqual(expected);
    expect(page.count).toBe(expected.length);
  });

  it('writes times in the documented yyyy-MM-dd\'T\'HH:mm:ss.SSSZ form, end_time only once done', async () => {
    const { export_tasks: [done] } = await (ws().listExportTasks as ListPage)({ task_id: 'w1' });
    expect(done!.create_time).toBe('2026-01-10T09:03:00.000+0000');
    expect(done!.end_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
    const { export_tasks: [running] } = await (ws().listExportTasks as ListPage)({ task_id: 'w5' });
    expect(running!.end_time).toBeUndefined();
    const task = await ws().getTask('w1');
    expect(task.createdAt?.getTime()).toBe(t0 + 3 * minute);
    expect(task.file).toEqual({ name: 'report-1.zip', downloaded: false });
  });

  it('reports failure details of failed tasks, none for succeeded ones', async () => {
    const failed = await ws().getTask('w2');
    expect(failed.error).toEqual({ code: 'MOCK.TASK_FAILED', message: expect.stringMatching(/failed/) });
    expect((await ws().getTask('w1')).error).toBeUndefined();
  });
});

describe('MetaStudio SearchTask', () => {
  type Search = (params?: Record<string, unknown>) => Promise<{ offset: number; limit: number; count: number; data: { task_id: string; total_count: number; success_count: number; failure_count: number }[] }>;
  const ms = () => clientFor('metastudio', server);

  it('lists the tasks in data, with offset, limit (documented default 10) and count', async () => {
    const page = await (ms().searchTask as Search)();
    expect(page).toMatchObject({ offset: 0, limit: 10, count: 2 });
    expect(page.data.map((t) => t.task_id)).toEqual(['m1', 'm2']);
    expect(page.data[0]).toMatchObject({ total_count: 5, success_count: 5, failure_count: 0 });
  });

  it('filters by resource (an item field), repeated keys matching any value', async () => {
    expect((await (ms().searchTask as Search)({ resource: ['knowledge-intent-question-create', 'other'] })).count).toBe(2);
    expect((await (ms().searchTask as Search)({ resource: ['other'] })).data).toEqual([]);
  });

  it('accepts the time window parameters without applying them', async () => {
    const response = await fetch(`${server.url}/v2/${MOCK_PROJECT_ID}/ies/task?begin_time=1&end_time=2&business_id=s1`, { headers: { 'X-Auth-Token': MOCK_TOKEN } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { count: number }).count).toBe(2);
  });

  it('a task shown by SearchTask counts as polled, as by ShowTask', async () => {
    const a = await ms().getTask('m2');
    await (ms().searchTask as Search)();
    const b = await ms().getTask('m2');
    expect(b.progress!.succeeded + b.progress!.failed).toBeGreaterThan(a.progress!.succeeded + a.progress!.failed);
  });
});
