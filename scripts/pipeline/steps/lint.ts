import { lint } from '@redocly/openapi-core';
import { Document, Spectral } from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import path from 'node:path';
import { houseRuleset } from '../../lint/house-ruleset.js';
import { joinPointer } from '../../lint/json-pointer.js';
import { SpecError, type Step } from '../context.js';
import { describeProblems, ensureBundle, redoclyConfig } from './bundle.js';
import { sourceOf } from '../source-map.js';

let spectral: Spectral | undefined;
function houseSpectral(): Spectral {
  if (!spectral) {
    spectral = new Spectral();
    spectral.setRuleset(houseRuleset);
  }
  return spectral;
}

/**
 * Lints the service's spec tree with Redocly (the registry's rules), then its bundle with Spectral
 * (spectral:oas and the house rules). Any error or warning fails the step.
 */
export const lintStep: Step = {
  name: 'lint',
  needs: [],
  async run(run) {
    const config = await redoclyConfig(run.repo);
    const redocly = await lint({ ref: path.join(run.repo, run.service.root), config });
    if (redocly.length > 0) throw new SpecError(describeProblems(run.repo, redocly));
    const doc = await ensureBundle(run);
    const source = `generated/openapi/${run.service.name}.json`;
    const results = await houseSpectral().run(new Document(JSON.stringify(doc, null, 2), spectralParsers.Json, source));
    if (results.length > 0) {
      throw new SpecError(results.map((r) => `${sourceOf(run.repo, run.service, joinPointer(r.path))}: ${r.message} (${String(r.code)})`));
    }
    return [];
  },
};
