// `npm run generate`: answers a no-op run from the cache in plain Node; otherwise loads the
// TypeScript pipeline (scripts/pipeline.ts) through tsx.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { everythingFresh } from './pipeline/cache.mjs';

const started = performance.now();
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.length === 0 && everythingFresh(repo)) {
  process.stderr.write(`up to date (cached) in ${Math.round(performance.now() - started)} ms\n`);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('./pipeline.ts');
  await main();
}
