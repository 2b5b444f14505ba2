/**
 * Taskport as a user gets it: `npm pack`, install the tarball into a fresh project, typecheck a
 * strict program that uses every subpath (nodenext and bundler resolution), run it against the mock
 * server, and bundle one client for the browser with esbuild, checking no Node built-in is pulled in.
 * Needs `npm run build` first. The tarball's dependencies come from npm's cache when it has them and
 * from the registry otherwise (`--prefer-offline`): an empty cache works, and so does no network with
 * a warm one.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
let project: string;

const sh = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const PROGRAM = `
import { akskSigner, ApiError, signRequest, TaskFailedError, ValidationError, WaitTimeoutError, type Task } from 'taskport';
import { createMetaStudioClient } from 'taskport/metastudio';
import { createWorkspaceClient, type ListExportTasksItem } from 'taskport/workspace';
import { akskSigner as hssSigner, createHssClient } from 'taskport/hss';
import { createDataArtsInsightClient } from 'taskport/dataarts-insight';
import type { paths, components } from 'taskport/types/hss';
import type { operations } from 'taskport/types/workspace';
import type { components as DaiComponents } from 'taskport/types/dataarts-insight';
import type { paths as MsPaths } from 'taskport/types/metastudio';
import { startMockServer, MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN } from 'taskport/mock';

type HssTask = components['schemas']['ListQueryExportTaskResponse'];
type HssPath = keyof paths;
type Status = NonNullable<operations['ListExportTasks']['parameters']['query']>['status'];
type CreateDate = DaiComponents['schemas']['ImportTaskDetail']['create_date'];
type MsPath = keyof MsPaths;

const status: Status = 'SUCCESS';
const exact: CreateDate = '9223372036854776000';
const path: HssPath = '/v5/{project_id}/export-task/{task_id}';
const msPath: MsPath = '/v2/{project_id}/ies/task';

const mock = await startMockServer();
const common = { endpoint: mock.url, projectId: MOCK_PROJECT_ID } as const;
try {
  const ms = createMetaStudioClient({ ...common, credentials: { token: MOCK_TOKEN } });
  const ws = createWorkspaceClient({ ...common, credentials: { ak: MOCK_AK, sk: MOCK_SK } });
  const hss = createHssClient({ ...common, credentials: { ak: MOCK_AK, sk: MOCK_SK } });
  const dai = createDataArtsInsightClient({ ...common, workspaceId: mock.clientOptions.workspaceId!, credentials: { token: MOCK_TOKEN } });

  // @ts-expect-error -- 'DONE' is not a documented Workspace status
  await ws.listExportTasks({ status: 'DONE' }).catch((e: unknown) => { if (!(e instanceof ValidationError)) throw e; });
  // @ts-expect-error -- the parameter is task_id, not taskId
  await hss.listQueryExportTask({ taskId: 'x' }).catch((e: unknown) => { if (!(e instanceof ValidationError)) throw e; });

  const page = await ms.searchTask({ resource: ['knowledge-intent-question-create'] });
  const shown = await ms.showTask({ id: 'demo-succeeded' });
  const filtered = await ws.listExportTasks({ status, limit: 50 });
  const listed = await ws.listExportTasks({ limit: 2 });
  const items: ListExportTasksItem[] = [];
  for await (const item of ws.listExportTasksAll({})) items.push(item);
  const hssTask: HssTask = await hss.listQueryExportTask({ task_id: 'demo-succeeded', enterprise_project_id: 'all_granted_eps' });
  const detail = await dai.listImportResourceTaskDetail({ task_id: 'demo-succeeded' });

  const done: Task[] = [];
  for (const client of [ms, ws, hss, dai]) done.push(await client.waitForTask('demo-succeeded', { minDelayMs: 5, maxDelayMs: 20 }));
  let failed: Task | undefined;
  try {
    await hss.waitForTask('demo-failed', { minDelayMs: 5, maxDelayMs: 20 });
  } catch (e) {
    if (e instanceof TaskFailedError) failed = e.task;
    else if (e instanceof WaitTimeoutError || e instanceof ApiError) throw e;
  }
  const signed = await signRequest(new Request(mock.url + '/x'), { ak: 'AK', sk: 'SK' });
  console.log(JSON.stringify({
    searchCount: page.count, shown: shown.task_id, filtered: filtered.count, listed: listed.count, firstPage: listed.export_tasks?.length, items: items.length, hss: hssTask.task_status,
    dai: typeof detail.status, done: done.map((t) => t.service + ':' + t.status), failed: failed?.status,
    signed: signed.headers.get('authorization')?.startsWith('SDK-HMAC-SHA256 '), oneSigner: akskSigner === hssSigner, exact, path, msPath,
  }));
} finally {
  await mock.close();
}
`;

const STRICT = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  types: ['node'],
  skipLibCheck: false,
  noEmit: true,
};

beforeAll(() => {
  if (!existsSync(path.join(repo, 'dist/src/index.js'))) throw new Error('run `npm run build` before the package tests');
  project = mkdtempSync(path.join(os.tmpdir(), 'taskport-consumer-'));
  sh('npm', ['pack', '--silent', '--pack-destination', project], repo);
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // Not --offline: `npm ci` caches tarballs, not the registry metadata that resolving `name@version`
  // needs, so an offline install fails on a fresh machine. --prefer-offline uses the cache when it can.
  const typesNode = (JSON.parse(sh('npm', ['pkg', 'get', 'devDependencies'], repo)) as Record<string, string>)['@types/node'];
  sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', `./${tarball}`, `@types/node@${typesNode}`], project);
  writeFileSync(path.join(project, 'main.ts'), PROGRAM);
  writeFileSync(path.join(project, 'tsconfig.nodenext.json'), JSON.stringify({ compilerOptions: { ...STRICT, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['main.ts'] }));
  writeFileSync(path.join(project, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...STRICT, module: 'esnext', moduleResolution: 'bundler' }, files: ['main.ts'] }));
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the packed package, installed like a user would', () => {
  it('installs dist, README, CHANGELOG and LICENSE, with one direct runtime dependency', () => {
    const installed = path.join(project, 'node_modules/taskport');
    expect(readdirSync(installed).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'package.json']);
    const lock = JSON.parse(sh('npm', ['ls', '--all', '--json', '--omit=dev'], project)) as { dependencies: { taskport: { dependencies?: Record<string, unknown> } } };
    expect(Object.keys(lock.dependencies.taskport.dependencies ?? {})).toEqual(['openapi-fetch']);
  });

  it.each(['nodenext', 'bundler'])('a strict program using every subpath typechecks under %s resolution', (resolution) => {
    const output = (() => {
      try {
        return sh(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], project);
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    })();
    expect(output).toBe('');
  });

  it('the @ts-expect-error lines really are type errors (the check can fail)', () => {
    const broken = PROGRAM.replace(/\/\/ @ts-expect-error[^\n]*\n/g, '');
    writeFileSync(path.join(project, 'broken.ts'), broken);
    writeFileSync(path.join(project, 'tsconfig.broken.json'), JSON.stringify({ compilerOptions: { ...STRICT, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['broken.ts'] }));
    let output = '';
    try {
      sh(process.execPath, [tsc, '-p', 'tsconfig.broken.json'], project);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/'"DONE"' is not assignable/);
    expect(output).toMatch(/'taskId' does not exist/);
  });

  it('the program runs against the mock server and every service answers', async () => {
    await build({ entryPoints: [path.join(project, 'main.ts')], outfile: path.join(project, 'main.mjs'), platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
    const result = JSON.parse(sh(process.execPath, ['main.mjs'], project).trim()) as Record<string, unknown>;
    expect(result).toMatchObject({
      shown: 'demo-succeeded',
      hss: 'running', // the mock's demo tasks report running on their first polls
      dai: 'number',
      done: ['metastudio:succeeded', 'workspace:succeeded', 'hss:succeeded', 'dataarts-insight:succeeded'],
      failed: 'failed',
      signed: true,
      // The entries share bundled chunks: one copy of each export (and class, for instanceof) across subpaths.
      oneSigner: true,
    });
    expect(result.firstPage).toBe(2);
    expect(result.items).toBe(result.listed);
    expect(typeof result.filtered).toBe('number');
  });

  it('the installed taskport command serves the mock from the shipped specs and reads a task from it', async () => {
    const bin = path.join(project, 'node_modules/.bin/taskport');
    const mock = spawn(bin, ['mock'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      // The mock prints the `export NAME=value` lines that point the CLI at it.
      const printed = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`taskport mock printed no settings in 20 s:\n${out}`)), 20_000);
        mock.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          if (/^# then:/m.test(out)) {
            clearTimeout(timer);
            resolve(out);
          }
        });
        mock.once('exit', (code) => reject(new Error(`taskport mock exited (${code}):\n${out}`)));
      });
      const settings = Object.fromEntries([...printed.matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!.replace(/^'|'$/g, '')]));
      expect(Object.keys(settings).length).toBeGreaterThan(2);
      const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('HUAWEICLOUD_')));
      const task = JSON.parse(execFileSync(bin, ['get', 'hss', 'demo-succeeded', '--json'], { cwd: project, encoding: 'utf8', env: { ...clean, ...settings } })) as Record<string, unknown>;
      expect(task).toMatchObject({ service: 'hss', id: 'demo-succeeded' });
    } finally {
      mock.kill('SIGTERM');
    }
  });

  it('one client bundles for the browser without any Node built-in', async () => {
    writeFileSync(path.join(project, 'browser.ts'), `import { createHssClient } from 'taskport/hss';\nexport const hss = createHssClient({ region: 'cn-north-4', projectId: 'p', credentials: { token: 't' } });\n`);
    const result = await build({
      entryPoints: [path.join(project, 'browser.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: project,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((file) => file.startsWith('node:') || /^(fs|path|crypto|http|https|net|os|url|util|stream|buffer)$/.test(file))).toEqual([]);
    expect(inputs.some((file) => file.includes('node_modules/taskport/dist/generated/clients/hss.js'))).toBe(true);
    expect(result.outputFiles[0]!.text).not.toMatch(/require\(["']node:/);
  });
});
