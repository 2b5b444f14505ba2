/**
 * The shapes the generator emits into generated/clients/*.ts: everything the runtime knows about a
 * service comes from here, and all of it comes from the specs.
 */
import type { TaskSpec } from '../tasks/task-spec.js';

/** The subset of JSON Schema that parameters use, validated before a request is sent. */
export interface ParamSchema {
  type?: string | readonly string[];
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  items?: ParamSchema;
}

/** Where a client fills a parameter from, instead of the caller (`x-filled-from`). */
export type FilledFrom = 'projectId' | 'workspaceId' | 'region' | 'credentials';

export interface ParamDescriptor {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: ParamSchema;
  filledFrom?: FilledFrom;
}

export interface PaginationSpec {
  offsetParam: string;
  limitParam: string;
  items: string;
  total: string;
}

export interface OperationDescriptor {
  /** The official operation name, e.g. `ListExportTasks`. */
  id: string;
  method: 'get' | 'put' | 'post' | 'delete' | 'patch';
  path: string;
  params: readonly ParamDescriptor[];
  /** Parameters that must be given together (`x-parameters-together`). */
  together?: readonly (readonly string[])[];
  pagination?: PaginationSpec;
  task?: TaskSpec;
}

export interface ServerDescriptor {
  /** URL template with a `{region}` variable. */
  url: string;
  regions: readonly string[];
}

export interface ServiceDescriptor {
  /** Slug, e.g. `hss`. */
  name: string;
  /** Human name, e.g. `HSS`. */
  title: string;
  servers: readonly ServerDescriptor[];
  operations: Readonly<Record<string, OperationDescriptor>>;
}
