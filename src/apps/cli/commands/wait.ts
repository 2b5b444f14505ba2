/**
 * `taskport wait <service> <task-id>`: polls with the client's waitForTask until the task is done,
 * showing progress on stderr (a bar on a terminal, plain lines otherwise). Exit 0 when it
 * succeeded, 1 when it failed/was partial/expired, 2 at --timeout.
 */
import { Option, type Command } from 'commander';
import type { Task } from '../../../core/task.js';
import type { WaitOptions } from '../../../tasks/wait-options.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { readSecretsFromStdin } from '../stdin-secrets.js';
import { addGlobalOptions, clientOptions, globalFlags, parseDuration, parsePositiveDuration } from '../options.js';
import { formatTask, out, toJson } from '../output.js';
import { createProgress } from '../progress.js';

/** The flags of a wait (`wait`, and `start --wait`). */
export interface WaitFlags {
  timeout: number;
  minDelay: number;
  maxDelay: number;
  progress: boolean;
}

/** Adds `--timeout`, `--min-delay`, `--max-delay` and `--no-progress`. */
export function addWaitOptions(command: Command): Command {
  return command
    .addOption(new Option('--timeout <duration>', 'give up after this long: 500ms, 10s, 5m, 1h or plain ms').default(30 * 60_000, '30m').argParser(parsePositiveDuration))
    .addOption(new Option('--min-delay <duration>', 'shortest pause between polls').default(1000, '1s').argParser(parseDuration))
    .addOption(new Option('--max-delay <duration>', 'longest pause between polls').default(60_000, '60s').argParser(parseDuration))
    .addOption(new Option('--no-progress', 'no progress on stderr'));
}

/** The client's wait options from the flags. */
export function waitOptionsOf(options: WaitFlags, signal: AbortSignal, onProgress: (task: Task) => void): WaitOptions {
  return { maxWaitMs: options.timeout, minDelayMs: options.minDelay, maxDelayMs: options.maxDelay, signal, onProgress };
}

/** Registers `taskport wait`. */
export function registerWait(program: Command, context: CliContext): Command {
  const command = program
    .command('wait')
    .summary('wait until a task is done')
    .description(
      'Poll a task until it is done (the client\'s waitForTask: backoff of 10 % of the time waited, between --min-delay and --max-delay).\n' +
        'Progress goes to stderr: a bar on a terminal, plain lines otherwise. Prints the final task (--json: as JSON).\n' +
        'Exit 0 succeeded, 1 failed/partial/expired, 2 still running at --timeout.',
    )
    .argument('<service>', `one of: ${context.services.names().join(', ')}`)
    .argument('<task-id>', 'the task id');
  addWaitOptions(command);
  addGlobalOptions(command, context.services);
  command.addHelpText('after', '\nExample:\n  taskport wait metastudio 7d3c… --timeout 10m --json > task.json');
  command.action(async (serviceName: string, taskId: string, options: WaitFlags, self: Command) => {
    const flags = globalFlags(self, context.services);
    await readSecretsFromStdin(flags, context.stdin, context.output);
    const service = context.services.find(serviceName);
    const client = service.createClient(clientOptions(service, flags, context.env));
    if (typeof client.waitForTask !== 'function') throw new UsageError(`${service.name} has no operation that reads a task`);
    const progress = createProgress({ stream: context.output.stderr, service: service.name, id: taskId, enabled: options.progress });
    const waitOptions = waitOptionsOf(options, context.signal, (task) => progress.update(task));
    let task: Task;
    try {
      task = await client.waitForTask(taskId, waitOptions);
    } catch (error) {
      const last = (error as { task?: Task } | null)?.task;
      progress.finish(last);
      // People see the last state too; with --json it is in the error object.
      if (last && !flags.json) out(context.output, formatTask(last));
      throw error;
    }
    progress.finish(task);
    out(context.output, flags.json ? toJson(task) : formatTask(task));
  });
  return command;
}
