/**
 * `taskport get`, `list` and `wait` for every service, as a subprocess against an in-test mock:
 * human and --json output, filters generated from the list operation's query parameters, --all.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MockServer } from '../../src/apps/mock/index.js';
import { FAST, freshTask, mockEnv, runCli, SERVICE_NAMES, startTestMock } from './helpers.js';

// Each case starts node + tsx processes; several run at once on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

let mock: MockServer;
let env: Record<string, string>;
beforeAll(async () => {
  mock = await startTestMock();
  env = mockEnv(mock);
});
afterAll(() => mock?.close());

/** Query strings the mock received for a task-less list call of this service path. */
const queriesTo = (pathPart: string) => mock.requests.filter((r) => r.url.includes(pathPart)).map((r) => new URL(r.url, 'http://x').searchParams);

describe.concurrent.each(SERVICE_NAMES)('%s', (service) => {
  it('get --json prints the normalised task with ISO dates and raw', async () => {
    const id = freshTask(mock, service, 'succeeded', 3);
    const result = await runCli(['get', service, id, '--json'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const task = JSON.parse(result.stdout);
    expect(task).toMatchObject({ service, id, done: false });
    expect(['pending', 'running']).toContain(task.status);
    expect(typeof task.raw).toBe('object');
    if (task.createdAt !== undefined) expect(task.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('get prints aligned human lines', async () => {
    const id = freshTask(mock, service, 'failed', 0);
    const result = await runCli(['get', service, id], env);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^service +${service}$`));
    expect(result.stdout).toMatch(new RegExp(`^id +${id}$`, 'm'));
    expect(result.stdout).toMatch(/^status +failed \(done\)$/m);
    // Every value starts in the same column, after a label and at least two spaces.
    const column = lines[0]!.indexOf(service);
    for (const line of lines) expect(line.slice(0, column)).toMatch(/^[a-z]+ {2,}$/);
  });

  it('wait exits 0 when the task succeeds and prints it as JSON', async () => {
    const id = freshTask(mock, service, 'succeeded');
    const result = await runCli(['wait', service, id, '--json', ...FAST], env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ service, id, status: 'succeeded', done: true });
    expect(result.stderr).toMatch(new RegExp(`^\\S+Z ${service} ${id} succeeded`, 'm'));
  });

  it('wait exits 1 when the task fails, with the error and the last task as JSON', async () => {
    const id = freshTask(mock, service, 'failed');
    const result = await runCli(['wait', service, id, '--json', ...FAST], env);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout);
    expect(body.error).toMatchObject({ name: 'TaskFailedError' });
    expect(body.error.message).toContain(id);
    expect(body.task).toMatchObject({ service, id, status: 'failed', done: true });
    expect(result.stderr).toMatch(new RegExp(`^taskport: ${service} task ${id} ended failed`, 'm'));
  });
});

describe.concurrent('list', () => {
  it('workspace --json prints the response; filters become query parameters', async () => {
    const id = freshTask(mock, 'workspace', 'succeeded', 0);
    const result = await runCli(['list', 'workspace', '--task-id', id, '--status', 'SUCCESS', '--no-is-download', '--limit', '5', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.export_tasks).toHaveLength(1);
    expect(body.export_tasks[0]).toMatchObject({ task_id: id, status: 'SUCCESS', is_download: false });
    const sent = queriesTo('/export-tasks').find((q) => q.get('task_id') === id)!;
    expect(Object.fromEntries(sent)).toMatchObject({ task_id: id, status: 'SUCCESS', is_download: 'false', limit: '5' });
  });

  it('workspace human output is a table of normalised tasks', async () => {
    const id = freshTask(mock, 'workspace', 'expired', 0);
    const result = await runCli(['list', 'workspace', '--task-id', id], env);
    expect(result.code, result.stderr).toBe(0);
    const [header, row, summary] = result.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID +STATUS +PROGRESS +CREATED +NAME$/);
    expect(row).toMatch(new RegExp(`^${id} +expired +- +\\d{4}-.*Z +${id}$`));
    expect(summary).toBe('1 item');
  });

  it('workspace --all iterates every page (listExportTasksAll) and prints the items', async () => {
    const one = await runCli(['list', 'workspace', '--json'], env);
    const total = JSON.parse(one.stdout).count as number;
    expect(total).toBeGreaterThan(1);
    const result = await runCli(['list', 'workspace', '--all', '--limit', '1', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const items = JSON.parse(result.stdout);
    expect(Array.isArray(items)).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(total);
    const offsets = queriesTo('/export-tasks').filter((q) => q.get('limit') === '1').map((q) => Number(q.get('offset')));
    expect(offsets).toEqual(expect.arrayContaining([0, 1, 2]));
  });

  it('--is-download sends true; sort flags go together', async () => {
    const id = freshTask(mock, 'workspace', 'succeeded', 0);
    const ok = await runCli(['list', 'workspace', '--task-id', id, '--is-download', '--sort-field', 'create_time', '--sort-type', 'DESC', '--json'], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(Object.fromEntries(queriesTo('/export-tasks').find((q) => q.get('task_id') === id)!)).toMatchObject({ is_download: 'true', sort_field: 'create_time', sort_type: 'DESC' });
    const alone = await runCli(['list', 'workspace', '--sort-field', 'create_time'], env);
    expect(alone.code).toBe(3);
    expect(alone.stderr).toMatch(/^taskport: .*sort_field.*sort_type.*together/m);
  });

  it('integer filters are validated by the client (ValidationError, exit 3)', async () => {
    const text = await runCli(['list', 'workspace', '--limit', 'abc', '--json'], env);
    expect(text.code).toBe(3);
    expect(JSON.parse(text.stdout).error).toMatchObject({ name: 'ValidationError', field: 'limit' });
    const big = await runCli(['list', 'workspace', '--limit', '1000'], env);
    expect(big.code).toBe(3);
    expect(big.stderr).toContain('at most 100');
  });

  it('metastudio takes repeated --resource and prints counters', async () => {
    const id = freshTask(mock, 'metastudio', 'partial', 0);
    const result = await runCli(['list', 'metastudio', '--resource', 'knowledge-intent-question-create', '--resource', 'other-resource', '--business-id', 'b1'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${id} +partial +10/10 \\(5 failed\\)`, 'm'));
    const sent = queriesTo('/ies/task').filter((q) => q.get('business_id') === 'b1');
    expect(sent.at(-1)!.getAll('resource')).toEqual(['knowledge-intent-question-create', 'other-resource']);
  });

  it('metastudio --json prints the raw SearchTask body', async () => {
    const result = await runCli(['list', 'metastudio', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(Array.isArray(body.data)).toBe(true);
    expect(body.data.map((t: { task_id: string }) => t.task_id)).toContain('demo-succeeded');
  });

  it('--all is refused where the operation has no paging', async () => {
    const result = await runCli(['list', 'metastudio', '--all'], env);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^taskport: --all: metastudio SearchTask has no paging parameters/m);
  });

  it('a service without a list operation gets a usage error naming those with one', async () => {
    for (const service of ['hss', 'dataarts-insight']) {
      const result = await runCli(['list', service, '--json'], env);
      expect(result.code).toBe(3);
      expect(result.stderr).toBe(`taskport: ${service} has no list operation; list supports metastudio, workspace\n`);
      expect(JSON.parse(result.stdout).error).toMatchObject({ name: 'UsageError' });
    }
  });
});
