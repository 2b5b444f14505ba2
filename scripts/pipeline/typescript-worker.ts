/**
 * The TypeScript lane (scripts/pipeline/lanes.ts): emits types and clients from the bundles the
 * pipeline hands it, one service at a time, while the main thread lints and bundles the next.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildService, STEP_MODULES } from './build-service.js';
import { SpecError, type ServiceRun, type StepName } from './context.js';
import type { LaneAnswer, LaneJob } from './lanes.js';

/** An error as plain data: a SpecError keeps its problems. */
function failure(error: unknown): NonNullable<LaneAnswer['failure']> {
  if (error instanceof SpecError) return { problems: error.problems };
  return { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

// Load the tools at once, while the main thread is still loading Redocly for the first bundle.
const ready = Promise.all((workerData as { wanted: StepName[] }).wanted.map((step) => STEP_MODULES[step]()));
ready.catch(() => undefined);

const port = parentPort!;
// One service at a time, in the order handed: the log's timings are each service's own.
let queue: Promise<void> = Promise.resolve();
port.on('message', (job: LaneJob) => {
  queue = queue.then(() => emit(job));
});

async function emit(job: LaneJob): Promise<void> {
  const run: ServiceRun = { service: job.service, repo: job.repo, bundle: job.bundle, checks: [] };
  const lines: string[] = [];
  try {
    await ready;
    const outputs = await buildService(run, job.wanted, (line) => lines.push(line));
    port.postMessage({ id: job.id, outputs, lines } satisfies LaneAnswer);
  } catch (error) {
    port.postMessage({ id: job.id, failure: failure(error), lines } satisfies LaneAnswer);
  }
}
