import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { filesUnder, sha256 } from './cache.mjs';
import path from 'node:path';

/** A file the pipeline produces, path relative to the repository. */
export interface Output {
  path: string;
  content: string;
}

const GENERATED_DIR = 'generated';

/**
 * The one-line banner every generated file starts with. It still names the pipeline by its former
 * entry file (now scripts/pipeline/run.ts): renaming it would rewrite every generated file, which waits
 * for a change that regenerates them anyway.
 */
export function bannerText(source: string): string {
  return `Generated from ${source} by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.`;
}

export { filesUnder, sha256 };

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Files whose content on disk differs from the output (or that are missing). */
export function staleOutputs(repo: string, outputs: Output[]): string[] {
  return outputs.filter((o) => readOrUndefined(path.join(repo, o.path)) !== o.content).map((o) => o.path);
}

/**
 * Writes every output only after all were produced: each goes to a temporary file first and is
 * renamed into place, so a failure leaves the previous generation untouched. With `prune`, files
 * under generated/ that no step produced any more are removed.
 */
export function writeOutputs(repo: string, outputs: Output[], prune: boolean): string[] {
  const changed = staleOutputs(repo, outputs);
  const byPath = new Map(outputs.map((o) => [o.path, o]));
  const temporaries: [string, string][] = [];
  for (const file of changed) {
    const target = path.join(repo, file);
    mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.tmp-${process.pid}`;
    writeFileSync(temporary, byPath.get(file)!.content);
    temporaries.push([temporary, target]);
  }
  for (const [temporary, target] of temporaries) renameSync(temporary, target);
  if (prune) {
    for (const file of filesUnder(path.join(repo, GENERATED_DIR))) {
      const relative = `${GENERATED_DIR}/${file}`;
      if (!byPath.has(relative)) {
        rmSync(path.join(repo, relative));
        changed.push(relative);
      }
    }
  }
  return changed;
}
