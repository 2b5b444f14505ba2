/** What every command gets from `run`: where to write, the environment, the interrupt signal. */
import type { RequestOptions } from '../client/create-client.js';
import type { Env } from './options.js';
import type { Output } from './output.js';

export interface CliContext {
  output: Output;
  /** Environment the defaults come from (HUAWEICLOUD_SDK_*). */
  env: Env;
  /** Aborted on SIGINT/SIGTERM: stops a pending request or wait; ends `mock`. */
  signal: AbortSignal;
  /** Where the mock reads `<service>.json` bundles (resolved by the entry file). */
  bundleDir: string | URL | undefined;
}

/** Per-call options every command passes to the client. */
export function requestOptions(context: CliContext): RequestOptions {
  return { signal: context.signal };
}
