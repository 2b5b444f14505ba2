// Worker entry: the worker thread needs the TypeScript loader before it can load the real module.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { loadToolsFast } from '../pipeline/fast-load.mjs';

loadToolsFast(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'));
register();
// A path tsc does not resolve: tsx loads the TypeScript source, which tsc checks on its own.
const entry = './spectral-worker.ts';
await import(entry);
