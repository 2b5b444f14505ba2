#!/usr/bin/env node
/**
 * `taskport`: the CLI entry. Bundled by scripts/build-cli.mjs into dist/src/cli/taskport.js; runs
 * from source with `tsx src/cli/main.ts`. Both sit two folders below a folder holding generated/openapi/
 * (dist/ in the package, the repository root from source), so the bundle dir below resolves either way;
 * package.json is only read from source (the bundle has its version inlined).
 */
import { readFileSync } from 'node:fs';
import { InterruptedError } from './exit-codes.js';
import { run } from './program.js';

// Set by the bundler (scripts/build-cli.mjs); from source, package.json is read instead.
declare const __TASKPORT_VERSION__: string | undefined;

function version(): string {
  if (typeof __TASKPORT_VERSION__ === 'string') return __TASKPORT_VERSION__;
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0-unknown';
  }
}

// `taskport list … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // Once: a second Ctrl+C ends the process the default way.
  process.once(signal, () => controller.abort(new InterruptedError(signal)));
}

process.exitCode = await run(process.argv.slice(2), {
  signal: controller.signal,
  bundleDir: new URL('../../generated/openapi/', import.meta.url),
  version: version(),
});
