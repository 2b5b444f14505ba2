/** Helpers for the page importer's tests: reading fixture pages and finding a line by its text. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/bundles.js';

export const pagesDir = path.join(repoRoot, 'pages');
export const fixturePagesDir = path.join(repoRoot, 'test', 'fixtures', 'pages');

/** Repository-relative paths of the `.txt` files under `dir` (one level of service folders or flat). */
export function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? readdirSync(path.join(dir, d.name))
            .filter((f) => f.endsWith('.txt'))
            .map((f) => path.join(dir, d.name, f))
        : d.name.endsWith('.txt')
          ? [path.join(dir, d.name)]
          : [],
    )
    .map((f) => path.relative(repoRoot, f))
    .sort();
}

export const readPage = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8');
export const stemOf = (file: string): string => path.basename(file, '.txt');

/**
 * The 1-based number of the line of `text` equal to `line`: the only one, or the `nth` (from 0) when
 * the line occurs several times. Throws when there is no such line.
 */
export function lineOf(text: string, line: string, nth?: number): number {
  const lines = text.split('\n');
  const hits = lines.flatMap((l, i) => (l === line ? [i + 1] : []));
  if (nth === undefined && hits.length !== 1) throw new Error(`expected one line "${line}", found ${hits.length}`);
  const hit = hits[nth ?? 0];
  if (hit === undefined) throw new Error(`no line "${line}" number ${nth ?? 0}`);
  return hit;
}
