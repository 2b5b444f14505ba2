import { createFinalURL, createQuerySerializer, defaultPathSerializer, mergeHeaders } from 'openapi-fetch';
import { resolveCredentials, readEnv, secretsOf, ENV, type Credentials, type ResolvedCredentials } from '../auth/credentials.js';
import { signParts } from '../auth/sign-request.js';
import { apiErrorFor, InvalidResponseError, redact, ValidationError } from '../errors.js';
import { checkRegion, resolveEndpoint } from '../http/endpoint.js';
import { parseJsonBody } from '../http/json-body.js';
import { createRateLimiter, type RateLimiter } from '../http/rate-limiter.js';
import { parseRetryAfter } from '../http/retry-after.js';
import { retryPolicy, type RetryOptions } from '../http/retry-policy.js';
import { send, type Answer, type Logger, type TransportConfig } from '../http/transport.js';
import type { FilledFrom, OperationDescriptor, ServiceDescriptor } from './descriptors.js';
import { validateParams } from './validate-params.js';

/**
 * Options every client factory takes.
 *
 * @example
 * createHssClient({ region: 'cn-north-4', projectId, credentials: { ak, sk } });
 */
export interface ClientOptions {
  /** Region id, e.g. `cn-north-4`; picks the documented endpoint. */
  region?: string;
  /** Full base URL; overrides the region's endpoint (the mock server, a proxy). */
  endpoint?: string;
  /** Project id; default `HUAWEICLOUD_SDK_PROJECT_ID`. */
  projectId?: string;
  /** `{ token }` or `{ ak, sk, securityToken? }`; default `HUAWEICLOUD_SDK_AK`/`_SK`/`_SECURITY_TOKEN`. */
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
}

/** Per-call options, the optional second argument of every operation. */
export interface RequestOptions {
  /** Cancels the call, including any pending retry delay. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt time limit for this call. */
  timeoutMs?: number;
  /** Extra request headers (they are signed with AK/SK). */
  headers?: Record<string, string>;
}

/** Internal per-call settings used by paginators and waiters. */
export interface CallControl {
  deadline?: number | undefined;
  /** Sees the final answer (for server hints such as `Retry-After`). */
  onResponse?: ((answer: Answer) => void) | undefined;
}

/** What generated clients build on: one configured connection to one service. */
export interface ServiceClient {
  readonly service: ServiceDescriptor;
  readonly baseUrl: string;
  /** Calls an operation by its method name and resolves to the parsed 200 body. */
  call(method: string, params: unknown, options?: RequestOptions, control?: CallControl): Promise<unknown>;
}

const BASE_OPTIONS = ['region', 'endpoint', 'projectId', 'credentials', 'fetch', 'timeoutMs', 'retry', 'maxResponseBytes', 'requestsPerSecond', 'logger'];
const REQUEST_OPTIONS = ['signal', 'timeoutMs', 'headers'];
const RESERVED_HEADERS = new Set(['authorization', 'x-auth-token', 'x-sdk-date', 'x-security-token', 'x-project-id', 'host']);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

function positiveNumber(field: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) throw new ValidationError(field, 'range', `${field} must be a positive number, got ${String(value)}`);
  return value;
}

function nonEmptyString(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new ValidationError(field, 'format', `${field} must be a non-empty single-line string`);
  }
  return value;
}

/** An id the client puts in a header (and, for projectId, a path segment): visible ASCII, not a dot segment. */
function headerId(field: string, value: unknown): string {
  const text = nonEmptyString(field, value);
  if (!/^[\u0021-\u007e]+$/.test(text)) throw new ValidationError(field, 'format', `${field} must be visible ASCII characters (it is sent in a header)`);
  if (/^\.{1,2}$/.test(text)) throw new ValidationError(field, 'path-segment', `${field} must be an id other than "." or "..", got ${JSON.stringify(text)}`);
  return text;
}

/** Option names that a service's `x-filled-from` parameters add (e.g. `workspaceId`). */
function serviceOptions(service: ServiceDescriptor): FilledFrom[] {
  const filled = Object.values(service.operations).flatMap((op) => op.params.flatMap((p) => (p.filledFrom ? [p.filledFrom] : [])));
  return [...new Set(filled)].filter((f) => f === 'workspaceId');
}

function checkRequestOptions(method: string, options: RequestOptions | undefined): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null) throw new ValidationError('options', 'type', `${method}: request options must be an object`);
  for (const key of Object.keys(options)) {
    if (!REQUEST_OPTIONS.includes(key)) throw new ValidationError(`options.${key}`, 'unknown', `${method}: unknown request option "${key}" (known: ${REQUEST_OPTIONS.join(', ')})`);
  }
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) throw new ValidationError('options.signal', 'type', `${method}: options.signal must be an AbortSignal`);
  positiveNumber('options.timeoutMs', options.timeoutMs, 1);
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new ValidationError(`options.headers`, 'header-name', `${method}: ${JSON.stringify(name)} is not a valid header name`);
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw new ValidationError(`options.headers.${name}`, 'reserved', `${method}: header "${name}" is set by the client from its credentials`);
    if (typeof value !== 'string' || /[\u0000-\u001f\u007f]/.test(value)) {
      throw new ValidationError(`options.headers.${name}`, 'header-value', `${method}: header "${name}" must be a string without control characters such as CR or LF`);
    }
    if (/[^\u0000-\u00ff]/.test(value)) {
      throw new ValidationError(`options.headers.${name}`, 'header-value', `${method}: header "${name}" must be ISO-8859-1 text (header values are bytes); percent-encode other characters`);
    }
  }
}

function authorizer(credentials: ResolvedCredentials, projectId: string): TransportConfig['authorize'] {
  if (credentials.kind === 'token') {
    return async (parts) => {
      parts.headers.set('X-Auth-Token', credentials.token);
      return parts.url;
    };
  }
  return (parts, clockOffsetMs) => {
    // Official SDKs send the project with AK/SK (BasicCredentials), and sign it.
    parts.headers.set('X-Project-Id', projectId);
    return signParts(parts, credentials, { date: new Date(Date.now() + clockOffsetMs) });
  };
}

/** Replaces the secrets in every string (and key) of a parsed JSON value. */
function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  // Iterative, not recursive: a hostile or broken server can nest a body deeper than the call stack.
  const root: { value?: unknown } = {};
  const work: [Record<string, unknown>, string, unknown][] = [[root, 'value', value]];
  for (let next = work.pop(); next; next = work.pop()) {
    const [parent, key, node] = next;
    let copy: unknown = node;
    if (typeof node === 'string') copy = redact(node, secrets);
    else if (typeof node === 'object' && node !== null) {
      copy = Array.isArray(node) ? new Array<unknown>(node.length) : {};
      for (const [k, item] of Object.entries(node)) {
        const name = Array.isArray(node) ? k : redact(k, secrets);
        // Define (not assign) in document order; children are filled in later, in place.
        Object.defineProperty(copy, name, { value: undefined, writable: true, enumerable: true, configurable: true });
        work.push([copy as Record<string, unknown>, name, item]);
      }
    }
    parent[key] = copy;
  }
  return root.value;
}

function errorBodyFields(body: unknown): { code?: string; detail?: string; requestId?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const envelope = typeof record.error === 'object' && record.error !== null ? (record.error as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const fields: { code?: string; detail?: string; requestId?: string } = {};
  const code = text(record.error_code) ?? text(envelope.code);
  const detail = text(record.error_msg) ?? text(envelope.message);
  const requestId = text(record.request_id);
  if (code) fields.code = code;
  if (detail) fields.detail = detail;
  if (requestId) fields.requestId = requestId;
  return fields;
}

/**
 * Builds the runtime client for one service from its generated descriptor and the user's options.
 * Every option is validated here, so a bad one fails at construction, not at the first call.
 */
export function createServiceClient(service: ServiceDescriptor, options: ClientOptions & { workspaceId?: string } = {}): ServiceClient {
  if (typeof options !== 'object' || options === null) throw new ValidationError('options', 'type', `${service.title} client options must be an object`);
  const known = [...BASE_OPTIONS, ...serviceOptions(service)];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new ValidationError(key, 'unknown', `unknown ${service.title} client option "${key}" (known: ${known.join(', ')})`);
  }
  const region = options.region === undefined ? undefined : checkRegion(options.region);
  const baseUrl = resolveEndpoint(service, region, options.endpoint);
  const projectId = headerId('projectId', options.projectId ?? readEnv(ENV.projectId) ?? (() => {
    throw new ValidationError('projectId', 'required', `projectId is required: pass projectId or set ${ENV.projectId}`);
  })());
  const workspaceId = serviceOptions(service).includes('workspaceId') ? headerId('workspaceId', options.workspaceId) : undefined;
  const credentials = resolveCredentials(options.credentials);
  const secrets = secretsOf(credentials);
  const baseFetch = options.fetch ?? globalThis.fetch;
  if (typeof baseFetch !== 'function') throw new ValidationError('fetch', 'type', 'fetch must be a function (no global fetch was found)');
  if (options.logger !== undefined && typeof options.logger !== 'function') throw new ValidationError('logger', 'type', 'logger must be a function');
  const limiter: RateLimiter | undefined = options.requestsPerSecond === undefined ? undefined : createRateLimiter(options.requestsPerSecond);
  const transport: TransportConfig = {
    fetch: limiter ? async (url, init) => (await limiter.acquire(init.signal ?? undefined), baseFetch(url, init)) : baseFetch,
    retry: retryPolicy(options.retry),
    timeoutMs: positiveNumber('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxBodyBytes: positiveNumber('maxResponseBytes', options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES),
    authorize: authorizer(credentials, projectId),
    signsWithClock: credentials.kind === 'aksk',
    logger: options.logger,
  };
  const filled: Record<FilledFrom, string | undefined> = { projectId, workspaceId, region, credentials: undefined };
  // openapi-fetch's serialisers: path parameters as one encoded segment, arrays exploded in the query.
  const querySerializer = createQuerySerializer();

  async function call(method: string, params: unknown, requestOptions?: RequestOptions, control?: CallControl): Promise<unknown> {
    const operation: OperationDescriptor | undefined = service.operations[method];
    if (!operation) throw new ValidationError('method', 'unknown', `${service.title} has no operation "${method}"`);
    checkRequestOptions(method, requestOptions);
    const given = validateParams(operation, method, params);
    const groups: Record<'path' | 'query' | 'header', Record<string, unknown>> = { path: {}, query: {}, header: {} };
    for (const param of operation.params) {
      const value = param.filledFrom ? filled[param.filledFrom] : given[param.name];
      if (value !== undefined) groups[param.in][param.name] = value;
    }
    const site = { service: service.name, operation: operation.id };
    const request = {
      method: operation.method.toUpperCase(),
      url: createFinalURL(operation.path, { baseUrl, params: groups, querySerializer, pathSerializer: defaultPathSerializer }),
      headers: mergeHeaders(requestOptions?.headers, groups.header as Record<string, string>),
      body: null,
    };
    const answer = await send(transport, request, { site, signal: requestOptions?.signal, timeoutMs: requestOptions?.timeoutMs, deadline: control?.deadline });
    const response = answer;
    const raw = response.text;
    control?.onResponse?.(response);
    // Response headers are the server's text too: scrub them like the body.
    const rawRequestId = response.headers.get('x-request-id');
    const headerRequestId = rawRequestId === null ? undefined : redact(rawRequestId, secrets);
    if (response.status < 200 || response.status > 299) {
      let body: unknown = raw === '' ? undefined : raw;
      try {
        if (raw !== '') body = parseJsonBody(raw);
      } catch {
        // Not JSON (an HTML error page, a proxy's text): keep the text as the body.
      }
      // Redact after parsing, so secrets that JSON escapes (\", \\, \/, \uXXXX) are found too.
      body = redactDeep(body, secrets);
      const fields = errorBodyFields(body);
      throw apiErrorFor({
        ...site,
        status: response.status,
        code: fields.code,
        detail:
          fields.detail ??
          (response.status >= 300 && response.status < 400
            ? `redirected to ${redact(response.headers.get('location') ?? 'another URL', secrets)}; redirects are not followed`
            : typeof body === 'string'
              ? body.slice(0, 200)
              : undefined),
        requestId: fields.requestId ?? headerRequestId,
        body,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
      });
    }
    const text = raw;
    const invalid = (why: string) => new InvalidResponseError(`${service.name} ${operation.id}: ${why} (HTTP ${response.status})`, response.status, headerRequestId);
    if (text.trim() === '') throw invalid('the response body is empty');
    const type = response.headers.get('content-type') ?? '';
    if (type !== '' && !/json/i.test(type)) throw invalid(`expected JSON, got ${redact(type.split(';')[0]!, secrets)}`);
    let body: unknown;
    try {
      body = parseJsonBody(text);
    } catch {
      throw invalid('the response body is not valid JSON (truncated or corrupt)');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('the response body is not a JSON object');
    return redactDeep(body, secrets);
  }

  return { service, baseUrl, call };
}
