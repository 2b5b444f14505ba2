/**
 * `taskport start <service> <operation> [flags]`: calls an operation that starts a task
 * (`x-task-start`) or answers with a file, with one flag per documented parameter and body field
 * (generated from the descriptor, as `list` does for filters), `--body FILE.json` for body fields,
 * `--file PATH` for the file part; `--wait` waits like `wait` (spinner or bar); `--output PATH`
 * saves the file (the task's, via `downloadTaskFile`, or the answer itself) with a byte progress
 * bar, writing `PATH.partial` first so a broken download never leaves a truncated file at PATH.
 */
import { createWriteStream } from 'node:fs';
import { openAsBlob } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Option, type Command } from 'commander';
import { schemaTypes } from '../../../client/validate-params.js';
import type { BodyFieldDescriptor, OperationDescriptor, ParamDescriptor, ParamSchema } from '../../../core/descriptors.js';
import { getAt } from '../../../core/json-pointer.js';
import type { Task } from '../../../core/task.js';
import type { CliContext } from '../context.js';
import { requestOptions } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { addGlobalOptions, clientOptions, globalFlagNames, globalFlags, type GlobalFlags } from '../options.js';
import { err, formatTask, out, toJson } from '../output.js';
import { createByteProgress, createProgress } from '../progress.js';
import { taskOperation, type AnyClient, type CliService } from '../services.js';
import { filterFlag, fromArgument } from './list.js';
import { addWaitOptions, waitOptionsOf, type WaitFlags } from './wait.js';

/** The flags of `start` itself; generated flags must avoid them. */
const OWN_FLAGS = ['body', 'file', 'wait', 'output', 'timeout', 'min-delay', 'max-delay', 'progress', 'no-progress'];

/** One operation `start` can run: it starts a task, or answers with a file. */
interface Startable {
  method: string;
  operation: OperationDescriptor;
}

/** The operations of a service that `start` runs: those with `x-task-start`, and file answers. */
export function startableOperations(service: CliService): Startable[] {
  return Object.entries(service.descriptor.operations)
    .filter(([, op]) => op.taskStart !== undefined || op.answer === 'file')
    .map(([method, operation]) => ({ method, operation }));
}

/** A generated flag: a parameter or a body field, and how its values are read. */
interface Input {
  name: string;
  schema: ParamSchema;
  required: boolean;
  attribute: string;
  flag: string;
  /** A file part (`format: binary`): the flag's value is a path. */
  file: boolean;
}

const callerSupplied = (p: ParamDescriptor) => p.filledFrom === undefined && p.option === undefined;
const isScalar = (schema: ParamSchema) => !schemaTypes(schema).some((t) => t === 'array' || t === 'object');

function describe(input: { name: string; schema: ParamSchema; required: boolean }, where: string): string {
  const { schema } = input;
  const isArray = schemaTypes(schema).includes('array');
  const item = isArray ? (schema.items ?? {}) : schema;
  const kind = schema.format === 'binary' ? 'path of a file' : isScalar(item) ? schemaTypes(item).join(' or ') || 'value' : 'JSON';
  const notes = [`${input.name} (${where}${input.required ? ', required' : ''}): ${kind}${isArray ? ', repeatable (one item each)' : ''}`];
  if (item.enum) notes.push(`one of ${item.enum.map(String).join(', ')}`);
  if (item.minimum !== undefined || item.maximum !== undefined) notes.push(`${item.minimum ?? ''}..${item.maximum ?? ''}`);
  return notes.join('; ');
}

/** Adds one flag per caller-supplied parameter and body field. */
function addInputs(command: Command, operation: OperationDescriptor, reserved: readonly string[]): Input[] {
  const inputs: Input[] = [];
  const sources: [{ name: string; schema: ParamSchema; required: boolean }, string][] = [
    ...operation.params.filter((p) => callerSupplied(p) && p.in !== 'header').map((p): [ParamDescriptor, string] => [p, p.in]),
    ...(operation.body?.fields ?? []).map((f): [BodyFieldDescriptor, string] => [f, 'body']),
  ];
  for (const [source, where] of sources) {
    const file = source.schema.format === 'binary';
    // The file part named `file` is what --file fills.
    if (file && source.name === 'file') {
      inputs.push({ ...source, attribute: 'file', flag: 'file', file });
      continue;
    }
    const flag = filterFlag(source.name, reserved);
    const description = describe(source, where);
    const kinds = schemaTypes(source.schema);
    let option: Option;
    if (kinds.length > 0 && kinds.every((k) => k === 'boolean' || k === 'null')) {
      option = new Option(`--${flag}`, description);
      command.addOption(option);
      command.addOption(new Option(`--no-${flag}`, `${source.name}: false`));
    } else if (kinds.includes('array')) {
      option = new Option(`--${flag} <value>`, description).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
      command.addOption(option);
    } else {
      option = new Option(`--${flag} <${file ? 'path' : 'value'}>`, description);
      command.addOption(option);
    }
    inputs.push({ ...source, attribute: option.attributeName(), flag, file });
  }
  return inputs;
}

/** A JSON flag value (an item of an array of arrays or objects, an object), or a UsageError naming the flag. */
function jsonValue(flag: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`--${flag}: expected JSON, e.g. '["a","b"]' or '{"k":"v"}', got ${JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text)}`);
  }
}

function typed(input: Input, schema: ParamSchema, text: string): unknown {
  return isScalar(schema) ? fromArgument(schema, text) : jsonValue(input.flag, text);
}

/** A file part from a path, named by its base name; read lazily, never whole into memory. */
async function filePart(flag: string, file: string): Promise<File> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UsageError(`--${flag}: ${JSON.stringify(file)} is not a readable file`);
  return new File([await openAsBlob(file)], path.basename(file));
}

/** Body fields from `--body FILE.json`, by flat name (`x-param-name`). */
async function bodyFile(operation: OperationDescriptor, file: string): Promise<Record<string, unknown>> {
  if (!operation.body) throw new UsageError(`--body: ${operation.id} takes no request body`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--body: cannot read ${JSON.stringify(file)} as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError(`--body: ${JSON.stringify(file)} must hold a JSON object`);
  const record = parsed as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    // Documented names map to their flat names; anything else is left for the client's check to name.
    const field = operation.body.fields.find((f) => (f.field ?? f.name) === key);
    fields[field?.name ?? key] = value;
  }
  return fields;
}

/** The call's flat parameters: `--body` fields first, then the flags (which win). */
async function paramsOf(operation: OperationDescriptor, inputs: readonly Input[], options: Record<string, unknown>): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = typeof options.body === 'string' ? await bodyFile(operation, options.body) : {};
  for (const input of inputs) {
    const value = options[input.attribute];
    if (value === undefined) continue;
    if (input.file) params[input.name] = await filePart(input.flag, String(value));
    else if (Array.isArray(value)) params[input.name] = value.map((v) => (typeof v === 'string' ? typed(input, input.schema.items ?? {}, v) : v));
    else params[input.name] = typeof value === 'string' ? typed(input, input.schema, value) : value;
  }
  if (typeof options.file === 'string' && !inputs.some((i) => i.attribute === 'file')) {
    const parts = inputs.filter((i) => i.file);
    if (parts.length !== 1) throw new UsageError(`--file: ${operation.id} has ${parts.length === 0 ? 'no file part' : `several file parts (${parts.map((p) => `--${p.flag}`).join(', ')})`}`);
    params[parts[0]!.name] = await filePart('file', options.file);
  }
  return params;
}

interface FileResult {
  name?: string;
  contentType?: string;
  size?: number;
  body: ReadableStream<Uint8Array>;
}

/** Where to save: PATH, or the file's own name inside PATH when it is a directory. */
async function targetPath(output: string, file: FileResult, fallback: string): Promise<string> {
  const info = await stat(output).catch(() => undefined);
  return info?.isDirectory() ? path.join(output, file.name ?? fallback) : output;
}

/** Saves a downloaded file with a byte progress bar; a broken download leaves no file at the target (its `.partial` is removed). */
async function save(context: CliContext, file: FileResult, output: string, fallback: string, showProgress: boolean): Promise<{ path: string; bytes: number }> {
  const target = await targetPath(output, file, fallback);
  const partial = `${target}.partial`;
  const progress = createByteProgress({ stream: context.output.stderr, name: path.basename(target), ...(file.size !== undefined ? { size: file.size } : {}), enabled: showProgress });
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      progress.update(bytes);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(file.body as import('node:stream/web').ReadableStream<Uint8Array>), count, createWriteStream(partial), { signal: context.signal });
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    progress.finish();
  }
  return { path: target, bytes };
}

type Call = (params: unknown, options?: unknown) => Promise<unknown>;

async function runStart(context: CliContext, service: CliService, startable: Startable, inputs: readonly Input[], self: Command): Promise<void> {
  const flags: GlobalFlags = globalFlags(self, context.services);
  const options = self.opts<Record<string, unknown> & WaitFlags>();
  const { operation, method } = startable;
  const output = typeof options.output === 'string' ? options.output : undefined;
  const params = await paramsOf(operation, inputs, options);
  const client: AnyClient = service.createClient(clientOptions(service, flags, context.env));
  const callMethod = client[method];
  if (typeof callMethod !== 'function') throw new UsageError(`the ${service.name} client has no ${method}`);
  const result = await (callMethod as Call).call(client, params, requestOptions(context));
  const summary: Record<string, unknown> = {};

  if (operation.answer === 'file') {
    const file = result as FileResult;
    const saved = await save(context, file, output ?? file.name ?? `${operation.id}.bin`, `${operation.id}.bin`, options.progress);
    summary.file = { path: saved.path, bytes: saved.bytes, name: file.name, contentType: file.contentType };
    out(context.output, flags.json ? toJson(summary) : `saved ${saved.path} (${saved.bytes} bytes)`);
    return;
  }

  summary.response = result;
  const taskId = getAt(result, operation.taskStart!.taskId);
  if (typeof taskId !== 'string' && typeof taskId !== 'number') throw new UsageError(`${operation.id} answered without a task id at ${operation.taskStart!.taskId}`);
  const id = String(taskId);
  summary.taskId = id;
  if (!flags.json) err(context.output, `started ${service.name} task ${id}`);
  if (options.wait !== true && output === undefined) {
    out(context.output, flags.json ? toJson(summary) : id);
    return;
  }
  if (typeof client.waitForTask !== 'function') throw new UsageError(`${service.name} has no operation that reads a task, so --wait cannot follow ${id}`);
  const progress = createProgress({ stream: context.output.stderr, service: service.name, id, enabled: options.progress });
  let task: Task;
  try {
    task = await client.waitForTask(id, waitOptionsOf(options, context.signal, (t) => progress.update(t)));
  } catch (error) {
    const last = (error as { task?: Task } | null)?.task;
    progress.finish(last);
    if (last && !flags.json) out(context.output, formatTask(last));
    throw error;
  }
  progress.finish(task);
  summary.task = task;
  if (output !== undefined) {
    const downloadTaskFile = client.downloadTaskFile as ((task: Task, options?: unknown) => Promise<FileResult>) | undefined;
    if (typeof downloadTaskFile !== 'function') throw new UsageError(`--output: ${service.name} tasks link to no file (their spec has no x-task.download)`);
    const file = await downloadTaskFile.call(client, task, requestOptions(context));
    const saved = await save(context, file, output, file.name ?? `${id}.bin`, options.progress);
    summary.file = { path: saved.path, bytes: saved.bytes, name: file.name, contentType: file.contentType };
  }
  if (flags.json) return out(context.output, toJson(summary));
  const file = summary.file as { path: string; bytes: number } | undefined;
  out(context.output, formatTask(task) + (file ? `\nsaved ${file.path} (${file.bytes} bytes)` : ''));
}

function unknownOperation(service: CliService, name: string | undefined): never {
  const known = startableOperations(service).map((s) => s.method);
  if (name === undefined) throw new UsageError(`start ${service.name} needs an operation: ${known.join(', ')}`);
  throw new UsageError(`${service.name} has no operation ${JSON.stringify(name)} that starts a task or answers with a file; start runs ${known.join(', ') || 'none'}`);
}

/** Registers `taskport start`, one subcommand per service and one per operation it can start. */
export function registerStart(program: Command, context: CliContext): Command {
  const reserved = [...globalFlagNames(context.services), ...OWN_FLAGS];
  const command = program
    .command('start')
    .summary('start an export or import (and wait, and download its file)')
    .description(
      'Call an operation that starts a task (or answers with a file), with its parameters and body fields as flags.\n' +
        'Prints the task id; --wait waits for the task like `wait` (same exit codes); --output PATH also saves its file.',
    )
    .usage('<service> <operation> [flags] [--body FILE.json] [--file PATH] [--wait] [--output PATH] [--json]');
  const lines: string[] = [];
  for (const name of context.services.names()) {
    const service = context.services.find(name);
    const startables = startableOperations(service);
    if (startables.length === 0) continue;
    const sub = command.command(name).summary(`${service.descriptor.title}: ${startables.map((s) => s.method).join(', ')}`).usage('<operation> [flags]');
    for (const startable of startables) {
      const { operation } = startable;
      const leaf = sub
        .command(startable.method)
        .alias(operation.id)
        .summary(`${operation.id} (${operation.method.toUpperCase()} ${operation.path})${operation.answer === 'file' ? ': a file' : ''}`)
        .description(`${service.descriptor.title} ${operation.id} (${operation.method.toUpperCase()} ${operation.path}).${operation.taskStart ? ' Starts a task; prints its id.' : ' Answers with a file, saved to --output (default: its own name).'}`);
      const inputs = addInputs(leaf, operation, reserved);
      if (operation.body) leaf.addOption(new Option('--body <file>', 'JSON file of body fields (by their documented names); flags win'));
      if (inputs.some((i) => i.file)) leaf.addOption(new Option('--file <path>', 'the file to upload (the file part)'));
      if (operation.taskStart) leaf.addOption(new Option('--wait', 'wait until the task is done (exit codes as `wait`)'));
      const hasFile = operation.answer === 'file' || taskOperation(service.descriptor)?.operation.task?.download !== undefined;
      if (hasFile) leaf.addOption(new Option('--output <path>', operation.taskStart ? 'wait, then save the task\'s file here (a directory: under its own name)' : 'save the file here (a directory: under its own name)'));
      if (operation.taskStart) addWaitOptions(leaf);
      else leaf.addOption(new Option('--no-progress', 'no progress on stderr'));
      addGlobalOptions(leaf, context.services);
      leaf.action((_options: unknown, self: Command) => runStart(context, service, startable, inputs, self));
      lines.push(`  ${name} ${startable.method}`);
    }
    sub.argument('[operation]').allowUnknownOption().allowExcessArguments().action((op: string | undefined) => unknownOperation(service, op));
  }
  command.addHelpText(
    'after',
    `\nOperations (see taskport start <service> <operation> --help):\n${lines.join('\n')}\n\nExample:\n  taskport start hss exportVuls --category vul --export-size 100 --export-headers '["vul_name","Vulnerability"]' --output vuls.zip`,
  );
  command.argument('[service]').allowUnknownOption().allowExcessArguments().action((name: string | undefined) => {
    if (name === undefined) throw new UsageError(`start needs a service: ${context.services.names().filter((n) => startableOperations(context.services.find(n)).length > 0).join(', ')}`);
    context.services.find(name);
    throw new UsageError(`${name} has no operation that starts a task or answers with a file`);
  });
  return command;
}
