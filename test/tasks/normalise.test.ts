/**
 * normaliseTask against every service's REAL `x-task` spec (imported from the generated
 * descriptors): the documented example bodies, every documented status value, MetaStudio's
 * counters, every time spelling the pages use, error and file fields, and bodies of any garbage
 * shape, which must become `unknown` (raw kept) and never throw.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataArtsInsightService } from '../../generated/clients/dataarts-insight.js';
import { hssService } from '../../generated/clients/hss.js';
import { metaStudioService } from '../../generated/clients/metastudio.js';
import { workspaceService } from '../../generated/clients/workspace.js';
import { parseJsonBody } from '../../src/http/json-body.js';
import { getAt as fieldAt } from '../../src/core/json-pointer.js';
import type { Task, TaskState } from '../../src/core/task.js';
import type { TaskSpec } from '../../src/core/task-spec.js';
import { normaliseTask, taskObject } from '../../src/tasks/normalise-task.js';

const specs = {
  metastudio: metaStudioService.operations.showTask.task,
  workspace: workspaceService.operations.listExportTasks.task,
  hss: hssService.operations.listQueryExportTask.task,
  'dataarts-insight': dataArtsInsightService.operations.listImportResourceTaskDetail.task,
} satisfies Record<string, TaskSpec>;
type Service = keyof typeof specs;
const SERVICES = Object.keys(specs) as Service[];
const specOf = (service: Service): TaskSpec => specs[service];

/** The documented example as the client would see it (int64 beyond 2^53 kept as digit strings). */
function example(file: string): unknown {
  return parseJsonBody(readFileSync(new URL(`../fixtures/examples/${file}`, import.meta.url), 'utf8'));
}

const normalise = (service: Service, raw: unknown, id = 'task-1'): Task => normaliseTask(service, specOf(service), raw, id);

/** A minimal task object of a status-valued service with its status field set to `value`. */
function withStatus(service: Exclude<Service, 'metastudio'>, value: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const spec = specOf(service);
  if ('counters' in spec.status) throw new Error('status-valued services only');
  const key = spec.status.field.slice(1);
  return { [spec.idField.slice(1)]: 'task-1', [key]: value, ...extra };
}

/** MetaStudio's task object with its three counters. */
const counters = (total: unknown, success: unknown, failure: unknown, extra: Record<string, unknown> = {}) => ({
  task_id: 'task-1',
  total_count: total,
  success_count: success,
  failure_count: failure,
  ...extra,
});

describe('the specs the normaliser is driven by', () => {
  it('are the generated ones, with the documented status maps', () => {
    expect(specs.hss.status).toEqual({ field: '/task_status', values: { running: ['running'], succeeded: ['success'], failed: ['failure'] } });
    expect(specs.workspace.status).toEqual({ field: '/status', values: { running: ['CREATING'], succeeded: ['SUCCESS'], failed: ['FAIL'], expired: ['EXPIRED'] } });
    expect(specs['dataarts-insight'].status).toEqual({ field: '/status', values: { pending: [-1, 0], running: [4], succeeded: [1], failed: [2], partial: [3] } });
    expect(specs.metastudio.status).toEqual({ counters: true });
    expect(specs.workspace.list).toEqual({ items: '/export_tasks' });
  });
});

describe('the documented example bodies', () => {
  it('MetaStudio ShowTask (3 items: 2 succeeded, 1 failed) is partial, with its name and times', () => {
    const raw = example('001-metastudio.ShowTask.200.json');
    const task = normalise('metastudio', raw, 'fd1c56acbb2c4b1aa24ba37df99f3129');
    expect(task).toEqual({
      service: 'metastudio',
      id: 'fd1c56acbb2c4b1aa24ba37df99f3129',
      name: 'Imported Q&A pairs.',
      status: 'partial',
      done: true,
      progress: { total: 3, succeeded: 2, failed: 1 },
      createdAt: new Date(1744276967708),
      endedAt: new Date(1744276967708),
      raw,
    });
    // raw is the very object the service sent, task_status included.
    expect(task.raw).toBe(raw);
    expect((task.raw as { task_status: number }).task_status).toBe(0);
  });

  it('MetaStudio SearchTask (a page header, no task) read as a task is unknown, not an exception', () => {
    const raw = example('000-metastudio.SearchTask.200.json');
    expect(normalise('metastudio', raw)).toEqual({ service: 'metastudio', id: 'task-1', status: 'unknown', done: false, raw });
  });

  it('Workspace ListExportTasks: the listed task is CREATING (running), with file fields and no error yet', () => {
    const body = example('002-workspace.ListExportTasks.200.json');
    const raw = taskObject(specs.workspace, body, 'string');
    expect(raw).toBe((body as { export_tasks: unknown[] }).export_tasks[0]);
    const task = normalise('workspace', raw, 'string');
    expect(task).toEqual({
      service: 'workspace',
      id: 'string',
      name: 'string',
      status: 'running',
      done: false,
      // create_time is the documented `2022-03-28'T'00:00:00.000Z` with the quoted T.
      createdAt: new Date(Date.UTC(2022, 2, 28)),
      file: { name: 'string', downloaded: true },
      raw,
    });
    // end_time is documented but only read once the task is done (whenDone); fail_reason only when it went wrong.
    expect(task.endedAt).toBeUndefined();
    expect(task.error).toBeUndefined();
  });

  it('HSS ListQueryExportTask: success → succeeded, with its file', () => {
    const raw = example('003-hss.ListQueryExportTask.200.json');
    expect(normalise('hss', raw, '94ad7efb-xxxxx-46ed-99bf-dcd8c1c75dc2')).toEqual({
      service: 'hss',
      id: '94ad7efb-xxxxx-46ed-99bf-dcd8c1c75dc2',
      name: 'vul_vul_xxxxxxx_export_task',
      status: 'succeeded',
      done: true,
      file: { id: 'b3e83d25-d92f-4963-a293-e056e81ec44d', name: 'hss-vul-vul-zh-xxxxxxxx.zip' },
      raw,
    });
  });

  it('DataArts Insight: status 1 → succeeded; the Long.MAX_VALUE dates give no date; error_msg ignored on success', () => {
    const raw = example('004-dataarts-insight.ListImportResourceTaskDetail.200.json');
    // The exact-int64 parser keeps the documented digits as text.
    expect((raw as { create_date: unknown }).create_date).toBe('9223372036854776000');
    const task = normalise('dataarts-insight', raw, '2406a337-xxxx-a5b2-b01a61d2043b');
    expect(task).toEqual({
      service: 'dataarts-insight',
      id: '2406a337-xxxx-a5b2-b01a61d2043b',
      name: 'string',
      status: 'succeeded',
      done: true,
      file: { name: 'test.zip' },
      raw,
    });
  });

  it('DataArts Insight parsed by plain JSON.parse (the date as a rounded number) gives no date either', () => {
    const text = readFileSync(new URL('../fixtures/examples/004-dataarts-insight.ListImportResourceTaskDetail.200.json', import.meta.url), 'utf8');
    const task = normalise('dataarts-insight', JSON.parse(text));
    expect(task.createdAt).toBeUndefined();
    expect(task.endedAt).toBeUndefined();
    expect(task.status).toBe('succeeded');
  });
});

describe('every documented status value maps to its state', () => {
  const table: [Exclude<Service, 'metastudio'>, unknown, TaskState][] = [
    ['hss', 'running', 'running'],
    ['hss', 'success', 'succeeded'],
    ['hss', 'failure', 'failed'],
    ['hss', 'SUCCESS', 'unknown'],
    ['hss', 'failed', 'unknown'],
    ['hss', '', 'unknown'],
    ['workspace', 'CREATING', 'running'],
    ['workspace', 'SUCCESS', 'succeeded'],
    ['workspace', 'FAIL', 'failed'],
    ['workspace', 'EXPIRED', 'expired'],
    ['workspace', 'creating', 'unknown'],
    ['workspace', 'PENDING', 'unknown'],
    ['dataarts-insight', -1, 'pending'],
    ['dataarts-insight', 0, 'pending'],
    ['dataarts-insight', 4, 'running'],
    ['dataarts-insight', 1, 'succeeded'],
    ['dataarts-insight', 2, 'failed'],
    ['dataarts-insight', 3, 'partial'],
    // A service that starts quoting its integer codes still maps.
    ['dataarts-insight', '3', 'partial'],
    ['dataarts-insight', '-1', 'pending'],
    ['dataarts-insight', 5, 'unknown'],
    ['dataarts-insight', 1.5, 'unknown'],
    ['dataarts-insight', -2, 'unknown'],
  ];
  it.each(table)('%s %j → %s', (service, value, state) => {
    const task = normalise(service, withStatus(service, value));
    expect(task.status).toBe(state);
    expect(task.done).toBe(['succeeded', 'failed', 'partial', 'expired'].includes(state));
  });

  it.each(SERVICES.filter((s): s is Exclude<Service, 'metastudio'> => s !== 'metastudio'))('%s: every value of the spec map, straight from the spec', (service) => {
    const status = specOf(service).status;
    if ('counters' in status) throw new Error('unreachable');
    const entries = Object.entries(status.values).flatMap(([state, values]) => (values ?? []).map((value) => [state, value] as const));
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const [state, value] of entries) expect(normalise(service, withStatus(service, value)).status, `${service} ${String(value)}`).toBe(state);
  });
});

describe('MetaStudio: the state comes from the counters', () => {
  const table: [string, unknown, unknown, unknown, TaskState, Task['progress'] | undefined][] = [
    ['total 0 (nothing counted yet)', 0, 0, 0, 'running', { total: 0, succeeded: 0, failed: 0 }],
    ['3/2/1', 3, 2, 1, 'partial', { total: 3, succeeded: 2, failed: 1 }],
    ['3/3/0', 3, 3, 0, 'succeeded', { total: 3, succeeded: 3, failed: 0 }],
    ['3/0/3', 3, 0, 3, 'failed', { total: 3, succeeded: 0, failed: 3 }],
    ['3/1/0', 3, 1, 0, 'running', { total: 3, succeeded: 1, failed: 0 }],
    ['3/0/0', 3, 0, 0, 'running', { total: 3, succeeded: 0, failed: 0 }],
    ['3/1/1', 3, 1, 1, 'running', { total: 3, succeeded: 1, failed: 1 }],
    ['digit strings "3"/"3"/"0"', '3', '3', '0', 'succeeded', { total: 3, succeeded: 3, failed: 0 }],
    ['a missing counter', 3, 3, undefined, 'unknown', undefined],
    ['a negative counter', 3, -1, 0, 'unknown', undefined],
    ['a fractional counter', 3, 1.5, 1.5, 'unknown', undefined],
    ['null counters', null, null, null, 'unknown', undefined],
    ['a non-digit string', '3a', 3, 0, 'unknown', undefined],
    ['a boolean', true, 1, 0, 'unknown', undefined],
  ];
  it.each(table)('%s → %s', (_, total, success, failure, state, progress) => {
    const body = counters(total, success, failure);
    if (failure === undefined) delete (body as Record<string, unknown>).failure_count;
    const task = normalise('metastudio', body);
    expect(task.status).toBe(state);
    expect(task.progress).toEqual(progress);
  });

  it('ignores the raw task_status (kept in raw) in favour of the counters', () => {
    const body = counters(3, 1, 0, { task_status: 2 });
    const task = normalise('metastudio', body);
    expect(task.status).toBe('running');
    expect(task.raw).toBe(body);
  });

  it('reads end_time only once the task is done', () => {
    const running = normalise('metastudio', counters(3, 1, 0, { begin_time: 1000, end_time: 2000 }));
    expect(running.createdAt).toEqual(new Date(1000));
    expect(running.endedAt).toBeUndefined();
    const done = normalise('metastudio', counters(3, 3, 0, { begin_time: 1000, end_time: 2000 }));
    expect(done.endedAt).toEqual(new Date(2000));
  });
});

describe('times, in the format each spec states', () => {
  // Format by format in test/core/time-format.test.ts; here through the real specs.
  const table: [string, unknown, { workspace?: number; epoch?: number }][] = [
    ['epoch ms number', 1744276967708, { epoch: 1744276967708 }],
    ['epoch ms digit string', '1744276967708', { epoch: 1744276967708 }],
    ['the documented Java pattern with +0000', '2026-01-10T09:03:00.000+0000', { workspace: Date.UTC(2026, 0, 10, 9, 3) }],
    ['the documented Java pattern with -0530', '2026-01-10T03:33:00.000-0530', { workspace: Date.UTC(2026, 0, 10, 9, 3) }],
    ["Workspace's documented example (quoted T, literal Z: alsoAccepted)", "2022-03-28'T'00:00:00.000Z", { workspace: Date.UTC(2022, 2, 28) }],
    ['ISO 8601 with Z (no spec states it)', '2026-01-10T09:03:00.000Z', {}],
    ["DataArts' Long.MAX_VALUE as digits", '9223372036854776000', {}],
    ['garbage text', 'yesterday', {}],
    ['null', null, {}],
  ];
  it.each(table)('%s', (_, value, expected) => {
    // createdAt is read whatever the state; Workspace's field is create_time, MetaStudio's begin_time, DataArts' create_date.
    expect(normalise('workspace', withStatus('workspace', 'CREATING', { create_time: value })).createdAt?.getTime()).toBe(expected.workspace);
    expect(normalise('metastudio', counters(1, 0, 0, { begin_time: value })).createdAt?.getTime()).toBe(expected.epoch);
    expect(normalise('dataarts-insight', withStatus('dataarts-insight', 4, { create_date: value })).createdAt?.getTime()).toBe(expected.epoch);
  });

  it('endedAt (whenDone) appears on finished tasks only', () => {
    const at = "2022-03-28'T'00:00:00.000Z";
    expect(normalise('workspace', withStatus('workspace', 'CREATING', { end_time: at })).endedAt).toBeUndefined();
    expect(normalise('workspace', withStatus('workspace', 'SUCCESS', { end_time: at })).endedAt).toEqual(new Date(Date.UTC(2022, 2, 28)));
    expect(normalise('dataarts-insight', withStatus('dataarts-insight', 0, { update_date: 5 })).endedAt).toBeUndefined();
    expect(normalise('dataarts-insight', withStatus('dataarts-insight', 3, { update_date: 5 })).endedAt).toEqual(new Date(5));
  });

  it('HSS has no time fields: none are invented', () => {
    const task = normalise('hss', withStatus('hss', 'success', { create_time: 1, end_time: 2 }));
    expect(task.createdAt).toBeUndefined();
    expect(task.endedAt).toBeUndefined();
  });
});

describe('error only when the task went wrong', () => {
  const wsError = { error_code: 'WKS.0001', fail_reason: 'disk full' };
  const table: [Exclude<Service, 'metastudio'>, unknown, Task['error'] | undefined][] = [
    ['workspace', 'FAIL', { code: 'WKS.0001', message: 'disk full' }],
    ['workspace', 'EXPIRED', { code: 'WKS.0001', message: 'disk full' }],
    ['workspace', 'SUCCESS', undefined],
    ['workspace', 'CREATING', undefined],
    ['workspace', 'bogus', undefined],
    ['dataarts-insight', 2, { message: 'disk full' }],
    ['dataarts-insight', 3, { message: 'disk full' }],
    ['dataarts-insight', 1, undefined],
    ['dataarts-insight', 4, undefined],
    ['dataarts-insight', 0, undefined],
  ];
  it.each(table)('%s %j → %j', (service, value, error) => {
    const extra = service === 'workspace' ? wsError : { error_msg: 'disk full' };
    expect(normalise(service, withStatus(service, value, extra)).error).toEqual(error);
  });

  it('empty or non-string error fields are left out', () => {
    expect(normalise('workspace', withStatus('workspace', 'FAIL', { error_code: '', fail_reason: 42 })).error).toBeUndefined();
    expect(normalise('workspace', withStatus('workspace', 'FAIL', { error_code: 'X', fail_reason: '' })).error).toEqual({ code: 'X' });
  });

  it('HSS failure carries no error (its spec maps no error fields)', () => {
    expect(normalise('hss', withStatus('hss', 'failure', { error_msg: 'x' })).error).toBeUndefined();
  });
});

describe('file fields', () => {
  it('Workspace: name and a boolean downloaded flag; a non-boolean flag is left out', () => {
    expect(normalise('workspace', withStatus('workspace', 'SUCCESS', { file_name: 'a.csv', is_download: false })).file).toEqual({ name: 'a.csv', downloaded: false });
    expect(normalise('workspace', withStatus('workspace', 'SUCCESS', { file_name: 'a.csv', is_download: 'true' })).file).toEqual({ name: 'a.csv' });
  });

  it('HSS: id and name; empty strings are left out; no file fields → no file', () => {
    expect(normalise('hss', withStatus('hss', 'success', { file_id: 'f1', file_name: 'x.zip' })).file).toEqual({ id: 'f1', name: 'x.zip' });
    expect(normalise('hss', withStatus('hss', 'success', { file_id: '', file_name: 'x.zip' })).file).toEqual({ name: 'x.zip' });
    expect(normalise('hss', withStatus('hss', 'running')).file).toBeUndefined();
    expect(normalise('hss', withStatus('hss', 'running', { file_id: 7 })).file).toBeUndefined();
  });

  it('DataArts Insight: the OBS object key is the file name', () => {
    expect(normalise('dataarts-insight', withStatus('dataarts-insight', 1, { obs_object_key: 'k/v.zip' })).file).toEqual({ name: 'k/v.zip' });
  });

  it('MetaStudio has no file fields', () => {
    expect(normalise('metastudio', counters(1, 1, 0, { file_name: 'x' })).file).toBeUndefined();
  });
});

function deeplyNested(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) node = { task_status: node, status: node, total_count: node, a: node };
  return node;
}

describe('garbage bodies become unknown, keep raw, and never throw', () => {
  const deep = deeplyNested(200_000);
  const garbage: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['an empty array', []],
    ['an array of tasks', [{ task_status: 'success', status: 1 }]],
    ['a string', 'success'],
    ['a number', 1],
    ['a boolean', true],
    ['an empty object', {}],
    ['missing status', { task_id: 'task-1', task_name: 'x' }],
    ['status null', { task_status: null, status: null }],
    ['status an object', { task_status: { value: 'success' }, status: { value: 1 } }],
    ['status an array', { task_status: ['success'], status: [1] }],
    ['status a boolean', { task_status: true, status: true }],
    ['status a prototype name', { task_status: 'constructor', status: '__proto__' }],
    ['status toString', { task_status: 'toString', status: 'hasOwnProperty' }],
    ['a huge nesting (200k levels)', deep],
    ['a null-prototype object', Object.assign(Object.create(null) as object, { task_status: 'nope' })],
  ];
  const cases = SERVICES.flatMap((service) => garbage.map(([label, raw]) => ({ service, label, raw })));
  it.each(cases)('$service: $label', ({ service, raw }) => {
    let task: Task | undefined;
    expect(() => (task = normalise(service, raw))).not.toThrow();
    expect(task!.status).toBe('unknown');
    expect(task!.done).toBe(false);
    expect(task!.raw).toBe(raw);
    expect(task!.service).toBe(service);
    expect(task!.id).toBe('task-1');
    expect(task!.error).toBeUndefined();
    expect(task!.progress).toBeUndefined();
  });

  it('a huge nesting stays cheap (the normaliser walks pointers, not the body)', () => {
    const started = performance.now();
    for (const service of SERVICES) normalise(service, deep);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('taskObject and fieldAt', () => {
  const spec = specs.workspace;
  it('finds the listed task by its id (compared as text), else undefined', () => {
    const body = { export_tasks: [{ task_id: 'a' }, { task_id: 7 }, null, 'x'], count: 4 };
    expect(taskObject(spec, body, 'a')).toEqual({ task_id: 'a' });
    expect(taskObject(spec, body, '7')).toEqual({ task_id: 7 });
    expect(taskObject(spec, body, 'missing')).toBeUndefined();
  });

  it.each([null, undefined, 'x', [], {}, { export_tasks: null }, { export_tasks: {} }, { export_tasks: 'a' }])('a list body of the wrong shape (%j) has no task', (body) => {
    expect(() => taskObject(spec, body, 'a')).not.toThrow();
    expect(taskObject(spec, body, 'a')).toBeUndefined();
  });

  it('a single-task spec takes the body itself', () => {
    const body = { task_id: 'x' };
    expect(taskObject(specs.hss, body, 'other')).toBe(body);
  });

  it('fieldAt reads own properties only, through objects and arrays', () => {
    expect(fieldAt({ a: { b: [10, 20] } }, '/a/b/1')).toBe(20);
    expect(fieldAt({ a: 1 }, '/a/b')).toBeUndefined();
    expect(fieldAt({}, '/toString')).toBeUndefined();
    expect(fieldAt({}, '/__proto__')).toBeUndefined();
    expect(fieldAt(null, '/a')).toBeUndefined();
  });
});
