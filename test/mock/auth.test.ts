/**
 * Authentication: the mock accepts exactly the configured token or a valid AK/SK signature, and
 * refuses everything else with the API gateway's 401 body; clients see AuthenticationError.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/auth/sign-request.js';
import { AuthenticationError } from '../../src/core/errors.js';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import { clientFor, CREDENTIALS, descriptorOf, expectConformingResponses, filledHeaders, SERVICES_WITH_TASKS, taskOperationOf } from './helpers.js';

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  expectConformingResponses(server);
  await server.close();
});

/** A raw URL that reads the demo task `demo-succeeded` of a service with its task operation. */
function taskUrl(service: string): string {
  const { method, spec } = taskOperationOf(service)!;
  const op = descriptorOf(service).operations[method]!;
  const path = op.path.replace('{project_id}', MOCK_PROJECT_ID).replace(`{${spec.id}}`, 'demo-succeeded');
  return `${server.url}${path}${path.includes('demo-succeeded') ? '' : `?${spec.id}=demo-succeeded`}`;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

const GATEWAY_BODY = { error_code: expect.stringMatching(/^APIGW\.030[13]$/), error_msg: expect.any(String), request_id: expect.stringMatching(/^[0-9a-f]{32}$/) };

describe.each(SERVICES_WITH_TASKS)('%s', (service) => {
  it.each([
    ['a wrong token', { token: 'not-the-token' }, 'decrypt token fail'],
    ['a wrong secret key', { ak: MOCK_AK, sk: `${MOCK_SK}x` }, 'verify aksk signature fail'],
    ['an unknown access key', { ak: 'UNKNOWNAK00000000000', sk: MOCK_SK }, 'ak not exist'],
  ])('refuses %s with 401 APIGW.0301 and the client throws AuthenticationError', async (_, credentials, detail) => {
    const error = await rejection(clientFor(service, server, credentials, { retry: false }).getTask('demo-succeeded'));
    expect(error).toBeInstanceOf(AuthenticationError);
    const auth = error as AuthenticationError;
    expect(auth.status).toBe(401);
    expect(auth.code).toBe('APIGW.0301');
    expect(auth.body).toEqual(GATEWAY_BODY);
    expect((auth.body as { error_msg: string }).error_msg).toMatch(/^Incorrect IAM authentication information: /);
    expect((auth.body as { error_msg: string }).error_msg).toContain(detail);
    // Never echo a secret back.
    expect(JSON.stringify(auth.body)).not.toContain(MOCK_SK);
  });

  it('refuses a request without credentials', async () => {
    const response = await fetch(taskUrl(service), { headers: filledHeaders(service, server) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error_code: 'APIGW.0301', error_msg: expect.stringContaining('x-auth-token not found') });
  });

  it('accepts a signature made with signRequest on the raw request', async () => {
    const signed = await signRequest(new Request(taskUrl(service), { headers: filledHeaders(service, server) }), CREDENTIALS.aksk);
    expect((await fetch(signed)).status).toBe(200);
  });

  it('refuses an X-Sdk-Date older than 15 minutes with a signature-expired 401 and a Date header', async () => {
    const signed = await signRequest(new Request(taskUrl(service), { headers: filledHeaders(service, server) }), CREDENTIALS.aksk, { date: new Date(Date.now() - 20 * 60_000) });
    const response = await fetch(signed);
    expect(response.status).toBe(401);
    const body = (await response.json()) as Record<string, string>;
    expect(body).toEqual({ ...GATEWAY_BODY, error_code: 'APIGW.0303' });
    expect(body.error_msg).toMatch(/signature expired/);
    expect(Math.abs(Date.parse(response.headers.get('date')!) - Date.now())).toBeLessThan(5_000);
  });

  it('refuses a signed request whose query was changed afterwards', async () => {
    const signed = await signRequest(new Request(taskUrl(service), { headers: filledHeaders(service, server) }), CREDENTIALS.aksk);
    const tampered = new Request(`${signed.url}${signed.url.includes('?') ? '&' : '?'}extra=1`, { headers: signed.headers });
    expect((await fetch(tampered)).status).toBe(401);
  });

  it('refuses a signature whose SignedHeaders leave out host', async () => {
    const signed = await signRequest(new Request(taskUrl(service), { headers: filledHeaders(service, server) }), CREDENTIALS.aksk);
    const headers = new Headers(signed.headers);
    headers.set('Authorization', headers.get('authorization')!.replace(/SignedHeaders=host;/, 'SignedHeaders='));
    expect((await fetch(signed.url, { headers })).status).toBe(401);
  });
});

describe('clock skew', () => {
  it('an AK/SK client whose clock is an hour off recovers through the Date header', async () => {
    const skewed = await startMockServer({ clock: () => Date.now() + 60 * 60_000 });
    try {
      const [service] = SERVICES_WITH_TASKS;
      const task = await clientFor(service!, skewed, CREDENTIALS.aksk).getTask('demo-succeeded');
      expect(task.id).toBe('demo-succeeded');
      expect(skewed.requests.map((r) => r.response?.status)).toEqual([401, 200]);
    } finally {
      await skewed.close();
    }
  });
});

describe('configured credentials', () => {
  it('accepts only the token and key pair it was started with', async () => {
    const custom = await startMockServer({ credentials: { token: 'custom-token', ak: 'CUSTOMAK000000000001', sk: 'custom-secret' } });
    try {
      const [service] = SERVICES_WITH_TASKS;
      await expect(clientFor(service!, custom, { token: 'custom-token' }).getTask('demo-succeeded')).resolves.toMatchObject({ id: 'demo-succeeded' });
      await expect(clientFor(service!, custom, { ak: 'CUSTOMAK000000000001', sk: 'custom-secret' }).getTask('demo-succeeded')).resolves.toMatchObject({ id: 'demo-succeeded' });
      await expect(clientFor(service!, custom, { token: MOCK_TOKEN }, { retry: false }).getTask('demo-succeeded')).rejects.toBeInstanceOf(AuthenticationError);
    } finally {
      await custom.close();
    }
  });
});

describe('every response', () => {
  it('carries X-Request-Id, a JSON content type and a Date', async () => {
    for (const url of [`${server.url}/nope`, taskUrl(SERVICES_WITH_TASKS[0]!)]) {
      const response = await fetch(url);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(Number.isNaN(Date.parse(response.headers.get('date') ?? ''))).toBe(false);
    }
  });

  it('records tokens redacted', () => {
    const withToken = server.requests.find((r) => r.headers['x-auth-token'] !== undefined);
    expect(withToken?.headers['x-auth-token']).toBe('[redacted]');
  });
});
