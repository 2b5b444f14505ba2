// `npm run build` after generate: compile src/ and generated/ to dist/ (ESM + .d.ts, no source maps:
// the package ships no TypeScript sources for them to point at), copy the bundled specs the mock
// server and the CLI read at run time (dist/generated/openapi, the package's only copy, also
// exported as taskport/openapi/*), and bundle the CLI.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** @type {(command: string, args: string[]) => unknown} */
const run = (command, args) => execFileSync(command, args, { cwd: repo, stdio: 'inherit' });

rmSync(path.join(repo, 'dist'), { recursive: true, force: true });
const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
run(process.execPath, [tsc, '-p', 'tsconfig.build-mock.json']);
cpSync(path.join(repo, 'generated/openapi'), path.join(repo, 'dist/generated/openapi'), { recursive: true });
if (existsSync(path.join(repo, 'scripts/build-cli.mjs'))) run(process.execPath, [path.join(repo, 'scripts/build-cli.mjs')]);
