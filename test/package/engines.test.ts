/**
 * Every package `npm ci` installs supports the running Node: npm itself checks each lockfile entry's
 * `engines` (`npm ci --dry-run --engine-strict`, on a copy of package.json and the lockfile, so
 * nothing is installed and no network is needed). Without --engine-strict a mismatch is only an
 * EBADENGINE warning, which a newcomer on Node 20 would see scroll by.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** npm's engine check of `npm ci` on package.json and `lock` in a scratch folder: its exit code and output. */
function engineStrictDryRun(lock: string): { code: number; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'taskport-engines-'));
  try {
    copyFileSync(path.join(repo, 'package.json'), path.join(dir, 'package.json'));
    writeFileSync(path.join(dir, 'package-lock.json'), lock);
    try {
      const output = execFileSync('npm', ['ci', '--dry-run', '--engine-strict', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return { code: 0, output };
    } catch (error) {
      const e = error as { status?: number; stdout?: string; stderr?: string };
      return { code: e.status ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lock = readFileSync(path.join(repo, 'package-lock.json'), 'utf8');

describe(`npm ci on Node ${process.versions.node}`, () => {
  it('every locked package accepts this Node (no EBADENGINE)', () => {
    const { code, output } = engineStrictDryRun(lock);
    expect(output).not.toMatch(/EBADENGINE|notsup/);
    expect(code, output).toBe(0);
  }, 60_000);

  it('the check can fail: a locked package that wants a future Node is refused', () => {
    const parsed = JSON.parse(lock) as { packages: Record<string, { engines?: Record<string, string> }> };
    const prism = parsed.packages['node_modules/@stoplight/prism-cli'];
    if (!prism) throw new Error('the lockfile has no @stoplight/prism-cli to alter');
    prism.engines = { node: '>=99' };
    const { code, output } = engineStrictDryRun(JSON.stringify(parsed));
    expect(code).not.toBe(0);
    expect(output).toMatch(/Not compatible with your version of node\/npm: @stoplight\/prism-cli@/);
  }, 60_000);
});
