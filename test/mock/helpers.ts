/**
 * Shared by the mock tests: real generated clients pointed at a mock, and a check that every
 * response the mock sent conforms to the bundled spec (Ajv 2020 + formats, test/helpers/bundles.ts).
 */
import { expect } from 'vitest';
import { services, type ServiceName } from '../../generated/clients/index.js';
import type { ServiceDescriptor } from '../../src/core/descriptors.js';
import type { Task } from '../../src/core/task.js';
import type { TaskSpec } from '../../src/core/task-spec.js';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN, type MockServer } from '../../src/apps/mock/index.js';
import { bundleValidator, findOperation, jsonMedia, loadBundle, responseSchemaPointer } from '../helpers/bundles.js';

export const SERVICE_NAMES = Object.keys(services) as ServiceName[];

export const descriptorOf = (name: string): ServiceDescriptor => services[name as ServiceName].descriptor as ServiceDescriptor;

/** The service's task operation (method name and x-task spec), if it has one. */
export function taskOperationOf(name: string): { method: string; spec: TaskSpec } | undefined {
  const entry = Object.entries(descriptorOf(name).operations).find(([, op]) => op.task);
  return entry ? { method: entry[0], spec: entry[1].task! } : undefined;
}

/** Outcomes a spec can express, computed independently of the mock. */
export function expressibleOutcomes(spec: TaskSpec): ('succeeded' | 'failed' | 'partial' | 'expired')[] {
  if ('counters' in spec.status) return ['succeeded', 'failed', 'partial'];
  const values = spec.status.values;
  return (['succeeded', 'failed', 'partial', 'expired'] as const).filter((o) => (values[o]?.length ?? 0) > 0);
}

export const SERVICES_WITH_TASKS = SERVICE_NAMES.filter((name) => taskOperationOf(name));

export const CREDENTIALS = {
  token: { token: MOCK_TOKEN },
  aksk: { ak: MOCK_AK, sk: MOCK_SK },
} as const;
export type CredentialKind = keyof typeof CREDENTIALS;

/** What the tests call on any generated client. */
export interface AnyClient {
  getTask(id: string): Promise<Task>;
  waitForTask(id: string, options?: Record<string, unknown>): Promise<Task>;
  [method: string]: unknown;
}

/** Fast polling for tests. */
export const FAST_WAIT = { minDelayMs: 5, maxDelayMs: 20, maxWaitMs: 15_000 };
/** Fast retries for tests. */
export const FAST_RETRY = { minDelayMs: 1, maxDelayMs: 5 };

/** The values the mock serves for the service's own options (x-client-option), e.g. `{ workspaceId }`. */
export function servedOptions(name: string, server: MockServer): Record<string, string> {
  return Object.fromEntries(Object.keys(descriptorOf(name).options).map((option) => [option, server.clientOptions[option]!]));
}

/** A real generated client of `name` talking to the mock. */
export function clientFor(name: string, server: MockServer, credentials: Record<string, string> = CREDENTIALS.token, extra: Record<string, unknown> = {}): AnyClient {
  const create = services[name as ServiceName].createClient as unknown as (options: Record<string, unknown>) => AnyClient;
  return create({
    endpoint: server.url,
    projectId: MOCK_PROJECT_ID,
    credentials,
    retry: FAST_RETRY,
    ...servedOptions(name, server),
    ...extra,
  });
}

/** Headers a raw request needs besides credentials: the header parameters the service's own options fill, which the mock checks. */
export function filledHeaders(name: string, server: MockServer): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [option, { param }] of Object.entries(descriptorOf(name).options)) if (param.in === 'header') headers[param.name] = server.clientOptions[option]!;
  return headers;
}

const docs = new Map<string, ReturnType<typeof loadBundle>>();
const validators = new Map<string, ReturnType<typeof bundleValidator>>();

function bundle(service: string) {
  if (!docs.has(service)) {
    const doc = loadBundle(service);
    docs.set(service, doc);
    validators.set(service, bundleValidator(doc));
  }
  return { doc: docs.get(service)!, validate: validators.get(service)! };
}

/** The documented response key for a status: the exact code, else its `NXX` range; undefined when undocumented. */
export function documentedStatus(service: string, operationId: string, status: number): string | undefined {
  const { doc } = bundle(service);
  const op = findOperation(doc, operationId);
  for (const key of [String(status), `${String(status)[0]}XX`]) {
    try {
      jsonMedia(doc, op, key);
      return key;
    } catch {
      // not documented under this key
    }
  }
  return undefined;
}

/** Errors of a body against the documented schema of (service, operation, status key). */
export function schemaErrors(service: string, operationId: string, statusKey: string, body: unknown): string[] {
  const { doc, validate } = bundle(service);
  return validate(responseSchemaPointer(doc, findOperation(doc, operationId), statusKey), body);
}

/**
 * Every answer the mock gave to a routed request, checked against the spec: each 200 against the
 * operation's 200 schema, each other status against its documented schema where there is one.
 * Returns how many 200 bodies were checked.
 */
export function expectConformingResponses(server: MockServer): number {
  const problems: string[] = [];
  let ok = 0;
  for (const request of server.requests) {
    if (!request.operation || !request.response) continue;
    const { service, id } = request.operation;
    const { status } = request.response;
    const descriptor = Object.values(descriptorOf(service).operations).find((op) => op.id === id)!;
    // A file or an empty answer has no JSON body to check; its status must still be documented.
    if (status >= 200 && status < 300 && descriptor.answer !== undefined) {
      expect(Object.keys((findOperation(bundle(service).doc, id).operation.responses ?? {}) as object), `${service} ${id} documents ${status}`).toContain(String(status));
      continue;
    }
    const key = documentedStatus(service, id, status);
    if (status >= 200 && status < 300) {
      expect(key, `${service} ${id} documents ${status}`).toBe(String(status));
      ok++;
    }
    if (!key) continue;
    const errors = schemaErrors(service, id, key, JSON.parse(request.response.body));
    if (errors.length > 0) problems.push(`${request.method} ${request.url} → ${request.response.status}: ${errors.join('; ')}\n${request.response.body}`);
  }
  expect(problems).toEqual([]);
  return ok;
}
