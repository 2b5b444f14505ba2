/**
 * The shapes the generator emits into generated/clients/*.ts: everything the runtime knows about a
 * service comes from here, and all of it comes from the specs. The `x-` extensions among them are
 * defined once as JSON Schemas (extension-schemas.ts); test/types/extension-types.test.ts checks
 * these types against those schemas.
 */
import type { TaskSpec } from './task-spec.js';

/** The subset of JSON Schema that parameters use, validated before a request is sent. */
export interface ParamSchema {
  type?: string | readonly string[];
  /** `int32` and `int64` bound an integer (validate-params.ts); `binary` marks a file part of a multipart body. */
  format?: string;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  items?: ParamSchema;
  minItems?: number;
  maxItems?: number;
  /** Object members (request bodies); `required` lists the ones that must be present. */
  properties?: Readonly<Record<string, ParamSchema>>;
  required?: readonly string[];
}

/** The common client option (or the credentials, or the request body's media type) a parameter is filled from (`x-filled-from`). */
export type FilledFrom = 'projectId' | 'region' | 'credentials' | 'body';

/** Where a parameter travels (request body fields are {@link BodyFieldDescriptor}s). */
export type ParamLocation = 'path' | 'query' | 'header';

/** One documented parameter of an operation. */
export interface ParamDescriptor {
  name: string;
  in: ParamLocation;
  required: boolean;
  schema: ParamSchema;
  /** Filled by the client from a common option or the credentials (`x-filled-from`). */
  filledFrom?: FilledFrom;
  /** Filled by the client from a service option of this name (`x-client-option`; see {@link ServiceDescriptor.options}). */
  option?: string;
}

/** `x-pagination`: offset/limit request paging. */
export interface PaginationSpec {
  offsetParam: string;
  limitParam: string;
  items: string;
  total: string;
}

/** `x-task-list`: the 200 body lists the service's task objects (and may echo its paging). */
export interface TaskListSpec {
  items: string;
  total?: string;
  offset?: string;
  limit?: string;
}

/** `x-sort`: the parameters that sort a list. */
export interface SortSpec {
  fieldParam: string;
  orderParam: string;
  ascending: string;
  descending: string;
}

/** `x-error-codes`: which documented error code means what. */
export interface ErrorCodesSpec {
  invalidInput: string;
}

/** A top-level field of a request body; it joins the operation's flat parameter object. */
export interface BodyFieldDescriptor {
  /** The name in the flat parameter object: the documented name, or its `x-param-name`. */
  name: string;
  /** The documented property name, when `x-param-name` renamed it. */
  field?: string;
  required: boolean;
  schema: ParamSchema;
}

/** The request body: JSON, or multipart/form-data (file parts have `format: binary`). */
export interface BodyDescriptor {
  type: 'json' | 'multipart';
  required: boolean;
  fields: readonly BodyFieldDescriptor[];
}

/** One operation: how to call it and what its spec says about it. */
export interface OperationDescriptor {
  /** The official operation name, e.g. `ListExportTasks`. */
  id: string;
  method: 'get' | 'put' | 'post' | 'delete' | 'patch';
  path: string;
  params: readonly ParamDescriptor[];
  body?: BodyDescriptor;
  /** The 2xx answer: a JSON object (absent), a file (`file`: a non-JSON content) or nothing (`none`). */
  answer?: 'file' | 'none';
  /** `x-idempotent`: false when the operation creates or deletes something, so it is never resent once it may have arrived. */
  idempotent: boolean;
  /** `x-task-start`: where the 2xx body names the task the operation started (a JSON Pointer). */
  taskStart?: { taskId: string };
  /** Parameters that must be given together (`x-parameters-together`). */
  together?: readonly (readonly string[])[];
  pagination?: PaginationSpec;
  task?: TaskSpec;
  taskList?: TaskListSpec;
  sort?: SortSpec;
  errorCodes?: ErrorCodesSpec;
}

/** A documented server: a URL template and the regions it serves. */
export interface ServerDescriptor {
  /** URL template with a `{region}` variable. */
  url: string;
  regions: readonly string[];
}

/**
 * A client option a service declares for itself (`x-client-option` on the parameter it fills):
 * a required option of that service's factory unless every parameter it fills is optional.
 */
export interface ClientOptionDescriptor {
  /** The environment variable read when the option is not given. */
  env: string;
  description: string;
  /** The parameter it fills: where it is sent; its schema is the option's validation. */
  param: { name: string; in: ParamLocation; schema: ParamSchema };
  required: boolean;
}

/** Everything the runtime knows about one service. */
export interface ServiceDescriptor {
  /** Slug, e.g. `hss`. */
  name: string;
  /** Human name, e.g. `HSS`. */
  title: string;
  servers: readonly ServerDescriptor[];
  /** Options of the service's own (`x-client-option`), by option name, e.g. `workspaceId`. */
  options: Readonly<Record<string, ClientOptionDescriptor>>;
  operations: Readonly<Record<string, OperationDescriptor>>;
}
