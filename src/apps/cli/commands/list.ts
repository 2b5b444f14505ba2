/**
 * `taskport list <service> [filters] [--all]`: one subcommand per service that has a list
 * operation, with one flag per query parameter of that operation (generated from the descriptor:
 * `business_id` → `--business-id`, arrays repeatable, booleans `--x`/`--no-x`). Values are passed
 * to the client as typed as the schema asks; the client's own validation has the last word.
 */
import { Option, type Command } from 'commander';
import { schemaTypes, textAsSchemaType } from '../../../client/validate-params.js';
import type { ParamDescriptor, ParamSchema } from '../../../core/descriptors.js';
import { getAt } from '../../../core/json-pointer.js';
import type { CliContext } from '../context.js';
import { requestOptions } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { readSecretsFromStdin } from '../stdin-secrets.js';
import { addGlobalOptions, clientOptions, globalFlagNames, globalFlags } from '../options.js';
import { formatItems, out, toJson } from '../output.js';
import { listOperation, taskOperation, type CliService, type CliServices, type ListOperation } from '../services.js';

/**
 * `business_id` → `business-id`, `sortField` → `sort-field`; a name that clashes with a CLI flag
 * (one of `globalFlags`, or `all`, `help`, `version`) gets a `filter-` prefix.
 */
export function filterFlag(param: string, globalFlags: readonly string[]): string {
  const reserved = new Set([...globalFlags, 'all', 'help', 'version']);
  const kebab = param
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return reserved.has(kebab) || kebab.startsWith('no-') || kebab === '' ? `filter-${kebab || 'param'}` : kebab;
}

/** A command-line value typed by its schema; spaces around a number or boolean are forgiven, a string is kept as typed. */
export function fromArgument(schema: ParamSchema, text: string): unknown {
  const typed = textAsSchemaType(schema, text.trim());
  return typeof typed === 'string' ? text : typed;
}

function describe(param: ParamDescriptor, list: ListOperation, reserved: readonly string[]): string {
  const { schema } = param;
  const isArray = schemaTypes(schema).includes('array');
  const item = isArray ? (schema.items ?? {}) : schema;
  const kind = schemaTypes(item).filter((t) => t !== 'null').join(' or ') || 'value';
  const notes = [`${param.name}${param.required ? ' (required)' : ''}: ${kind}${isArray ? ', repeatable' : ''}`];
  if (item.enum) notes.push(`one of ${item.enum.map(String).join(', ')}`);
  if (item.minimum !== undefined || item.maximum !== undefined) notes.push(`${item.minimum ?? ''}..${item.maximum ?? ''}`);
  const together = list.operation.together?.find((group) => group.includes(param.name))?.filter((n) => n !== param.name);
  if (together?.length) notes.push(`together with ${together.map((n) => `--${filterFlag(n, reserved)}`).join(', ')}`);
  if (list.operation.pagination?.offsetParam === param.name) notes.push('not with --all');
  return notes.join('; ');
}

interface Filter {
  param: ParamDescriptor;
  attribute: string;
}

/** Adds the operation's filters to a command; returns how to read them back as parameters. */
function addFilters(command: Command, list: ListOperation, reserved: readonly string[]): Filter[] {
  const filters: Filter[] = [];
  for (const param of list.filters) {
    const flag = filterFlag(param.name, reserved);
    const description = describe(param, list, reserved);
    const kinds = schemaTypes(param.schema);
    let option: Option;
    if (kinds.includes('boolean') && kinds.every((k) => k === 'boolean' || k === 'null')) {
      option = new Option(`--${flag}`, description);
      command.addOption(option);
      command.addOption(new Option(`--no-${flag}`, `${param.name}: false`));
    } else if (kinds.includes('array')) {
      option = new Option(`--${flag} <value>`, description).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
      command.addOption(option);
    } else {
      option = new Option(`--${flag} <value>`, description);
      command.addOption(option);
    }
    filters.push({ param, attribute: option.attributeName() });
  }
  return filters;
}

/** The parameters the user gave, typed by their schemas. */
function paramsFrom(filters: readonly Filter[], options: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const { param, attribute } of filters) {
    const value = options[attribute];
    if (value === undefined) continue;
    if (Array.isArray(value)) params[param.name] = value.map((v) => (typeof v === 'string' ? fromArgument(param.schema.items ?? {}, v) : v));
    else params[param.name] = typeof value === 'string' ? fromArgument(param.schema, value) : value;
  }
  return params;
}

/** The items of a list response, where its spec says they are (x-pagination, x-task/list, x-task-list). */
export function itemsOf(list: ListOperation, body: unknown): unknown[] | undefined {
  const pointer = list.operation.pagination?.items ?? list.operation.task?.list?.items ?? list.operation.taskList?.items;
  const items = pointer === undefined ? undefined : getAt(body, pointer);
  return Array.isArray(items) ? items : undefined;
}

type Call = (params: unknown, options?: unknown) => Promise<unknown>;
type Iterate = (params: unknown, options?: unknown) => AsyncIterable<unknown>;

async function runList(context: CliContext, service: CliService, list: ListOperation, filters: readonly Filter[], self: Command): Promise<void> {
  const flags = globalFlags(self, context.services);
  await readSecretsFromStdin(flags, context.stdin, context.output);
  const options = self.opts<Record<string, unknown>>();
  const params = paramsFrom(filters, options);
  const spec = taskOperation(service.descriptor)?.operation.task;
  if (options.all === true && !list.operation.pagination) {
    throw new UsageError(`--all: ${service.name} ${list.operation.id} has no paging parameters; it answers with one page`);
  }
  const client = service.createClient(clientOptions(service, flags, context.env));
  if (options.all === true) {
    const iterate = client[`${list.method}All`];
    if (typeof iterate !== 'function') throw new UsageError(`--all: the ${service.name} client has no ${list.method}All`);
    const items: unknown[] = [];
    for await (const item of (iterate as Iterate)(params, requestOptions(context))) items.push(item);
    out(context.output, flags.json ? toJson(items) : `${formatItems(service.name, spec, items)}\n${items.length} item${items.length === 1 ? '' : 's'}`);
    return;
  }
  const call = client[list.method];
  if (typeof call !== 'function') throw new UsageError(`the ${service.name} client has no ${list.method}`);
  const body = await (call as Call)(params, requestOptions(context));
  if (flags.json) return out(context.output, toJson(body));
  const items = itemsOf(list, body);
  if (!items) return out(context.output, toJson(body));
  const totalAt = list.operation.pagination?.total ?? list.operation.taskList?.total;
  const total = totalAt === undefined ? undefined : getAt(body, totalAt);
  const more = typeof total === 'number' && total > items.length ? ` of ${total}${list.operation.pagination ? ' (--all for every page)' : ''}` : '';
  out(context.output, `${formatItems(service.name, spec, items)}\n${items.length} item${items.length === 1 ? '' : 's'}${more}`);
}

function notListable(services: CliServices, name: string | undefined): never {
  const supported = services.listable();
  if (name === undefined) throw new UsageError(`list needs a service: ${supported.join(', ')}`);
  services.find(name); // unknown service → its own message
  throw new UsageError(`${name} has no list operation; list supports ${supported.join(', ')}`);
}

/** Registers `taskport list` and one subcommand per service with a list operation. */
export function registerList(program: Command, context: CliContext): Command {
  const listable = context.services.listable();
  const reserved = globalFlagNames(context.services);
  const command = program
    .command('list')
    .summary('list tasks of a service')
    .description(`List the tasks (items) of a service with its list operation; filters are that operation's query parameters.\nServices with a list operation: ${listable.join(', ')}.`)
    .usage('<service> [filters] [options]');
  const lines: string[] = [];
  for (const name of listable) {
    const service = context.services.find(name);
    const list = listOperation(service.descriptor)!;
    const sub = command
      .command(name)
      .summary(`${service.descriptor.title} ${list.operation.id}${list.operation.pagination ? ' (--all pages)' : ''}`)
      .description(`List ${service.descriptor.title} tasks with ${list.operation.id} (${list.operation.method.toUpperCase()} ${list.operation.path}). Human output: one row per task; --json: the response as sent${list.operation.pagination ? ', or with --all the items of every page' : ''}.`);
    const filters = addFilters(sub, list, reserved);
    if (list.operation.pagination) sub.addOption(new Option('--all', `every page: iterate ${list.method}All (the client manages --${filterFlag(list.operation.pagination.offsetParam, reserved)})`));
    else sub.addOption(new Option('--all').hideHelp());
    addGlobalOptions(sub, context.services);
    sub.action((_options: unknown, self: Command) => runList(context, service, list, filters, self));
    lines.push(`  ${name}: ${[...filters.map((f) => `--${filterFlag(f.param.name, reserved)}`), ...(list.operation.pagination ? ['--all'] : [])].join(' ')}`);
  }
  command.addHelpText('after', `\nFilters (see taskport list <service> --help):\n${lines.join('\n')}\n\nExample:\n  taskport list workspace --status SUCCESS --sort-field create_time --sort-type DESC --all --json`);
  // Anything that is not a listable service lands here, with its flags unparsed.
  command.argument('[service]').allowUnknownOption().allowExcessArguments().action((name: string | undefined) => notListable(context.services, name));
  return command;
}
