/**
 * CI runs what a newcomer runs: .ci/run installs what a fresh machine lacks, then exactly the commands
 * of README.md's first code block, in order, and no npm command of its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The commands of the first ```sh block, comments and blank lines dropped. */
function readmeCommands(readme: string): string[] {
  const block = /^```sh\n([\s\S]*?)^```$/m.exec(readme)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** The commands .ci/run runs: its `step '…'` lines. */
function ciSteps(script: string): string[] {
  return [...script.matchAll(/^step '([^']+)'$/gm)].map((match) => match[1]!);
}

const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
const ciRun = readFileSync(path.join(repo, '.ci/run'), 'utf8');

describe("the README's first code block and .ci/run", () => {
  it('the first code block holds the two commands: install and build, then test', () => {
    expect(readmeCommands(readme)).toEqual(['npm ci && npm run build', 'npm test']);
  });

  it('.ci/run installs Chromium, then runs exactly those commands, npm test included', () => {
    expect(ciSteps(ciRun)).toEqual(readmeCommands(readme));
    expect(ciSteps(ciRun)).toContain('npm test');
    expect(ciRun.indexOf('bash .ci/install-chromium')).toBeGreaterThan(-1);
    expect(ciRun.indexOf('bash .ci/install-chromium')).toBeLessThan(ciRun.indexOf("step 'npm"));
    // No npm command outside the steps.
    const code = ciRun.split('\n').filter((line) => !/^\s*#/.test(line) && !/^step '/.test(line));
    expect(code.filter((line) => /\bnpm\b/.test(line))).toEqual([]);
  });

  it('the extractions take only the first block, drop comments, and see a missing step (the check can fail)', () => {
    expect(readmeCommands('# X\n\n```sh\nmake all   # build\n\nmake check\n```\n\n```sh\nrm -rf /\n```\n')).toEqual(['make all', 'make check']);
    expect(ciSteps("step 'npm ci && npm run build'\n# step 'npm test'\n")).not.toEqual(readmeCommands(readme));
  });
});
