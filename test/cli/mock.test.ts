/**
 * `taskport mock` from source: prints its URL and export lines (only the public demo secrets),
 * serves the CLI, honours the credentials it is given without printing them, and closes cleanly
 * on SIGINT and SIGTERM. Also scripts/demo.ts end to end (fast pacing).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { MOCK_AK, MOCK_SK, MOCK_TOKEN } from '../../src/apps/mock/index.js';
import { cleanEnv, cliArgv, REPO, runCli, runCommand } from './helpers.js';

vi.setConfig({ testTimeout: 120_000 });

/** Starts `taskport mock …args`; resolves once its stdout has `lines` lines. */
async function startCliMock(args: string[], lines: number, env: Record<string, string> = {}) {
  const argv = cliArgv(['mock', ...args]);
  const child = spawn(argv[0]!, argv.slice(1), { cwd: REPO, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (stdout.split('\n').length > lines) resolve();
    });
    void exited.then((code) => reject(new Error(`mock exited ${code}: ${stderr}`)));
  });
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** The `export NAME=value` lines of the mock's output, as an environment. */
function exportsOf(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('taskport mock', () => {
  it('prints the URL and export lines, serves the CLI, stops on SIGINT with exit 0', async () => {
    // The mock's own demo secrets are public: printed even when the environment already holds them.
    const mock = await startCliMock([], 12, { HUAWEICLOUD_SDK_SK: MOCK_SK, HUAWEICLOUD_SDK_TOKEN: MOCK_TOKEN });
    try {
      const text = mock.stdout();
      expect(text).toMatch(/^taskport mock listening on http:\/\/127\.0\.0\.1:\d+$/m);
      expect(text).toMatch(/^ {2}hss: demo-succeeded, demo-failed$/m);
      const env = exportsOf(text);
      expect(env).toMatchObject({ HUAWEICLOUD_SDK_AK: MOCK_AK, HUAWEICLOUD_SDK_SK: MOCK_SK, HUAWEICLOUD_SDK_ENDPOINT: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
      expect(text).toContain(`# or token auth instead of AK/SK: export HUAWEICLOUD_SDK_TOKEN=${MOCK_TOKEN}`);
      const result = await runCli(['wait', 'dataarts-insight', 'demo-succeeded', '--min-delay', '10ms', '--json'], env);
      expect(result.code, result.stderr).toBe(0);
    } finally {
      mock.child.kill('SIGINT');
    }
    expect(await mock.exited).toBe(0);
    expect(mock.stderr()).toMatch(/taskport: mock server stopped\n$/);
  });

  it('accepts the credentials it is given, never prints them, and stops on SIGTERM', async () => {
    const SECRET_SK = 'CustomMockSecretKey-000111';
    const SECRET_TOKEN = 'custom-mock-token-000111';
    const mock = await startCliMock(['--json', '--port', '0', '--sk', SECRET_SK, '--token', SECRET_TOKEN, '--project-id', 'proj1'], 1);
    try {
      const info = JSON.parse(mock.stdout().split('\n')[0]!) as { url: string; env: Record<string, string>; tokenEnv: Record<string, string>; tasks: unknown[] };
      expect(mock.stdout() + mock.stderr()).not.toContain(SECRET_SK);
      expect(mock.stdout() + mock.stderr()).not.toContain(SECRET_TOKEN);
      expect(info.env).not.toHaveProperty('HUAWEICLOUD_SDK_SK');
      expect(info.tokenEnv).toEqual({});
      expect(info.tasks).toContainEqual({ service: 'workspace', id: 'demo-expired', outcome: 'expired' });
      const base = { HUAWEICLOUD_SDK_ENDPOINT: info.url, HUAWEICLOUD_SDK_PROJECT_ID: 'proj1' };
      expect((await runCli(['get', 'hss', 'demo-failed', '--token', SECRET_TOKEN], base)).code).toBe(0);
      expect((await runCli(['get', 'hss', 'demo-failed', '--ak', MOCK_AK, '--sk', SECRET_SK], base)).code).toBe(0);
      expect((await runCli(['get', 'hss', 'demo-failed', '--token', MOCK_TOKEN], base)).code).toBe(3);
    } finally {
      mock.child.kill('SIGTERM');
    }
    expect(await mock.exited).toBe(0);
  });

  it('a busy or invalid port is an error', async () => {
    const bad = await runCli(['mock', '--port', '70000']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/^taskport: option '--port <port>' argument '70000' is invalid/);
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const busy = await runCli(['mock', '--port', String((taken.address() as AddressInfo).port)]);
      expect(busy.code).toBe(3);
      expect(busy.stderr).toMatch(/^taskport: mock: cannot listen on 127\.0\.0\.1:\d+ \(the port is in use\)/);
    } finally {
      taken.close();
    }
  });
});

describe('scripts/demo.ts', () => {
  it('waits on one task per service, shows a failing one and one whole export with its downloaded file, exit 0', async () => {
    const result = await runCommand([process.execPath, '--import', 'tsx', 'scripts/demo.ts', '--fast'], { env: cleanEnv() });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    for (const service of ['metastudio', 'workspace', 'hss', 'dataarts-insight']) expect(result.stdout).toMatch(new RegExp(`ok {4}taskport wait ${service} demo-succeeded +exit 0`));
    expect(result.stdout).toMatch(/ok {4}taskport wait \S+ demo-failed +exit 1 \(expected 1\)/);
    expect(result.stdout).toMatch(/ok {4}taskport start hss exportVuls --output … +exit 0/);
    expect(result.stdout).toContain('downloaded 8388608 bytes (whole)');
    expect(result.stdout).toContain('Every command behaved as expected.');
  });
});
