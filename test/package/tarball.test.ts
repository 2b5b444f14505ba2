/**
 * What `npm pack` puts in the tarball (its own file list, `npm pack --dry-run --json`): the compiled
 * runtime and generated clients, the bundled specs once, the CLI bundle, README, CHANGELOG, LICENSE and
 * package.json — no TypeScript sources, tests or specs/, no source map that points at a file the
 * package does not ship, and every path package.json names is in it. Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
  license: string;
  main: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
};
const SERVICES = ['metastudio', 'workspace', 'hss', 'dataarts-insight'];

let files: string[];

beforeAll(() => {
  if (!existsSync(path.join(repo, 'dist/src/index.js'))) throw new Error('run `npm run build` before the package tests');
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as { files: { path: string }[] }[];
  files = report!.files.map((f) => f.path).sort();
}, 60_000);

/** Every relative path a package.json field names, without the leading `./`. */
function namedByPackageJson(): string[] {
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  return [pkg.main, pkg.types, ...Object.values(pkg.bin), ...targets].map((p) => p.replace(/^\.\//, ''));
}

/** The files that a source map reference in `file` (below `root`) needs: the map and every source it lists. */
function sourceMapNeeds(root: string, file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
  if (url === undefined || url.startsWith('data:')) return [];
  const map = path.posix.join(path.posix.dirname(file), url);
  if (!existsSync(path.join(root, map))) return [map];
  const { sources = [], sourceRoot = '' } = JSON.parse(readFileSync(path.join(root, map), 'utf8')) as { sources?: string[]; sourceRoot?: string };
  return [map, ...sources.map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(map), sourceRoot, s)))];
}

describe('the packed tarball', () => {
  it('holds only dist/src, dist/generated, README, CHANGELOG, LICENSE and package.json', () => {
    const top = new Set(files.map((f) => (f.startsWith('dist/') ? f.split('/').slice(0, 3).join('/') : f)));
    expect([...top].sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/generated/clients', 'dist/generated/openapi', 'dist/generated/types', 'dist/src/apps', 'dist/src/auth', 'dist/src/chunks', 'dist/src/cli', 'dist/src/client', 'dist/src/core', 'dist/src/http', 'dist/src/index.d.ts', 'dist/src/index.js', 'dist/src/runtime.d.ts', 'dist/src/tasks', 'package.json']);
  });

  it('has no TypeScript sources, tests, specs or source maps', () => {
    expect(files.filter((f) => (/\.ts$/.test(f) && !f.endsWith('.d.ts')) || /(^|\/)(test|specs|scripts)\//.test(f) || f.endsWith('.map'))).toEqual([]);
  });

  it('ships each service spec once (JSON and YAML), under dist/generated/openapi', () => {
    for (const service of SERVICES) {
      for (const ext of ['json', 'yaml']) expect(files.filter((f) => f.endsWith(`/${service}.${ext}`) && f.includes('openapi')), `${service}.${ext}`).toEqual([`dist/generated/openapi/${service}.${ext}`]);
    }
  });

  it('every source map reference resolves to shipped files (none dangle)', () => {
    const dangling = files.filter((f) => /\.(js|d\.ts)$/.test(f)).flatMap((f) => sourceMapNeeds(repo, f).filter((need) => !files.includes(need)).map((need) => `${f} -> ${need}`));
    expect(dangling).toEqual([]);
  });

  it('contains every path package.json names (exports, main, types, bin)', () => {
    const named = namedByPackageJson();
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((p) => !files.includes(p))).toEqual([]);
  });

  it('ships JavaScript only as the bundles: each .js is a path package.json names or a shared chunk that a shipped .js imports', () => {
    const named = new Set(namedByPackageJson());
    const js = files.filter((f) => f.endsWith('.js'));
    const imported = new Set(
      js.flatMap((f) =>
        [...readFileSync(path.join(repo, f), 'utf8').matchAll(/^(?:import|export)\s(?:[^'"]*?from\s+)?['"](\.[^'"]+)['"]/gm)].map(([, specifier]) => path.posix.join(path.posix.dirname(f), specifier!)),
      ),
    );
    expect(js.filter((f) => !named.has(f) && !(f.startsWith('dist/src/chunks/') && imported.has(f)))).toEqual([]);
    // Every relative import of a bundle resolves inside the tarball.
    expect([...imported].filter((f) => !files.includes(f))).toEqual([]);
  });

  it('ships an MIT LICENSE for the Taskport contributors, as package.json says', () => {
    expect(pkg.license).toBe('MIT');
    const license = readFileSync(path.join(repo, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} Taskport contributors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

describe('the source map check can fail', () => {
  it('reports the map and the TypeScript source a compiled file points at', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'taskport-maps-'));
    try {
      mkdirSync(path.join(root, 'dist/src'), { recursive: true });
      writeFileSync(path.join(root, 'dist/src/index.js'), 'export {};\n//# sourceMappingURL=index.js.map\n');
      writeFileSync(path.join(root, 'dist/src/index.js.map'), JSON.stringify({ version: 3, sources: ['../../src/index.ts'], mappings: '' }));
      expect(sourceMapNeeds(root, 'dist/src/index.js')).toEqual(['dist/src/index.js.map', 'src/index.ts']);
      writeFileSync(path.join(root, 'dist/src/plain.js'), 'export {};\n');
      expect(sourceMapNeeds(root, 'dist/src/plain.js')).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
