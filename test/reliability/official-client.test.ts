/**
 * The official Huawei Cloud Node core (`@huaweicloud/huaweicloud-sdk-core`, a devDependency only) as
 * an independent client of `taskport/mock`: for every operation of every service, a request signed
 * by the official AKSKSigner is accepted with the mock's key and refused (401) with a wrong one. So
 * the mock's verifier agrees with Huawei's own signer, not only with Taskport's.
 *
 * Excluded, by name: the official signer's path double-encoding bug (quirk 1 of
 * test/auth/quirks.test.ts: a path segment with a space or an apostrophe is signed as `%2520`), so
 * every path value here is unreserved text.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import { descriptorOf, filledHeaders, SERVICE_NAMES, taskOperationOf } from '../mock/helpers.js';

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as {
  AKSKSigner: { sign(request: object, credential: { getAk(): string; getSk(): string }): Record<string, string> };
};

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(async () => {
  await mock.close();
});

/** The URL and headers of a valid request for `method`, built from the descriptor alone (unreserved values only). */
function requestFor(service: string, method: string): { url: string; query: Record<string, string>; headers: Record<string, string> } {
  const operation = descriptorOf(service).operations[method]!;
  const task = taskOperationOf(service);
  let path = operation.path;
  const query: Record<string, string> = {};
  for (const p of operation.params) {
    const value = p.filledFrom === 'projectId' ? MOCK_PROJECT_ID : p.name === operation.task?.id || (task?.method === method && p.name === task.spec.id) ? 'demo-succeeded' : p.required && !p.filledFrom && !p.option ? String(p.schema.enum?.[0] ?? (p.schema.type === 'integer' ? 1 : 'value')) : undefined;
    if (value === undefined) continue;
    if (p.in === 'path') path = path.replace(`{${p.name}}`, value);
    else if (p.in === 'query') query[p.name] = value;
  }
  const search = new URLSearchParams(query).toString();
  return { url: `${mock.url}${path}${search ? `?${search}` : ''}`, query, headers: filledHeaders(service, mock) };
}

async function officialCall(service: string, method: string, sk: string): Promise<number> {
  const { url, query, headers } = requestFor(service, method);
  const endpoint = url.split('?')[0]!;
  const signed = AKSKSigner.sign({ endpoint, method: descriptorOf(service).operations[method]!.method.toUpperCase(), headers: { ...headers }, queryParams: query }, { getAk: () => MOCK_AK, getSk: () => sk });
  const response = await fetch(url, { method: descriptorOf(service).operations[method]!.method.toUpperCase(), headers: { ...headers, ...signed } });
  await response.arrayBuffer();
  return response.status;
}

describe('the official Huawei Node signer against taskport/mock, every operation', () => {
  const cases = SERVICE_NAMES.flatMap((service) => Object.keys(descriptorOf(service).operations).map((method) => [service, method] as const));

  it('covers every operation of every service', () => {
    expect(cases.length).toBe(SERVICE_NAMES.reduce((n, s) => n + Object.keys(descriptorOf(s).operations).length, 0));
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const [service, method] of cases) {
    it(`${service} ${method}: the right key is accepted, a wrong key refused with 401`, async () => {
      expect(await officialCall(service, method, MOCK_SK)).toBe(200);
      expect(await officialCall(service, method, 'NotTheMockSecretKey0000000000000000000001')).toBe(401);
    });
  }
});
