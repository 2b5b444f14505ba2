// Plain JavaScript on purpose: scripts/generate.mjs reads the cache before any TypeScript loader
// starts, which keeps a no-op `npm run generate` well under half a second.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE_FILE = '.cache/pipeline.json';
/** Key of the entry for outputs that span every service (docs index, Redoc script). */
export const CROSS_SERVICE = '*';

/** Hex SHA-256 of text or bytes. */
export const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** Every file below a folder, as `/`-separated paths relative to it (none when it is missing). */
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

function hashTree(repo, dir) {
  return filesUnder(path.join(repo, dir))
    .sort()
    .map((file) => `${dir}/${file}:${sha256(readFileSync(path.join(repo, dir, file)))}`);
}

export function readCache(repo) {
  try {
    const cache = JSON.parse(readFileSync(path.join(repo, CACHE_FILE), 'utf8'));
    return cache.version === 1 ? cache : { version: 1, services: [], entries: {} };
  } catch {
    return { version: 1, services: [], entries: {} };
  }
}

export function writeCache(repo, cache) {
  mkdirSync(path.join(repo, path.dirname(CACHE_FILE)), { recursive: true });
  writeFileSync(path.join(repo, CACHE_FILE), `${JSON.stringify(cache, null, 2)}\n`);
}

/** Hashes of what every service depends on: the registry, the tool versions, the package version (docs), shared specs, the pipeline. */
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

/** Hash of everything one service's outputs depend on (`dir` undefined: the cross-service outputs). */
export function inputsHash(repo, dir, shared) {
  return sha256([...shared, ...(dir ? hashTree(repo, dir) : [])].join('\n'));
}

/** True when every recorded output is on disk with the recorded content. */
export function outputsIntact(repo, entry) {
  return Object.entries(entry.outputs).every(([file, hash]) => {
    try {
      return sha256(readFileSync(path.join(repo, file))) === hash;
    } catch {
      return false;
    }
  });
}

/** The cache entry of a service (or CROSS_SERVICE) if its inputs are unchanged and its outputs intact. */
export function freshEntry(repo, cache, key, dir, shared) {
  const entry = cache.entries[key];
  return entry && entry.inputs === inputsHash(repo, dir, shared) && outputsIntact(repo, entry) ? entry : undefined;
}

/** True when a full run would change nothing: every service and the cross-service outputs are fresh. */
export function everythingFresh(repo) {
  const cache = readCache(repo);
  if (cache.services.length === 0) return false;
  const shared = sharedInputs(repo);
  return cache.services.every((s) => freshEntry(repo, cache, s.name, s.dir, shared)) && Boolean(freshEntry(repo, cache, CROSS_SERVICE, undefined, shared));
}
