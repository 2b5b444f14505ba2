import type { Finish, ServiceRun, Step, StepName } from './context.js';
import type { Output } from './outputs.js';

export const STEP_ORDER: readonly StepName[] = ['lint', 'bundle', 'types', 'clients', 'docs'];

// Imported on demand: a run that has nothing to build must not pay for loading the linters and generators.
export const STEP_MODULES: Record<StepName, () => Promise<Step>> = {
  lint: async () => (await import('./steps/lint.js')).lintStep,
  bundle: async () => (await import('./steps/bundle.js')).bundleStep,
  types: async () => (await import('./steps/types.js')).typesStep,
  clients: async () => (await import('./steps/clients.js')).clientsStep,
  docs: async () => (await import('./steps/docs.js')).docsStep,
};

/** The outputs spanning every service, by the step they belong to; light modules (no ts-morph, no Redocly). */
export const FINISHERS: Partial<Record<StepName, () => Promise<Finish>>> = {
  clients: async () => (await import('./steps/clients-index.js')).clientsIndex,
  docs: async () => (await import('./steps/docs.js')).docsIndex,
};

/** One line of the run's log: step, service, milliseconds. */
export const stepLine = (step: string, service: string, ms: number) => `${step.padEnd(8)} ${service.padEnd(18)} ${String(Math.round(ms)).padStart(6)} ms`;

/**
 * The wanted steps for one service, in order. Checks that finish later (Spectral) stay on
 * `run.checks`, for the caller to await before anything is written.
 */
export async function buildService(run: ServiceRun, wanted: readonly StepName[], log: (line: string) => void): Promise<Output[]> {
  const produced: Output[] = [];
  for (const name of STEP_ORDER) {
    if (!wanted.includes(name)) continue;
    const started = performance.now();
    produced.push(...(await (await STEP_MODULES[name]()).run(run)));
    log(stepLine(name, run.service.name, performance.now() - started));
  }
  return produced;
}
