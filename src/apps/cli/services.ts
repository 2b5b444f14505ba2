/**
 * The services the CLI knows, from the registry its entry point hands it (main.ts passes the
 * generated one): nothing here names a service. A service's task operation is the one with
 * `x-task`; its list operation is a GET whose path has no parameter the caller must supply.
 */
import type { ClientOptions } from '../../client/client-options.js';
import type { RequestOptions } from '../../client/request-options.js';
import type { ClientOptionDescriptor, OperationDescriptor, ParamDescriptor, ServiceDescriptor } from '../../core/descriptors.js';
import type { Task } from '../../core/task.js';
import type { WaitOptions } from '../../tasks/wait-options.js';
import { UsageError } from './exit-codes.js';

/** What the CLI calls on any generated client. */
export interface AnyClient {
  getTask?: (id: string, options?: RequestOptions) => Promise<Task>;
  waitForTask?: (id: string, options?: WaitOptions) => Promise<Task>;
  [method: string]: unknown;
}

/** Client options as the CLI builds them: the common ones plus the service's own (`x-client-option`). */
export type CliClientOptions = ClientOptions & Record<string, unknown>;

/** One entry of a service registry: the descriptor and the client factory. */
export interface RegistryEntry {
  descriptor: ServiceDescriptor;
  createClient: (options: CliClientOptions) => AnyClient;
}

/** Services by slug, as generated/clients/index.ts exports them. */
export type ServiceRegistry = Readonly<Record<string, RegistryEntry>>;

/** One service of the registry, found by slug. */
export interface CliService extends RegistryEntry {
  name: string;
}

/** A service's list operation and its filters. */
export interface ListOperation {
  /** Client method name, e.g. `listExportTasks`. */
  method: string;
  operation: OperationDescriptor;
  /** Caller-supplied query parameters: the list filters. */
  filters: ParamDescriptor[];
}

const callerSupplied = (p: ParamDescriptor) => p.filledFrom === undefined && p.option === undefined;

/** The operation that reads one task (`x-task`), if the service has one. */
export function taskOperation(descriptor: ServiceDescriptor): { method: string; operation: OperationDescriptor } | undefined {
  const entry = Object.entries(descriptor.operations).find(([, op]) => op.task);
  return entry ? { method: entry[0], operation: entry[1] } : undefined;
}

/**
 * The service's list operation: an idempotent GET answering JSON (never one that starts a task,
 * never a download) with no caller-supplied path parameter. Paginated ones
 * first, then ones that list tasks (`x-task/list`, `x-task-list`), then declaration order.
 */
export function listOperation(descriptor: ServiceDescriptor): ListOperation | undefined {
  const candidates = Object.entries(descriptor.operations).filter(([, op]) => op.method === 'get' && op.idempotent && !op.answer && !op.params.some((p) => p.in === 'path' && callerSupplied(p)));
  const rank = ([, op]: [string, OperationDescriptor]) => (op.pagination ? 0 : op.task?.list || op.taskList ? 1 : 2);
  const [best] = candidates.sort((a, b) => rank(a) - rank(b));
  if (!best) return undefined;
  const [method, operation] = best;
  return { method, operation, filters: operation.params.filter((p) => p.in === 'query' && callerSupplied(p)) };
}

/** Lookups over one registry. */
export class CliServices {
  constructor(private readonly registry: ServiceRegistry) {}

  /** Every service slug, in registry order. */
  names(): string[] {
    return Object.keys(this.registry);
  }

  /** The service with this slug; a UsageError naming the known ones otherwise. */
  find(name: string): CliService {
    const entry = Object.hasOwn(this.registry, name) ? this.registry[name] : undefined;
    if (!entry) throw new UsageError(`unknown service ${JSON.stringify(name)} (known: ${this.names().join(', ')})`);
    return { name, descriptor: entry.descriptor, createClient: entry.createClient };
  }

  /** Slugs of the services that `list` supports. */
  listable(): string[] {
    return this.names().filter((name) => listOperation(this.find(name).descriptor));
  }

  /** The options services declare for themselves (`x-client-option`), by option name, across the registry. */
  serviceOptions(): Map<string, ClientOptionDescriptor> {
    const options = new Map<string, ClientOptionDescriptor>();
    for (const { descriptor } of Object.values(this.registry)) for (const [name, option] of Object.entries(descriptor.options)) if (!options.has(name)) options.set(name, option);
    return options;
  }
}
