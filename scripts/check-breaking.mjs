// Breaking-change check of the bundled specs against the last released version (the newest git tag
// `v*`), with api-smart-diff (OpenAPI 3.1 aware, classifies each change). A breaking change needs a
// major changeset: the check passes only when a pending changeset asks for a major bump.
import { apiDiff } from 'api-smart-diff';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** @type {(...args: string[]) => string} */
const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/**
 * Compares two bundles and returns the breaking changes as readable lines.
 * @param {unknown} before
 * @param {unknown} after
 * @returns {string[]}
 */
export function breakingChanges(before, after) {
  /** @typedef {{ type: string; path: (string | number)[]; description: string }} Diff */
  const result = /** @type {Diff[] | { diffs: Diff[] }} */ (/** @type {unknown} */ (apiDiff(/** @type {never} */ (before), /** @type {never} */ (after))));
  // Some builds return the list itself, others { diffs }.
  return (Array.isArray(result) ? result : result.diffs)
    .filter((d) => d.type === 'breaking')
    .map((d) => `${d.path.join(' › ')}: ${d.description}`);
}

function lastRelease() {
  try {
    return git('describe', '--tags', '--abbrev=0', '--match', 'v*');
  } catch {
    return undefined;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tag = lastRelease();
  if (!tag) {
    console.log('check:breaking: no released version (no v* tag) yet; nothing to compare');
    process.exit(0);
  }
  const found = [];
  for (const file of readdirSync(path.join(repo, 'generated/openapi')).filter((f) => f.endsWith('.json'))) {
    let released;
    try {
      released = JSON.parse(git('show', `${tag}:generated/openapi/${file}`));
    } catch {
      continue; // a service added since the release cannot break anyone
    }
    const current = JSON.parse(readFileSync(path.join(repo, 'generated/openapi', file), 'utf8'));
    for (const change of breakingChanges(released, current)) found.push(`${file}: ${change}`);
  }
  const changesets = readdirSync(path.join(repo, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const major = changesets.some((f) => /^['"]?taskport['"]?:\s*major\s*$/m.test(readFileSync(path.join(repo, '.changeset', f), 'utf8')));
  if (found.length === 0) console.log(`check:breaking: no breaking spec change since ${tag}`);
  else if (major) console.log(`check:breaking: ${found.length} breaking changes since ${tag}, covered by a major changeset:\n  ${found.join('\n  ')}`);
  else {
    console.error(`check:breaking: ${found.length} breaking changes since ${tag} and no major changeset:\n  ${found.join('\n  ')}`);
    process.exit(1);
  }
}
