/**
 * Shared by the CLI tests: run `taskport` as a real subprocess (from source through tsx, or a
 * built file) against an in-test mock server on 127.0.0.1, with a clean environment.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { services } from '../../generated/clients/index.js';
import { CliServices, type ServiceRegistry } from '../../src/apps/cli/services.js';
import { defaultScenarios, MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, startMockServer, type MockServer, type TaskScenario } from '../../src/apps/mock/index.js';
import type { ServiceDescriptor } from '../../src/core/descriptors.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MAIN = path.join(REPO, 'src/apps/cli/main.ts');
/** The generated registry, as main.ts hands it to the CLI. */
export const REGISTRY = services as unknown as ServiceRegistry;
export const CLI_SERVICES = new CliServices(REGISTRY);
/** The bundled specs the mock reads. */
export const BUNDLE_DIR = path.join(REPO, 'generated/openapi');

export const SERVICE_NAMES = Object.keys(services);
export const descriptorOf = (name: string) => services[name as keyof typeof services].descriptor as ServiceDescriptor;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment without any HUAWEICLOUD_SDK_* variable of the machine running the tests. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !key.startsWith('HUAWEICLOUD_SDK_')) env[key] = value;
  return { ...env, NO_COLOR: '1', ...extra };
}

/** HUAWEICLOUD_SDK_* pointing at a mock, with its demo AK/SK and the values it serves for the services' own options. */
export function mockEnv(mock: MockServer): Record<string, string> {
  const env: Record<string, string> = {
    HUAWEICLOUD_SDK_ENDPOINT: mock.url,
    HUAWEICLOUD_SDK_PROJECT_ID: MOCK_PROJECT_ID,
    HUAWEICLOUD_SDK_AK: MOCK_AK,
    HUAWEICLOUD_SDK_SK: MOCK_SK,
  };
  for (const [name, option] of CLI_SERVICES.serviceOptions()) env[option.env] = mock.clientOptions[name]!;
  return env;
}

/** Runs a command (argv[0] is the executable) to its end; stdout/stderr are pipes, so no TTY. */
export function runCommand(argv: readonly string[], options: { env?: Record<string, string>; timeoutMs?: number; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd ?? REPO, env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** `node --import tsx src/apps/cli/main.ts …args` */
export function cliArgv(args: readonly string[]): string[] {
  return [process.execPath, '--import', 'tsx', MAIN, ...args];
}

/** Runs the CLI from source with the given environment (default: clean, no credentials). */
export function runCli(args: readonly string[], env: Record<string, string> = {}, timeoutMs?: number): Promise<CliResult> {
  return runCommand(cliArgv(args), { env: cleanEnv(env), ...(timeoutMs ? { timeoutMs } : {}) });
}

/** Fast polling flags for `wait`. */
export const FAST = ['--min-delay', '10ms', '--max-delay', '50ms'];

/** A task that stays running for a minute (for timeouts). */
export const SLOW_TASK: TaskScenario = { service: 'hss', id: 'slow', outcome: 'succeeded', advance: { afterMs: 60_000 } };

/** A mock with the demo tasks and {@link SLOW_TASK}. */
export function startTestMock(): Promise<MockServer> {
  return startMockServer({ scenarios: [...defaultScenarios(), SLOW_TASK] });
}

let counter = 0;
/** Adds a fresh task to the mock (unique id), so a test sees it from its first poll. */
export function freshTask(mock: MockServer, service: string, outcome: TaskScenario['outcome'], afterPolls = 2): string {
  const id = `cli-${service}-${outcome}-${process.pid}-${++counter}`;
  mock.addTask({ service, id, outcome, advance: { afterPolls } });
  return id;
}
