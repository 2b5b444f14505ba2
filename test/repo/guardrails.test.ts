/**
 * The guardrails `npm test` runs (Biome, knip, checkJs) can fail: each is fed a violation through
 * the repository's own configuration and must refuse it. The clean tree passing is `npm test` itself.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name: string) => path.join(repo, 'node_modules/.bin', name);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'taskport-guardrails-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Biome with the repository's biome.jsonc on `source`, written at `relativePath` of a scratch tree (so its includes and overrides apply). */
function biome(relativePath: string, source: string) {
  const tree = mkdtempSync(path.join(scratch, 'biome-'));
  cpSync(path.join(repo, 'biome.jsonc'), path.join(tree, 'biome.jsonc'));
  mkdirSync(path.dirname(path.join(tree, relativePath)), { recursive: true });
  writeFileSync(path.join(tree, relativePath), source);
  return spawnSync(bin('biome'), ['lint', '--error-on-warnings', '--vcs-enabled=false', relativePath], { cwd: tree, encoding: 'utf8' });
}

describe('Biome (npm run lint:code)', () => {
  it('refuses a recommended-rule violation in src/ and in generated clients', () => {
    for (const file of ['src/core/example.ts', 'generated/clients/example.ts']) {
      const result = biome(file, 'export function f(a: number): number {\n  let b = 0;\n  return (b++, a);\n}\n');
      expect(result.status, `${file}: ${result.stdout}${result.stderr}`).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain('noCommaOperator');
    }
  });

  it('treats a warning as a failure (an unused variable)', () => {
    const result = biome('src/core/example.ts', 'export function f(): number {\n  const unused = 1;\n  return 2;\n}\n');
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('noUnusedVariables');
  });

  it('passes the same file once the violation is gone', () => {
    const result = biome('src/core/example.ts', 'export function f(a: number): number {\n  return a;\n}\n');
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });
});

describe('knip (npm run knip)', () => {
  it('reports an export nobody imports, under ignoreExportsUsedInFile as knip.jsonc sets it', () => {
    // A two-file project under knip's own rules plus ours (ignoreExportsUsedInFile): `used` is
    // imported, `unused` is not, `local` is only used in its own file.
    const project = path.join(scratch, 'knip');
    mkdirSync(path.join(project, 'src'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'k', type: 'module', private: true }));
    writeFileSync(path.join(project, 'knip.json'), JSON.stringify({ entry: ['src/index.ts'], project: ['src/**/*.ts'], ignoreExportsUsedInFile: true }));
    writeFileSync(path.join(project, 'src/index.ts'), "import { used } from './lib.js';\nconsole.log(used);\n");
    writeFileSync(path.join(project, 'src/lib.ts'), 'export const used = 1;\nexport const unused = 2;\nexport const local = 3;\nconsole.log(local);\n');
    const result = spawnSync(bin('knip'), ['--directory', project, '--no-progress'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/unused\s+src\/lib\.ts/);
    expect(result.stdout).not.toMatch(/\blocal\b/);
  });
});

describe('checkJs (npm run typecheck)', () => {
  it('type-checks plain JavaScript scripts with the repository tsconfig', () => {
    // The repository's own compiler options, pointed at one .mjs file with a type error.
    const file = path.join(scratch, 'script.mjs');
    writeFileSync(file, "/** @param {string} name */\nexport const greet = (name) => name.toFixed(2);\n");
    const config = path.join(scratch, 'tsconfig.json');
    writeFileSync(config, JSON.stringify({ extends: path.join(repo, 'tsconfig.json'), include: [file], compilerOptions: { types: [] } }));
    const result = spawnSync(process.execPath, [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: repo, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain("Property 'toFixed' does not exist on type 'string'");
  });
});
