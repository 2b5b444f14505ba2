/**
 * npm run bench:pipeline — the generation pipeline against its goals (issue 15), every ratio
 * measured side by side in one run:
 *
 *   1. Alternating rounds on a copy of the repository: `generate --force`; the same steps as separate
 *      CLI processes (redocly lint, redocly bundle, spectral lint, openapi-typescript, redocly
 *      build-docs per service); one spec file edited, then `generate`; `generate --check` with nothing
 *      changed (and, to prove it still looks, once with a hand edit in generated/, which must fail).
 *   2. Synthetic trees of many services of SERVICE_SIZE operations each, grown to 10 000 operations,
 *      each run with `--force`: wall, CPU and peak RSS per size, and the marginal cost per added
 *      operation between sizes (flat means linear growth; total/N would hide the fixed start-up).
 *
 * BENCH_ROUNDS (default 3) sets the rounds of part 1, BENCH_SIZES (default 1000,3000,10000) the sizes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { fmt, median, table, target, timeCommand } from './measure.js';
import { writeSyntheticTree } from './synthetic-tree.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(repo, 'node_modules/.bin', name);
const generate = path.join(repo, 'scripts/generate.mjs');
const usageHook = path.join(repo, 'bench/report-usage.mjs');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? '1000,3000,10000').split(',').map(Number);
const SERVICE_SIZE = 100;
const services = Object.entries((parse(readFileSync(path.join(repo, 'redocly.yaml'), 'utf8')) as { apis: Record<string, { root: string }> }).apis);
const temporaries: string[] = [];
const scratchDir = (name: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `taskport-bench-${name}-`));
  temporaries.push(dir);
  return dir;
};

interface Usage {
  wall: number;
  /** User + system CPU of every thread, ms. */
  cpu: number;
  /** Peak resident set, bytes. */
  rss: number;
  status: number | null;
}

/** Runs `node scripts/generate.mjs <args>` and reads its own resource usage (all threads, peak RSS). */
function runGenerate(args: string[]): Usage {
  const report = path.join(scratchDir('usage'), 'usage.json');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', usageHook, generate, ...args], { encoding: 'utf8', env: { ...process.env, TASKPORT_USAGE_FILE: report } });
  const wall = performance.now() - started;
  const usage = JSON.parse(readFileSync(report, 'utf8')) as NodeJS.ResourceUsage;
  return { wall, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000, rss: usage.maxRSS * 1024, status: result.status };
}

function mustPass(args: string[]): Usage {
  const usage = runGenerate(args);
  if (usage.status !== 0) throw new Error(`generate ${args.join(' ')} failed (${usage.status})`);
  return usage;
}

/** The pipeline's inputs and outputs, copied: the benchmark never touches the working tree. */
function copyRepo(): string {
  const dir = scratchDir('copy');
  for (const entry of ['specs', 'redocly.yaml', 'generated', 'package-lock.json', 'package.json']) cpSync(path.join(repo, entry), path.join(dir, entry), { recursive: true });
  return dir;
}

/** The same work as the pipeline, one CLI process per step and service. */
function cliChain(scratch: string): number {
  const spectralRuleset = path.join(scratch, '.spectral.yaml');
  writeFileSync(spectralRuleset, 'extends: ["spectral:oas"]\n');
  let total = 0;
  for (const [name, api] of services) {
    const bundled = path.join(scratch, `${name}.yaml`);
    total += timeCommand(bin('redocly'), ['lint', api.root], { cwd: repo });
    total += timeCommand(bin('redocly'), ['bundle', api.root, '-o', bundled], { cwd: repo });
    total += timeCommand(bin('spectral'), ['lint', '-r', spectralRuleset, bundled], { cwd: scratch });
    // Run outside the repository: openapi-typescript would otherwise pick up redocly.yaml.
    total += timeCommand(bin('openapi-typescript'), [bundled, '-o', path.join(scratch, `${name}.ts`)], { cwd: scratch });
    total += timeCommand(bin('redocly'), ['build-docs', bundled, '-o', path.join(scratch, `${name}.html`)], { cwd: scratch });
  }
  return total;
}

/** A file of a copy changed the way a person edits a spec: one summary reworded. */
function editSpec(dir: string, round: number): void {
  const file = path.join(dir, 'specs/hss/paths/export-task_{task_id}.yaml');
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/^( {2}summary: .*?)( \(edit \d+\))?$/m, `$1 (edit ${round})`);
  if (edited === text) throw new Error(`${file}: no summary to edit; update the benchmark`);
  writeFileSync(file, edited);
}

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const loadNow = () => os.loadavg()[0]!.toFixed(1);

try {
  // 1. The repository's four services, in alternating rounds.
  const copy = copyRepo();
  const cliScratch = scratchDir('cli');
  mustPass(['--repo', copy]); // fills the copy's cache
  const force: Usage[] = [];
  const edit: Usage[] = [];
  const check: Usage[] = [];
  const chain: number[] = [];
  const loads: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    loads.push(loadNow());
    force.push(mustPass(['--force', '--repo', copy]));
    chain.push(cliChain(cliScratch));
    editSpec(copy, round);
    edit.push(mustPass(['--repo', copy]));
    check.push(mustPass(['--check', '--repo', copy]));
    process.stderr.write(
      `round ${round}/${rounds} (load ${loads.at(-1)}): force ${fmt(force.at(-1)!.wall)}, CLI chain ${fmt(chain.at(-1)!)}, one edit ${fmt(edit.at(-1)!.wall)}, check ${fmt(check.at(-1)!.wall)}\n`,
    );
  }
  // A hand edit in generated/ must still fail the check, however fast it is answered.
  const handEdited = path.join(copy, 'generated/clients/hss.ts');
  writeFileSync(handEdited, `${readFileSync(handEdited, 'utf8')}// edited by hand\n`);
  const caught = runGenerate(['--check', '--repo', copy]).status === 1;

  // 2. Growth across many services.
  const growth: { operations: number; usage: Usage; load: string }[] = [];
  for (const operations of sizes) {
    const dir = writeSyntheticTree(repo, scratchDir(`synthetic-${operations}`), operations, SERVICE_SIZE);
    const load = loadNow();
    growth.push({ operations, usage: mustPass(['--force', '--repo', dir]), load });
    process.stderr.write(`${operations} operations (load ${load}): ${fmt(growth.at(-1)!.usage.wall)}\n`);
    rmSync(dir, { recursive: true, force: true });
  }

  const med = (runs: Usage[], key: keyof Omit<Usage, 'status'>) => median(runs.map((r) => r[key]));
  const [f, c, e, k] = [med(force, 'wall'), median(chain), med(edit, 'wall'), med(check, 'wall')];
  console.log(`\nbench:pipeline — ${rounds} alternating rounds on ${os.cpus().length} cores, load average ${loads.join(' / ')} (medians)\n`);
  console.log(
    table([
      ['run', 'wall', 'CPU', 'peak RSS', 'vs'],
      ['generate --force (one process)', fmt(f), fmt(med(force, 'cpu')), gib(med(force, 'rss')), `${(c / f).toFixed(2)}x faster than the CLI chain`],
      [`CLI chain (${services.length * 5} processes)`, fmt(c), '', '', '1.00x'],
      ['one spec file edited, then generate', fmt(e), fmt(med(edit, 'cpu')), gib(med(edit, 'rss')), `${((100 * e) / f).toFixed(0)} % of --force`],
      ['generate --check, nothing changed', fmt(k), fmt(med(check, 'cpu')), gib(med(check, 'rss')), ''],
    ]),
  );
  const rows = growth.map(({ operations, usage, load }, i) => {
    const previous = growth[i - 1];
    const added = previous ? operations - previous.operations : 0;
    const marginal = (key: 'wall' | 'cpu') => (previous ? fmt((usage[key] - previous.usage[key]) / added) : '');
    return [operations, Math.ceil(operations / SERVICE_SIZE), fmt(usage.wall), fmt(usage.cpu), gib(usage.rss), marginal('wall'), marginal('cpu'), load];
  });
  // The CPU column shows the work itself; wall also shows what the other processes on the machine took.
  console.log(`\n${table([['synthetic operations', 'services', 'wall', 'CPU', 'peak RSS', 'marginal wall per op', 'marginal CPU per op', 'load'], ...rows])}`);

  const largest = growth.at(-1)!;
  const marginals = growth.slice(1).map(({ operations, usage }, i) => (usage.wall - growth[i]!.usage.wall) / (operations - growth[i]!.operations));
  const flatness = marginals.length >= 2 ? Math.max(...marginals) / Math.min(...marginals) : Number.NaN;
  console.log(`\n${target('generate --force >= 5x faster than the CLI chain', c / f >= 5, `${(c / f).toFixed(2)}x`)}`);
  console.log(target('one spec file edited, then generate <= 1.0 s', e <= 1000, fmt(e)));
  console.log(target('one spec file edited, then generate <= 20 % of --force', e <= 0.2 * f, `${((100 * e) / f).toFixed(0)} %`));
  console.log(target('generate --check, nothing changed <= 0.5 s', k <= 500, fmt(k)));
  console.log(target('generate --check still fails on a hand edit in generated/', caught, caught ? 'exit 1' : 'passed'));
  console.log(target(`${largest.operations} operations <= 60 s`, largest.usage.wall <= 60_000, fmt(largest.usage.wall)));
  console.log(target(`${largest.operations} operations <= 1.5 GiB peak RSS`, largest.usage.rss <= 1.5 * 2 ** 30, gib(largest.usage.rss)));
  console.log(
    target(
      `marginal cost per operation flat from ${growth[0]!.operations} to ${largest.operations} (largest/smallest <= 1.3x)`,
      flatness <= 1.3,
      `${marginals.map((m) => fmt(m)).join(' → ')} (${flatness.toFixed(2)}x)`,
    ),
  );
} finally {
  for (const dir of temporaries) rmSync(dir, { recursive: true, force: true });
}
