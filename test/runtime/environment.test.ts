/**
 * One set of environment variables (src/core/environment.ts, plus the options services declare):
 * the SDK reads region, endpoint, project, AK/SK, token and service options from them, explicit
 * options win, and the lines `taskport mock` prints are enough for every client created with no
 * options at all (issue 10 found `createHssClient()` failing on exactly those).
 */
import { describe, expect, it } from 'vitest';
import { createDataArtsInsightClient } from '../../generated/clients/dataarts-insight.js';
import { createHssClient } from '../../generated/clients/hss.js';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import { run } from '../../src/apps/cli/program.js';
import { ENV } from '../../src/core/environment.js';
import { ValidationError } from '../../src/core/errors.js';
import { BUNDLE_DIR, REGISTRY } from '../cli/helpers.js';
import { caught, isolateEnv, PROJECT_ID, recordingFetch, TOKEN } from './support.js';

isolateEnv();

/** Starts `taskport mock --json` in process and resolves to what it printed, with a stop function. */
async function cliMock(): Promise<{ printed: { url: string; env: Record<string, string>; tokenEnv: Record<string, string> }; stop: () => Promise<number> }> {
  const controller = new AbortController();
  const chunks: string[] = [];
  let printedLine: (() => void) | undefined;
  const written = new Promise<void>((resolve) => (printedLine = resolve));
  const stdout = { write: (text: string) => void (chunks.push(text), text.includes('\n') && printedLine!()) };
  const running = run(['mock', '--json'], { services: REGISTRY, bundleDir: BUNDLE_DIR, env: {}, signal: controller.signal, stdout, stderr: { write: () => undefined } });
  await Promise.race([written, running.then((code) => Promise.reject(new Error(`mock exited ${code}`)))]);
  return { printed: JSON.parse(chunks.join('')) as never, stop: () => (controller.abort(), running) };
}

describe('the environment', () => {
  it('the lines `taskport mock` prints are all a client needs: every service, AK/SK or token, no options', async () => {
    const mock = await cliMock();
    try {
      const { env, tokenEnv } = mock.printed;
      expect(Object.keys(env).sort()).toEqual([ENV.ak, ENV.endpoint, ENV.projectId, ENV.sk, 'HUAWEICLOUD_SDK_WORKSPACE_ID'].sort());
      for (const variables of [env, { ...env, [ENV.ak]: '', [ENV.sk]: '', ...tokenEnv }]) {
        Object.assign(process.env, variables);
        for (const client of [createMetaStudioClient(), createWorkspaceClient(), createHssClient(), createDataArtsInsightClient()]) {
          expect(await client.waitForTask('demo-succeeded', { minDelayMs: 5, maxDelayMs: 10 })).toMatchObject({ id: 'demo-succeeded', status: 'succeeded' });
        }
      }
    } finally {
      expect(await mock.stop()).toBe(0);
    }
  });

  it('HUAWEICLOUD_SDK_REGION picks the documented host; an explicit region or endpoint wins', async () => {
    process.env[ENV.region] = 'cn-east-3';
    const stub = recordingFetch({ task_id: 't1', task_status: 'success' });
    await createHssClient({ projectId: PROJECT_ID, credentials: { token: TOKEN }, fetch: stub.fetch }).getTask('t1');
    await createHssClient({ region: 'cn-south-1', projectId: PROJECT_ID, credentials: { token: TOKEN }, fetch: stub.fetch }).getTask('t1');
    await createHssClient({ endpoint: 'http://127.0.0.1:9', projectId: PROJECT_ID, credentials: { token: TOKEN }, fetch: stub.fetch }).getTask('t1');
    expect(stub.calls.map((c) => new URL(c.url).host)).toEqual(['hss.cn-east-3.myhuaweicloud.com', 'hss.cn-south-1.myhuaweicloud.com', '127.0.0.1:9']);
  });

  it('HUAWEICLOUD_SDK_ENDPOINT is used unless a region is given explicitly; with both variables the endpoint wins', async () => {
    process.env[ENV.endpoint] = 'http://127.0.0.1:9/proxy';
    const stub = recordingFetch({ task_id: 't1', task_status: 'success' });
    await createHssClient({ projectId: PROJECT_ID, credentials: { token: TOKEN }, fetch: stub.fetch }).getTask('t1');
    await createHssClient({ region: 'cn-north-4', projectId: PROJECT_ID, credentials: { token: TOKEN }, fetch: stub.fetch }).getTask('t1');
    process.env[ENV.region] = 'cn-east-3';
    await createHssClient({ projectId: PROJECT_ID, credentials: { token: TOKEN }, fetch: stub.fetch }).getTask('t1');
    expect(stub.calls.map((c) => c.url.replace(/\/v5\/.*$/, ''))).toEqual(['http://127.0.0.1:9/proxy', 'https://hss.cn-north-4.myhuaweicloud.com', 'http://127.0.0.1:9/proxy']);
  });

  it('HUAWEICLOUD_SDK_TOKEN is the credentials when neither they nor AK/SK are given; AK/SK from the environment win over it', async () => {
    process.env[ENV.token] = TOKEN;
    const stub = recordingFetch({ task_id: 't1', task_status: 'success' });
    await createHssClient({ region: 'cn-north-4', projectId: PROJECT_ID, fetch: stub.fetch }).getTask('t1');
    process.env[ENV.ak] = 'ENVAK0000000000000001';
    process.env[ENV.sk] = 'EnvSecretKey000000000000000000000000001';
    await createHssClient({ region: 'cn-north-4', projectId: PROJECT_ID, fetch: stub.fetch }).getTask('t1');
    const headers = stub.calls.map((c) => c.headers);
    expect(headers[0]!.get('x-auth-token')).toBe(TOKEN);
    expect(headers[1]!.get('x-auth-token')).toBeNull();
    expect(headers[1]!.get('authorization')).toMatch(/^SDK-HMAC-SHA256 Access=ENVAK0000000000000001, /);
  });

  it("a service's own option comes from its variable; the explicit option wins; without either it is a ValidationError naming both", async () => {
    const stub = recordingFetch({ id: 't1', status: 1 });
    const options = { region: 'cn-north-4', projectId: PROJECT_ID, credentials: { token: TOKEN }, fetch: stub.fetch };
    const missing = await caught(() => createDataArtsInsightClient(options));
    expect(missing).toBeInstanceOf(ValidationError);
    expect(missing).toMatchObject({ field: 'workspaceId', rule: 'required' });
    expect((missing as Error).message).toMatch(/pass workspaceId or set HUAWEICLOUD_SDK_WORKSPACE_ID/);
    process.env.HUAWEICLOUD_SDK_WORKSPACE_ID = 'ws-from-env';
    await createDataArtsInsightClient(options).getTask('t1');
    await createDataArtsInsightClient({ ...options, workspaceId: 'ws-explicit' }).getTask('t1');
    expect(stub.calls.map((c) => c.headers.get('x-workspace-id'))).toEqual(['ws-from-env', 'ws-explicit']);
  });
});
