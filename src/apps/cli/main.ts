#!/usr/bin/env node
/**
 * `taskport`: the CLI entry, the one place that hands the CLI the generated service registry.
 * Bundled by scripts/build-cli.mjs into dist/src/cli/taskport.js; runs from source with
 * `tsx src/apps/cli/main.ts`. The package root is found from this file (the nearest folder up with
 * the package's own package.json); the mock's bundles are its generated/openapi/ in a clone and
 * dist/generated/openapi/ in the installed package (the package ships the specs once, there).
 */
import { existsSync, readFileSync } from 'node:fs';
import { services } from '../../../generated/clients/index.js';
import { InterruptedError } from './exit-codes.js';
import { run } from './program.js';
import type { ServiceRegistry } from './services.js';

// Set by the bundler (scripts/build-cli.mjs); from source, package.json is read instead.
declare const __TASKPORT_VERSION__: string | undefined;

/** The folder holding taskport's package.json, above this file. */
function packageRoot(): URL {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    const manifest = new URL('package.json', dir);
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'taskport') return dir;
    if (new URL('../', dir).href === dir.href) throw new Error('taskport: cannot find the package root (package.json of taskport) above the CLI');
  }
}

const root = packageRoot();

function version(): string {
  if (typeof __TASKPORT_VERSION__ === 'string') return __TASKPORT_VERSION__;
  return (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string }).version;
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
  services: services as unknown as ServiceRegistry,
  signal: controller.signal,
  bundleDir: [new URL('generated/openapi/', root), new URL('dist/generated/openapi/', root)].find((dir) => existsSync(dir)) ?? new URL('dist/generated/openapi/', root),
  version: version(),
});
