/**
 * Task progression: where each scenario stands after so many reads or so much time, as a state of
 * its service's `x-task` spec (a documented status value, or progress counters).
 */
import { ValidationError } from '../../core/errors.js';
import { checkNumber } from '../../core/option-checks.js';
import type { TaskState } from '../../core/task.js';
import type { TaskSpec } from '../../core/task-spec.js';
import type { ServiceModel } from './spec-model.js';
import type { TaskOutcomeKind, TaskScenario } from './types.js';

const OUTCOMES: readonly TaskOutcomeKind[] = ['succeeded', 'failed', 'partial', 'expired'];
/** Item count of counter-based tasks when the scenario gives none. */
const DEFAULT_TOTAL = 10;
/** Polls before a default demo task finishes. */
const DEFAULT_DEMO_POLLS = 3;

/** The outcomes a task spec can express: the states its status map names, or what counters can show. */
export function outcomesOf(spec: TaskSpec): TaskOutcomeKind[] {
  if ('counters' in spec.status) return ['succeeded', 'failed', 'partial'];
  const values = spec.status.values;
  return OUTCOMES.filter((o) => (values[o]?.length ?? 0) > 0);
}

/** A task as of one read. */
export interface TaskView {
  state: TaskState;
  done: boolean;
  /** The value for the spec's status field (status-valued specs). */
  status?: string | number;
  /** Progress counters (counter specs). */
  counters?: { total: number; succeeded: number; failed: number };
  createdAt: number;
  endedAt?: number;
}

/** Final succeeded/failed split of a counter task. */
function finalSplit(outcome: TaskOutcomeKind, total: number): { succeeded: number; failed: number } {
  if (outcome === 'succeeded') return { succeeded: total, failed: 0 };
  if (outcome === 'failed') return { succeeded: 0, failed: total };
  const succeeded = Math.ceil(total / 2);
  return { succeeded, failed: total - succeeded };
}

/** The items an import counted: how many there are and how many end failed. */
export interface ItemCounts {
  total: number;
  failed: number;
}

/** One served task and how often it has been shown. */
export class TaskRecord {
  /** Responses that have shown this task so far. */
  reads = 0;
  private endedAt: number | undefined;

  constructor(
    readonly scenario: Readonly<TaskScenario>,
    readonly spec: TaskSpec,
    readonly createdAt: number,
    /** Counted items (an upload's rows), instead of the split the outcome implies. */
    readonly items?: ItemCounts,
  ) {}

  /** 0 when just created, 1 when finished. */
  private progress(now: number): number {
    const advance = this.scenario.advance;
    if ('afterPolls' in advance) return advance.afterPolls === 0 ? 1 : Math.min(1, this.reads / advance.afterPolls);
    return advance.afterMs === 0 ? 1 : Math.min(1, Math.max(0, (now - this.createdAt) / advance.afterMs));
  }

  /** The task as the next response shows it. */
  view(now: number): TaskView {
    const p = this.progress(now);
    const { outcome } = this.scenario;
    const view: TaskView = { state: outcome, done: p >= 1, createdAt: this.createdAt };
    const status = this.spec.status;
    if ('counters' in status || this.spec.progress) {
      const total = this.items?.total ?? this.scenario.total ?? DEFAULT_TOTAL;
      const final = this.items ? { failed: this.items.failed } : finalSplit(outcome, total);
      // Failures are spread over the run in proportion, as a real import reports them.
      const processed = p >= 1 ? total : Math.floor(total * p);
      const failed = total === 0 ? 0 : Math.floor((processed * final.failed) / total);
      view.counters = { total, succeeded: processed - failed, failed };
    }
    if ('counters' in status) {
      if (p < 1) view.state = 'running';
    } else {
      // Every documented value on the way: all pending values, then all running ones, then the outcome.
      const way: { state: TaskState; value: string | number }[] = [
        ...(status.values.pending ?? []).map((value) => ({ state: 'pending' as const, value })),
        ...(status.values.running ?? []).map((value) => ({ state: 'running' as const, value })),
      ];
      const step = p >= 1 || way.length === 0 ? undefined : way[Math.min(way.length - 1, Math.floor(p * way.length))];
      if (step) {
        view.state = step.state;
        view.status = step.value;
        view.done = false;
      } else {
        view.status = status.values[outcome]![0]!;
        view.done = true;
      }
    }
    if (view.done) {
      const advance = this.scenario.advance;
      // Over time: it ended on schedule. By polls: it ended when it was first seen done.
      this.endedAt ??= 'afterMs' in advance ? this.createdAt + advance.afterMs : Math.max(now, this.createdAt);
      view.endedAt = this.endedAt;
    }
    return view;
  }
}

/** Checks a task's `file` (`{ size?, name? }`); throws ValidationError naming the field. */
export function checkFile(file: unknown, field: string): void {
  if (file === undefined) return;
  if (typeof file !== 'object' || file === null || Array.isArray(file)) throw new ValidationError(field, 'type', `${field} must be an object { size?, name? }`);
  const { size, name } = file as { size?: unknown; name?: unknown };
  checkNumber(`${field}.size`, size, { sign: 'non-negative', integer: true });
  if (name !== undefined && (typeof name !== 'string' || name === '' || /[\u0000-\u001f\u007f/\\"]/.test(name))) {
    throw new ValidationError(`${field}.name`, 'format', `${field}.name must be a bare file name (no path, quotes or control characters)`);
  }
}

/** Checks a scenario against the service models; throws ValidationError naming the field. */
function checkScenario(models: readonly ServiceModel[], scenario: TaskScenario): ServiceModel & { task: NonNullable<ServiceModel['task']> } {
  if (typeof scenario !== 'object' || scenario === null) throw new ValidationError('scenario', 'type', 'a task scenario must be an object');
  const model = models.find((m) => m.name === scenario.service);
  const withTasks = models.filter((m) => m.task).map((m) => m.name);
  if (!model?.task) throw new ValidationError('service', 'enum', `scenario.service must be a service with tasks (${withTasks.join(', ')}), got ${JSON.stringify(scenario.service)}`);
  if (typeof scenario.id !== 'string' || scenario.id === '') throw new ValidationError('id', 'required', 'scenario.id must be a non-empty string');
  const outcomes = outcomesOf(model.task.spec);
  if (!outcomes.includes(scenario.outcome)) {
    throw new ValidationError('outcome', 'enum', `${model.name} tasks can end ${outcomes.join(', ')}; got ${JSON.stringify(scenario.outcome)}`);
  }
  const advance = scenario.advance as Record<string, unknown> | undefined;
  if (typeof advance !== 'object' || advance === null || ('afterPolls' in advance) === ('afterMs' in advance)) {
    throw new ValidationError('advance', 'type', 'scenario.advance must be { afterPolls } or { afterMs }');
  }
  if ('afterPolls' in advance) checkNumber('advance.afterPolls', advance.afterPolls ?? Number.NaN, { sign: 'non-negative', integer: true });
  else checkNumber('advance.afterMs', advance.afterMs ?? Number.NaN, { sign: 'non-negative' });
  checkNumber('total', scenario.total, { sign: 'positive', integer: true });
  if ('counters' in model.task.spec.status && scenario.outcome === 'partial' && (scenario.total ?? DEFAULT_TOTAL) < 2) {
    throw new ValidationError('total', 'range', 'a partial counter task needs total >= 2');
  }
  checkNumber('createdAt', scenario.createdAt, { sign: 'non-negative' });
  checkFile(scenario.file, 'file');
  if (scenario.fields !== undefined && (typeof scenario.fields !== 'object' || scenario.fields === null || Array.isArray(scenario.fields))) {
    throw new ValidationError('fields', 'type', 'scenario.fields must be an object');
  }
  return model as ServiceModel & { task: NonNullable<ServiceModel['task']> };
}

/** The tasks of every service, in the order they were added. */
export class TaskStore {
  private readonly byService = new Map<string, Map<string, TaskRecord>>();

  constructor(
    private readonly models: readonly ServiceModel[],
    private readonly clock: () => number,
  ) {}

  add(scenario: TaskScenario, items?: ItemCounts): TaskRecord {
    const model = checkScenario(this.models, scenario);
    const tasks = this.byService.get(model.name) ?? new Map<string, TaskRecord>();
    if (tasks.has(scenario.id)) throw new ValidationError('id', 'unique', `${model.name} already has a task ${JSON.stringify(scenario.id)}`);
    const record = new TaskRecord(structuredClone(scenario), model.task.spec, scenario.createdAt ?? this.clock(), items);
    tasks.set(scenario.id, record);
    this.byService.set(model.name, tasks);
    return record;
  }

  get(service: string, id: string): TaskRecord | undefined {
    return this.byService.get(service)?.get(id);
  }

  all(service: string): TaskRecord[] {
    return [...(this.byService.get(service)?.values() ?? [])];
  }
}

/**
 * A small demo set: for each service with tasks, one task per outcome its spec can express, with
 * ids `demo-succeeded`, `demo-failed`, `demo-partial`, `demo-expired`, finishing after 3 polls.
 */
export function demoScenarios(models: readonly ServiceModel[]): TaskScenario[] {
  return models.flatMap((model) =>
    model.task
      ? outcomesOf(model.task.spec).map((outcome) => ({ service: model.name, id: `demo-${outcome}`, name: `demo-${outcome}`, outcome, advance: { afterPolls: DEFAULT_DEMO_POLLS } }))
      : [],
  );
}
