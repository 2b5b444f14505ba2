/** Injected faults and the server's lifecycle (127.0.0.1 only; close() frees the port). */
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RateLimitError, ServerError } from '../../src/core/errors.js';
import { startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import { clientFor, expectConformingResponses, SERVICES_WITH_TASKS } from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterEach(() => server.clearFaults());
afterAll(async () => {
  expectConformingResponses(server);
  await server.close();
});

const statuses = (from: number) => server.requests.slice(from).map((r) => r.response?.status);

describe.each(SERVICES_WITH_TASKS)('%s', (service) => {
  it('a 503 then success is retried by the client transparently', async () => {
    const from = server.requests.length;
    server.inject({ status: 503 });
    const task = await clientFor(service, server).getTask('demo-succeeded');
    expect(task.id).toBe('demo-succeeded');
    expect(statuses(from)).toEqual([503, 200]);
  });
});

describe('faults', () => {
  const [service] = SERVICES_WITH_TASKS as [string];

  it('a 429 with Retry-After is honoured before the retry', async () => {
    const from = server.requests.length;
    server.inject({ status: 429, retryAfter: '1' });
    const started = Date.now();
    await clientFor(service, server).getTask('demo-succeeded');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(statuses(from)).toEqual([429, 200]);
    const body = JSON.parse(server.requests[from]!.response!.body) as Record<string, unknown>;
    expect(body).toMatchObject({ error_code: 'APIGW.0308' });
  });

  it('a 429 that outlasts the retries surfaces as RateLimitError with the hint', async () => {
    server.inject({ status: 429, retryAfter: '2' });
    const error = await clientFor(service, server, undefined, { retry: false }).getTask('demo-succeeded').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(2000);
  });

  it('times counts down; more faults than retries end in ServerError', async () => {
    server.inject({ status: 500, times: 4, path: /./ });
    const client = clientFor(service, server);
    await expect(client.getTask('demo-succeeded')).rejects.toBeInstanceOf(ServerError); // 1 try + 2 retries
    await expect(client.getTask('demo-succeeded')).resolves.toMatchObject({ id: 'demo-succeeded' }); // 4th fault, then success
  });

  it('path restricts a fault to matching request targets', async () => {
    server.inject({ status: 503, path: /no-such-path/ });
    const from = server.requests.length;
    await clientFor(service, server).getTask('demo-succeeded');
    expect(statuses(from)).toEqual([200]);
  });

  it('a custom body and headers are served as given', async () => {
    server.inject({ status: 502, body: '<html>bad gateway</html>', headers: { 'Content-Type': 'text/html' } });
    const response = await fetch(`${server.url}/anything`);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe('<html>bad gateway</html>');
  });

  it('clearFaults() drops what is still queued', async () => {
    server.inject({ status: 503, times: Infinity });
    server.clearFaults();
    expect((await fetch(`${server.url}/anything`)).status).toBe(404);
  });

  it('rejects malformed faults', () => {
    expect(() => server.inject({ status: 42 })).toThrow(/status/);
    expect(() => server.inject({ status: 500, times: 0 })).toThrow(/times/);
  });
});

describe('lifecycle', () => {
  it('listens on 127.0.0.1 only, and close() frees the port', async () => {
    const mock = await startMockServer({ scenarios: [] });
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    await mock.close();
    await mock.close(); // idempotent
    await expect(fetch(`${mock.url}/`)).rejects.toThrow();
    const probe = createServer();
    await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(mock.port, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });

  it('close() does not wait for idle keep-alive connections', async () => {
    const mock = await startMockServer();
    await clientFor(SERVICES_WITH_TASKS[0]!, mock).getTask('demo-succeeded');
    const started = Date.now();
    await mock.close();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('starts on a given port', async () => {
    const first = await startMockServer({ scenarios: [] });
    const port = first.port;
    await first.close();
    const second = await startMockServer({ port, scenarios: [] });
    expect(second.port).toBe(port);
    await second.close();
  });
});
