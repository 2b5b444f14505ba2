/**
 * The `taskport` program: commander wiring, and `run`, which parses a command line, runs the
 * command and turns whatever it throws into one stderr line (and a JSON error with `--json`) and
 * an exit code (see exit-codes.ts). Testable in process: pass fake streams, env and signal.
 */
import { Command, CommanderError } from 'commander';
import { registerGet } from './commands/get.js';
import { registerList } from './commands/list.js';
import { registerMock } from './commands/mock.js';
import { registerStart } from './commands/start.js';
import { registerWait } from './commands/wait.js';
import type { CliContext } from './context.js';
import { ExitCode, exitCodeFor, InterruptedError } from './exit-codes.js';
import { ENV } from '../../core/environment.js';
import { addGlobalOptions, secretsIn, wantsJson, type Env } from './options.js';
import { err, errorJson, messageOf, out, type Output, type OutputStream } from './output.js';
import { CliServices, type ServiceRegistry } from './services.js';
import type { InputStream } from './stdin-secrets.js';

/** What a run is given: the services, and (for tests) streams, environment and signal. */
export interface RunOptions {
  /** The service registry (main.ts passes generated/clients/index.ts's `services`). */
  services: ServiceRegistry;
  /** Directory of the bundled specs for `mock`. */
  bundleDir: string | URL;
  stdout?: OutputStream;
  stderr?: OutputStream;
  /** Standard input, for the `…-stdin` secret flags (default `process.stdin`). */
  stdin?: InputStream;
  env?: Env;
  /** Aborting it interrupts the command (the entry file wires SIGINT/SIGTERM to it). */
  signal?: AbortSignal;
  version?: string;
}

function exitHelp(services: CliServices): string {
  const own = [...services.serviceOptions().values()].map((o) => `, ${o.env}`).join('');
  return `
Exit codes:
  0  success (wait, start --wait: the task succeeded)
  1  the task failed, was partial or expired, or its state stayed unknown
  2  wait timed out (--timeout)
  3  usage, configuration or authentication error (bad flags, unknown service, missing or refused credentials)
  4  any other API or connection error (404, 429, 5xx, unreachable endpoint, a download that broke off, …)
  130 interrupted

Environment (flags win):
  ${ENV.region}, ${ENV.endpoint}, ${ENV.projectId}${own},
  ${ENV.ak} + ${ENV.sk} (+ ${ENV.securityToken}), or ${ENV.token}

Try it offline:
  taskport mock            # prints export lines for the variables above
  taskport wait ${services.names()[0] ?? '<service>'} demo-succeeded`;
}

function createProgram(context: CliContext, version: string): Command {
  const program = new Command('taskport')
    .description(`Start, read, list and wait on Huawei Cloud import/export tasks, and download their files (${context.services.names().map((n) => context.services.find(n).descriptor.title).join(', ')}).`)
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => void context.output.stdout.write(text),
      writeErr: (text) => void context.output.stderr.write(text),
      // run() prints errors itself, as one `taskport: …` line.
      outputError: () => {},
    });
  addGlobalOptions(program, context.services);
  registerGet(program, context);
  registerList(program, context);
  registerWait(program, context);
  registerStart(program, context);
  registerMock(program, context);
  program.addHelpText('after', exitHelp(context.services));
  return program;
}

const QUIET = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** Runs one command line (without `node` and the script). Resolves to the exit code; never rejects. */
export async function run(args: readonly string[], options: RunOptions): Promise<number> {
  const env = options.env ?? process.env;
  const output: Output = { stdout: options.stdout ?? process.stdout, stderr: options.stderr ?? process.stderr, secrets: secretsIn(args, env) };
  const signal = options.signal ?? new AbortController().signal;
  const context: CliContext = { services: new CliServices(options.services), output, env, signal, bundleDir: options.bundleDir, stdin: options.stdin ?? process.stdin };
  try {
    await createProgram(context, options.version ?? '0.0.0').parseAsync([...args], { from: 'user' });
    return ExitCode.Succeeded;
  } catch (error) {
    if (error instanceof CommanderError && QUIET.has(error.code)) return error.exitCode === 0 ? ExitCode.Succeeded : ExitCode.Usage;
    const reported = signal.aborted && !(error instanceof CommanderError) ? (signal.reason instanceof InterruptedError ? signal.reason : new InterruptedError('abort')) : error;
    const code = exitCodeFor(reported);
    let message = messageOf(reported).replace(/\s*\n\s*/g, ' ');
    // An unknown or mistyped flag is echoed whole: never its attached value (`--securityToken=…`).
    if (error instanceof CommanderError) message = `${message.replace(/(--?[A-Za-z0-9][\w-]*)=[^\s']*/g, '$1=…')} (see --help)`;
    err(output, `taskport: ${message}`);
    if (wantsJson(args)) out(output, JSON.stringify(errorJson(reported, message)));
    return code;
  }
}
