/**
 * The options every client command shares (`--region`, `--endpoint`, credentials, `--json`, …),
 * their environment defaults, and how they become client options. Secrets are never given to
 * commander as defaults, so `--help` shows the variable's name, never its value.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { ENV } from '../auth/credentials.js';
import { ValidationError } from '../errors.js';
import type { CliClientOptions, CliService } from './services.js';
import { needsWorkspace } from './services.js';

/** Environment variables the CLI reads: the clients' own, plus region, endpoint, token and workspace. */
export const CLI_ENV = {
  ...ENV,
  region: 'HUAWEICLOUD_SDK_REGION',
  endpoint: 'HUAWEICLOUD_SDK_ENDPOINT',
  token: 'HUAWEICLOUD_SDK_TOKEN',
  workspaceId: 'HUAWEICLOUD_SDK_WORKSPACE_ID',
} as const;

export type Env = Readonly<Record<string, string | undefined>>;

/** The shared flags after parsing (from any level of the command line). */
export interface GlobalFlags {
  region?: string;
  endpoint?: string;
  projectId?: string;
  token?: string;
  ak?: string;
  sk?: string;
  securityToken?: string;
  workspaceId?: string;
  json?: boolean;
  timeoutMs?: number;
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

/** Options whose values are secrets: redacted from everything the CLI prints. */
export const SECRET_FLAGS = ['--sk', '--token', '--security-token'] as const;
const SECRET_ENV = [CLI_ENV.sk, CLI_ENV.token, CLI_ENV.securityToken];

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

/** Names of the shared flags, so generated filter flags can avoid them. */
export const GLOBAL_FLAG_NAMES = ['region', 'endpoint', 'project-id', 'token', 'ak', 'sk', 'security-token', 'workspace-id', 'json', 'timeout-ms'];

const env = (name: string) => `$${name}`;

/** Adds the shared flags to a command. */
export function addGlobalOptions(command: Command): Command {
  return command
    .addOption(new Option('--region <region>', `region id, e.g. cn-north-4 (default: ${env(CLI_ENV.region)})`))
    .addOption(new Option('--endpoint <url>', `base URL; overrides the region's endpoint, e.g. the mock's (default: ${env(CLI_ENV.endpoint)})`))
    .addOption(new Option('--project-id <id>', `project id (default: ${env(CLI_ENV.projectId)})`))
    .addOption(new Option('--token <token>', `IAM token, instead of AK/SK (default: ${env(CLI_ENV.token)})`))
    .addOption(new Option('--ak <ak>', `access key id (default: ${env(CLI_ENV.ak)})`))
    .addOption(new Option('--sk <sk>', `secret access key (default: ${env(CLI_ENV.sk)})`))
    .addOption(new Option('--security-token <token>', `security token of temporary AK/SK (default: ${env(CLI_ENV.securityToken)})`))
    .addOption(new Option('--workspace-id <id>', `workspace id, for services that need one (default: ${env(CLI_ENV.workspaceId)})`))
    .addOption(new Option('--json', 'print JSON on stdout (errors too, as { "error": … })'))
    .addOption(new Option('--timeout-ms <duration>', 'time limit of each HTTP attempt: 500ms, 10s, … or plain ms (default: 30s)').argParser(parsePositiveDuration));
}

const GLOBAL_KEYS: readonly (keyof GlobalFlags)[] = ['region', 'endpoint', 'projectId', 'token', 'ak', 'sk', 'securityToken', 'workspaceId', 'json', 'timeoutMs'];

/**
 * The shared flags as given anywhere on the command line: the program consumes the ones before
 * the first flag it does not know, the command the rest; the one nearest the command wins.
 */
export function globalFlags(command: Command): GlobalFlags {
  const flags: Record<string, unknown> = {};
  for (let cmd: Command | null = command; cmd; cmd = cmd.parent) {
    const opts = cmd.opts();
    for (const key of GLOBAL_KEYS) if (flags[key] === undefined && opts[key] !== undefined) flags[key] = opts[key];
  }
  return flags as GlobalFlags;
}

function fromEnv(environment: Env, name: string): string | undefined {
  const value = environment[name];
  return value === undefined || value === '' ? undefined : value;
}

/** Credentials: flags first (a token, or an AK/SK pair completed from the environment), then the environment (AK/SK, then token). */
function credentialsFrom(flags: GlobalFlags, environment: Env): NonNullable<CliClientOptions['credentials']> {
  const read = (name: string) => fromEnv(environment, name);
  if (flags.token !== undefined) {
    if (flags.ak !== undefined || flags.sk !== undefined || flags.securityToken !== undefined) {
      throw new ValidationError('credentials', 'conflict', '--token cannot be combined with --ak, --sk or --security-token');
    }
    return { token: flags.token };
  }
  const securityToken = flags.securityToken ?? read(CLI_ENV.securityToken);
  const pair = (ak: string, sk: string) => (securityToken === undefined ? { ak, sk } : { ak, sk, securityToken });
  if (flags.ak !== undefined || flags.sk !== undefined) {
    const ak = flags.ak ?? read(CLI_ENV.ak);
    const sk = flags.sk ?? read(CLI_ENV.sk);
    if (ak === undefined) throw new ValidationError('credentials.ak', 'required', `--sk needs an access key: pass --ak or set ${CLI_ENV.ak}`);
    if (sk === undefined) throw new ValidationError('credentials.sk', 'required', `--ak needs a secret key: pass --sk or set ${CLI_ENV.sk}`);
    return pair(ak, sk);
  }
  const ak = read(CLI_ENV.ak);
  const sk = read(CLI_ENV.sk);
  if (ak !== undefined && sk !== undefined) return pair(ak, sk);
  const token = read(CLI_ENV.token);
  if (token !== undefined) {
    if (flags.securityToken !== undefined) throw new ValidationError('credentials', 'conflict', '--security-token goes with AK/SK, not with a token');
    return { token };
  }
  throw new ValidationError(
    'credentials',
    'required',
    `no credentials: pass --token, or --ak and --sk, or set ${CLI_ENV.token}, or ${CLI_ENV.ak} and ${CLI_ENV.sk}`,
  );
}

/**
 * Client options for a service from the shared flags and the environment. Fails with a
 * ValidationError naming the flag and variable when something required is missing.
 */
export function clientOptions(service: CliService, flags: GlobalFlags, environment: Env): CliClientOptions {
  const read = (name: string) => fromEnv(environment, name);
  const region = flags.region ?? read(CLI_ENV.region);
  // An explicit --region beats an endpoint that only comes from the environment.
  const endpoint = flags.endpoint ?? (flags.region === undefined ? read(CLI_ENV.endpoint) : undefined);
  if (region === undefined && endpoint === undefined) {
    const example = service.descriptor.servers[0]?.regions[0] ?? 'cn-north-4';
    throw new ValidationError('region', 'required', `no endpoint: pass --region (e.g. ${example}) or --endpoint, or set ${CLI_ENV.region} or ${CLI_ENV.endpoint}`);
  }
  const projectId = flags.projectId ?? read(CLI_ENV.projectId);
  if (projectId === undefined) throw new ValidationError('projectId', 'required', `no project id: pass --project-id or set ${CLI_ENV.projectId}`);
  const options: CliClientOptions = { projectId, credentials: credentialsFrom(flags, environment) };
  if (region !== undefined) options.region = region;
  if (endpoint !== undefined) options.endpoint = endpoint;
  if (flags.timeoutMs !== undefined) options.timeoutMs = flags.timeoutMs;
  if (needsWorkspace(service.descriptor)) {
    const workspaceId = flags.workspaceId ?? read(CLI_ENV.workspaceId);
    if (workspaceId === undefined) {
      throw new ValidationError('workspaceId', 'required', `${service.name} needs a workspace id: pass --workspace-id or set ${CLI_ENV.workspaceId}`);
    }
    options.workspaceId = workspaceId;
  }
  return options;
}
