import type { Output } from './outputs.js';
import type { Service } from './services.js';

/** What the steps share about one service during a run. */
export interface ServiceRun {
  service: Service;
  repo: string;
  /** The bundled document, once the bundle step has run. */
  bundle?: Record<string, unknown>;
  /** Checks still running (Spectral in a worker); the pipeline awaits them before writing. */
  checks: Promise<void>[];
}

/** One stage of the pipeline. Steps return outputs instead of writing, so a failed run writes nothing. */
export interface Step {
  name: StepName;
  run(run: ServiceRun): Promise<Output[]>;
}

/** Outputs that span every service (e.g. the docs index), made once every service's bundle is known. */
export type Finish = (runs: ServiceRun[]) => Output[];

export type StepName = 'lint' | 'bundle' | 'types' | 'clients' | 'docs';

/** A failure that names the file and JSON pointer at fault. */
export class SpecError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SpecError';
  }
}
