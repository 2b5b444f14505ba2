import { lint } from '@redocly/openapi-core';
import path from 'node:path';
import { joinPointer } from '../../lint/json-pointer.js';
import { lintInWorker } from '../../lint/spectral-pool.js';
import { SpecError, type Step } from '../context.js';
import { sourceOf } from '../source-map.js';
import { describeProblems, ensureBundle, redoclyConfig } from './bundle.js';

/**
 * Lints the service's spec tree with Redocly (the registry's rules), then its bundle with Spectral
 * (spectral:oas and the house rules) in a worker thread, so the later steps run meanwhile. Any error
 * or warning fails the run before anything is written.
 */
export const lintStep: Step = {
  name: 'lint',
  async run(run) {
    const config = await redoclyConfig(run.repo);
    const redocly = await lint({ ref: path.join(run.repo, run.service.root), config });
    if (redocly.length > 0) throw new SpecError(describeProblems(run.repo, redocly));
    const doc = await ensureBundle(run);
    const spectral = lintInWorker(JSON.stringify(doc, null, 2), `generated/openapi/${run.service.name}.json`).then((results) => {
      if (results.length > 0) {
        throw new SpecError(results.map((r) => `${sourceOf(run.repo, run.service, joinPointer(r.path))}: ${r.message} (${r.code})`));
      }
    });
    // Keep the rejection from surfacing as unhandled before the pipeline awaits it.
    spectral.catch(() => undefined);
    run.checks.push(spectral);
    return [];
  },
};
