/**
 * Defect 14 of issue 11: the mock answers only statuses its spec documents, and every spec documents
 * the API Gateway's 401 and 403 (specs/shared/responses/). Every operation of every service is
 * driven into each answer the mock can give a routed request (success, a refused credential, bad
 * input, an unknown task), and each status is looked up in the bundled spec. Each request is valid:
 * its body is the spec's documented request example, or the least values its body schema accepts
 * (a small CSV for a file part); a download asks for the file of a finished task.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_AK, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import { findOperation } from '../helpers/bundles.js';
import { clientFor, descriptorOf, documentedStatus, SERVICE_NAMES, taskOperationOf } from '../mock/helpers.js';
import { describeOutcome, outcome } from './support.js';
import { bodyFor, bundleOf } from './valid-requests.js';

let mock: MockServer;
/** For each service's linked download (`x-task.download`), its parameters naming the file of a finished task. */
const downloads = new Map<string, { method: string; params: Record<string, unknown> }>();
beforeAll(async () => {
  mock = await startMockServer();
  for (const service of SERVICE_NAMES) {
    const task = taskOperationOf(service);
    const download = task?.spec.download;
    if (!task || !download) continue;
    const method = Object.entries(descriptorOf(service).operations).find(([, op]) => op.id === download.operationId)![0];
    mock.addTask({ service, id: 'ready', outcome: 'succeeded', advance: { afterMs: 0 } });
    const object = (await clientFor(service, mock).getTask('ready')).raw as Record<string, unknown>;
    const at = (pointer: string) => pointer.split('/').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], object);
    downloads.set(service, { method, params: Object.fromEntries(Object.entries(download.parameters).map(([param, pointer]) => [param, at(pointer)])) });
  }
});
afterAll(async () => {
  await mock.close();
});

/** Parameters (and body fields) of a valid request: required caller parameters from the demo tasks, a linked download's from a finished task. */
function paramsFor(service: string, method: string): Record<string, unknown> {
  const operation = descriptorOf(service).operations[method]!;
  const params: Record<string, unknown> = {};
  for (const p of operation.params) {
    if (!p.required || p.filledFrom || p.option) continue;
    params[p.name] = p.schema.enum?.[0] ?? (p.name === operation.task?.id ? 'demo-succeeded' : p.schema.type === 'integer' ? 1 : 'value');
  }
  const download = downloads.get(service);
  return { ...params, ...(download?.method === method ? download.params : {}), ...bodyFor(service, method) };
}

/**
 * The documented response key for a status. A 2xx of an operation whose success is a file or
 * nothing has no JSON media: its status must be a key of the documented responses.
 */
function documentedKey(service: string, method: string, status: number): string | undefined {
  const operation = descriptorOf(service).operations[method]!;
  if (status >= 200 && status < 300 && operation.answer !== undefined) {
    const responses = Object.keys((findOperation(bundleOf(service), operation.id).operation.responses ?? {}) as object);
    return responses.includes(String(status)) ? String(status) : undefined;
  }
  return documentedStatus(service, operation.id, status);
}

describe('the mock answers only documented statuses', () => {
  for (const service of SERVICE_NAMES) {
    for (const method of Object.keys(descriptorOf(service).operations)) {
      it(`${service} ${method}: success, wrong token, wrong AK/SK, unknown task`, async () => {
        const before = mock.requests.length;
        const call = (client: ReturnType<typeof clientFor>, params: Record<string, unknown>) => outcome(() => (client[method] as (p: unknown) => Promise<unknown>)(params));
        const succeeded = await call(clientFor(service, mock), paramsFor(service, method));
        expect(succeeded.threw, `the valid request ${describeOutcome(succeeded)}`).toBe(false);
        const success = mock.requests.slice(before).filter((r) => r.operation && r.response);
        expect(success.map((r) => r.response!.status).every((status) => status >= 200 && status < 300), JSON.stringify(success.map((r) => r.response!.status))).toBe(true);
        expect(success.length).toBeGreaterThan(0);
        await call(clientFor(service, mock, { token: 'not-the-mock-token' }, { retry: false }), paramsFor(service, method));
        await call(clientFor(service, mock, { ak: MOCK_AK, sk: 'NotTheMockSecretKey0000000000000000000001' }, { retry: false }), paramsFor(service, method));
        const task = taskOperationOf(service);
        if (task?.method === method) await call(clientFor(service, mock), { ...paramsFor(service, method), [task.spec.id]: 'no-such-task' });
        const answered = mock.requests.slice(before).filter((r) => r.operation && r.response);
        const statuses = [...new Set(answered.map((r) => r.response!.status))];
        expect(statuses).toContain(401);
        const undocumented = answered.filter((r) => documentedKey(service, method, r.response!.status) === undefined).map((r) => `${r.operation!.id} ${r.response!.status}`);
        expect(undocumented).toEqual([]);
      });
    }
  }

  it('every operation documents the gateway 401 and 403', () => {
    const missing: string[] = [];
    for (const service of SERVICE_NAMES) {
      for (const operation of Object.values(descriptorOf(service).operations)) {
        for (const status of [401, 403]) if (documentedStatus(service, operation.id, status) === undefined) missing.push(`${service} ${operation.id} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
