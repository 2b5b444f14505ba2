import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isObject, joinPointer, splitPointer } from '../lint/json-pointer.js';
import { filesUnder } from './outputs.js';
import type { Service } from './services.js';

/**
 * Maps a pointer into a service's bundle back to the spec file and pointer it came from, so lint
 * messages name the file a person edits. Paths come from the root's `$ref` map; components from the
 * file Redocly named them after.
 */
export function sourceOf(repo: string, service: Service, bundlePointer: string): string {
  const tokens = splitPointer(bundlePointer);
  const root = parse(readFileSync(path.join(repo, service.root), 'utf8')) as unknown;
  if (tokens[0] === 'paths' && tokens[1] !== undefined && isObject(root) && isObject(root.paths)) {
    const item = root.paths[tokens[1]];
    if (isObject(item) && typeof item.$ref === 'string') {
      const file = path.posix.join(service.dir, item.$ref);
      return `${file}#${joinPointer(tokens.slice(2))}`;
    }
  }
  if (tokens[0] === 'components' && tokens[2] !== undefined) {
    const name = `${tokens[2]}.yaml`;
    for (const dir of [service.dir, 'specs/shared']) {
      const match = filesUnder(path.join(repo, dir)).find((f) => path.posix.basename(f) === name);
      if (match) return `${dir}/${match}#${joinPointer(tokens.slice(3))}`;
    }
  }
  return `${service.root}#${bundlePointer}`;
}
