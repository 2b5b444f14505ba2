/**
 * The services the CLI knows, straight from the generated registry: nothing here names a service.
 * A service's task operation is the one with `x-task`; its list operation is a GET whose path has
 * no parameter the caller must supply (the client fills `project_id`).
 */
import { services } from '../../generated/clients/index.js';
import type { ClientOptions, RequestOptions } from '../client/create-client.js';
import type { OperationDescriptor, ParamDescriptor, ServiceDescriptor } from '../client/descriptors.js';
import type { Task } from '../tasks/task.js';
import type { WaitOptions } from '../tasks/wait-for-task.js';
import { UsageError } from './exit-codes.js';

/** What the CLI calls on any generated client. */
export interface AnyClient {
  getTask?: (id: string, options?: RequestOptions) => Promise<Task>;
  waitForTask?: (id: string, options?: WaitOptions) => Promise<Task>;
  [method: string]: unknown;
}

export type CliClientOptions = ClientOptions & { workspaceId?: string };

export interface CliService {
  name: string;
  descriptor: ServiceDescriptor;
  createClient: (options: CliClientOptions) => AnyClient;
}

export interface ListOperation {
  /** Client method name, e.g. `listExportTasks`. */
  method: string;
  operation: OperationDescriptor;
  /** Caller-supplied query parameters: the list filters. */
  filters: ParamDescriptor[];
}

const registry = services as unknown as Readonly<Record<string, { descriptor: ServiceDescriptor; createClient: CliService['createClient'] }>>;

/** Every service slug, in registry order. */
export function serviceNames(): string[] {
  return Object.keys(registry);
}

/** The service with this slug; a UsageError naming the known ones otherwise. */
export function findService(name: string): CliService {
  const entry = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!entry) throw new UsageError(`unknown service ${JSON.stringify(name)} (known: ${serviceNames().join(', ')})`);
  return { name, descriptor: entry.descriptor, createClient: entry.createClient };
}

/** The operation that reads one task (`x-task`), if the service has one. */
export function taskOperation(descriptor: ServiceDescriptor): { method: string; operation: OperationDescriptor } | undefined {
  const entry = Object.entries(descriptor.operations).find(([, op]) => op.task);
  return entry ? { method: entry[0], operation: entry[1] } : undefined;
}

const callerSupplied = (p: ParamDescriptor) => p.filledFrom === undefined;

/**
 * The service's list operation: a GET with no caller-supplied path parameter. Paginated ones
 * first, then ones that list tasks (`x-task.list`), then declaration order.
 */
export function listOperation(descriptor: ServiceDescriptor): ListOperation | undefined {
  const candidates = Object.entries(descriptor.operations).filter(
    ([, op]) => op.method === 'get' && !op.params.some((p) => p.in === 'path' && callerSupplied(p)),
  );
  const rank = ([, op]: [string, OperationDescriptor]) => (op.pagination ? 0 : op.task?.list ? 1 : 2);
  const [best] = candidates.sort((a, b) => rank(a) - rank(b));
  if (!best) return undefined;
  const [method, operation] = best;
  return { method, operation, filters: operation.params.filter((p) => p.in === 'query' && callerSupplied(p)) };
}

/** Slugs of the services that `list` supports. */
export function listableServices(): string[] {
  return serviceNames().filter((name) => listOperation(findService(name).descriptor));
}

/** True when the service's requests carry a workspace id (`x-filled-from: workspaceId`). */
export function needsWorkspace(descriptor: ServiceDescriptor): boolean {
  return Object.values(descriptor.operations).some((op) => op.params.some((p) => p.filledFrom === 'workspaceId'));
}
