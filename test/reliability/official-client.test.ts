/**
 * The official Huawei Cloud Node core (`@huaweicloud/huaweicloud-sdk-core`, a devDependency only) as
 * an independent client of `taskport/mock`: for every operation of every service, a request signed
 * by the official AKSKSigner is accepted with the mock's key and refused (401) with a wrong one. So
 * the mock's verifier agrees with Huawei's own signer, not only with Taskport's.
 *
 * Excluded, by name: the official signer's path double-encoding bug (quirk 1 of
 * test/auth/quirks.test.ts: a path segment with a space or an apostrophe is signed as `%2520`), so
 * every path value here is unreserved text.
 *
 * Each request is valid: its body is the spec's documented request example, or the least values its
 * body schema accepts (a small CSV for a file part), sent as the exact bytes that were signed: JSON
 * text (the signer hashes `JSON.stringify` of its `data`) or a multipart body encoded by the platform
 * (`Response#formData`'s inverse), whose SHA-256 is declared in the signed `X-Sdk-Content-Sha256`.
 * A download asks for the file of a finished task. Success is the operation's documented 2xx status
 * (a file: 200 with a non-empty body).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import { findOperation } from '../helpers/bundles.js';
import { clientFor, descriptorOf, filledHeaders, SERVICE_NAMES, taskOperationOf } from '../mock/helpers.js';
import { bodyFor, bundleOf } from './valid-requests.js';

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as {
  AKSKSigner: { sign(request: object, credential: { getAk(): string; getSk(): string }): Record<string, string> };
};

let mock: MockServer;
/** For each service's linked download (`x-task.download`), its parameters naming the file of a finished task. */
const downloads = new Map<string, { method: string; params: Record<string, string> }>();
beforeAll(async () => {
  mock = await startMockServer();
  for (const service of SERVICE_NAMES) {
    const download = taskOperationOf(service)?.spec.download;
    if (!download) continue;
    const method = Object.entries(descriptorOf(service).operations).find(([, op]) => op.id === download.operationId)![0];
    mock.addTask({ service, id: 'ready', outcome: 'succeeded', advance: { afterMs: 0 } });
    const object = (await clientFor(service, mock).getTask('ready')).raw as Record<string, unknown>;
    const at = (pointer: string) => pointer.split('/').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], object);
    downloads.set(service, { method, params: Object.fromEntries(Object.entries(download.parameters).map(([param, pointer]) => [param, String(at(pointer))])) });
  }
});
afterAll(async () => {
  await mock.close();
});

/** The documented 2xx status of an operation. */
function successStatus(service: string, operationId: string): number {
  const responses = Object.keys((findOperation(bundleOf(service), operationId).operation.responses ?? {}) as object);
  const ok = responses.filter((key) => /^2\d\d$/.test(key));
  expect(ok, `${service} ${operationId} documents one 2xx status`).toHaveLength(1);
  return Number(ok[0]);
}

/** The body bytes and content type of a valid request for `method`, or none. */
async function encodedBody(service: string, method: string): Promise<{ json?: Record<string, unknown>; bytes: Uint8Array; contentType: string } | undefined> {
  const operation = descriptorOf(service).operations[method]!;
  if (!operation.body) return undefined;
  const fields = bodyFor(service, method);
  // Under their documented names.
  const named = Object.fromEntries(operation.body.fields.filter((f) => fields[f.name] !== undefined).map((f) => [f.field ?? f.name, fields[f.name]]));
  if (operation.body.type === 'json') return { json: named, bytes: new TextEncoder().encode(JSON.stringify(named)), contentType: 'application/json' };
  const form = new FormData();
  for (const [name, value] of Object.entries(named)) {
    if (value instanceof Uint8Array) form.append(name, new Blob([value as Uint8Array<ArrayBuffer>], { type: 'text/csv' }), 'rows.csv');
    else form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const encoded = new Response(form);
  return { bytes: new Uint8Array(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type')! };
}

/** The URL and headers of a valid request for `method`, built from the descriptor alone (unreserved values only). */
function requestFor(service: string, method: string): { url: string; query: Record<string, string>; headers: Record<string, string> } {
  const operation = descriptorOf(service).operations[method]!;
  const task = taskOperationOf(service);
  const download = downloads.get(service);
  let path = operation.path;
  const query: Record<string, string> = {};
  for (const p of operation.params) {
    const value =
      p.filledFrom === 'projectId'
        ? MOCK_PROJECT_ID
        : download?.method === method && download.params[p.name] !== undefined
          ? download.params[p.name]
          : p.name === operation.task?.id || (task?.method === method && p.name === task.spec.id)
            ? 'demo-succeeded'
            : p.required && !p.filledFrom && !p.option
              ? String(p.schema.enum?.[0] ?? (p.schema.type === 'integer' ? 1 : 'value'))
              : undefined;
    if (value === undefined) continue;
    if (p.in === 'path') path = path.replace(`{${p.name}}`, value);
    else if (p.in === 'query') query[p.name] = value;
  }
  const search = new URLSearchParams(query).toString();
  return { url: `${mock.url}${path}${search ? `?${search}` : ''}`, query, headers: filledHeaders(service, mock) };
}

async function officialCall(service: string, method: string, sk: string): Promise<{ status: number; bytes: number }> {
  const { url, query, headers } = requestFor(service, method);
  const endpoint = url.split('?')[0]!;
  const httpMethod = descriptorOf(service).operations[method]!.method.toUpperCase();
  const body = await encodedBody(service, method);
  const sent = { ...headers };
  if (body) {
    sent['content-type'] = body.contentType;
    // The signer hashes JSON.stringify(data) itself; other bytes it signs by their declared hash.
    if (!body.json) sent['X-Sdk-Content-Sha256'] = createHash('sha256').update(body.bytes).digest('hex');
  }
  const signed = AKSKSigner.sign({ endpoint, method: httpMethod, headers: { ...sent }, queryParams: query, ...(body?.json ? { data: body.json } : {}) }, { getAk: () => MOCK_AK, getSk: () => sk });
  const response = await fetch(url, { method: httpMethod, headers: { ...sent, ...signed }, ...(body ? { body: body.bytes as Uint8Array<ArrayBuffer> } : {}) });
  return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
}

describe('the official Huawei Node signer against taskport/mock, every operation', () => {
  const cases = SERVICE_NAMES.flatMap((service) => Object.keys(descriptorOf(service).operations).map((method) => [service, method] as const));

  it('covers every operation of every service', () => {
    expect(cases.length).toBe(SERVICE_NAMES.reduce((n, s) => n + Object.keys(descriptorOf(s).operations).length, 0));
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const [service, method] of cases) {
    it(`${service} ${method}: the right key is accepted, a wrong key refused with 401`, async () => {
      const operation = descriptorOf(service).operations[method]!;
      const accepted = await officialCall(service, method, MOCK_SK);
      expect(accepted.status).toBe(successStatus(service, operation.id));
      if (operation.answer === 'file') {
        expect(accepted.status).toBe(200);
        expect(accepted.bytes).toBeGreaterThan(0);
      }
      expect((await officialCall(service, method, 'NotTheMockSecretKey0000000000000000000001')).status).toBe(401);
    });
  }
});
