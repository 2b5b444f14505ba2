/**
 * The options every client command shares (`--region`, `--endpoint`, credentials, `--json`, …),
 * one flag per option a service declares for itself (`x-client-option`: `--workspace-id`), their
 * environment defaults (the clients' own variables, src/core/environment.ts), and how they become
 * client options. Secrets are never given to commander as defaults, so `--help` shows the
 * variable's name, never its value.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { withEnvironmentDefaults } from '../../client/client-options.js';
import { ENV, readEnv, type Environment } from '../../core/environment.js';
import { ValidationError } from '../../core/errors.js';
import type { CliClientOptions, CliService, CliServices } from './services.js';
import { SECRET_STDIN_FLAGS } from './stdin-secrets.js';

/** The environment the CLI reads its defaults from. */
export type Env = Environment;

/** The shared flags after parsing (from any level of the command line), plus the service options' flags by option name. */
export interface GlobalFlags {
  region?: string;
  endpoint?: string;
  projectId?: string;
  token?: string;
  ak?: string;
  sk?: string;
  securityToken?: string;
  skStdin?: boolean;
  securityTokenStdin?: boolean;
  tokenStdin?: boolean;
  json?: boolean;
  timeoutMs?: number;
  [serviceOption: string]: unknown;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds from `500ms`, `10s`, `1.5s`, `5m`, `1h` or plain milliseconds (`2500`). */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
  if (!match) throw new InvalidArgumentError('expected a duration such as 500ms, 10s, 5m, 1h or plain milliseconds.');
  const ms = Number(match[1]) * UNITS[(match[2] ?? 'ms').toLowerCase()]!;
  if (!Number.isFinite(ms)) throw new InvalidArgumentError('the duration is too large.');
  return Math.round(ms);
}

/** A positive duration (a time limit). */
export function parsePositiveDuration(text: string): number {
  const ms = parseDuration(text);
  if (ms <= 0) throw new InvalidArgumentError('must be greater than zero.');
  return ms;
}

// Options whose values are secrets: redacted from everything the CLI prints.
const SECRET_FLAGS = ['--sk', '--token', '--security-token'] as const;
const SECRET_ENV = [ENV.sk, ENV.token, ENV.securityToken];

/** The secret values on a command line and in the environment, to scrub from any output. */
export function secretsIn(argv: readonly string[], env: Env): string[] {
  const found = SECRET_ENV.map((name) => env[name]).filter((v): v is string => typeof v === 'string' && v !== '');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    for (const flag of SECRET_FLAGS) {
      if (arg === flag && argv[i + 1] !== undefined) found.push(argv[i + 1]!);
      else if (arg.startsWith(`${flag}=`)) found.push(arg.slice(flag.length + 1));
    }
  }
  return [...new Set(found)];
}

/** True when `--json` is on the command line (before `--`): errors are then also printed as JSON. */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

/** `workspaceId` → `workspace-id`: the flag of an option name. */
export function optionFlag(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

const COMMON_FLAGS = ['region', 'endpoint', 'project-id', 'token', 'ak', 'sk', 'security-token', ...SECRET_STDIN_FLAGS.map((s) => s.flag), 'json', 'timeout-ms'];
const COMMON_KEYS = ['region', 'endpoint', 'projectId', 'token', 'ak', 'sk', 'securityToken', ...SECRET_STDIN_FLAGS.map((s) => s.key), 'json', 'timeoutMs'];
// Why a secret's own flag is the last resort (its help says so).
const VISIBLE = 'visible to other users in `ps` and kept in shell history';

/** Names of the shared flags (with the services' option flags), so generated filter flags can avoid them. */
export function globalFlagNames(services: CliServices): string[] {
  return [...COMMON_FLAGS, ...[...services.serviceOptions().keys()].map(optionFlag)];
}

const env = (name: string) => `$${name}`;

/** Adds the shared flags to a command, with one flag per option a service declares (`--workspace-id`). */
export function addGlobalOptions(command: Command, services: CliServices): Command {
  command
    .addOption(new Option('--region <region>', `region id, e.g. cn-north-4 (default: ${env(ENV.region)})`))
    .addOption(new Option('--endpoint <url>', `base URL; overrides the region's endpoint, e.g. the mock's (default: ${env(ENV.endpoint)})`))
    .addOption(new Option('--project-id <id>', `project id (default: ${env(ENV.projectId)})`))
    .addOption(new Option('--token-stdin', `read the IAM token (instead of AK/SK) from standard input (default: ${env(ENV.token)})`))
    .addOption(new Option('--ak <ak>', `access key id (default: ${env(ENV.ak)})`))
    .addOption(new Option('--sk-stdin', `read the secret access key from standard input (default: ${env(ENV.sk)})`))
    .addOption(new Option('--security-token-stdin', `read the security token of temporary AK/SK from standard input, on the line after the secret key with --sk-stdin (default: ${env(ENV.securityToken)})`))
    .addOption(new Option('--token <token>', `IAM token given on the command line: ${VISIBLE}; prefer ${env(ENV.token)} or --token-stdin`))
    .addOption(new Option('--sk <sk>', `secret access key given on the command line: ${VISIBLE}; prefer ${env(ENV.sk)} or --sk-stdin`))
    .addOption(new Option('--security-token <token>', `security token given on the command line: ${VISIBLE}; prefer ${env(ENV.securityToken)} or --security-token-stdin`));
  for (const [name, option] of services.serviceOptions()) {
    const takers = services.names().filter((s) => Object.hasOwn(services.find(s).descriptor.options, name));
    command.addOption(new Option(`--${optionFlag(name)} <value>`, `${option.description.replace(/\.$/, '')}; for ${takers.join(', ')} (default: ${env(option.env)})`));
  }
  return command
    .addOption(new Option('--json', 'print JSON on stdout (errors too, as { "error": … })'))
    .addOption(new Option('--timeout-ms <duration>', 'time limit of each HTTP attempt: 500ms, 10s, … or plain ms (default: 30s)').argParser(parsePositiveDuration));
}

/**
 * The shared flags as given anywhere on the command line: the program consumes the ones before
 * the first flag it does not know, the command the rest; the one nearest the command wins.
 */
export function globalFlags(command: Command, services: CliServices): GlobalFlags {
  const keys = [...COMMON_KEYS, ...services.serviceOptions().keys()];
  const flags: Record<string, unknown> = {};
  for (let cmd: Command | null = command; cmd; cmd = cmd.parent) {
    const opts = cmd.opts();
    for (const key of keys) if (flags[key] === undefined && opts[key] !== undefined) flags[key] = opts[key];
  }
  return flags as GlobalFlags;
}

function fromEnv(environment: Env, name: string): string | undefined {
  return readEnv(environment, name);
}

/** Credentials from flags (a token, or an AK/SK pair completed from the environment); undefined leaves them to the environment (AK/SK, then token). */
function credentialsFromFlags(flags: GlobalFlags, environment: Env): CliClientOptions['credentials'] {
  const read = (name: string) => fromEnv(environment, name);
  if (flags.token !== undefined) {
    if (flags.ak !== undefined || flags.sk !== undefined || flags.securityToken !== undefined) {
      throw new ValidationError('credentials', 'conflict', '--token cannot be combined with --ak, --sk or --security-token');
    }
    return { token: flags.token };
  }
  const securityToken = flags.securityToken ?? read(ENV.securityToken);
  const pair = (ak: string, sk: string) => (securityToken === undefined ? { ak, sk } : { ak, sk, securityToken });
  if (flags.ak !== undefined || flags.sk !== undefined) {
    const ak = flags.ak ?? read(ENV.ak);
    const sk = flags.sk ?? read(ENV.sk);
    if (ak === undefined) throw new ValidationError('credentials.ak', 'required', `--sk needs an access key: pass --ak or set ${ENV.ak}`);
    if (sk === undefined) throw new ValidationError('credentials.sk', 'required', `--ak needs a secret key: pass --sk or set ${ENV.sk}`);
    return pair(ak, sk);
  }
  if (flags.securityToken !== undefined) {
    const ak = read(ENV.ak);
    const sk = read(ENV.sk);
    if (ak !== undefined && sk !== undefined) return pair(ak, sk);
    if (read(ENV.token) !== undefined) throw new ValidationError('credentials', 'conflict', '--security-token goes with AK/SK, not with a token');
  }
  return undefined;
}

/**
 * Client options for a service from the shared flags, then the environment, as the SDK fills them
 * (withEnvironmentDefaults). Fails with a ValidationError naming the flag and variable when
 * something required is missing.
 */
export function clientOptions(service: CliService, flags: GlobalFlags, environment: Env): CliClientOptions {
  const explicit: CliClientOptions = {};
  if (flags.region !== undefined) explicit.region = flags.region;
  if (flags.endpoint !== undefined) explicit.endpoint = flags.endpoint;
  if (flags.projectId !== undefined) explicit.projectId = flags.projectId;
  if (flags.timeoutMs !== undefined) explicit.timeoutMs = flags.timeoutMs;
  const credentials = credentialsFromFlags(flags, environment);
  if (credentials !== undefined) explicit.credentials = credentials;
  for (const name of Object.keys(service.descriptor.options)) if (flags[name] !== undefined) explicit[name] = flags[name];
  const options = withEnvironmentDefaults(service.descriptor, explicit, environment);
  if (options.region === undefined && options.endpoint === undefined) {
    const example = service.descriptor.servers[0]?.regions[0] ?? 'cn-north-4';
    throw new ValidationError('region', 'required', `no endpoint: pass --region (e.g. ${example}) or --endpoint, or set ${ENV.region} or ${ENV.endpoint}`);
  }
  if (options.projectId === undefined) throw new ValidationError('projectId', 'required', `no project id: pass --project-id or set ${ENV.projectId}`);
  if (options.credentials === undefined) {
    throw new ValidationError('credentials', 'required', `no credentials: pass --token, or --ak and --sk, or set ${ENV.token}, or ${ENV.ak} and ${ENV.sk}`);
  }
  for (const [name, option] of Object.entries(service.descriptor.options)) {
    if (option.required && options[name] === undefined) {
      throw new ValidationError(name, 'required', `${service.name} needs ${name}: pass --${optionFlag(name)} or set ${option.env}`);
    }
  }
  return options;
}
