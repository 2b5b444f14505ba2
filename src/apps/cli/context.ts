/** What every command gets from `run`: the services, where to write, the environment, the interrupt signal. */
import type { RequestOptions } from '../../client/request-options.js';
import type { Env } from './options.js';
import type { Output } from './output.js';
import type { CliServices } from './services.js';
import type { InputStream } from './stdin-secrets.js';

/** The run's services, output, environment and signal. */
export interface CliContext {
  /** The services the commands serve (the registry the entry point hands in). */
  services: CliServices;
  output: Output;
  /** Environment the defaults come from (HUAWEICLOUD_SDK_*). */
  env: Env;
  /** Aborted on SIGINT/SIGTERM: stops a pending request or wait; ends `mock`. */
  signal: AbortSignal;
  /** Where `--sk-stdin`, `--security-token-stdin` and `--token-stdin` read their secrets. */
  stdin: InputStream;
  /** Where the mock reads `<service>.json` bundles (resolved by the entry file). */
  bundleDir: string | URL;
}

/** Per-call options every command passes to the client. */
export function requestOptions(context: CliContext): RequestOptions {
  return { signal: context.signal };
}
