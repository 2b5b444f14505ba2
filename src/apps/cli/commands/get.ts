/** `taskport get <service> <task-id>`: one task, normalised. */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { requestOptions } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { readSecretsFromStdin } from '../stdin-secrets.js';
import { addGlobalOptions, clientOptions, globalFlags } from '../options.js';
import { formatTask, out, toJson } from '../output.js';

/** Registers `taskport get`. */
export function registerGet(program: Command, context: CliContext): Command {
  const command = program
    .command('get')
    .summary('print one task')
    .description('Read one task and print it normalised: status, progress, times, file, error. With --json, the Task as JSON (dates ISO, the service\'s own object as "raw").')
    .argument('<service>', `one of: ${context.services.names().join(', ')}`)
    .argument('<task-id>', 'the task id');
  addGlobalOptions(command, context.services);
  command.addHelpText('after', `\nExample:\n  taskport get hss 6a1b… --region cn-north-4 --json`);
  command.action(async (serviceName: string, taskId: string, _options: unknown, self: Command) => {
    const flags = globalFlags(self, context.services);
    await readSecretsFromStdin(flags, context.stdin, context.output);
    const service = context.services.find(serviceName);
    const client = service.createClient(clientOptions(service, flags, context.env));
    if (typeof client.getTask !== 'function') throw new UsageError(`${service.name} has no operation that reads a task`);
    const task = await client.getTask(taskId, requestOptions(context));
    out(context.output, flags.json ? toJson(task) : formatTask(task));
  });
  return command;
}
