// @ts-check
// Worker entry: code cache and the TypeScript loader for this thread, then the real module.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { loadToolsFast } from './fast-load.mjs';

loadToolsFast(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'));
register();
// A path tsc does not resolve: tsx loads the TypeScript source, which tsc checks on its own.
const entry = './typescript-worker.ts';
await import(entry);
