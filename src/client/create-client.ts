import { createFinalURL, createQuerySerializer, defaultPathSerializer, mergeHeaders } from 'openapi-fetch';
import { secretsOf } from '../auth/credentials.js';
import { akskSigner, type Signer } from '../auth/signer.js';
import type { BodyDescriptor, FilledFrom, OperationDescriptor, ParamLocation, ServiceDescriptor } from '../core/descriptors.js';
import { processEnvironment } from '../core/environment.js';
import { ValidationError } from '../core/errors.js';
import { redact } from '../core/redact.js';
import { createRateLimiter } from '../http/rate-limiter.js';
import { send, type Answer, type TransportConfig, type UploadBody } from '../http/transport.js';
import type { CallSite } from '../core/errors.js';
import { authorizer } from './authorizer.js';
import { resolveClientOptions, withEnvironmentDefaults, type ClientOptions } from './client-options.js';
import { errorFromAnswer } from './error-body.js';
import { readJsonObject } from './read-response.js';
import { checkRequestOptions, type RequestOptions } from './request-options.js';
import { validateParams } from './validate-params.js';

/** Internal per-call settings used by paginators and waiters. */
export interface CallControl {
  deadline?: number | undefined;
  /** Sees the final answer (for server hints such as `Retry-After`). */
  onResponse?: ((answer: Answer) => void) | undefined;
  /** Sees the request id of a 2xx answer (the `X-Request-Id` header, secrets redacted). */
  onRequestId?: ((requestId: string | undefined) => void) | undefined;
  /** Encodes a body that is not JSON (multipart); generated methods pass it where the spec has one. */
  encodeBody?: ((fields: Readonly<Record<string, unknown>>, body: BodyDescriptor) => UploadBody) | undefined;
  /** Turns a 2xx streaming answer into the call's result (a file); set for file answers. */
  readFile?: ((answer: Answer, site: CallSite, idleMs: number) => unknown) | undefined;
}

/** What generated clients build on: one configured connection to one service. */
export interface ServiceClient<S extends ServiceDescriptor = ServiceDescriptor> {
  readonly service: S;
  readonly baseUrl: string;
  /**
   * Calls an operation by its method name and resolves to the parsed 200 body. `operation` is its
   * descriptor, by default the service descriptor's entry for `method` (a base client's descriptor
   * lists none: each generated function passes its own, so a bundle holds only the operations used).
   */
  call(method: string, params: unknown, options?: RequestOptions, control?: CallControl, operation?: OperationDescriptor): Promise<unknown>;
}

/** A base client of the service named `Name`: what the tree-shakable generated functions take. */
export type BaseClient<Name extends string> = ServiceClient<ServiceDescriptor & { readonly name: Name }>;

/**
 * Builds the runtime client for one service from its generated descriptor and the user's options
 * (options not given come from the environment), signing AK/SK requests with {@link akskSigner}
 * unless the options name another signer. Every option is validated here, so a bad one fails at
 * construction, not at the first call.
 */
export function createServiceClient<S extends ServiceDescriptor>(service: S, options: ClientOptions = {}): ServiceClient<S> {
  return createBaseClient(service, options, akskSigner);
}

/**
 * {@link createServiceClient} without a default signer: AK/SK credentials need the `signer` option,
 * so a bundle that only uses tokens leaves the signer (and its hashing) out.
 */
export function createBaseClient<S extends ServiceDescriptor>(service: S, options: ClientOptions = {}, defaultSigner?: Signer): ServiceClient<S> {
  if (typeof options !== 'object' || options === null) throw new ValidationError('options', 'type', `${service.title} client options must be an object`);
  const settings = resolveClientOptions(service, withEnvironmentDefaults(service, options, processEnvironment()));
  const { baseUrl, credentials } = settings;
  const signer = settings.signer ?? defaultSigner;
  if (credentials.kind === 'aksk' && !signer) {
    throw new ValidationError('signer', 'required', `AK/SK credentials need a signer: pass signer: akskSigner (from 'taskport' or 'taskport/${service.name}'), or use the full ${service.title} client`);
  }
  const secrets = secretsOf(credentials);
  const transport: TransportConfig = {
    fetch: settings.fetch,
    limiter: settings.requestsPerSecond === undefined ? undefined : createRateLimiter(settings.requestsPerSecond),
    retry: settings.retry,
    timeoutMs: settings.timeoutMs,
    maxBodyBytes: settings.maxResponseBytes,
    authorize: authorizer(credentials, settings.projectId, signer),
    signsWithClock: credentials.kind === 'aksk',
    logger: settings.logger,
  };
  // Credentials headers are the authorizer's, a body's Content-Type the transport's: no parameter value here.
  const common: Record<FilledFrom, string | undefined> = { projectId: settings.projectId, region: settings.region, credentials: undefined, body: undefined };
  // openapi-fetch's serialisers: path parameters as one encoded segment, arrays exploded in the query.
  const querySerializer = createQuerySerializer();

  async function call(method: string, params: unknown, requestOptions?: RequestOptions, control?: CallControl, operation: OperationDescriptor | undefined = service.operations[method]): Promise<unknown> {
    if (!operation) throw new ValidationError('method', 'unknown', `${service.title} has no operation "${method}"`);
    checkRequestOptions(method, requestOptions);
    const given = validateParams(operation, method, params);
    const groups: Record<ParamLocation, Record<string, unknown>> = { path: {}, query: {}, header: {} };
    for (const param of operation.params) {
      const value = param.option !== undefined ? settings.serviceOptions[param.option] : param.filledFrom ? common[param.filledFrom] : given[param.name];
      if (value !== undefined) groups[param.in][param.name] = value;
    }
    const site = { service: service.name, operation: operation.id };
    const headers = mergeHeaders(requestOptions?.headers, groups.header as Record<string, string>);
    let body: string | UploadBody | null = null;
    const spec = operation.body;
    if (spec) {
      // Body fields travel under their documented names.
      const fields: Record<string, unknown> = {};
      for (const field of spec.fields) if (given[field.name] !== undefined) fields[field.field ?? field.name] = given[field.name];
      if (spec.type === 'multipart') {
        if (!control?.encodeBody) throw new Error(`${method}: a multipart body needs its encoder`);
        body = control.encodeBody(fields, spec);
        headers.set('content-type', body.contentType);
      } else if (spec.required || Object.keys(fields).length > 0) {
        body = JSON.stringify(fields);
        headers.set('content-type', 'application/json');
      }
    }
    const readFile = control?.readFile;
    const timeoutMs = requestOptions?.timeoutMs ?? settings.timeoutMs;
    const request = {
      method: operation.method.toUpperCase(),
      url: createFinalURL(operation.path, { baseUrl, params: groups, querySerializer, pathSerializer: defaultPathSerializer }),
      headers,
      body,
    };
    const answer = await send(transport, request, { site, signal: requestOptions?.signal, timeoutMs, deadline: control?.deadline, idempotent: operation.idempotent, stream: readFile !== undefined });
    control?.onResponse?.(answer);
    // Response headers are the server's text too: scrub them like the body.
    const rawRequestId = answer.headers.get('x-request-id');
    const headerRequestId = rawRequestId === null ? undefined : redact(rawRequestId, secrets);
    if (answer.status < 200 || answer.status > 299) throw errorFromAnswer(answer, site, secrets, headerRequestId);
    control?.onRequestId?.(headerRequestId);
    if (readFile) return readFile(answer, site, timeoutMs);
    if (operation.answer === 'none') return undefined;
    return readJsonObject(answer, site, secrets, headerRequestId);
  }

  return { service, baseUrl, call };
}
