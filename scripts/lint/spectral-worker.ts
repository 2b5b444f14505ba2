/**
 * Runs the house Spectral ruleset off the main thread, so linting a bundle overlaps with emitting
 * types, clients and docs (the pipeline waits for every result before it writes anything).
 */
import { Document, Spectral } from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { parentPort } from 'node:worker_threads';
import { houseRuleset } from './house-ruleset.js';

export interface LintJob {
  id: number;
  text: string;
  source: string;
}

export interface LintAnswer {
  id: number;
  results?: { path: (string | number)[]; message: string; code: string }[];
  error?: string;
}

const spectral = new Spectral();
spectral.setRuleset(houseRuleset);

parentPort!.on('message', async (job: LintJob) => {
  try {
    const results = await spectral.run(new Document(job.text, spectralParsers.Json, job.source));
    parentPort!.postMessage({ id: job.id, results: results.map((r) => ({ path: [...r.path], message: r.message, code: String(r.code) })) } satisfies LintAnswer);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies LintAnswer);
  }
});
