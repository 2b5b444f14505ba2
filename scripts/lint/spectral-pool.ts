import { Worker } from 'node:worker_threads';
import type { LintAnswer, LintJob } from './spectral-worker.js';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (answer: LintAnswer) => void; reject: (error: Error) => void }>();

function failAll(error: Error): void {
  for (const pending of waiting.values()) pending.reject(error);
  waiting.clear();
  worker = undefined;
}

function start(): Worker {
  // A plain-JS entry registers the TypeScript loader in the worker, then loads spectral-worker.ts.
  const started = new Worker(new URL('./spectral-worker.mjs', import.meta.url));
  started.on('message', (answer: LintAnswer) => {
    waiting.get(answer.id)?.resolve(answer);
    waiting.delete(answer.id);
    // An idle worker must not keep the process alive; a busy one must (pending promises do not).
    if (waiting.size === 0) started.unref();
  });
  started.on('error', (error) => failAll(error));
  started.on('exit', (code) => failAll(new Error(`the Spectral worker exited (code ${code}) before answering`)));
  return started;
}

/** Starts the worker ahead of the first bundle, so Spectral loads while Redocly does. */
export function warmLintWorker(): void {
  worker ??= start();
}

/** Lints a bundled document (JSON text) with the house ruleset in a worker thread. */
export function lintInWorker(text: string, source: string): Promise<NonNullable<LintAnswer['results']>> {
  worker ??= start();
  worker.ref();
  const id = nextId++;
  const job: LintJob = { id, text, source };
  return new Promise((resolve, reject) => {
    waiting.set(id, {
      resolve: (answer) => (answer.error ? reject(new Error(answer.error)) : resolve(answer.results ?? [])),
      reject,
    });
    worker!.postMessage(job);
  });
}

/** Stops the worker (the pipeline calls it when a run ends). */
export async function stopLintWorker(): Promise<void> {
  const current = worker;
  worker = undefined;
  current?.removeAllListeners('exit');
  await current?.terminate();
}
