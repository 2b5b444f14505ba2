/**
 * Defect 14 of issue 11: the mock answers only statuses its spec documents, and every spec documents
 * the API Gateway's 401 and 403 (specs/shared/responses/). Every operation of every service is
 * driven into each answer the mock can give a routed request (success, a refused credential, bad
 * input, an unknown task), and each status is looked up in the bundled spec.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_AK, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import { clientFor, descriptorOf, documentedStatus, SERVICE_NAMES, taskOperationOf } from '../mock/helpers.js';
import { outcome } from './support.js';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(async () => {
  await mock.close();
});

/** Parameters that satisfy an operation's required caller parameters, from the demo tasks. */
function paramsFor(service: string, method: string): Record<string, unknown> {
  const operation = descriptorOf(service).operations[method]!;
  const params: Record<string, unknown> = {};
  for (const p of operation.params) {
    if (!p.required || p.filledFrom || p.option) continue;
    params[p.name] = p.schema.enum?.[0] ?? (p.name === operation.task?.id ? 'demo-succeeded' : p.schema.type === 'integer' ? 1 : 'value');
  }
  return params;
}

describe('the mock answers only documented statuses', () => {
  for (const service of SERVICE_NAMES) {
    for (const method of Object.keys(descriptorOf(service).operations)) {
      it(`${service} ${method}: success, wrong token, wrong AK/SK, unknown task`, async () => {
        const before = mock.requests.length;
        const call = (client: ReturnType<typeof clientFor>, params: Record<string, unknown>) => outcome(() => (client[method] as (p: unknown) => Promise<unknown>)(params));
        await call(clientFor(service, mock), paramsFor(service, method));
        await call(clientFor(service, mock, { token: 'not-the-mock-token' }, { retry: false }), paramsFor(service, method));
        await call(clientFor(service, mock, { ak: MOCK_AK, sk: 'NotTheMockSecretKey0000000000000000000001' }, { retry: false }), paramsFor(service, method));
        const task = taskOperationOf(service);
        if (task?.method === method) await call(clientFor(service, mock), { ...paramsFor(service, method), [task.spec.id]: 'no-such-task' });
        const answered = mock.requests.slice(before).filter((r) => r.operation && r.response);
        const statuses = [...new Set(answered.map((r) => r.response!.status))];
        expect(statuses).toContain(401);
        const undocumented = answered.filter((r) => documentedStatus(service, r.operation!.id, r.response!.status) === undefined).map((r) => `${r.operation!.id} ${r.response!.status}`);
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
