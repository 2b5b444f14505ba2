import { Worker } from 'node:worker_threads';
import { buildService } from './build-service.js';
import { SpecError, type ServiceRun, type StepName } from './context.js';
import type { Output } from './outputs.js';
import type { Service } from './services.js';

/** The steps of the TypeScript lane: they only read the bundle, with tools of their own. */
const TYPESCRIPT_STEPS: readonly StepName[] = ['types', 'clients'];

/** A service's bundle for the TypeScript lane to emit from. */
export interface LaneJob {
  id: number;
  repo: string;
  service: Service;
  bundle: Record<string, unknown>;
  wanted: readonly StepName[];
}

export interface LaneAnswer {
  id: number;
  outputs?: Output[];
  lines?: string[];
  failure?: { problems?: string[]; message?: string };
}

export interface Built {
  /** Outputs per run, in run order, and within a run in step order. */
  outputs: Output[][];
  /** Ends the TypeScript lane. */
  close(): Promise<void>;
}

const revive = (failure: NonNullable<LaneAnswer['failure']>): Error => (failure.problems ? new SpecError(failure.problems) : new Error(failure.message));

/** Every failure of a run: the specs' problems together, or else the first other error. */
function combined(failures: unknown[]): unknown {
  const other = failures.find((f) => !(f instanceof SpecError));
  return other ?? new SpecError(failures.flatMap((f) => (f as SpecError).problems));
}

/**
 * Builds the wanted steps of every run on three lanes, one per family of tools, so that each tool
 * loads once per run and both cores work from the start: this thread lints with Redocly, bundles and
 * renders the docs; the Spectral worker (scripts/lint/spectral-pool.ts) lints each bundle; a
 * TypeScript worker emits types and clients from each bundle while this thread goes on to the next
 * service. Late checks (Spectral) are left on `run.checks`. The first failure stops the run.
 */
export async function buildAll(runs: ServiceRun[], wanted: readonly StepName[], log: (line: string) => void): Promise<Built> {
  const first = wanted.filter((step) => step === 'lint' || step === 'bundle');
  const lanes = wanted.filter((step) => TYPESCRIPT_STEPS.includes(step));
  const last = wanted.filter((step) => step === 'docs');
  const lane = runs.length > 0 && lanes.length > 0 ? typescriptLane(lanes, log) : undefined;
  if (runs.length > 0 && first.includes('lint')) (await import('../lint/spectral-pool.js')).warmLintWorker();
  const failures: unknown[] = [];
  const parts: [Output[], Promise<Output[]>, Output[]][] = [];
  try {
    for (const [id, run] of runs.entries()) {
      try {
        const before = await buildService(run, first, log);
        const emitted = lane ? lane.emit({ id, repo: run.repo, service: run.service, bundle: await bundleOf(run), wanted: lanes }) : Promise.resolve([]);
        // Awaited below; a failure must not count as unhandled meanwhile.
        emitted.catch(() => undefined);
        parts.push([before, emitted, await buildService(run, last, log)]);
      } catch (error) {
        failures.push(error);
        break;
      }
    }
    for (const result of await Promise.allSettled(parts.map(([, emitted]) => emitted))) if (result.status === 'rejected') failures.push(result.reason);
  } catch (error) {
    failures.push(error);
  }
  if (failures.length > 0) {
    await Promise.allSettled(runs.flatMap((run) => run.checks));
    await lane?.close();
    throw combined(failures);
  }
  const outputs: Output[][] = [];
  for (const [before, emitted, after] of parts) outputs.push([...before, ...(await emitted), ...after]);
  return { outputs, close: async () => lane?.close() };
}

async function bundleOf(run: ServiceRun): Promise<Record<string, unknown>> {
  return run.bundle ?? (await import('./steps/bundle.js')).ensureBundle(run);
}

function typescriptLane(wanted: readonly StepName[], log: (line: string) => void) {
  const worker = new Worker(new URL('./typescript-worker.mjs', import.meta.url), { workerData: { wanted } });
  const waiting = new Map<number, { resolve: (answer: LaneAnswer) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on('message', (answer: LaneAnswer) => {
    waiting.get(answer.id)?.resolve(answer);
    waiting.delete(answer.id);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the pipeline's TypeScript worker exited (code ${code}) before answering`)));
  return {
    emit(job: LaneJob): Promise<Output[]> {
      const answered = new Promise<LaneAnswer>((resolve, reject) => waiting.set(job.id, { resolve, reject }));
      worker.postMessage(job);
      return answered.then((answer) => {
        for (const line of answer.lines ?? []) log(line);
        if (answer.failure) throw revive(answer.failure);
        return answer.outputs ?? [];
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
