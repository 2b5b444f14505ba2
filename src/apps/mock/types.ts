/** The public shapes of `taskport/mock`. */

/** How a task ends. Each service admits the outcomes its `x-task` spec can express. */
export type TaskOutcomeKind = 'succeeded' | 'failed' | 'partial' | 'expired';

/**
 * One task the mock serves.
 *
 * @example
 * { service: 'hss', id: 'export-1', outcome: 'failed', advance: { afterPolls: 2 } }
 */
export interface TaskScenario {
  /** Service slug (`hss`, `workspace`, ...), the `name` of one of the served services. */
  service: string;
  /** Task id; unique per service. */
  id: string;
  /** Task name (written to the `x-task` name field); default `<id>`. */
  name?: string;
  /** Where the task ends; must be one the service documents (see README). */
  outcome: TaskOutcomeKind;
  /**
   * When the task finishes. `afterPolls: n`: the first n responses that show the task report it
   * unfinished (walking through the documented intermediate states), later ones the outcome.
   * `afterMs: t`: it finishes t ms after `createdAt`, by the server's clock. 0 = already finished.
   */
  advance: { afterPolls: number } | { afterMs: number };
  /** Item count for services whose tasks report progress counters; default 10 (partial needs at least 2). */
  total?: number;
  /** Creation time (epoch ms); default the server clock when the task is added. */
  createdAt?: number;
  /** Top-level fields of the task object to force after everything else, e.g. `{ is_download: true }`. */
  fields?: Record<string, unknown>;
  /**
   * The file the service's download operation (`x-task.download`) serves once the task succeeded
   * (or was partial): its size in bytes (default the server's `fileSize`) and name (default
   * `<name>.<extension of the documented content type>`). The bytes are generated, never stored.
   */
  file?: { size?: number; name?: string };
}

/** How the tasks created by start operations (`x-task-start`) behave. */
export interface StartedTasks {
  /** Default `succeeded`; an upload's rows decide instead where its task reports counters. */
  outcome?: TaskOutcomeKind;
  /** Default `{ afterPolls: 2 }`. */
  advance?: { afterPolls: number } | { afterMs: number };
  /** The file their download serves (see {@link TaskScenario.file}). */
  file?: { size?: number; name?: string };
}

/** A response the mock serves instead of the normal one (see {@link MockServer.inject}). */
export interface Fault {
  /** HTTP status to answer with. */
  status: number;
  /** How many matching requests get it; default 1 (`Infinity` for all). */
  times?: number;
  /** `Retry-After` header value. */
  retryAfter?: string;
  /** Raw body text; default a gateway-style JSON error body. */
  body?: string;
  /** Only requests whose raw target (path and query) matches; default every request. */
  path?: RegExp;
  /** Waits this long before answering (timeouts, cancellation). */
  delayMs?: number;
  /**
   * Instead of answering with `status`: serve the normal answer, but cut the connection after this
   * many body bytes (a download that breaks mid-way; `Content-Length` still announces the whole).
   */
  breakAfterBytes?: number;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

/** Credentials the mock accepts; each field defaults to the exported demo constant. */
export interface MockCredentials {
  token?: string;
  ak?: string;
  sk?: string;
}

/**
 * Options of {@link startMockServer}; all optional.
 *
 * @example
 * await startMockServer({ port: 8080, scenarios: [{ service: 'hss', id: 't1', outcome: 'succeeded', advance: { afterMs: 5000 } }] });
 */
export interface MockOptions {
  /** Port on 127.0.0.1; default 0 (an ephemeral port). */
  port?: number;
  /** What the server accepts: `X-Auth-Token` equal to `token`, or an AK/SK signature by `ak`/`sk`. */
  credentials?: MockCredentials;
  /** The only project id served; default {@link MOCK_PROJECT_ID}. */
  projectId?: string;
  /**
   * The only values served for the options services declare for themselves (`x-client-option`,
   * e.g. `{ workspaceId: 'ws-1' }`), by option name; default each option's documented example.
   */
  clientOptions?: Record<string, string>;
  /** Tasks to serve; default {@link defaultScenarios}(). */
  scenarios?: readonly TaskScenario[];
  /** Time source (epoch ms) for task progress, created/ended times, `X-Sdk-Date` checks and `Date`; default `Date.now`. */
  clock?: () => number;
  /** Largest accepted difference between `X-Sdk-Date` and the clock; default 15 minutes (the gateway's window). */
  maxSkewMs?: number;
  /** Directory holding the bundled specs `<service>.json`; default the package's `generated/openapi`. */
  bundleDir?: string | URL;
  /** How tasks created by start operations behave; default `{ outcome: 'succeeded', advance: { afterPolls: 2 } }`. */
  startedTasks?: StartedTasks;
  /** Size in bytes of every served file unless a task says otherwise; default 1024. */
  fileSize?: number;
  /** Largest accepted request body of a multipart (upload) operation in bytes; default 256 MiB (other bodies: 1 MiB). */
  maxUploadBytes?: number;
}

/** One request the mock received, with the answer it gave. */
export interface RecordedRequest {
  method: string;
  /** Raw request target (path and query) as received. */
  url: string;
  /** Lower-cased names; `x-auth-token` and `x-security-token` values are replaced by `[redacted]`. */
  headers: Record<string, string>;
  /** The operation the path matched, if any. */
  operation?: { service: string; id: string };
  /** The answer, once sent. */
  response?: { status: number; body: string };
}

/** A task a start operation created. */
export interface StartedTask {
  /** The service slug. */
  service: string;
  /** The id the start operation answered with. */
  id: string;
  /** The official name of the operation that started it. */
  operation: string;
  /** For uploads: the data rows of the file parts (a header line, then one row per line; a row whose cell count differs from the header's failed). */
  rows?: { total: number; succeeded: number; failed: number };
}

/** A running mock server. */
export interface MockServer {
  /** Base URL (`http://127.0.0.1:<port>`): pass it as every client's `endpoint`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open connections; resolves once the port is free. */
  close(): Promise<void>;
  /** Adds a task; throws when the service, outcome or id does not fit the spec. */
  addTask(scenario: TaskScenario): void;
  /** Changes how the tasks the next start operations create behave (merged over the current settings). */
  setStartedTasks(settings: StartedTasks): void;
  /** The tasks start operations created so far, oldest first: service, id, the operation, and the upload's row counts. */
  readonly started: ReadonlyArray<StartedTask>;
  /** Queues a fault served before normal handling (routing, auth) to the next matching requests. */
  inject(fault: Fault): void;
  /** Drops every queued fault that has not been served yet. */
  clearFaults(): void;
  /** The values served for the services' own options (`x-client-option`), by option name: pass them to the clients that take them. */
  readonly clientOptions: Readonly<Record<string, string>>;
  /** Every request received so far, oldest first (the latest 10,000). */
  readonly requests: ReadonlyArray<RecordedRequest>;
}
