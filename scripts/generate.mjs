// @ts-check
// `npm run generate`: answers a no-op run, and `--check` of an unchanged tree, from the content
// hashes of inputs and outputs in plain Node; otherwise loads the TypeScript pipeline
// (scripts/pipeline/run.ts) through tsx.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshOutputCount } from './pipeline/cache.mjs';
import { loadToolsFast } from './pipeline/fast-load.mjs';

const started = performance.now();
const home = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// `--repo <dir>` (another checkout, e.g. a benchmark's synthetic tree) is answered the same way.
const at = args.indexOf('--repo');
const repo = at >= 0 && args[at + 1] ? path.resolve(args[at + 1] ?? '') : home;
const rest = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
const check = rest.length === 1 && rest[0] === '--check';
const fresh = rest.length === 0 || check ? freshOutputCount(repo) : undefined;
if (fresh !== undefined) {
  const elapsed = `${Math.round(performance.now() - started)} ms`;
  process.stderr.write(check ? `check: all ${fresh} generated files are up to date (content hashes) in ${elapsed}\n` : `up to date (cached) in ${elapsed}\n`);
} else {
  loadToolsFast(home);
  const { register } = await import('tsx/esm/api');
  register();
  // A path tsc does not resolve: tsx loads the TypeScript source, which tsc checks on its own.
  const entry = './pipeline/run.ts';
  /** @type {{ main: () => Promise<void> }} */
  const pipeline = await import(entry);
  await pipeline.main();
}
