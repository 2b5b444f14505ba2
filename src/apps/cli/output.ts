/**
 * What the CLI prints: tasks and lists for people (aligned lines) or programs (`--json`), and
 * errors as one `taskport: <message>` line (plus `{ "error": … }` on stdout with `--json`).
 * Everything passes through `redact` with the run's secrets, belt and braces: the SDK's own
 * messages are already secret-free.
 */
import { CommanderError } from 'commander';
import { getAt } from '../../core/json-pointer.js';
import { redact } from '../../core/redact.js';
import type { Task } from '../../core/task.js';
import type { TaskSpec } from '../../core/task-spec.js';
import { normaliseTask } from '../../tasks/normalise-task.js';

/** Where the CLI writes: `process.stdout` / `process.stderr`, or a fake in tests. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Where a run writes, and the secrets scrubbed from everything it writes. */
export interface Output {
  stdout: OutputStream;
  stderr: OutputStream;
  secrets: readonly string[];
}

/** Writes a line to stdout, secrets removed. */
export function out(output: Output, text: string): void {
  output.stdout.write(`${redact(text, output.secrets)}\n`);
}

/** Writes a line to stderr, secrets removed. */
export function err(output: Output, text: string): void {
  output.stderr.write(`${redact(text, output.secrets)}\n`);
}

/** Pretty JSON (dates as ISO strings, via Date#toJSON). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Label/value lines with the values aligned. */
export function aligned(rows: readonly (readonly [string, string | undefined])[]): string {
  const shown = rows.filter((row): row is readonly [string, string] => row[1] !== undefined);
  const width = Math.max(0, ...shown.map(([label]) => label.length));
  return shown.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}

/** `3/10` (and `, 1 failed`) from a task's counters. */
export function progressText(progress: Task['progress']): string | undefined {
  if (!progress) return undefined;
  const done = progress.succeeded + progress.failed;
  return `${done}/${progress.total}${progress.failed > 0 ? ` (${progress.failed} failed)` : ''}`;
}

/** A task for people: a few aligned lines. */
export function formatTask(task: Task): string {
  const file = task.file
    ? [task.file.name, task.file.id ? `id ${task.file.id}` : undefined, task.file.downloaded === undefined ? undefined : task.file.downloaded ? 'downloaded' : 'not downloaded']
        .filter(Boolean)
        .join(', ')
    : undefined;
  const error = task.error ? [task.error.code, task.error.message].filter(Boolean).join(': ') : undefined;
  return aligned([
    ['service', task.service],
    ['id', task.id],
    ['name', task.name],
    ['status', `${task.status}${task.done ? ' (done)' : ''}`],
    ['progress', progressText(task.progress)],
    ['created', task.createdAt?.toISOString()],
    ['ended', task.endedAt?.toISOString()],
    ['file', file],
    ['error', error],
  ]);
}

/** A table: a header row and padded columns (the last column is not padded). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/**
 * List items for people. With the service's task spec, each item that carries a task id is shown
 * as a normalised task row; anything else as one line of compact JSON.
 */
export function formatItems(service: string, spec: TaskSpec | undefined, items: readonly unknown[]): string {
  if (items.length === 0) return '(no items)';
  const tasks = spec
    ? items.map((item) => {
        const id = getAt(item, spec.idField);
        return typeof id === 'string' || typeof id === 'number' ? normaliseTask(service, spec, item, String(id)) : undefined;
      })
    : [];
  if (spec && tasks.every((t): t is Task => t !== undefined)) {
    return formatTable(
      ['ID', 'STATUS', 'PROGRESS', 'CREATED', 'NAME'],
      tasks.map((t) => [t.id, t.status, progressText(t.progress) ?? '-', t.createdAt?.toISOString() ?? '-', t.name ?? '-']),
    );
  }
  return items.map((item) => JSON.stringify(item)).join('\n');
}

/** The error object printed with `--json`: `{ error: { name, message, status?, code?, requestId?, … } }`, plus the last task when the error has one. */
export function errorJson(error: unknown, message: string): Record<string, unknown> {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const isCommander = error instanceof CommanderError;
  const body: Record<string, unknown> = { name: isCommander ? 'UsageError' : error instanceof Error ? error.name : 'Error', message };
  if (typeof e.status === 'number') body.status = e.status;
  if (typeof e.code === 'string') body.code = e.code;
  if (typeof e.requestId === 'string') body.requestId = e.requestId;
  for (const key of ['service', 'operation', 'field', 'rule'] as const) if (!isCommander && typeof e[key] === 'string') body[key] = e[key];
  const result: Record<string, unknown> = { error: body };
  if (typeof e.task === 'object' && e.task !== null) result.task = e.task;
  return result;
}

/** The one-line message of an error (commander's `error: ` prefix dropped). */
export function messageOf(error: unknown): string {
  if (error instanceof CommanderError) return error.message.replace(/^error:\s*/i, '');
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
