/**
 * Issue 10: the CLI takes the secret key, the token and the security token from the environment or
 * from standard input (`--sk-stdin`, `--security-token-stdin`, `--token-stdin`), so a secret need
 * never be on the command line. The running process's command line (/proc/<pid>/cmdline, what `ps`
 * shows) never holds it, and no error prints it. Real subprocesses against the real mock.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import { cleanEnv, REPO } from './support.js';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ scenarios: [] });
});
afterAll(async () => {
  await mock.close();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The process's command line as the kernel shows it to `ps`, read while it ran. */
  cmdline: string;
}

/**
 * Runs the CLI with `input` on its standard input. `whenRunning` is awaited while the process
 * runs (after the mock saw its first request, when given), then /proc/<pid>/cmdline is read.
 */
function cli(args: readonly string[], input: string, whileRunning?: () => Promise<void>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'src/apps/cli/main.ts'), ...args], { cwd: REPO, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let cmdline = '';
    const readCmdline = () => {
      try {
        cmdline = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        // the process already ended
      }
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end(input);
    readCmdline();
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    void whileRunning?.().then(readCmdline);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, cmdline });
    });
  });
}

const at = (endpoint: string) => ['--endpoint', endpoint, '--project-id', MOCK_PROJECT_ID];
const firstRequest = async (before: number) => {
  for (let i = 0; i < 600 && mock.requests.length <= before; i++) await new Promise((resolve) => setTimeout(resolve, 50));
};

describe('secrets from standard input', () => {
  it('wait with --ak and --sk-stdin: the right key is accepted, and the running process shows no secret in its command line', async () => {
    mock.addTask({ service: 'hss', id: 'stdin-wait', outcome: 'succeeded', advance: { afterPolls: 3 } });
    const before = mock.requests.length;
    const run = await cli(['wait', 'hss', 'stdin-wait', ...at(mock.url), '--ak', MOCK_AK, '--sk-stdin', '--min-delay', '200ms', '--max-delay', '300ms', '--no-progress'], `${MOCK_SK}\n`, () => firstRequest(before));
    expect(run.code, run.stderr).toBe(0);
    expect(run.cmdline).toContain('stdin-wait');
    expect(run.cmdline).toContain('--sk-stdin');
    expect(run.cmdline).not.toContain(MOCK_SK);
    expect(mock.requests.length - before).toBe(4);
  });

  it('--token-stdin: the token is read and accepted, and is not in the command line', async () => {
    mock.addTask({ service: 'metastudio', id: 'stdin-token', outcome: 'succeeded', advance: { afterPolls: 0 } });
    const run = await cli(['get', 'metastudio', 'stdin-token', ...at(mock.url), '--token-stdin', '--json'], `${MOCK_TOKEN}\n`);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'stdin-token', status: 'succeeded' });
    expect(run.cmdline).not.toContain(MOCK_TOKEN);
  });

  it('a wrong key from stdin: refused (exit 3), and the key is never printed', async () => {
    const wrong = 'WrongSecretKeyFromStdin0000000000000000001';
    const run = await cli(['get', 'hss', 'any-task', ...at(mock.url), '--ak', MOCK_AK, '--sk-stdin', '--json'], `${wrong}\r\n`);
    expect(run.code).toBe(3);
    expect(`${run.stdout}${run.stderr}`).toMatch(/AuthenticationError/);
    expect(`${run.stdout}${run.stderr}${run.cmdline}`).not.toContain(wrong);
  });

  it('--sk-stdin with --security-token-stdin reads two lines; a missing second line is a ValidationError that echoes nothing', async () => {
    const run = await cli(['get', 'hss', 'any-task', ...at(mock.url), '--ak', MOCK_AK, '--sk-stdin', '--security-token-stdin', '--json'], `${MOCK_SK}\n`);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toMatchObject({ error: { name: 'ValidationError', field: 'credentials.securityToken', rule: 'required' } });
    expect(run.stderr).toMatch(/--security-token-stdin: standard input has no line 2/);
    expect(`${run.stdout}${run.stderr}`).not.toContain(MOCK_SK);
  });

  it('a secret given both ways is a conflict that echoes neither', async () => {
    const flagged = 'FlaggedSecretKey000000000000000000000001';
    const run = await cli(['get', 'hss', 'any-task', ...at(mock.url), '--ak', MOCK_AK, '--sk', flagged, '--sk-stdin'], `${MOCK_SK}\n`);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/--sk-stdin and --sk both give the sk/);
    expect(`${run.stdout}${run.stderr}`).not.toContain(flagged);
    expect(`${run.stdout}${run.stderr}`).not.toContain(MOCK_SK);
  });

  it('the secret flags that are still accepted say in their help why not to use them', async () => {
    const run = await cli(['get', '--help'], '');
    expect(run.code).toBe(0);
    const help = run.stdout.replace(/\s+/g, ' ');
    for (const flag of ['--sk <sk>', '--token <token>', '--security-token <token>']) {
      expect(help).toMatch(new RegExp(`${flag} [^-]*visible to other users in \`ps\` and kept in shell history`));
    }
    for (const flag of ['--sk-stdin', '--token-stdin', '--security-token-stdin']) expect(help).toContain(flag);
  });
});
