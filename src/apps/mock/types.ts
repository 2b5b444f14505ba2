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

/** A running mock server. */
export interface MockServer {
  /** Base URL (`http://127.0.0.1:<port>`): pass it as every client's `endpoint`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open connections; resolves once the port is free. */
  close(): Promise<void>;
  /** Adds a task; throws when the service, outcome or id does not fit the spec. */
  addTask(scenario: TaskScenario): void;
  /** Queues a fault served before normal handling (routing, auth) to the next matching requests. */
  inject(fault: Fault): void;
  /** Drops every queued fault that has not been served yet. */
  clearFaults(): void;
  /** The values served for the services' own options (`x-client-option`), by option name: pass them to the clients that take them. */
  readonly clientOptions: Readonly<Record<string, string>>;
  /** Every request received so far, oldest first (the latest 10,000). */
  readonly requests: ReadonlyArray<RecordedRequest>;
}
