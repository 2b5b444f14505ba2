/**
 * Contract check against Stoplight Prism: for each service, `prism mock --errors` serves the bundled
 * generated/openapi/<service>.json on 127.0.0.1, and every operation of every generated client is called
 * against it. With `--errors`, Prism answers a request that violates the spec (parameters, headers,
 * security) with 422 (or 401 for missing security) instead of a mock, so a 2xx proves the SDK's requests
 * match the spec.
 *
 * Needs the devDependency @stoplight/prism-cli. When node_modules/.bin/prism is missing every test here
 * FAILS with a message saying so (deliberately not skipped).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataArtsInsightClient } from '../../generated/clients/dataarts-insight.js';
import { createHssClient } from '../../generated/clients/hss.js';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import type { Credentials } from '../../src/auth/credentials.js';
import type { ClientOptions } from '../../src/client/client-options.js';
import { isolateEnv, PROJECT_ID } from './support.js';

isolateEnv();

const PRISM = resolve('node_modules/.bin/prism');
const MISSING = `prism-cli is missing: ${PRISM} does not exist. Add @stoplight/prism-cli as a devDependency and run npm install; this contract test does not skip.`;

const SERVICES = ['metastudio', 'workspace', 'hss', 'dataarts-insight'] as const;
type Service = (typeof SERVICES)[number];

const TOKEN_CREDENTIALS = { token: 'MIIprismTestToken0123456789' };
const AKSK_CREDENTIALS = { ak: 'HPUAPRISMAK00000001', sk: 'PrismSecretKey0123456789abcdefghijklmnop' };

interface Mock {
  child: ChildProcess;
  origin: string;
  output: string[];
}

const mocks = new Map<Service, Mock>();

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

async function startPrism(service: Service): Promise<Mock> {
  const port = await freePort();
  const spec = resolve(`generated/openapi/${service}.json`);
  const child = spawn(PRISM, ['mock', '-h', '127.0.0.1', '-p', String(port), '--errors', spec], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output: string[] = [];
  const mock: Mock = { child, origin: `http://127.0.0.1:${port}`, output };
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`prism for ${service} did not start within 45 s:\n${output.join('')}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (/Prism is listening/.test(output.join(''))) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`prism for ${service} exited (${code ?? signal}) before listening:\n${output.join('')}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
  });
  return mock;
}

beforeAll(async () => {
  if (!existsSync(PRISM)) return;
  const started = await Promise.allSettled(SERVICES.map(async (service) => [service, await startPrism(service)] as const));
  for (const result of started) if (result.status === 'fulfilled') mocks.set(result.value[0], result.value[1]);
  const failed = started.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length > 0) throw new Error(failed.map((f) => String(f.reason)).join('\n'));
}, 60_000);

afterAll(async () => {
  await Promise.all(
    [...mocks.values()].map(
      ({ child }) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
          setTimeout(() => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          }, 3000).unref();
        }),
    ),
  );
});

function mockFor(service: Service): Mock {
  if (!existsSync(PRISM)) throw new Error(MISSING);
  const mock = mocks.get(service);
  if (!mock) throw new Error(`prism for ${service} is not running`);
  return mock;
}

interface Seen {
  url: string;
  status: number;
  violations: string | null;
}

/** Client options pointing at the service's Prism, with a fetch that records each answer. */
function options(service: Service, credentials: Credentials, seen: Seen[]): ClientOptions {
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    seen.push({ url: String(input), status: response.status, violations: response.headers.get('sl-violations') });
    return response;
  };
  return { endpoint: mockFor(service).origin, projectId: PROJECT_ID, credentials, fetch: recording, retry: false, timeoutMs: 10_000 };
}

type Call = [label: string, run: (o: ClientOptions) => Promise<unknown>];

const calls: Record<Service, Call[]> = {
  metastudio: [
    ['searchTask()', (o) => createMetaStudioClient(o).searchTask()],
    ['searchTask(all filters)', (o) => createMetaStudioClient(o).searchTask({ resource: ['knowledge-intent-question-create', 'knowledge-intent-question-export'], business_id: 's1', begin_time: '1744276967708', end_time: '1744276967709' })],
    ['showTask', (o) => createMetaStudioClient(o).showTask({ id: 'fd1c56acbb2c4b1aa24ba37df99f3129' })],
  ],
  workspace: [
    ['listExportTasks()', (o) => createWorkspaceClient(o).listExportTasks()],
    ['listExportTasks(all filters)', (o) => createWorkspaceClient(o).listExportTasks({ file_name: 'report.csv', task_id: 't1', status: 'SUCCESS', is_download: true, sort_field: 'create_time', sort_type: 'DESC', offset: 0, limit: 50 })],
    [
      'listExportTasksAll',
      async (o) => {
        const items: unknown[] = [];
        for await (const item of createWorkspaceClient(o).listExportTasksAll({ status: 'SUCCESS' })) items.push(item);
        return items;
      },
    ],
  ],
  hss: [
    ['listQueryExportTask', (o) => createHssClient(o).listQueryExportTask({ task_id: '94ad7efb-0000-46ed-99bf-dcd8c1c75dc2' })],
    ['listQueryExportTask(region, enterprise project)', (o) => createHssClient({ ...o, region: 'cn-north-4' }).listQueryExportTask({ task_id: '94ad7efb-0000-46ed-99bf-dcd8c1c75dc2', enterprise_project_id: 'all_granted_eps' })],
  ],
  'dataarts-insight': [['listImportResourceTaskDetail', (o) => createDataArtsInsightClient({ ...o, workspaceId: '12913c92-0000-b8fd-a72af3945b61' }).listImportResourceTaskDetail({ task_id: '2406a337-0000-a5b2-b01a61d2043b' })]],
};

const credentialsFor: Record<Service, [string, Credentials][]> = {
  metastudio: [
    ['token', TOKEN_CREDENTIALS],
    ['AK/SK', AKSK_CREDENTIALS],
  ],
  workspace: [
    ['token', TOKEN_CREDENTIALS],
    ['AK/SK', AKSK_CREDENTIALS],
  ],
  // HSS and DataArts Insight pages mark X-Auth-Token mandatory; the specs make it optional (an
  // x-doc-errata keeps what the page says) because an AK/SK request carries Authorization instead.
  hss: [
    ['token', TOKEN_CREDENTIALS],
    ['AK/SK', AKSK_CREDENTIALS],
  ],
  'dataarts-insight': [
    ['token', TOKEN_CREDENTIALS],
    ['AK/SK', AKSK_CREDENTIALS],
  ],
};

it('prism-cli is installed', () => {
  expect(existsSync(PRISM), MISSING).toBe(true);
});

interface Outcome {
  seen: Seen[];
  failure: unknown;
  detail: string;
}

async function perform(service: Service, credentials: Credentials, run: Call[1]): Promise<Outcome> {
  const seen: Seen[] = [];
  let failure: unknown;
  try {
    await run(options(service, credentials, seen));
  } catch (error) {
    failure = error;
  }
  const detail = `requests: ${JSON.stringify(seen, null, 2)}\nerror: ${failure instanceof Error ? `${failure.name}: ${failure.message}\nbody: ${JSON.stringify((failure as { body?: unknown }).body)}` : String(failure)}`;
  return { seen, failure, detail };
}

/** Where Prism located each violation it reported: 'request' or 'response'. */
function violationSides(violations: string | null): string[] {
  if (!violations) return [];
  return (JSON.parse(violations) as { location?: string[] }[]).map((v) => v.location?.[0] ?? 'unknown');
}

describe.each(SERVICES)('%s against prism mock --errors', (service) => {
  const table = credentialsFor[service].flatMap(([kind, credentials]) => calls[service].map(([label, run]) => [`${label} with ${kind}`, credentials, run] as const));

  // The request side: Prism validates the request first (422 with request violations, 401 for missing
  // security). Only when the request is valid does it mock a response, which it validates in turn (500 with
  // response violations). So a 2xx, or a 500 whose violations are all about the response, proves the request
  // matched the spec.
  it.each(table)('%s: the request is accepted', async (_label, credentials, run) => {
    const { seen, detail } = await perform(service, credentials, run);
    expect(seen.length, detail).toBeGreaterThan(0);
    for (const s of seen) {
      expect(violationSides(s.violations).filter((side) => side !== 'response'), detail).toEqual([]);
      const accepted = (s.status >= 200 && s.status < 300) || (s.status === 500 && violationSides(s.violations).length > 0);
      expect(accepted, detail).toBe(true);
    }
  });

  // The whole exchange: the request is accepted and Prism's mocked documented response validates against
  // the same spec, so the client resolves with it.
  it.each(table)('%s: 2xx end to end', async (_label, credentials, run) => {
    const { seen, failure, detail } = await perform(service, credentials, run);
    for (const s of seen) {
      expect(s.status, detail).toBeGreaterThanOrEqual(200);
      expect(s.status, detail).toBeLessThan(300);
    }
    expect(failure, detail).toBeUndefined();
  });
});

// Prism really validates: a request that breaks the spec is refused, whatever the auth mode.
describe('prism refuses what the spec does not allow (the checks can fail)', () => {
  // Prism answers an invalid request with the spec's documented 400 where there is one, else 422.
  it('a Workspace status outside the documented enum gets the documented 400 with a request violation', async () => {
    const response = await fetch(`${mockFor('workspace').origin}/v2/${PROJECT_ID}/export-tasks?status=DONE`, { headers: { 'X-Auth-Token': TOKEN_CREDENTIALS.token } });
    expect(response.status).toBe(400);
    expect(violationSides(response.headers.get('sl-violations'))).toContain('request');
  });

  it.each(['hss', 'dataarts-insight'] as const)('%s: a request with neither a token nor a signature is refused', async (service) => {
    const path = service === 'hss' ? `/v5/${PROJECT_ID}/export-task/t1` : `/v1/${PROJECT_ID}/resource-package/import-tasks/t1`;
    const response = await fetch(`${mockFor(service).origin}${path}`, { headers: { 'X-Workspace-Id': 'w1' } });
    expect(response.status).toBe(401);
  });
});
