/**
 * The one pipeline: lint → bundle → types → clients → docs, in one process, for every service
 * in redocly.yaml. Outputs are produced in memory and written only when every step succeeded.
 *
 *   npm run generate                    regenerate what is stale
 *   npm run generate -- --force         ignore the cache, redo everything
 *   npm run generate -- --check         fail, naming each file, when committed output is stale
 *   npm run generate -- --service hss   one service
 *   npm run generate -- --only lint     one step (and what it needs, unwritten)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SpecError, type ServiceRun, type Step, type StepName } from './pipeline/context.js';
import { staleOutputs, writeOutputs, type Output } from './pipeline/outputs.js';
import { loadServices } from './pipeline/services.js';

const defaultRepo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STEP_ORDER: StepName[] = ['lint', 'bundle', 'types', 'clients', 'docs'];

async function loadStep(name: StepName): Promise<Step> {
  // Imported on demand: a cached no-op run must not pay for loading the linters and generators.
  switch (name) {
    case 'lint':
      return (await import('./pipeline/steps/lint.js')).lintStep;
    case 'bundle':
      return (await import('./pipeline/steps/bundle.js')).bundleStep;
    case 'types':
      return (await import('./pipeline/steps/types.js')).typesStep;
    case 'clients':
      return (await import('./pipeline/steps/clients.js')).clientsStep;
    default:
      throw new Error(`step ${name} is not implemented yet`);
  }
}

export interface PipelineOptions {
  force?: boolean;
  check?: boolean;
  service?: string | undefined;
  only?: StepName | undefined;
  /** Repository root to work in (tests point it at a temporary copy). */
  repo?: string;
  log?: (line: string) => void;
}

export interface PipelineResult {
  outputs: Output[];
  changed: string[];
  stale: string[];
}

export async function runPipeline(options: PipelineOptions = {}): Promise<PipelineResult> {
  const repo = options.repo ?? defaultRepo;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const services = loadServices(repo).filter((s) => !options.service || s.name === options.service);
  if (services.length === 0) throw new Error(`unknown service "${options.service}"; known: ${loadServices(repo).map((s) => s.name).join(', ')}`);
  if (options.only && !STEP_ORDER.includes(options.only)) throw new Error(`unknown step "${options.only}"; steps: ${STEP_ORDER.join(', ')}`);
  const wanted = options.only ? [options.only] : STEP_ORDER;
  const available = new Set<StepName>(['lint', 'bundle', 'types', 'clients']);

  const outputs: Output[] = [];
  for (const service of services) {
    const run: ServiceRun = { service, repo };
    for (const name of STEP_ORDER) {
      if (!wanted.includes(name) || !available.has(name)) continue;
      const step = await loadStep(name);
      const started = performance.now();
      const produced = await step.run(run);
      outputs.push(...produced);
      log(`${name.padEnd(8)} ${service.name.padEnd(18)} ${String(Math.round(performance.now() - started)).padStart(6)} ms`);
    }
  }
  if (options.check) {
    return { outputs, changed: [], stale: staleOutputs(repo, outputs) };
  }
  const prune = !options.service && !options.only;
  return { outputs, changed: writeOutputs(repo, outputs, prune), stale: [] };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      force: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      service: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const started = performance.now();
  try {
    const result = await runPipeline({ force: values.force, check: values.check, service: values.service, only: values.only as StepName | undefined });
    if (values.check) {
      if (result.stale.length > 0) {
        process.stderr.write(`generated output is stale; run npm run generate and commit:\n${result.stale.map((f) => `  ${f}`).join('\n')}\n`);
        process.exitCode = 1;
        return;
      }
      process.stderr.write(`check: ${result.outputs.length} generated files are up to date\n`);
    } else {
      process.stderr.write(`${result.changed.length} files written in ${Math.round(performance.now() - started)} ms\n`);
    }
  } catch (error) {
    if (error instanceof SpecError) {
      process.stderr.write(`the specs have problems; nothing was written:\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    }
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
