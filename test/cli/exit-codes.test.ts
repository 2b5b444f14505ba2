/**
 * Exit codes and error output of the CLI as a subprocess: 0 success, 1 task failed, 2 timed out,
 * 3 usage/configuration/authentication, 4 other API errors; one `taskport: …` line on stderr, a
 * JSON error object on stdout with --json; and no secret in any of it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_TOKEN, type MockServer } from '../../src/apps/mock/index.js';
import { FAST, freshTask, mockEnv, runCli, SLOW_TASK, startTestMock, type CliResult } from './helpers.js';

// Each case starts node + tsx processes; several run at once on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

let mock: MockServer;
let env: Record<string, string>;
beforeAll(async () => {
  mock = await startTestMock();
  env = mockEnv(mock);
});
afterAll(() => mock?.close());

/** One stderr line `taskport: …`, and with --json one JSON error object on stdout. */
function expectError(result: CliResult, code: number, name: string): Record<string, unknown> {
  expect(result.code, result.stderr).toBe(code);
  // Progress lines may come first; the error is the one last line.
  expect(result.stderr).toMatch(/(^|\n)taskport: \S[^\n]*\n$/);
  expect(result.stderr.match(/^taskport: /gm)).toHaveLength(1);
  const body = JSON.parse(result.stdout) as { error: Record<string, unknown> };
  expect(body.error.name).toBe(name);
  expect(body.error.message).toEqual(expect.any(String));
  return body.error;
}

describe.concurrent('exit codes', () => {
  it('0: get and a succeeded wait', async () => {
    expect((await runCli(['get', 'hss', 'demo-succeeded'], env)).code).toBe(0);
    expect((await runCli(['wait', 'hss', freshTask(mock, 'hss', 'succeeded'), ...FAST], env)).code).toBe(0);
  });

  it('1: a partial task (TaskFailedError)', async () => {
    const id = freshTask(mock, 'dataarts-insight', 'partial');
    const error = expectError(await runCli(['wait', 'dataarts-insight', id, '--json', ...FAST], env), 1, 'TaskFailedError');
    expect(error.message).toContain('ended partial');
  });

  it('2: wait --timeout 200ms on a task that runs for a minute (WaitTimeoutError)', async () => {
    const started = Date.now();
    const result = await runCli(['wait', SLOW_TASK.service, SLOW_TASK.id, '--timeout', '200ms', '--json'], env);
    const error = expectError(result, 2, 'WaitTimeoutError');
    expect(error.message).toMatch(/^gave up waiting after 200 ms/);
    // The last task seen, when a poll answered within the 200 ms (a loaded machine may not manage one).
    const { task } = JSON.parse(result.stdout) as { task?: unknown };
    if (task !== undefined) expect(task).toMatchObject({ id: SLOW_TASK.id, status: 'running', done: false });
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('3: unknown service', async () => {
    for (const command of ['get', 'wait']) {
      const result = await runCli([command, 'nosuch', 'x', '--json'], env);
      const error = expectError(result, 3, 'UsageError');
      expect(error.message).toBe('unknown service "nosuch" (known: metastudio, workspace, hss, dataarts-insight)');
    }
  });

  it('3: bad flag, bad value, missing argument', async () => {
    const bogus = await runCli(['get', 'hss', 'x', '--bogus', '--json'], env);
    expect(expectError(bogus, 3, 'UsageError').message).toMatch(/unknown option '--bogus'/);
    const duration = await runCli(['wait', 'hss', 'x', '--timeout', 'soon'], env);
    expect(duration.code).toBe(3);
    expect(duration.stderr).toMatch(/^taskport: option '--timeout <duration>' argument 'soon' is invalid/);
    const missing = await runCli(['get', 'hss'], env);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^taskport: missing required argument 'task-id'/);
  });

  it('3: missing credentials, project or endpoint name the flag and the variable', async () => {
    const { HUAWEICLOUD_SDK_AK: _ak, HUAWEICLOUD_SDK_SK: _sk, ...noCredentials } = env;
    const creds = await runCli(['get', 'hss', 'demo-succeeded', '--json'], noCredentials);
    expect(expectError(creds, 3, 'ValidationError').message).toMatch(/no credentials: pass --token, or --ak and --sk, or set HUAWEICLOUD_SDK_TOKEN/);
    const { HUAWEICLOUD_SDK_PROJECT_ID: _p, ...noProject } = env;
    expect((await runCli(['get', 'hss', 'demo-succeeded'], noProject)).stderr).toMatch(/no project id: pass --project-id or set HUAWEICLOUD_SDK_PROJECT_ID/);
    expect((await runCli(['get', 'hss', 'demo-succeeded'], {})).code).toBe(3);
    const { HUAWEICLOUD_SDK_WORKSPACE_ID: _w, ...noWorkspace } = env;
    const workspace = await runCli(['get', 'dataarts-insight', 'demo-succeeded'], noWorkspace);
    expect(workspace.code).toBe(3);
    expect(workspace.stderr).toMatch(/dataarts-insight needs workspaceId: pass --workspace-id or set HUAWEICLOUD_SDK_WORKSPACE_ID/);
  });

  it('3: a refused token (AuthenticationError, 401)', async () => {
    const result = await runCli(['get', 'hss', 'demo-succeeded', '--token', 'wrong-token', '--json'], env);
    const error = expectError(result, 3, 'AuthenticationError');
    expect(error).toMatchObject({ status: 401, code: 'APIGW.0301', requestId: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  it('token credentials from flags or HUAWEICLOUD_SDK_TOKEN work', async () => {
    const { HUAWEICLOUD_SDK_AK: _ak, HUAWEICLOUD_SDK_SK: _sk, ...tokenOnly } = env;
    expect((await runCli(['get', 'hss', 'demo-succeeded', '--token', MOCK_TOKEN], tokenOnly)).code).toBe(0);
    expect((await runCli(['get', 'hss', 'demo-succeeded'], { ...tokenOnly, HUAWEICLOUD_SDK_TOKEN: MOCK_TOKEN })).code).toBe(0);
    // Flags beat the environment.
    const flags = await runCli(['get', 'hss', 'demo-succeeded', '--endpoint', mock.url, '--project-id', MOCK_PROJECT_ID, '--token', MOCK_TOKEN], {});
    expect(flags.code, flags.stderr).toBe(0);
  });

  it('4: other API errors, e.g. an unknown task (NotFoundError, 404)', async () => {
    const result = await runCli(['get', 'hss', 'no-such-task', '--json'], env);
    expect(expectError(result, 4, 'NotFoundError')).toMatchObject({ status: 404, service: 'hss', operation: 'ListQueryExportTask' });
    const listed = await runCli(['get', 'workspace', 'no-such-task'], env);
    expect(listed.code).toBe(4);
    expect(listed.stderr).toMatch(/^taskport: workspace ListExportTasks answered \(HTTP 200\) without task no-such-task: no such task is listed/);
  });
});

describe.concurrent('secrets are never printed', () => {
  const SECRET = 'SECRETVALUE';

  it('a wrong --sk: signature refused, exit 3, the value nowhere', async () => {
    for (const args of [
      ['get', 'hss', 'demo-succeeded', '--ak', MOCK_AK, '--sk', SECRET],
      ['get', 'hss', 'demo-succeeded', '--ak', MOCK_AK, '--sk', SECRET, '--json'],
      ['wait', 'metastudio', 'demo-succeeded', `--sk=${SECRET}`, '--json', ...FAST],
      ['list', 'workspace', '--sk', SECRET, '--limit', 'oops', '--json'],
      ['get', 'nosuch', 'x', '--sk', SECRET, '--json'],
    ]) {
      const result = await runCli(args, env);
      expect(result.code, args.join(' ')).toBe(3);
      expect(result.stdout + result.stderr).not.toContain(SECRET);
    }
  });

  it('a wrong --token or security token from the environment stays unprinted', async () => {
    const token = await runCli(['get', 'hss', 'demo-succeeded', '--token', SECRET, '--json'], env);
    expect(token.code).toBe(3);
    expect(token.stdout + token.stderr).not.toContain(SECRET);
    const temporary = await runCli(['get', 'hss', 'demo-succeeded', '--json'], { ...env, HUAWEICLOUD_SDK_SECURITY_TOKEN: SECRET });
    expect(temporary.stdout + temporary.stderr).not.toContain(SECRET);
  });

  it('--help shows variable names, never their values', async () => {
    for (const args of [['--help'], ['get', '--help'], ['list', 'workspace', '--help'], ['wait', '--help']]) {
      const result = await runCli(args, { ...env, HUAWEICLOUD_SDK_SK: SECRET, HUAWEICLOUD_SDK_TOKEN: SECRET, HUAWEICLOUD_SDK_SECURITY_TOKEN: SECRET });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('$HUAWEICLOUD_SDK_SK');
      expect(result.stdout + result.stderr).not.toContain(SECRET);
    }
  });
});
