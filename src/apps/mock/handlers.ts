/**
 * Serving a matched, authenticated, valid request: a single task, a filtered, sorted and paged
 * list of tasks, a start operation (creates a task and names it where `x-task-start` says), a
 * file (a task's linked file by `x-task.download`, or a file of its own), or the documented example.
 */
import { randomUUID } from 'node:crypto';
import { getAt, setAt } from '../../core/json-pointer.js';
import { documentedError, hasFile, renderTask, taskFileOf, type ServedValues } from './bodies.js';
import { extensionOf } from './files.js';
import { clone, type JsonObject } from './json.js';
import type { ListModel, OperationModel, ServiceModel } from './spec-model.js';
import { outcomesOf, type ItemCounts, type TaskRecord, type TaskStore, type TaskView } from './task-scenarios.js';
import type { StartedTask, StartedTasks, TaskOutcomeKind } from './types.js';

/** Code for a task id the mock does not know, where the documented error codes leave it open. */
const TASK_NOT_FOUND_CODE = 'MOCK.TASK_NOT_FOUND';
/** Code for a file the mock does not have (yet), where the documented error codes leave it open. */
const FILE_NOT_FOUND_CODE = 'MOCK.FILE_NOT_FOUND';

/** What serving one request needs besides the operation and its parameters. */
export interface ServeContext {
  store: TaskStore;
  served: ServedValues;
  now: number;
  requestId: string;
  /** Size of files no task sizes. */
  fileSize: number;
  /** How tasks created by start operations behave. */
  startedTasks: Required<Pick<StartedTasks, 'outcome' | 'advance'>> & Pick<StartedTasks, 'file'>;
  /** Where created tasks are reported. */
  started: StartedTask[];
  /** The items an upload counted (multipart bodies). */
  items?: ItemCounts;
}

/** A status and what to send: a JSON body, a generated file, or nothing. */
export type Answer = { status: number; body: JsonObject } | { status: number; file: { name: string; size: number; type: string } } | { status: number; empty: true };

interface Shown {
  record: TaskRecord;
  view: TaskView;
  item: JsonObject;
}

function matches(actual: unknown, wanted: unknown): boolean {
  const wantedValues = Array.isArray(wanted) ? wanted : [wanted];
  return wantedValues.some((w) => String(w) === String(actual));
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a ?? '');
  const y = String(b ?? '');
  return x < y ? -1 : x > y ? 1 : 0;
}

function number(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function serveList(service: ServiceModel, operation: OperationModel, list: ListModel, params: Record<string, unknown>, ctx: ServeContext): Answer {
  let shown: Shown[] = ctx.store.all(service.name).map((record) => {
    const view = record.view(ctx.now);
    return { record, view, item: renderTask(service, list.itemTemplate, record, view, ctx.served, ctx.fileSize) };
  });
  for (const name of list.filters) {
    if (params[name] !== undefined) shown = shown.filter((s) => matches(getAt(s.item, `/${name}`), params[name]));
  }
  const sort = list.sort;
  const sortBy = sort ? params[sort.fieldParam] : undefined;
  if (sort && typeof sortBy === 'string') {
    const order = params[sort.orderParam] ?? operation.defaults[sort.orderParam] ?? sort.ascending;
    const sign = order === sort.descending ? -1 : 1;
    // Array.prototype.sort is stable: equal keys keep creation order.
    shown.sort((a, b) => sign * compare(getAt(a.item, `/${sortBy}`), getAt(b.item, `/${sortBy}`)));
  }
  const total = shown.length;
  const body = clone(operation.template);
  let page: Shown[];
  if (list.paging) {
    const { offsetParam, limitParam } = list.paging;
    const offset = number(params[offsetParam] ?? operation.defaults[offsetParam], 0);
    const limit = number(params[limitParam] ?? operation.defaults[limitParam], total);
    page = shown.slice(offset, offset + limit);
    setAt(body, list.paging.total, total);
  } else {
    const limit = list.echo?.defaultLimit ?? total;
    page = shown.slice(0, limit);
    if (list.echo?.offset) setAt(body, list.echo.offset, 0);
    if (list.echo?.limit) setAt(body, list.echo.limit, limit);
    if (list.echo?.total) setAt(body, list.echo.total, total);
  }
  setAt(body, list.items, page.map((s) => s.item));
  // Only the tasks a response shows have been polled.
  for (const s of page) s.record.reads++;
  return { status: 200, body };
}

/** The 4xx status for something that does not exist: 404 where the operation documents it (or 4XX), else its documented 400. */
function missingStatus(operation: OperationModel): number {
  return operation.statuses.includes('404') || operation.statuses.includes('4XX') || !operation.statuses.includes('400') ? 404 : 400;
}

function missing(operation: OperationModel, fallbackCode: string, message: string, ctx: ServeContext): Answer {
  // Where the documented codes are an enum, the unknown id is reported as the invalid parameter it is.
  const code = operation.error.enumerated ? operation.error.invalidParameterCode : fallbackCode;
  return { status: missingStatus(operation), body: documentedError(operation.error, code, message, ctx.requestId) };
}

/** The outcome of a task that imports counted items: all good, all bad, or partial where the spec can say so (else failed). */
function outcomeOfItems(items: ItemCounts, expressible: readonly TaskOutcomeKind[]): TaskOutcomeKind {
  if (items.failed === 0) return 'succeeded';
  if (items.failed < items.total && expressible.includes('partial')) return 'partial';
  return 'failed';
}

function serveStart(service: ServiceModel, operation: OperationModel, ctx: ServeContext): Answer {
  const task = service.task;
  const pointer = operation.descriptor.taskStart!.taskId;
  const body = clone(operation.template);
  if (!task) return { status: operation.okStatus, body };
  const id = randomUUID();
  // An upload's rows decide how its import ends (and fill the counters where the task reports them).
  const counted = ctx.items;
  const outcome = counted ? outcomeOfItems(counted, outcomesOf(task.spec)) : ctx.startedTasks.outcome;
  const scenario = { service: service.name, id, outcome, advance: ctx.startedTasks.advance, ...(ctx.startedTasks.file ? { file: ctx.startedTasks.file } : {}) };
  ctx.store.add(scenario, counted);
  const entry: StartedTask = { service: service.name, id, operation: operation.descriptor.id };
  if (ctx.items) entry.rows = { total: ctx.items.total, succeeded: ctx.items.total - ctx.items.failed, failed: ctx.items.failed };
  ctx.started.push(entry);
  setAt(body, pointer, id);
  return { status: operation.okStatus, body };
}

/** The task whose object carries every parameter of the download where `x-task.download` reads it. */
function linkedTask(service: ServiceModel, params: Record<string, unknown>, ctx: ServeContext): { record: TaskRecord; view: TaskView } | undefined {
  const task = service.task!;
  const links = Object.entries(task.spec.download!.parameters);
  for (const record of ctx.store.all(service.name)) {
    const view = record.view(ctx.now);
    const item = renderTask(service, task.template, record, view, ctx.served, ctx.fileSize);
    if (links.every(([param, pointer]) => params[param] !== undefined && String(getAt(item, pointer)) === String(params[param]))) return { record, view };
  }
  return undefined;
}

function serveFile(service: ServiceModel, operation: OperationModel, params: Record<string, unknown>, ctx: ServeContext): Answer {
  const type = operation.fileType ?? 'application/octet-stream';
  if (service.task?.spec.download?.operationId !== operation.descriptor.id) {
    // A file of its own (a template, a synchronous export): named after the operation and its path values.
    const values = operation.descriptor.params.filter((p) => p.in === 'path' && !p.filledFrom && !p.option).map((p) => String(params[p.name]));
    return { status: operation.okStatus, file: { name: `${[operation.descriptor.id, ...values].join('-')}.${extensionOf(type)}`, size: ctx.fileSize, type } };
  }
  const found = linkedTask(service, params, ctx);
  const wanted = JSON.stringify(Object.values(params).join(', '));
  if (!found) return missing(operation, FILE_NOT_FOUND_CODE, `No export file ${wanted} exists`, ctx);
  if (!hasFile(found.view)) return missing(operation, FILE_NOT_FOUND_CODE, `The task ${JSON.stringify(found.record.scenario.id)} has no file yet (it is ${found.view.state})`, ctx);
  const file = taskFileOf(service, found.record, ctx.fileSize);
  return { status: operation.okStatus, file: { name: file.name, size: file.size, type } };
}

/** The answer to a valid request for `operation`. */
export function serve(service: ServiceModel, operation: OperationModel, params: Record<string, unknown>, ctx: ServeContext): Answer {
  const task = service.task;
  if (operation.kind === 'list' && operation.list && task) return serveList(service, operation, operation.list, params, ctx);
  const spec = operation.descriptor.task;
  if (operation.kind === 'task' && spec && task) {
    const id = String(params[spec.id]);
    const record = ctx.store.get(service.name, id);
    if (!record) {
      const code = operation.error.enumerated ? operation.error.invalidParameterCode : TASK_NOT_FOUND_CODE;
      return { status: operation.notFoundStatus, body: documentedError(operation.error, code, `The task ${JSON.stringify(id)} does not exist`, ctx.requestId) };
    }
    const view = record.view(ctx.now);
    const body = renderTask(service, operation.template, record, view, ctx.served, ctx.fileSize);
    record.reads++;
    return { status: 200, body };
  }
  if (operation.kind === 'start') return serveStart(service, operation, ctx);
  if (operation.kind === 'file') return serveFile(service, operation, params, ctx);
  if (operation.descriptor.answer === 'none') return { status: operation.okStatus, empty: true };
  return { status: operation.okStatus, body: clone(operation.template) };
}
