import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** One API in the registry (`redocly.yaml` → `apis`). */
export interface Service {
  name: string;
  /** Root spec, relative to the repository. */
  root: string;
  /** Folder of the service's spec files, relative to the repository. */
  dir: string;
}

/** The services `redocly.yaml` registers, in registry order. */
export function loadServices(repo: string): Service[] {
  const config = parse(readFileSync(path.join(repo, 'redocly.yaml'), 'utf8')) as { apis?: Record<string, { root: string }> };
  return Object.entries(config.apis ?? {}).map(([name, api]) => ({ name, root: api.root, dir: path.posix.dirname(api.root) }));
}
