/**
 * Progress of `taskport wait` on stderr. On a terminal: a cli-progress bar when the task reports
 * counters (MetaStudio's total/success/failure), otherwise a status line with a spinner and the
 * elapsed time. Elsewhere (a pipe, a file, CI logs): one plain line per change,
 * `<ISO time> <service> <id> <status>[ <done>/<total>]`, with no control characters.
 */
import cliProgress from 'cli-progress';
import type { Task } from '../../core/task.js';
import { progressText, type OutputStream } from './output.js';

/** Shows a wait's progress. */
export interface ProgressReporter {
  /** The task changed state or progress. */
  update(task: Task): void;
  /** The wait ended (with the last task seen, if any); restores the terminal. Idempotent. */
  finish(task?: Task): void;
}

/** What {@link createProgress} reports on, and where. */
export interface ProgressOptions {
  stream: OutputStream;
  service: string;
  id: string;
  /** False: report nothing (`--no-progress`). */
  enabled: boolean;
  /** Time source for plain lines. */
  now?: () => Date;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const COUNTS_FORMAT = '{service} {id} [{bar}] {percentage}% | {value}/{total}{failed} | {status} | {duration_formatted}';
const STATUS_FORMAT = '{spinner} {service} {id} | {status} | {duration_formatted}';

const noop: ProgressReporter = { update: () => {}, finish: () => {} };

/** A reporter for the stream: a bar on a TTY, plain lines otherwise, nothing when disabled. */
export function createProgress(options: ProgressOptions): ProgressReporter {
  if (!options.enabled) return noop;
  return options.stream.isTTY ? ttyProgress(options) : plainProgress(options);
}

function plainProgress({ stream, service, id, now = () => new Date() }: ProgressOptions): ProgressReporter {
  let last = '';
  const line = (task: Task) => [task.status, progressText(task.progress)].filter(Boolean).join(' ');
  return {
    update(task) {
      last = line(task);
      stream.write(`${now().toISOString()} ${service} ${id} ${last}\n`);
    },
    finish(task) {
      // The final state is usually reported already; say it once more only if it is news.
      if (task && line(task) !== last) this.update(task);
      last = task ? line(task) : last;
    },
  };
}

type Mode = 'counts' | 'status';

function ttyProgress({ stream, service, id }: ProgressOptions): ProgressReporter {
  let bar: cliProgress.SingleBar | undefined;
  let mode: Mode | undefined;
  let spin: ReturnType<typeof setInterval> | undefined;
  let frame = 0;
  let finished = false;

  const stop = () => {
    if (spin) clearInterval(spin);
    spin = undefined;
    bar?.stop();
    bar = undefined;
    mode = undefined;
  };

  const start = (next: Mode, task: Task) => {
    stop();
    mode = next;
    bar = new cliProgress.SingleBar(
      {
        stream: stream as NodeJS.WritableStream,
        format: next === 'counts' ? COUNTS_FORMAT : STATUS_FORMAT,
        hideCursor: true,
        clearOnComplete: false,
        stopOnComplete: false,
        barsize: 30,
        fps: 10,
        linewrap: false,
        gracefulExit: false,
      },
      cliProgress.Presets.shades_classic,
    );
    const total = next === 'counts' ? task.progress!.total : 1;
    bar.start(total, 0, { service, id, status: task.status, failed: '', spinner: SPINNER[0] });
    if (next === 'status') {
      spin = setInterval(() => bar?.update({ spinner: SPINNER[++frame % SPINNER.length] }), 100);
      spin.unref();
    }
  };

  const show = (task: Task) => {
    const next: Mode = task.progress && task.progress.total > 0 ? 'counts' : 'status';
    if (next !== mode || !bar) start(next, task);
    if (next === 'counts') {
      const { total, succeeded, failed } = task.progress!;
      bar!.setTotal(total);
      bar!.update(succeeded + failed, { status: task.status, failed: failed > 0 ? ` (${failed} failed)` : '' });
    } else {
      bar!.update(task.done ? 1 : 0, { status: task.status, spinner: task.done ? (task.status === 'succeeded' ? '✔' : '✖') : SPINNER[frame % SPINNER.length] });
    }
  };

  return {
    update(task) {
      if (!finished) show(task);
    },
    finish(task) {
      if (finished) return;
      if (task) show(task);
      finished = true;
      stop();
    },
  };
}

/** Shows a download's bytes. */
export interface ByteProgressReporter {
  /** `received` bytes have arrived so far. */
  update(received: number): void;
  /** The download ended (whole or not); restores the terminal. Idempotent. */
  finish(): void;
}

/** What {@link createByteProgress} reports on, and where. */
export interface ByteProgressOptions {
  stream: OutputStream;
  /** The file's name, shown with the bytes. */
  name: string;
  /** The announced size (Content-Length), when known. */
  size?: number;
  enabled: boolean;
  now?: () => Date;
}

const UNIT_STEPS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** `1.5 MiB`: bytes for people. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  for (; value >= 1024 && unit < UNIT_STEPS.length - 1; unit++) value /= 1024;
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${UNIT_STEPS[unit]}`;
}

// Without a known size, a plain line every this many bytes.
const PLAIN_STEP_BYTES = 16 * 1024 * 1024;

/**
 * A download's progress on the stream: a cli-progress byte bar on a TTY (a byte counter when the
 * size is unknown); elsewhere a plain line at every tenth of the size (every 16 MiB without one)
 * and at the end, `<ISO time> <name> <received>/<size> bytes`.
 */
export function createByteProgress(options: ByteProgressOptions): ByteProgressReporter {
  if (!options.enabled) return { update: () => {}, finish: () => {} };
  const { stream, name, size, now = () => new Date() } = options;
  if (!stream.isTTY) {
    let lastStep = -1;
    let received = 0;
    let done = false;
    const line = () => stream.write(`${now().toISOString()} ${name} ${received}${size === undefined ? '' : `/${size}`} bytes\n`);
    return {
      update(bytes) {
        received = bytes;
        const step = size ? Math.floor((bytes * 10) / size) : Math.floor(bytes / PLAIN_STEP_BYTES);
        if (step > lastStep) {
          lastStep = step;
          line();
        }
      },
      finish() {
        if (done) return;
        done = true;
        // The last line says where it ended, unless it was just said.
        const step = size ? Math.floor((received * 10) / size) : Math.floor(received / PLAIN_STEP_BYTES);
        if (step !== lastStep || (size === undefined && received % PLAIN_STEP_BYTES !== 0)) line();
      },
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: size === undefined ? '{name} | {received} | {duration_formatted}' : '{name} [{bar}] {percentage}% | {received}/{size} | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      barsize: 30,
      fps: 10,
      linewrap: false,
      gracefulExit: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(size ?? 1, 0, { name, received: formatBytes(0), size: size === undefined ? '' : formatBytes(size) });
  let stopped = false;
  return {
    update(bytes) {
      if (!stopped) bar.update(size === undefined ? 0 : bytes, { received: formatBytes(bytes) });
    },
    finish() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
