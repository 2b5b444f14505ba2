/**
 * `taskport wait` progress on stderr: a cli-progress bar (or a status line) in a pseudo-terminal
 * (util-linux `script`), plain timestamped lines without control characters in a pipe.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MockServer } from '../../src/apps/mock/index.js';
import { cleanEnv, cliArgv, freshTask, mockEnv, runCli, runCommand, startTestMock } from './helpers.js';

vi.setConfig({ testTimeout: 120_000 });

const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
// One policy for missing tools (as prism.test.ts): fail, saying how to get it; never skip.
const MISSING = 'util-linux `script` is missing (/usr/bin/script): install it (Debian/Ubuntu: apt-get install bsdutils); the terminal tests do not skip.';
const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;
// Control sequences (CSI, and ESC 7/8 cursor save/restore).
const ANSI = /\u001b[[78]/;

let mock: MockServer;
let env: Record<string, string>;
beforeAll(async () => {
  mock = await startTestMock();
  env = mockEnv(mock);
});
afterAll(() => mock?.close());

/** Runs the CLI with stdin/stdout/stderr on a pseudo-terminal; everything it wrote, merged. */
function runInTty(args: readonly string[]) {
  if (!SCRIPT) throw new Error(MISSING);
  const command = cliArgv(args).map(quote).join(' ');
  return runCommand([SCRIPT!, '-qfec', command, '/dev/null'], { env: cleanEnv({ ...env, TERM: 'xterm-256color', COLUMNS: '120' }) });
}

it('util-linux script is installed', () => {
  expect(SCRIPT, MISSING).toBeDefined();
});

describe('in a terminal', () => {
  it('counters (MetaStudio): a bar with a percentage, then the final task', async () => {
    const id = freshTask(mock, 'metastudio', 'succeeded', 3);
    const result = await runInTty(['wait', 'metastudio', id, '--min-delay', '200ms', '--max-delay', '300ms']);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/[█░]{10,}/);
    expect(result.stdout).toMatch(/\] 100% \| 10\/10 \| succeeded/);
    expect(result.stdout).toMatch(/\] \d{1,2}% \| \d\/10 \| running/);
    expect(result.stdout).toMatch(ANSI);
    expect(result.stdout).toMatch(/status +succeeded \(done\)/);
  });

  it('no counters (HSS): an indeterminate status line with a spinner', async () => {
    const id = freshTask(mock, 'hss', 'failed', 2);
    const result = await runInTty(['wait', 'hss', id, '--min-delay', '300ms', '--max-delay', '400ms']);
    expect(result.code, result.stdout).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] hss ${id} \\| running \\| \\d+s`));
    expect(result.stdout).toMatch(new RegExp(`✖ hss ${id} \\| failed`));
    expect(result.stdout).not.toMatch(/\d+%/);
    expect(result.stdout).toMatch(/taskport: hss task .* ended failed/);
  });

  it('start --output: a spinner while the task runs, then a byte bar while its file downloads', async () => {
    const output = path.join(mkdtempSync(path.join(tmpdir(), 'taskport-tty-')), 'vuls.zip');
    mock.setStartedTasks({ file: { size: 3 * 1024 * 1024 } });
    const result = await runInTty(['start', 'hss', 'exportVuls', '--category', 'vul', '--export-size', '5', '--export-headers', '["a","b"]', '--output', output, '--min-delay', '300ms', '--max-delay', '400ms']);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] hss [0-9a-f-]{36} \| running \| \d+s/);
    expect(result.stdout).toMatch(/vuls\.zip \[[█░]{30}\] 100% \| 3\.0 MiB\/3\.0 MiB/);
    expect(statSync(output).size).toBe(3 * 1024 * 1024);
    rmSync(path.dirname(output), { recursive: true, force: true });
  });

  it('--no-progress draws nothing', async () => {
    const id = freshTask(mock, 'metastudio', 'succeeded', 1);
    const result = await runInTty(['wait', 'metastudio', id, '--no-progress', '--min-delay', '10ms']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[█░]/);
    expect(result.stdout).not.toMatch(ANSI);
  });
});

describe('without a terminal', () => {
  it('plain lines "<time> <service> <id> <status> <done>/<total>", no bar, no control characters', async () => {
    const id = freshTask(mock, 'metastudio', 'partial', 3);
    const result = await runCli(['wait', 'metastudio', id, '--min-delay', '10ms', '--max-delay', '50ms'], env);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    const progress = lines.filter((l) => !l.startsWith('taskport: '));
    expect(progress.length).toBeGreaterThanOrEqual(2);
    for (const line of progress) expect(line).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z metastudio ${id} (running|partial) \\d+/10( \\(\\d+ failed\\))?$`));
    expect(progress[0]).toMatch(/ running \d+\/10/);
    expect(progress.at(-1)).toMatch(/ partial 10\/10 \(5 failed\)$/);
    expect(result.stderr + result.stdout).not.toMatch(/[\u001b\r█░]/);
  });

  it('status-only services print the state', async () => {
    const id = freshTask(mock, 'dataarts-insight', 'succeeded', 3);
    const result = await runCli(['wait', 'dataarts-insight', id, '--min-delay', '10ms', '--max-delay', '50ms'], env);
    expect(result.code).toBe(0);
    const states = result.stderr.trimEnd().split('\n').map((l) => l.split(' ').slice(1).join(' '));
    expect(states[0]).toBe(`dataarts-insight ${id} pending`);
    expect(states.at(-1)).toBe(`dataarts-insight ${id} succeeded`);
    expect(result.stderr).not.toMatch(/\u001b/);
  });

  it('--no-progress keeps stderr empty', async () => {
    const id = freshTask(mock, 'workspace', 'succeeded', 1);
    const result = await runCli(['wait', 'workspace', id, '--no-progress', '--json', '--min-delay', '10ms'], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'succeeded' });
  });
});
