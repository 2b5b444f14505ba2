/**
 * The one pipeline: lint → bundle → types → clients → docs, in one process, for every service
 * in redocly.yaml. Outputs are produced in memory and written only when every step succeeded.
 *
 *   npm run generate                    regenerate what is stale (unchanged services are skipped)
 *   npm run generate -- --force         ignore the cache, redo everything
 *   npm run generate -- --check         fail, naming each file, when committed output is stale
 *   npm run generate -- --service hss   one service
 *   npm run generate -- --only lint     one step (and, unwritten, what it needs)
 *   npm run generate -- --repo <dir>    work on another checkout (benchmarks use synthetic trees)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CROSS_SERVICE, freshEntry, inputsHash, readCache, sharedInputs, writeCache, type Cache } from './cache.mjs';
import { FINISHERS, STEP_ORDER } from './build-service.js';
import { SpecError, type ServiceRun, type StepName } from './context.js';
import { buildAll } from './lanes.js';
import { sha256, staleOutputs, writeOutputs, type Output } from './outputs.js';
import { loadServices } from './services.js';

const defaultRepo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export interface PipelineOptions {
  force?: boolean;
  check?: boolean;
  service?: string | undefined;
  only?: string | undefined;
  /** Repository root to work in (tests point it at a temporary copy). */
  repo?: string;
  log?: (line: string) => void;
}

export interface PipelineResult {
  outputs: Output[];
  changed: string[];
  stale: string[];
  cached: string[];
}

/** The bundle a service last published (generated/openapi/<service>.json). */
function publishedBundle(repo: string, service: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(repo, `generated/openapi/${service}.json`), 'utf8')) as Record<string, unknown>;
}

const ms = (since: number) => `${String(Math.round(performance.now() - since)).padStart(6)} ms`;

export async function runPipeline(options: PipelineOptions = {}): Promise<PipelineResult> {
  const repo = options.repo ?? defaultRepo;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const all = loadServices(repo);
  const services = all.filter((s) => !options.service || s.name === options.service);
  if (services.length === 0) throw new SpecError([`unknown service "${options.service}"; known: ${all.map((s) => s.name).join(', ')}`]);
  if (options.only && !STEP_ORDER.includes(options.only as StepName)) throw new SpecError([`unknown step "${options.only}"; steps: ${STEP_ORDER.join(', ')}`]);
  const wanted = options.only ? [options.only as StepName] : STEP_ORDER;
  const complete = !options.only && !options.service;
  // A check uses the cache as a build does: a fresh entry means these inputs gave these outputs, and they are on disk unchanged.
  const useCache = complete && !options.force;

  const cache: Cache = useCache ? readCache(repo) : { version: 1, services: [], entries: {} };
  const shared = complete ? sharedInputs(repo) : [];
  const outputs: Output[] = [];
  const cached: string[] = [];
  const runs: ServiceRun[] = [];
  const fresh: Cache['entries'] = {};
  const building: { run: ServiceRun; inputs: string }[] = [];
  for (const service of services) {
    const run: ServiceRun = { service, repo, checks: [] };
    runs.push(run);
    if (useCache && freshEntry(repo, cache, service.name, service.dir, shared)) {
      cached.push(service.name);
      log(`cached   ${service.name}`);
      continue;
    }
    building.push({ run, inputs: shared.length > 0 ? inputsHash(repo, service.dir, shared) : '' });
  }
  let close = async () => {};
  try {
    const built = await buildAll(
      building.map((b) => b.run),
      wanted,
      log,
    );
    close = built.close;
    building.forEach(({ run, inputs }, i) => {
      const produced = built.outputs[i]!;
      outputs.push(...produced);
      if (inputs) fresh[run.service.name] = { inputs, outputs: Object.fromEntries(produced.map((o) => [o.path, sha256(o.content)])) };
    });

    // Outputs spanning every service (the docs index and Redoc's script).
    if (complete || options.only === 'docs' || options.only === 'clients') {
      const inputs = shared.length > 0 ? inputsHash(repo, undefined, shared) : '';
      if (useCache && cached.length === services.length && freshEntry(repo, cache, CROSS_SERVICE, undefined, shared)) {
        cached.push(CROSS_SERVICE);
      } else if (services.length === all.length) {
        // A cached service's bundle is its published JSON, intact on disk: no need to load Redocly for it.
        for (const run of runs) run.bundle ??= publishedBundle(repo, run.service.name);
        const produced: Output[] = [];
        for (const name of wanted) {
          const finish = FINISHERS[name];
          if (finish) produced.push(...(await finish())(runs));
        }
        outputs.push(...produced);
        if (inputs) fresh[CROSS_SERVICE] = { inputs, outputs: Object.fromEntries(produced.map((o) => [o.path, sha256(o.content)])) };
      }
    }

    // Every lint result must be in before anything is written or compared.
    await Promise.all(runs.flatMap((run) => run.checks));
  } finally {
    await close();
    await (await import('../lint/spectral-pool.js')).stopLintWorker();
  }
  const record = () => {
    if (shared.length > 0) writeCache(repo, { version: 1, services: all.map(({ name, dir }) => ({ name, dir })), entries: { ...cache.entries, ...fresh } });
  };
  if (options.check) {
    record();
    return { outputs, changed: [], stale: staleOutputs(repo, outputs), cached };
  }
  // Pruning needs the full set of outputs, so it only happens when nothing came from the cache.
  const changed = writeOutputs(repo, outputs, complete && cached.length === 0);
  record();
  return { outputs, changed, stale: [], cached };
}

/** The command line: `npm run generate -- [flags]`. */
export async function main(): Promise<void> {
  const started = performance.now();
  let values: { force?: boolean; check?: boolean; service?: string; only?: string; repo?: string };
  try {
    values = parseArgs({
      options: { force: { type: 'boolean' }, check: { type: 'boolean' }, service: { type: 'string' }, only: { type: 'string' }, repo: { type: 'string' } },
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npm run generate -- [--force] [--check] [--service <name>] [--only <${STEP_ORDER.join('|')}>] [--repo <dir>]\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const { repo, ...rest } = values;
    const result = await runPipeline({ ...rest, ...(repo ? { repo: path.resolve(repo) } : {}) });
    if (values.check) {
      if (result.stale.length > 0) {
        process.stderr.write(`generated output is stale; run npm run generate and commit:\n${result.stale.map((f) => `  ${f}`).join('\n')}\n`);
        process.exitCode = 1;
        return;
      }
      const fromHashes = result.cached.length > 0 ? `, ${result.cached.length} parts from content hashes` : '';
      process.stderr.write(`check: all ${result.outputs.length} regenerated files are up to date${fromHashes}\n`);
    } else {
      process.stderr.write(`${result.changed.length} files changed, ${result.cached.length} parts up to date, in ${ms(started).trim()}\n`);
    }
  } catch (error) {
    if (error instanceof SpecError) {
      process.stderr.write(`the specs have problems; nothing was written:\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
