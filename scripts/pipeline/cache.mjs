// @ts-check
// Plain JavaScript on purpose (typed through JSDoc, checked by tsc): scripts/generate.mjs reads the
// cache before any TypeScript loader starts, which keeps a no-op `npm run generate` (and `--check`)
// well under half a second.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What one service (or CROSS_SERVICE) was last generated from, and what it produced.
 * @typedef {object} CacheEntry
 * @property {string} inputs hash of every input (see inputsHash)
 * @property {Record<string, string>} outputs output path → SHA-256 of its content
 */
/**
 * @typedef {object} Cache
 * @property {1} version
 * @property {{ name: string, dir: string }[]} services the registry when the cache was written
 * @property {Record<string, CacheEntry>} entries by service name, and CROSS_SERVICE
 */

const CACHE_FILE = '.cache/pipeline.json';
/** Key of the entry for outputs that span every service (docs index, Redoc script). */
export const CROSS_SERVICE = '*';

/** @returns {Cache} */
const emptyCache = () => ({ version: 1, services: [], entries: {} });

/**
 * Hex SHA-256 of text or bytes.
 * @param {string | Uint8Array} data
 */
export const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/**
 * Every file below a folder, as `/`-separated paths relative to it (none when it is missing).
 * @param {string} dir
 * @param {string} [base]
 * @returns {string[]}
 */
export function filesUnder(dir, base = dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/**
 * @param {string} repo
 * @param {string} dir
 */
function hashTree(repo, dir) {
  return filesUnder(path.join(repo, dir))
    .sort()
    .map((file) => `${dir}/${file}:${sha256(readFileSync(path.join(repo, dir, file)))}`);
}

/**
 * @param {string} repo
 * @returns {Cache}
 */
export function readCache(repo) {
  try {
    const cache = JSON.parse(readFileSync(path.join(repo, CACHE_FILE), 'utf8'));
    return cache.version === 1 ? cache : emptyCache();
  } catch {
    return emptyCache();
  }
}

/**
 * @param {string} repo
 * @param {Cache} cache
 */
export function writeCache(repo, cache) {
  mkdirSync(path.join(repo, path.dirname(CACHE_FILE)), { recursive: true });
  writeFileSync(path.join(repo, CACHE_FILE), `${JSON.stringify(cache, null, 2)}\n`);
}

/**
 * Hashes of what every service depends on: the registry, the tool versions, the package version (docs), shared specs, the pipeline.
 * @param {string} repo
 * @returns {string[]}
 */
export function sharedInputs(repo) {
  const files = ['redocly.yaml', 'package-lock.json', 'package.json'].map((f) => {
    try {
      return `${f}:${sha256(readFileSync(path.join(repo, f)))}`;
    } catch {
      throw new Error(`${f} is missing in ${repo}: the pipeline's cache keys on it`);
    }
  });
  // The pipeline code that runs, wherever `repo` points (tests run it on temporary copies).
  const scripts = fileURLToPath(new URL('..', import.meta.url));
  return [...files, ...hashTree(repo, 'specs/shared'), ...hashTree(path.dirname(scripts), path.basename(scripts))];
}

/**
 * Hash of everything one service's outputs depend on (`dir` undefined: the cross-service outputs).
 * @param {string} repo
 * @param {string | undefined} dir
 * @param {string[]} shared
 */
export function inputsHash(repo, dir, shared) {
  return sha256([...shared, ...(dir ? hashTree(repo, dir) : [])].join('\n'));
}

/**
 * True when every recorded output is on disk with the recorded content (a hand edit is caught).
 * @param {string} repo
 * @param {CacheEntry} entry
 */
export function outputsIntact(repo, entry) {
  return Object.entries(entry.outputs).every(([file, hash]) => {
    try {
      return sha256(readFileSync(path.join(repo, file))) === hash;
    } catch {
      return false;
    }
  });
}

/**
 * The cache entry of a service (or CROSS_SERVICE) if its inputs are unchanged and its outputs intact.
 * @param {string} repo
 * @param {Cache} cache
 * @param {string} key
 * @param {string | undefined} dir
 * @param {string[]} shared
 * @returns {CacheEntry | undefined}
 */
export function freshEntry(repo, cache, key, dir, shared) {
  const entry = cache.entries[key];
  return entry && entry.inputs === inputsHash(repo, dir, shared) && outputsIntact(repo, entry) ? entry : undefined;
}

/**
 * How many outputs a full run would produce, when it would change none of them: every service and the
 * cross-service outputs are fresh. Undefined when anything must be rebuilt (or was never built).
 * @param {string} repo
 * @returns {number | undefined}
 */
export function freshOutputCount(repo) {
  const cache = readCache(repo);
  if (cache.services.length === 0) return undefined;
  const shared = sharedInputs(repo);
  const entries = [...cache.services.map((s) => freshEntry(repo, cache, s.name, s.dir, shared)), freshEntry(repo, cache, CROSS_SERVICE, undefined, shared)];
  return entries.every(Boolean) ? entries.reduce((sum, entry) => sum + Object.keys(entry?.outputs ?? {}).length, 0) : undefined;
}
