/**
 * `taskport mock [--port 0]`: the local mock of every service (taskport/mock) until SIGINT or
 * SIGTERM. Prints its URL and the environment lines that point the CLI and the SDK at it. Only
 * the mock's public demo credentials are ever printed; credentials given with flags configure
 * what the mock accepts and are not echoed.
 */
import { existsSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ValidationError } from '../../../core/errors.js';
import type { ServiceDescriptor } from '../../../core/descriptors.js';
import { ENV } from '../../../core/environment.js';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN } from '../../mock/constants.js';
import { startServer } from '../../mock/server.js';
import { loadServiceModels } from '../../mock/spec-model.js';
import { demoScenarios } from '../../mock/task-scenarios.js';
import type { MockOptions } from '../../mock/types.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { globalFlags, optionFlag } from '../options.js';
import { err, out } from '../output.js';

function parsePort(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535.');
  return Number(text);
}

/** `'value'` quoted for a POSIX shell when it needs it. */
export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

// Client flags that mean nothing to a server.
const NOT_FOR_MOCK = [
  ['region', '--region'],
  ['endpoint', '--endpoint'],
  ['securityToken', '--security-token'],
  ['skStdin', '--sk-stdin'],
  ['securityTokenStdin', '--security-token-stdin'],
  ['tokenStdin', '--token-stdin'],
  ['timeoutMs', '--timeout-ms'],
] as const;

/** Registers `taskport mock`. */
export function registerMock(program: Command, context: CliContext): Command {
  const ownOptions = [...context.services.serviceOptions()];
  const command = program
    .command('mock')
    .summary('run the local mock of every service')
    .description(
      'Start the Taskport mock server on 127.0.0.1 (all services, demo tasks demo-succeeded, demo-failed, … that finish after 3 polls)\n' +
        'and print the environment lines that point taskport and the SDK at it. Runs until SIGINT/SIGTERM (Ctrl+C).',
    )
    .addOption(new Option('--port <port>', 'port on 127.0.0.1 (0: any free port)').default(0).argParser(parsePort))
    .addOption(new Option('--project-id <id>', `the project id served (default: the demo ${MOCK_PROJECT_ID})`))
    .addOption(new Option('--token <token>', 'the IAM token accepted (default: the public demo token)'))
    .addOption(new Option('--ak <ak>', 'the access key id accepted (default: the public demo AK)'))
    .addOption(new Option('--sk <sk>', 'the secret key accepted (default: the public demo SK)'))
    .addOption(new Option('--json', 'print the URL, environment and demo tasks as one JSON line'));
  for (const [name, option] of ownOptions) command.addOption(new Option(`--${optionFlag(name)} <value>`, `the ${name} served (${option.description.replace(/\.$/, '')}; default: its documented example)`));
  command.addHelpText('after', `\nExample:\n  taskport mock --port 8080 &\n  ${ENV.endpoint}=http://127.0.0.1:8080 … taskport wait ${context.services.names()[0] ?? '<service>'} demo-succeeded`);
  command.action(async (options: { port: number }, self: Command) => {
    const flags = globalFlags(self, context.services);
    // The demo secrets are public constants: print them even when the environment holds them.
    const output = { ...context.output, secrets: context.output.secrets.filter((s) => s !== MOCK_SK && s !== MOCK_TOKEN) };
    for (const [key, flag] of NOT_FOR_MOCK) if (flags[key] !== undefined) throw new UsageError(`${flag} does not apply to mock (it starts a server)`);
    const bundleDir = context.bundleDir;
    if (!existsSync(bundleDir)) {
      throw new ValidationError('bundleDir', 'required', `mock: the bundled specs are not at ${String(bundleDir)} (generated/openapi/ of the package)`);
    }
    const descriptors: ServiceDescriptor[] = context.services.names().map((name) => context.services.find(name).descriptor);
    const scenarios = demoScenarios(loadServiceModels(descriptors, bundleDir));
    const mockOptions: MockOptions = { port: options.port, scenarios, credentials: {}, clientOptions: {} };
    if (flags.projectId !== undefined) mockOptions.projectId = flags.projectId;
    for (const [name] of ownOptions) if (typeof flags[name] === 'string') mockOptions.clientOptions![name] = flags[name];
    if (flags.token !== undefined) mockOptions.credentials!.token = flags.token;
    if (flags.ak !== undefined) mockOptions.credentials!.ak = flags.ak;
    if (flags.sk !== undefined) mockOptions.credentials!.sk = flags.sk;
    const server = await startServer(descriptors, bundleDir, mockOptions).catch((error: unknown) => {
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'EADDRINUSE' || code === 'EACCES') throw new UsageError(`mock: cannot listen on 127.0.0.1:${options.port} (${code === 'EADDRINUSE' ? 'the port is in use' : 'permission denied'})`);
      throw error;
    });

    // Only the public demo secrets are printed; ones given on the command line stay unprinted.
    const env: Record<string, string> = {
      [ENV.endpoint]: server.url,
      [ENV.projectId]: flags.projectId ?? MOCK_PROJECT_ID,
      ...Object.fromEntries(ownOptions.map(([name, option]) => [option.env, server.clientOptions[name]!])),
      [ENV.ak]: flags.ak ?? MOCK_AK,
    };
    if (flags.sk === undefined) env[ENV.sk] = MOCK_SK;
    const tokenEnv = flags.token === undefined ? { [ENV.token]: MOCK_TOKEN } : {};
    const tasks = scenarios.map((s) => ({ service: s.service, id: s.id, outcome: s.outcome }));
    if (flags.json) {
      out(output, JSON.stringify({ url: server.url, port: server.port, env, tokenEnv, tasks }));
    } else {
      const byService = new Map<string, string[]>();
      for (const t of tasks) byService.set(t.service, [...(byService.get(t.service) ?? []), t.id]);
      out(
        output,
        [
          `taskport mock listening on ${server.url}`,
          'demo tasks (each done after 3 polls):',
          ...[...byService].map(([service, ids]) => `  ${service}: ${ids.join(', ')}`),
          '',
          '# point taskport and the SDK at it:',
          ...Object.entries(env).map(([name, value]) => `export ${name}=${shellQuote(value)}`),
          ...(flags.sk !== undefined ? [`# ${ENV.sk}: the secret key given with --sk`] : []),
          ...Object.entries(tokenEnv).map(([name, value]) => `# or token auth instead of AK/SK: export ${name}=${shellQuote(value)}`),
          '',
          `# then: taskport wait ${tasks[0]?.service ?? '<service>'} ${tasks[0]?.id ?? '<task-id>'}`,
        ].join('\n'),
      );
      err(output, 'Press Ctrl+C to stop.');
    }
    await new Promise<void>((resolve) => {
      if (context.signal.aborted) return resolve();
      context.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    await server.close();
    err(output, 'taskport: mock server stopped');
  });
  return command;
}
