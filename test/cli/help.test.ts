/**
 * `--help` of the program and of every command lists its flags — for `list`, the filters generated
 * from each list operation's query parameters — and `--version` prints package.json's version.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { OperationDescriptor } from '../../src/core/descriptors.js';
import { descriptorOf, REPO, runCli, SERVICE_NAMES } from './helpers.js';

vi.setConfig({ testTimeout: 120_000 });

const GLOBAL = ['--region', '--endpoint', '--project-id', '--token', '--ak', '--sk', '--security-token', '--sk-stdin', '--security-token-stdin', '--token-stdin', '--workspace-id', '--json', '--timeout-ms'];

/** The list operation of a service, found independently of the CLI: a GET without caller path parameters. */
function listOperationOf(service: string): OperationDescriptor | undefined {
  return Object.values(descriptorOf(service).operations).find((op) => op.method === 'get' && !op.params.some((p) => p.in === 'path' && !p.filledFrom));
}
const LISTABLE = SERVICE_NAMES.filter((s) => listOperationOf(s));
const kebab = (name: string) => `--${name.replaceAll('_', '-')}`;

/** Flags a list subcommand must offer: one per caller query parameter (booleans also as --no-…), and --all when paged. */
function expectedFilters(service: string): string[] {
  const op = listOperationOf(service)!;
  const flags = op.params.filter((p) => p.in === 'query' && !p.filledFrom).flatMap((p) => (p.schema.type === 'boolean' ? [kebab(p.name), `--no-${p.name.replaceAll('_', '-')}`] : [kebab(p.name)]));
  return op.pagination ? [...flags, '--all'] : flags;
}

describe.concurrent('help', () => {
  it('the program lists its commands, global flags, exit codes and environment', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const command of ['get [options] <service> <task-id>', 'list', 'wait [options] <service> <task-id>', 'mock [options]']) expect(result.stdout).toContain(command);
    for (const flag of [...GLOBAL, '--version', '--help']) expect(result.stdout).toContain(flag);
    expect(result.stdout).toMatch(/Exit codes:[\s\S]*2 +wait timed out[\s\S]*4 +any other API or connection error/);
    expect(result.stdout).toContain('HUAWEICLOUD_SDK_WORKSPACE_ID');
  });

  it('get and wait list the global flags; wait its timing flags', async () => {
    const get = await runCli(['get', '--help']);
    expect(get.code).toBe(0);
    for (const flag of GLOBAL) expect(get.stdout).toContain(flag);
    for (const service of SERVICE_NAMES) expect(get.stdout).toContain(service);
    const wait = await runCli(['help', 'wait']);
    expect(wait.code).toBe(0);
    for (const flag of [...GLOBAL, '--timeout <duration>', '--min-delay <duration>', '--max-delay <duration>', '--no-progress']) expect(wait.stdout).toContain(flag);
    expect(wait.stdout).toMatch(/--timeout <duration> .*\n?.*\(default: 30m\)/);
  });

  it('list names the services with a list operation and their generated filters', async () => {
    expect(LISTABLE.length).toBeGreaterThan(0);
    const result = await runCli(['list', '--help']);
    expect(result.code).toBe(0);
    for (const service of LISTABLE) {
      const line = result.stdout.split('\n').find((l) => l.startsWith(`  ${service}: `));
      expect(line, service).toBeDefined();
      for (const flag of expectedFilters(service).filter((f) => !f.startsWith('--no-'))) expect(line!.split(' ')).toContain(flag);
    }
  });

  it.each(LISTABLE)('list %s --help lists every filter and the global flags', async (service) => {
    const result = await runCli(['list', service, '--help']);
    expect(result.code).toBe(0);
    const flags = [...result.stdout.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]);
    for (const flag of [...expectedFilters(service), ...GLOBAL]) expect(flags).toContain(flag);
  });

  it('workspace filters describe their schema: enums, ranges, groups', async () => {
    const result = await runCli(['list', 'workspace', '--help']);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('--status <value> status: string; one of CREATING, SUCCESS, FAIL, EXPIRED');
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('--limit <value> limit: integer; 1..100');
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('together with --sort-type');
  });

  it('mock lists --port', async () => {
    const result = await runCli(['mock', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--port <port>.*\(default: 0\)/);
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('no command shows the help on stderr with the usage exit code', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Usage: taskport');
  });
});
