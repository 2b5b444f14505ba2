import { checkCredentials, type Credentials, type ResolvedCredentials } from '../auth/credentials.js';
import type { Signer } from '../auth/signer.js';
import type { ServiceDescriptor } from '../core/descriptors.js';
import { ENV, readEnv, type Environment } from '../core/environment.js';
import { ValidationError } from '../core/errors.js';
import { HEADER_WORD_RULE, isHeaderWord } from '../core/header-safe.js';
import { checkFunction, checkNumber, checkOptionsObject } from '../core/option-checks.js';
import { checkRegion, resolveEndpoint } from '../http/endpoint.js';
import { retryPolicy, type RetryOptions, type RetryPolicy } from '../http/retry-policy.js';
import type { Logger } from '../http/transport.js';
import { valueProblem } from './validate-params.js';

/**
 * Options every client factory takes. A service whose spec declares options of its own
 * (`x-client-option`) adds them to its factory's options type.
 *
 * @example
 * createHssClient({ region: 'cn-north-4', projectId, credentials: { ak, sk } });
 */
export interface ClientOptions {
  /** Region id, e.g. `cn-north-4`; picks the documented endpoint. Default `HUAWEICLOUD_SDK_REGION`. */
  region?: string;
  /** Full base URL; overrides the region's endpoint (the mock server, a proxy). Default `HUAWEICLOUD_SDK_ENDPOINT` unless `region` is given. */
  endpoint?: string;
  /** Project id; default `HUAWEICLOUD_SDK_PROJECT_ID`. */
  projectId?: string;
  /** `{ token }` or `{ ak, sk, securityToken? }`; default `HUAWEICLOUD_SDK_AK`/`_SK`/`_SECURITY_TOKEN`, else `HUAWEICLOUD_SDK_TOKEN`. */
  credentials?: Credentials;
  /** The fetch to send with; default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Time limit of one attempt, including reading the body. Default 30000 ms. */
  timeoutMs?: number;
  /** Retry policy for idempotent requests, or `false`. Default 2 retries, 0.5–8 s jittered backoff. */
  retry?: RetryOptions | false;
  /** Largest response body accepted. Default 10 MiB. */
  maxResponseBytes?: number;
  /** At most this many requests per second from this client (shared by every call and wait). Default unlimited. */
  requestsPerSecond?: number;
  /** Debug hook called for each request, response, retry and transport error (credentials redacted). */
  logger?: Logger;
  /**
   * Signs AK/SK requests: `akskSigner` (from `taskport` or `taskport/<service>`). `create<Service>Client`
   * and `create<Service>TaskClient` use it by default; `create<Service>BaseClient` needs it for AK/SK
   * credentials (without it, its bundle carries no signer).
   */
  signer?: Signer;
}

/** Client options after validation, with every default filled. */
export interface ResolvedClientOptions {
  baseUrl: string;
  projectId: string;
  region: string | undefined;
  credentials: ResolvedCredentials;
  /** Values of the service's own options (`x-client-option`), by option name. */
  serviceOptions: Readonly<Record<string, string>>;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  maxResponseBytes: number;
  requestsPerSecond: number | undefined;
  logger: Logger | undefined;
  signer: Signer | undefined;
}

const COMMON_OPTIONS = ['region', 'endpoint', 'projectId', 'credentials', 'fetch', 'timeoutMs', 'retry', 'maxResponseBytes', 'requestsPerSecond', 'logger', 'signer'];
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
const DOT_SEGMENT = /^\.{1,2}$/;

/**
 * `explicit` with what it leaves out filled from the environment (`HUAWEICLOUD_SDK_*`, and the
 * variables of the service's own options). Explicit options win; an explicit `region` also keeps an
 * endpoint that only comes from the environment out. Credentials come whole from one source:
 * AK and SK (with the security token), else the token.
 */
export function withEnvironmentDefaults<T extends ClientOptions>(service: ServiceDescriptor, explicit: T, environment: Environment): T {
  const read = (name: string) => readEnv(environment, name);
  const filled = { ...explicit } as Record<string, unknown>;
  filled.projectId ??= read(ENV.projectId);
  if (filled.region === undefined && filled.endpoint === undefined) filled.endpoint = read(ENV.endpoint);
  filled.region ??= read(ENV.region);
  if (filled.credentials === undefined) {
    const [ak, sk, securityToken, token] = [read(ENV.ak), read(ENV.sk), read(ENV.securityToken), read(ENV.token)];
    if (ak !== undefined && sk !== undefined) filled.credentials = securityToken === undefined ? { ak, sk } : { ak, sk, securityToken };
    else if (token !== undefined) filled.credentials = { token };
  }
  for (const [name, option] of Object.entries(service.options)) filled[name] ??= read(option.env);
  for (const key of Object.keys(filled)) if (filled[key] === undefined) delete filled[key];
  return filled as T;
}

/** A project id: one word of printable ASCII (it is sent as `X-Project-Id`) and a path segment other than `.` or `..`. */
function checkProjectId(value: unknown): string {
  if (value === undefined) throw new ValidationError('projectId', 'required', `projectId is required: pass projectId or set ${ENV.projectId}`);
  if (!isHeaderWord(value)) throw new ValidationError('projectId', 'format', `projectId must be non-empty, ${HEADER_WORD_RULE}`);
  if (DOT_SEGMENT.test(value)) throw new ValidationError('projectId', 'path-segment', `projectId must be an id other than "." or "..", got ${JSON.stringify(value)}`);
  return value;
}

/** The values of a service's own options (`x-client-option`), each checked by the parameter it fills. */
function checkServiceOptions(service: ServiceDescriptor, given: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, option] of Object.entries(service.options)) {
    const value = given[name];
    if (value === undefined) {
      if (option.required) throw new ValidationError(name, 'required', `${service.title} needs ${name}: pass ${name} or set ${option.env} (${option.description})`);
      continue;
    }
    if (typeof value !== 'string') throw new ValidationError(name, 'type', `${name} must be a string, got ${typeof value}`);
    const problem = valueProblem(option.param, value);
    if (problem) throw new ValidationError(name, problem[0], `${name} ${problem[1]} (it is sent as the ${option.param.in} parameter ${option.param.name})`);
    values[name] = value;
  }
  return values;
}

/**
 * Validates a client's options (after {@link withEnvironmentDefaults}) and fills the defaults, so a
 * bad option fails when the client is created, not at its first call.
 */
export function resolveClientOptions(service: ServiceDescriptor, options: ClientOptions): ResolvedClientOptions {
  const given = checkOptionsObject(options, `${service.title} client options`, [...COMMON_OPTIONS, ...Object.keys(service.options)]);
  const region = given.region === undefined ? undefined : checkRegion(given.region);
  const baseUrl = resolveEndpoint(service, region, given.endpoint);
  const projectId = checkProjectId(given.projectId);
  const serviceOptions = checkServiceOptions(service, given);
  if (given.credentials === undefined) {
    throw new ValidationError('credentials', 'required', `no credentials: pass credentials ({ token } or { ak, sk }), or set ${ENV.ak} and ${ENV.sk}, or ${ENV.token}`);
  }
  const credentials = checkCredentials(given.credentials);
  const fetchFunction = checkFunction<typeof fetch>('fetch', given.fetch ?? globalThis.fetch);
  if (fetchFunction === undefined) throw new ValidationError('fetch', 'type', 'fetch must be a function (no global fetch was found)');
  return {
    baseUrl,
    projectId,
    region,
    credentials,
    serviceOptions,
    fetch: fetchFunction,
    timeoutMs: checkNumber('timeoutMs', given.timeoutMs, { sign: 'positive' }) ?? DEFAULT_TIMEOUT_MS,
    retry: retryPolicy(given.retry as RetryOptions | false | undefined),
    maxResponseBytes: checkNumber('maxResponseBytes', given.maxResponseBytes, { sign: 'positive' }) ?? DEFAULT_MAX_RESPONSE_BYTES,
    requestsPerSecond: checkNumber('requestsPerSecond', given.requestsPerSecond, { sign: 'positive' }),
    logger: checkFunction<Logger>('logger', given.logger),
    signer: checkFunction<Signer>('signer', given.signer),
  };
}
