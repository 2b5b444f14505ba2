// Bundles the `taskport` CLI (src/apps/cli/main.ts) into one ESM file, dist/src/cli/taskport.js by default:
// commander, cli-progress, the generated clients, the runtime and the mock are inlined; the
// package's own runtime dependencies (openapi-fetch) stay external, resolved from node_modules.
// The shebang is kept and the file made executable.
//
//   node scripts/build-cli.mjs [--outfile <path>] [--sourcemap]
//
// At run time the CLI finds the mock's bundled specs in generated/openapi/ of the package root (the
// nearest folder above it holding taskport's package.json), and its version is inlined from package.json.
import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { outfile: { type: 'string' }, sourcemap: { type: 'boolean', default: false } },
  strict: true,
});
const outfile = path.resolve(values.outfile ?? path.join(repo, 'dist/src/cli/taskport.js'));
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));

const started = Date.now();
const result = await build({
  entryPoints: [path.join(repo, 'src/apps/cli/main.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Runtime dependencies of the package stay imports; everything else (dev-only CLI libraries) is inlined.
  external: Object.keys(pkg.dependencies ?? {}),
  // CommonJS libraries (commander, cli-progress) call require() for Node built-ins; give the ESM bundle one.
  banner: { js: "import { createRequire as __taskportCreateRequire } from 'node:module';\nconst require = __taskportCreateRequire(import.meta.url);" },
  define: { __TASKPORT_VERSION__: JSON.stringify(pkg.version) },
  sourcemap: values.sourcemap,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
chmodSync(outfile, 0o755);
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`build-cli: ${path.relative(process.cwd(), outfile) || outfile} (${(bytes / 1024).toFixed(0)} KiB) in ${Date.now() - started} ms`);
