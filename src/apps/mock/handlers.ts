/**
 * Serving a matched, authenticated, valid request: a single task, a filtered, sorted and paged
 * list of tasks, or the documented example for an operation that shows no tasks.
 */
import { getAt, setAt } from '../../core/json-pointer.js';
import { documentedError, renderTask, type ServedValues } from './bodies.js';
import { clone, type JsonObject } from './json.js';
import type { ListModel, OperationModel, ServiceModel } from './spec-model.js';
import type { TaskRecord, TaskStore, TaskView } from './task-scenarios.js';

/** Code for a task id the mock does not know, where the documented error codes leave it open. */
const TASK_NOT_FOUND_CODE = 'MOCK.TASK_NOT_FOUND';

/** What serving one request needs besides the operation and its parameters. */
export interface ServeContext {
  store: TaskStore;
  served: ServedValues;
  now: number;
  requestId: string;
}

/** A status and a JSON body to send. */
export interface Answer {
  status: number;
  body: JsonObject;
}

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
  const task = service.task!;
  let shown: Shown[] = ctx.store.all(service.name).map((record) => {
    const view = record.view(ctx.now);
    return { record, view, item: renderTask(task, list.itemTemplate, record, view, ctx.served) };
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

/** The answer to a valid request for `operation`. */
export function serve(service: ServiceModel, operation: OperationModel, params: Record<string, unknown>, ctx: ServeContext): Answer {
  const task = service.task;
  if (operation.kind === 'list' && operation.list && task) return serveList(service, operation, operation.list, params, ctx);
  const spec = operation.descriptor.task;
  if (operation.kind === 'task' && spec && task) {
    const id = String(params[spec.id]);
    const record = ctx.store.get(service.name, id);
    if (!record) {
      // Where the documented codes are an enum, the unknown id is reported as the invalid parameter it is.
      const code = operation.error.enumerated ? operation.error.invalidParameterCode : TASK_NOT_FOUND_CODE;
      return { status: operation.notFoundStatus, body: documentedError(operation.error, code, `The task ${JSON.stringify(id)} does not exist`, ctx.requestId) };
    }
    const view = record.view(ctx.now);
    const body = renderTask(task, operation.template, record, view, ctx.served);
    record.reads++;
    return { status: 200, body };
  }
  return { status: 200, body: clone(operation.template) };
}
