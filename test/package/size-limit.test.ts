/**
 * The bundle budgets (.size-limit.mjs, `npm run check:size`): one entry per generated client entry
 * point and scenario, held to budgets just above today's sizes (issue 15's goals are reported by
 * bench:client), measured the way bench/client.ts measures
 * (esbuild, ESM for the browser, gzip); and size-limit, run on that very config, fails when an entry
 * is over its limit and passes when every entry is under it. Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'node_modules/size-limit/bin.js');

interface Check {
  name: string;
  path: string;
  import: string;
  limit: string;
  gzip: boolean;
  modifyEsbuildConfig: (config: Record<string, unknown>) => Record<string, unknown>;
}
let checks: Check[];
let goals: Record<string, number>;
let budgets: Record<string, number>;

/** size-limit on the repository's config with every limit replaced by `limit`: its exit code and JSON report. */
function sizeLimit(limit: string): { status: number | null; report: { name: string; passed: boolean; size: number; sizeLimit: number }[] } {
  const run = spawnSync(process.execPath, [bin, '--json', '--limit', limit], { cwd: repo, encoding: 'utf8' });
  return { status: run.status, report: JSON.parse(run.stdout) };
}

beforeAll(async () => {
  if (!existsSync(path.join(repo, 'dist/generated/clients/hss.js'))) throw new Error('run `npm run build` before the package tests');
  const config = (await import(pathToFileURL(path.join(repo, '.size-limit.mjs')).href)) as { default: Check[]; GOALS: Record<string, number>; BUDGETS: Record<string, number> };
  checks = config.default;
  goals = config.GOALS;
  budgets = config.BUDGETS;
});

describe('the size budgets', () => {
  it('cover every generated client entry point in three scenarios, at their budgets; the goals stay 10 / 6 / 10 KiB', () => {
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { exports: Record<string, { default?: string }> };
    const clients = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object' && target.default?.startsWith('./dist/generated/clients/'));
    expect(clients.length).toBe(4);
    expect(goals).toEqual({ full: 10, 'operations-only': 6, 'task-only': 10 });
    expect(checks.map((c) => c.name).sort()).toEqual(clients.flatMap(([subpath]) => Object.keys(goals).map((scenario) => `taskport${subpath.slice(1)}: ${scenario}`)).sort());
    for (const check of checks) {
      const [subpath, scenario] = check.name.slice('taskport'.length).split(': ') as [string, string];
      expect(`./${check.path}`).toBe(pkg.exports[`.${subpath}`]!.default);
      expect(check.limit).toBe(`${budgets[scenario]} KiB`);
      expect(check.gzip).toBe(true);
      expect(check.modifyEsbuildConfig({ bundle: true })).toEqual({ bundle: true, format: 'esm', platform: 'browser' });
    }
  });

  it('each scenario imports what its user imports: the facade, one operation function on a base client, the task client', () => {
    for (const check of checks) {
      const scenario = check.name.split(': ')[1];
      if (scenario === 'full') expect(check.import).toMatch(/^\{ create\w+Client \}$/);
      if (scenario === 'operations-only') expect(check.import).toMatch(/^\{ create\w+BaseClient, [a-z]\w+ \}$/);
      if (scenario === 'task-only') expect(check.import).toMatch(/^\{ create\w+TaskClient \}$/);
    }
  });

  it('size-limit fails when the entries are over their limit, and passes when they are under it', () => {
    const over = sizeLimit('1 KiB');
    expect(over.status).toBe(1);
    expect(over.report).toHaveLength(checks.length);
    for (const entry of over.report) expect(entry).toMatchObject({ passed: false, sizeLimit: 1024 });
    const under = sizeLimit('1 MiB');
    expect(under.status).toBe(0);
    for (const entry of under.report) expect(entry.passed).toBe(true);
    // The sizes are real bundles: the operations-only one is smaller than the full one of the same entry.
    const size = (name: string) => under.report.find((e) => e.name === name)!.size;
    for (const entry of ['hss', 'metastudio', 'workspace', 'dataarts-insight']) {
      expect(size(`taskport/${entry}: operations-only`)).toBeLessThan(size(`taskport/${entry}: task-only`));
      expect(size(`taskport/${entry}: task-only`)).toBeLessThan(size(`taskport/${entry}: full`));
    }
    // A ratchet, not a ceiling far away: each budget is within 0.5 KiB of the largest entry of its scenario.
    for (const [scenario, budget] of Object.entries(budgets)) {
      const largest = Math.max(...under.report.filter((e) => e.name.endsWith(`: ${scenario}`)).map((e) => e.size));
      expect(largest, `${scenario}: ${(largest / 1024).toFixed(2)} KiB`).toBeLessThanOrEqual(budget * 1024);
      expect(largest, `${scenario}: lower the budget to today's size`).toBeGreaterThan((budget - 0.5) * 1024);
      expect(budget, scenario).toBeGreaterThanOrEqual(goals[scenario]!);
    }
  }, 120_000);
});
