/**
 * CI runs what a newcomer runs: .ci/run installs what a fresh machine lacks, then exactly the commands
 * of README.md's first code block (printed by .ci/readme-commands), and no npm command of its own.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const readmeCommands = (root: string) => execFileSync('bash', [path.join(root, '.ci/readme-commands')], { encoding: 'utf8' }).split('\n').filter((line) => line !== '');

describe("the README's first code block and .ci/run", () => {
  it('the first code block holds the two commands: install and build, then test', () => {
    expect(readmeCommands(repo)).toEqual(['npm ci && npm run build', 'npm test']);
  });

  it('.ci/run installs Chromium, then runs those commands and nothing else of its own', () => {
    const code = readFileSync(path.join(repo, '.ci/run'), 'utf8')
      .split('\n')
      .filter((line) => !/^\s*#/.test(line));
    expect(code.filter((line) => /\bnpm\b/.test(line))).toEqual([]);
    expect(code.join('\n')).toContain('bash .ci/install-chromium');
    expect(code.join('\n')).toContain('bash .ci/readme-commands');
  });

  it('the extraction takes only the first block and drops comments (the check can fail)', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'taskport-readme-'));
    try {
      mkdirSync(path.join(root, '.ci'));
      copyFileSync(path.join(repo, '.ci/readme-commands'), path.join(root, '.ci/readme-commands'));
      writeFileSync(path.join(root, 'README.md'), '# X\n\n```sh\nmake all   # build\n\nmake check\n```\n\n```sh\nrm -rf /\n```\n');
      expect(readmeCommands(root)).toEqual(['make all', 'make check']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
