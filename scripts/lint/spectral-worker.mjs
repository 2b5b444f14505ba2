// Worker entry: the worker thread needs the TypeScript loader before it can load the real module.
import { register } from 'tsx/esm/api';

register();
await import('./spectral-worker.ts');
