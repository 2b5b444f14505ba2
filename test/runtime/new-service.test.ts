/**
 * Adding a service with a header option of its own needs no change in src/: a made-up sixth
 * service (test/fixtures/new-service/) goes through the real pipeline on a temporary copy of the
 * repository, and its generated client, the mock and the CLI — all from the unchanged src/ — take
 * its `tenantId` option, send it as `X-Tenant-Id`, read `HUAWEICLOUD_SDK_TENANT_ID`, and check it by
 * the parameter's schema.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/run.js';
import { run } from '../../src/apps/cli/program.js';
import type { ServiceRegistry } from '../../src/apps/cli/services.js';
import { startServer } from '../../src/apps/mock/server.js';
import type { ServiceDescriptor } from '../../src/core/descriptors.js';
import { BadRequestError, ValidationError } from '../../src/core/errors.js';
import type { Task } from '../../src/core/task.js';
import { json, startLoopback, type Loopback } from '../helpers/loopback.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = path.join(REPO, 'test/fixtures/new-service');
const TOKEN = 'tok-new-service-0001';

interface QuotaClient {
  getTask(id: string): Promise<Task>;
  waitForTask(id: string, options?: Record<string, unknown>): Promise<Task>;
}
type Factory = (options?: Record<string, unknown>) => QuotaClient;

let tmp: string;
let registry: ServiceRegistry;
let createQuotaCenterClient: Factory;
let server: Loopback;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'taskport-new-service-'));
  for (const entry of ['specs', 'redocly.yaml', 'generated', 'package.json', 'package-lock.json']) cpSync(path.join(REPO, entry), path.join(tmp, entry), { recursive: true });
  cpSync(path.join(FIXTURE, 'specs'), path.join(tmp, 'specs'), { recursive: true });
  const config = readFileSync(path.join(tmp, 'redocly.yaml'), 'utf8');
  writeFileSync(path.join(tmp, 'redocly.yaml'), config.replace(/^apis:\n/m, 'apis:\n  quota:\n    root: specs/quota/openapi.yaml\n'));
  await runPipeline({ repo: tmp, log: () => {} });
  // The generated clients import ../../src/runtime.js: the copy sees the repository's own, unchanged src/.
  symlinkSync(path.join(REPO, 'src'), path.join(tmp, 'src'), 'dir');
  const generated = (await import(pathToFileURL(path.join(tmp, 'generated/clients/index.ts')).href)) as { services: ServiceRegistry };
  registry = generated.services;
  createQuotaCenterClient = ((await import(pathToFileURL(path.join(tmp, 'generated/clients/quota.ts')).href)) as { createQuotaCenterClient: Factory }).createQuotaCenterClient;
  server = await startLoopback();
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Runs `fn` with `HUAWEICLOUD_SDK_TENANT_ID` set (or unset), restoring it after. */
async function withTenantEnv<T>(value: string | undefined, fn: () => T | Promise<T>): Promise<T> {
  const before = process.env.HUAWEICLOUD_SDK_TENANT_ID;
  if (value === undefined) delete process.env.HUAWEICLOUD_SDK_TENANT_ID;
  else process.env.HUAWEICLOUD_SDK_TENANT_ID = value;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.HUAWEICLOUD_SDK_TENANT_ID;
    else process.env.HUAWEICLOUD_SDK_TENANT_ID = before;
  }
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('a sixth service with its own header option', () => {
  it('the pipeline emits the option into its descriptor and its factory', () => {
    const client = readFileSync(path.join(tmp, 'generated/clients/quota.ts'), 'utf8');
    expect(client).toContain("export type QuotaCenterClientOptions = ClientOptions & { /** Tenant ID, sent as `X-Tenant-Id` on every request. Default `HUAWEICLOUD_SDK_TENANT_ID`. */ tenantId?: string };");
    const descriptor = registry.quota!.descriptor;
    expect(descriptor.options).toEqual({
      tenantId: { env: 'HUAWEICLOUD_SDK_TENANT_ID', description: 'Tenant ID, sent as `X-Tenant-Id` on every request.', param: { name: 'X-Tenant-Id', in: 'header', schema: { type: 'string', pattern: '^[a-z0-9-]{4,32}$' } }, required: true },
    });
    expect(descriptor.operations.showRecountTask!.params.find((p) => p.name === 'X-Tenant-Id')).toMatchObject({ option: 'tenantId' });
  });

  it('the client sends it as X-Tenant-Id; the environment fills it when not given; an explicit one wins', async () => {
    server.reset();
    server.fallback = json(200, { task_id: 'r-1', state: 'DONE', created: 1744276967708 });
    const options = { endpoint: server.origin, projectId: 'p1', credentials: { token: TOKEN } };
    const task = await withTenantEnv(undefined, () => createQuotaCenterClient({ ...options, tenantId: 'tenant-7' }).getTask('r-1'));
    expect(task).toMatchObject({ service: 'quota', id: 'r-1', status: 'succeeded', done: true, createdAt: new Date(1744276967708) });
    await withTenantEnv('tenant-env', () => createQuotaCenterClient(options).getTask('r-1'));
    await withTenantEnv('tenant-env', () => createQuotaCenterClient({ ...options, tenantId: 'tenant-8' }).getTask('r-1'));
    expect(server.requests.map((r) => [r.path, r.headers['x-tenant-id']])).toEqual([
      ['/v1/p1/quota-tasks/r-1', 'tenant-7'],
      ['/v1/p1/quota-tasks/r-1', 'tenant-env'],
      ['/v1/p1/quota-tasks/r-1', 'tenant-8'],
    ]);
  });

  it('a missing or invalid option fails before anything is sent, naming the option and its variable', async () => {
    server.reset();
    const options = { endpoint: server.origin, projectId: 'p1', credentials: { token: TOKEN } };
    const missing = await withTenantEnv(undefined, () => caught(() => createQuotaCenterClient(options)));
    expect(missing).toBeInstanceOf(ValidationError);
    expect(missing).toMatchObject({ field: 'tenantId', rule: 'required' });
    expect((missing as Error).message).toContain('HUAWEICLOUD_SDK_TENANT_ID');
    const invalid = await withTenantEnv(undefined, () => caught(() => createQuotaCenterClient({ ...options, tenantId: 'Tenant_7' })));
    expect(invalid).toMatchObject({ field: 'tenantId', rule: 'pattern' });
    const header = await withTenantEnv(undefined, () => caught(() => createQuotaCenterClient({ ...options, tenantId: 'tenant\r\nx' })));
    expect(header).toBeInstanceOf(ValidationError);
    // Another service does not take it.
    const hss = registry.hss!.createClient as unknown as Factory;
    expect(caught(() => hss({ ...options, tenantId: 'tenant-7' }))).toMatchObject({ field: 'tenantId', rule: 'unknown' });
    expect(server.requests).toHaveLength(0);
  });

  it('the mock serves it: the parameter’s documented example by default; another tenant is a 400', async () => {
    const descriptors: ServiceDescriptor[] = Object.values(registry).map((s) => s.descriptor);
    const mock = await startServer(descriptors, path.join(tmp, 'generated/openapi'), { scenarios: [{ service: 'quota', id: 'r-1', outcome: 'succeeded', advance: { afterPolls: 2 } }] });
    try {
      expect(mock.clientOptions).toMatchObject({ tenantId: 'tenant-0001' });
      const options = { endpoint: mock.url, projectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', credentials: { token: 'taskport-mock-token' }, retry: false };
      const done = await createQuotaCenterClient({ ...options, tenantId: mock.clientOptions.tenantId }).waitForTask('r-1', { minDelayMs: 5, maxDelayMs: 10 });
      expect(done).toMatchObject({ service: 'quota', id: 'r-1', status: 'succeeded' });
      await expect(createQuotaCenterClient({ ...options, tenantId: 'tenant-9999' }).getTask('r-1')).rejects.toBeInstanceOf(BadRequestError);
    } finally {
      await mock.close();
    }
  });

  it('the CLI takes --tenant-id, or HUAWEICLOUD_SDK_TENANT_ID, and says how when neither is there', async () => {
    server.reset();
    server.fallback = json(200, { task_id: 'r-1', state: 'QUEUED' });
    const sink = () => {
      const chunks: string[] = [];
      return { write: (text: string) => void chunks.push(text), text: () => chunks.join('') };
    };
    const env = { HUAWEICLOUD_SDK_ENDPOINT: server.origin, HUAWEICLOUD_SDK_PROJECT_ID: 'p1', HUAWEICLOUD_SDK_TOKEN: TOKEN };
    const bundleDir = path.join(tmp, 'generated/openapi');
    const out = sink();
    expect(await run(['get', 'quota', 'r-1', '--tenant-id', 'tenant-cli', '--json'], { services: registry, bundleDir, env, stdout: out, stderr: sink() })).toBe(0);
    expect(JSON.parse(out.text())).toMatchObject({ service: 'quota', id: 'r-1', status: 'pending' });
    expect(await run(['get', 'quota', 'r-1'], { services: registry, bundleDir, env: { ...env, HUAWEICLOUD_SDK_TENANT_ID: 'tenant-env' }, stdout: sink(), stderr: sink() })).toBe(0);
    expect(server.requests.map((r) => r.headers['x-tenant-id'])).toEqual(['tenant-cli', 'tenant-env']);
    const err = sink();
    expect(await run(['get', 'quota', 'r-1'], { services: registry, bundleDir, env, stdout: sink(), stderr: err })).toBe(3);
    expect(err.text()).toBe('taskport: quota needs tenantId: pass --tenant-id or set HUAWEICLOUD_SDK_TENANT_ID\n');
  });

  it('src/ knows nothing of it', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? files(path.join(dir, name)) : [path.join(dir, name)]));
    const mentions = files(path.join(REPO, 'src')).filter((file) => /tenant|quota/i.test(readFileSync(file, 'utf8')));
    expect(mentions).toEqual([]);
  });
});
