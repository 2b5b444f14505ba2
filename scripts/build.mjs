// `npm run build` after generate: compile src/ and generated/ to dist/ (ESM + .d.ts, no source maps:
// the package ships no TypeScript sources for them to point at), bundle the JavaScript of the
// public entry points, copy the bundled specs the mock server and the CLI read at run time
// (dist/generated/openapi, the package's only copy, also exported as taskport/openapi/*), and bundle
// the CLI.
//
// Why bundle: tsc's output is ~40 small modules per entry, and Node spends most of a cold import
// resolving and linking them (taskport/hss: ~30 ms and 39 modules unbundled, ~10 ms and 5 modules bundled). The entries are bundled
// together with code splitting, so each module exists once (in an entry or in dist/src/chunks/) and
// state and `instanceof` are shared across entry points. tsc's .d.ts files stay as they are.
// Rolldown, not esbuild: esbuild turns top-level `const` into `var`, which stops the user's bundler
// from inlining our constants (evanw/esbuild#2695) and grew every size-limit scenario by ~0.12 KiB.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(repo, 'dist');
/** @type {(command: string, args: string[]) => unknown} */
const run = (command, args) => execFileSync(command, args, { cwd: repo, stdio: 'inherit' });

rmSync(dist, { recursive: true, force: true });
const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
run(process.execPath, [tsc, '-p', 'tsconfig.build-mock.json']);

const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
/** @type {string[]} */
const entryPoints = Object.values(pkg.exports)
  .flatMap((target) => (typeof target === 'object' && target.default.endsWith('.js') ? [path.join(repo, target.default)] : []));
const bundle = await rolldown({
  input: Object.fromEntries(entryPoints.map((file) => [path.relative(dist, file).replace(/\.js$/, ''), file])),
  platform: 'node',
  external: [...Object.keys(pkg.dependencies ?? {}), /^node:/],
  logLevel: 'warn',
});
const { output: bundled } = await bundle.generate({
  format: 'esm',
  entryFileNames: '[name].js',
  chunkFileNames: 'src/chunks/[name]-[hash].js',
  comments: { legal: false },
});
await bundle.close();
// Only the bundles run: drop tsc's JavaScript, keep its declarations.
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) if (file.endsWith('.js')) rmSync(path.join(dist, file));
for (const output of bundled) {
  const file = path.join(dist, output.fileName);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, output.type === 'chunk' ? output.code : output.source);
}

cpSync(path.join(repo, 'generated/openapi'), path.join(dist, 'generated/openapi'), { recursive: true });
if (existsSync(path.join(repo, 'scripts/build-cli.mjs'))) run(process.execPath, [path.join(repo, 'scripts/build-cli.mjs')]);
