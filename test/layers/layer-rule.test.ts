/**
 * The layer rule (.dependency-cruiser.cjs) holds for src/ and generated/, and each of its rules
 * fails on a violation: the real dependency-cruiser runs on the repository, then on small trees
 * laid out like it in a temporary folder, each breaking one rule.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEPCRUISE = path.join(REPO, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = path.join(REPO, '.dependency-cruiser.cjs');

interface Run {
  code: number;
  output: string;
}

function depcruise(cwd: string, targets: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [DEPCRUISE, '--config', CONFIG, '--output-type', 'err', ...targets], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A temporary tree with the given files (path → source) and a tsconfig like the repository's. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'taskport-layers-'));
  roots.push(root);
  const all = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, verbatimModuleSyntax: true }, include: ['src', 'generated'] }),
    'package.json': JSON.stringify({ name: 'layers-fixture', type: 'module', dependencies: { 'openapi-fetch': '*' } }),
    'node_modules/openapi-fetch/package.json': JSON.stringify({ name: 'openapi-fetch', type: 'module', exports: { '.': { types: './index.d.ts', default: './index.js' } } }),
    'node_modules/openapi-fetch/index.js': 'export const createFinalURL = () => "";\n',
    'node_modules/openapi-fetch/index.d.ts': 'export declare const createFinalURL: () => string;\n',
    'node_modules/commander/package.json': JSON.stringify({ name: 'commander', type: 'module', exports: { '.': { types: './index.d.ts', default: './index.js' } } }),
    'node_modules/commander/index.js': 'export const Command = class {};\n',
    'node_modules/commander/index.d.ts': 'export declare const Command: new () => object;\n',
    ...files,
  };
  for (const [file, source] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), source);
  }
  return root;
}

/** The smallest tree that obeys every rule: one module per layer, each importing the one below. */
const GOOD: Record<string, string> = {
  'src/core/errors.ts': 'export class TaskportError extends Error {}\n',
  'src/auth/sign.ts': "import { TaskportError } from '../core/errors.js';\nexport const sign = () => new TaskportError();\n",
  'src/http/send.ts': "import { createFinalURL } from 'openapi-fetch';\nimport { sign } from '../auth/sign.js';\nexport const send = () => [sign(), createFinalURL()];\n",
  'src/client/call.ts': "import { send } from '../http/send.js';\nexport const call = () => send();\n",
  'src/tasks/wait.ts': "import { call } from '../client/call.js';\nexport const wait = () => call();\n",
  'src/runtime.ts': "export { wait } from './tasks/wait.js';\n",
  'src/index.ts': "export { TaskportError } from './core/errors.js';\n",
  'generated/clients/svc.ts': "import { wait } from '../../src/runtime.js';\nexport const services = { svc: wait };\n",
  'src/apps/mock/server.ts': "import { readFileSync } from 'node:fs';\nimport { wait } from '../../tasks/wait.js';\nexport const serve = (registry: object) => [registry, wait, readFileSync];\n",
  'src/apps/mock/index.ts': "import { services } from '../../../generated/clients/svc.js';\nimport { serve } from './server.js';\nexport const start = () => serve(services);\n",
  'src/apps/cli/program.ts': "import { Command } from 'commander';\nimport { serve } from '../mock/server.js';\nexport const run = (registry: object) => [new Command(), serve(registry)];\n",
  'src/apps/cli/main.ts': "import { services } from '../../../generated/clients/svc.js';\nimport { run } from './program.js';\nrun(services);\n",
};

describe.concurrent('the layer rule', () => {
  it('holds for the repository (src/ and generated/clients/)', async () => {
    const run = await depcruise(REPO, ['src', 'generated/clients']);
    expect(run.output).toContain('no dependency violations found');
    expect(run.code).toBe(0);
  });

  it('a tree that obeys it passes (the fixture is sound)', async () => {
    const run = await depcruise(tree(GOOD), ['src', 'generated']);
    expect(run.output).toContain('no dependency violations found');
    expect(run.code).toBe(0);
  });

  it.each<[string, Record<string, string>, string]>([
    ['core importing tasks (type-only)', { 'src/core/errors.ts': "import type { wait } from '../tasks/wait.js';\nexport class TaskportError extends Error { w?: typeof wait; }\n" }, 'core-is-the-leaf'],
    ['a type-only cycle', { 'src/client/call.ts': "import type { wait } from '../tasks/wait.js';\nimport { send } from '../http/send.js';\nexport const call = (w?: typeof wait) => [w, send()];\n" }, 'no-cycles'],
    ['auth importing http', { 'src/auth/sign.ts': "import type { send } from '../http/send.js';\nexport const sign = (s?: typeof send) => s;\n" }, 'auth-below-http'],
    ['http importing the client', { 'src/http/send.ts': "import type { call } from '../client/call.js';\nexport const send = (c?: typeof call) => c;\n" }, 'http-below-client'],
    ['the client importing tasks', { 'src/client/call.ts': "import type { wait } from '../tasks/wait.js';\nexport const call = (w?: typeof wait) => w;\n" }, 'client-below-tasks'],
    ['tasks importing the public entry', { 'src/tasks/wait.ts': "import type { TaskportError } from '../index.js';\nexport const wait = (e?: TaskportError) => e;\n" }, 'tasks-below-entries'],
    ['the runtime importing generated code', { 'src/runtime.ts': "export { services } from '../generated/clients/svc.js';\n" }, 'runtime-never-imports-apps-or-generated'],
    ['the runtime importing an app', { 'src/index.ts': "export { run } from './apps/cli/program.js';\n" }, 'runtime-never-imports-apps-or-generated'],
    ['generated code importing past the runtime entry', { 'generated/clients/svc.ts': "import { call } from '../../src/client/call.js';\nexport const services = { svc: call };\n" }, 'generated-uses-the-runtime-entry'],
    ['an app module (not an entry) importing generated code', { 'src/apps/mock/server.ts': "import { services } from '../../../generated/clients/svc.js';\nexport const serve = (registry: object) => [registry, services];\n" }, 'only-app-entries-import-generated'],
    ['the mock importing the CLI', { 'src/apps/mock/server.ts': "import type { run } from '../cli/program.js';\nexport const serve = (registry: object, r?: typeof run) => [registry, r];\n" }, 'mock-never-imports-cli'],
    ['the runtime importing a Node built-in', { 'src/http/send.ts': "import { readFileSync } from 'node:fs';\nexport const send = () => readFileSync;\n" }, 'runtime-without-node-builtins'],
    ['the runtime importing an npm package other than openapi-fetch', { 'src/client/call.ts': "import { Command } from 'commander';\nexport const call = () => new Command();\n" }, 'runtime-dependencies'],
  ])('%s fails with %s', async (_name, change, rule) => {
    const run = await depcruise(tree({ ...GOOD, ...change }), ['src', 'generated']);
    expect(run.output).toContain(rule);
    expect(run.code).not.toBe(0);
  });
});
