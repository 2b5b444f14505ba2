/**
 * npm run bench:client — Taskport's client against raw fetch and the official Node SDK core, side by
 * side in one run: per-request overhead on loopback (token, AK/SK), cold import time, the size of a
 * one-service browser bundle, and the installed runtime dependency closure. Needs `npm run build`.
 */
import { fork, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { fmt, median, table, target } from './measure.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
if (!existsSync(path.join(repo, 'dist/generated/clients/hss.js'))) throw new Error('run `npm run build` first');
const { createHssClient } = (await import(path.join(repo, 'dist/generated/clients/hss.js'))) as typeof import('../generated/clients/hss.js');
const OFFICIAL = '@huaweicloud/huaweicloud-sdk-core';

// ---- per-request overhead on loopback -------------------------------------------------------
const child = fork(path.join(repo, 'bench/loopback-server.mjs'), { stdio: 'ignore' });
const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
const endpoint = `http://127.0.0.1:${port}`;
const token = createHssClient({ endpoint, projectId: 'p1', credentials: { token: 'bench-token-value' } });
const aksk = createHssClient({ endpoint, projectId: 'p1', credentials: { ak: 'BENCHAK000000', sk: 'bench-secret-key' } });
const { AKSKSigner } = require(`${OFFICIAL}/auth/AKSKSigner`) as { AKSKSigner: { sign(r: object, c: object): Record<string, string> } };

const calls: Record<string, () => Promise<unknown>> = {
  'raw fetch': async () => (await fetch(`${endpoint}/v5/p1/export-task/a`, { headers: { 'X-Auth-Token': 'bench-token-value' } })).json(),
  'taskport, token': () => token.listQueryExportTask({ task_id: 'a' }),
  'taskport, AK/SK': () => aksk.listQueryExportTask({ task_id: 'a' }),
  // The official core's own signer on the same request, then the same raw fetch: its signing cost
  // without an axios round trip (its HcClient needs a generated service package to run end to end).
  'official signer + raw fetch': async () => {
    const headers = AKSKSigner.sign(
      { endpoint: `${endpoint}/v5/p1/export-task/a`, method: 'GET', headers: { 'X-Project-Id': 'p1' }, queryParams: {} },
      { getAk: () => 'BENCHAK000000', getSk: () => 'bench-secret-key' },
    );
    delete headers.host;
    return (await fetch(`${endpoint}/v5/p1/export-task/a`, { headers })).json();
  },
};
const perRequest: Record<string, number[]> = Object.fromEntries(Object.keys(calls).map((k) => [k, []]));
const batch = Number(process.env.BENCH_BATCH ?? 1000);
for (const call of Object.values(calls)) for (let i = 0; i < 300; i++) await call(); // warm up
for (let round = 0; round < Number(process.env.BENCH_ROUNDS ?? 7); round++) {
  for (const [name, call] of Object.entries(calls)) {
    const started = performance.now();
    for (let i = 0; i < batch; i++) await call();
    perRequest[name]!.push(((performance.now() - started) / batch) * 1000);
  }
}
child.kill();
const raw = median(perRequest['raw fetch']!);
const overhead = (name: string) => median(perRequest[name]!) / raw - 1;

// ---- cold import ----------------------------------------------------------------------------
function coldImport(specifier: string, kind: 'import' | 'require'): number {
  const load = kind === 'import' ? `await import(${JSON.stringify(specifier)})` : `require(${JSON.stringify(specifier)})`;
  const script = `const t = performance.now(); ${load}; console.log(performance.now() - t);`;
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const result = spawnSync(process.execPath, kind === 'import' ? ['--input-type=module', '-e', script] : ['-e', script], { cwd: repo, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    times.push(Number(result.stdout.trim()));
  }
  return median(times);
}
const importTaskport = coldImport(path.join(repo, 'dist/generated/clients/hss.js'), 'import');
const importOfficial = coldImport(OFFICIAL, 'require');

// ---- bundle size ----------------------------------------------------------------------------
async function bundleSize(contents: string, platform: 'browser' | 'node'): Promise<number> {
  const result = await build({ stdin: { contents, resolveDir: repo, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform, write: false, logLevel: 'silent' });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}
// Full: the facade with AK/SK, an operation, a wait and a download. Operations only: a token base
// client and one exported operation function (what .size-limit.mjs checks as `operations-only`).
const sizeTaskport = await bundleSize(
  `import { createHssClient } from './dist/generated/clients/hss.js';\nconst c = createHssClient({ region: 'cn-north-4', projectId: 'p', credentials: { ak: 'a', sk: 'b' } });\nconst { task_id } = await c.exportVuls({ category: 'vul', export_size: 10, export_headers: [] });\nconsole.log(await c.downloadTaskFile(await c.waitForTask(task_id)));`,
  'browser',
);
const sizeOperations = await bundleSize(
  `import { createHssBaseClient, listQueryExportTask } from './dist/generated/clients/hss.js';\nconst c = createHssBaseClient({ region: 'cn-north-4', projectId: 'p', credentials: { token: 't' } });\nconsole.log(await listQueryExportTask(c, { task_id: 'id' }));`,
  'browser',
);
const sizeOfficial = await bundleSize(`import { ClientBuilder, BasicCredentials } from '${OFFICIAL}';\nconsole.log(ClientBuilder, BasicCredentials);`, 'node').catch(() => Number.NaN);

// ---- installed runtime dependency closure -------------------------------------------------------
function closure(name: string, seen = new Map<string, number>()): Map<string, number> {
  if (seen.has(name)) return seen;
  const dir = path.dirname(require.resolve(`${name}/package.json`, { paths: [repo] }));
  const size = (folder: string): number => readdirSync(folder, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? (e.name === 'node_modules' ? 0 : size(path.join(folder, e.name))) : statSync(path.join(folder, e.name)).size), 0);
  seen.set(name, size(dir));
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    try {
      closure(dep, seen);
    } catch {
      // an undeclared or missing dependency is not installed, so not counted
    }
  }
  return seen;
}
const ours = new Map<string, number>();
for (const dep of Object.keys((JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies)) closure(dep, ours);
const theirs = closure(OFFICIAL);
const mb = (m: Map<string, number>) => `${([...m.values()].reduce((a, b) => a + b, 0) / 1e6).toFixed(2)} MB`;

// ---- report ---------------------------------------------------------------------------------
console.log(`\nbench:client — ${os.cpus().length} cores, node ${process.version}, medians of ${perRequest['raw fetch']!.length} alternating batches of ${batch}\n`);
console.log(
  table([
    ['per request on loopback', 'median', 'overhead vs raw fetch'],
    ...Object.keys(calls).map((name) => [name, `${median(perRequest[name]!).toFixed(1)} µs`, name === 'raw fetch' ? '—' : `${(overhead(name) * 100).toFixed(1)} %`]),
  ]),
);
console.log(
  `\n${table([
    ['', 'taskport', OFFICIAL],
    ['cold import (module load only)', fmt(importTaskport), fmt(importOfficial)],
    ['one-service bundle, min+gzip', `${(sizeTaskport / 1024).toFixed(2)} KB (browser)`, Number.isNaN(sizeOfficial) ? 'does not bundle' : `${(sizeOfficial / 1024).toFixed(2)} KB (node, core only)`],
    ['one-service bundle, operations only (token)', `${(sizeOperations / 1024).toFixed(2)} KB (browser)`, '—'],
    ['runtime dependency closure', `${ours.size} packages, ${mb(ours)}`, `${theirs.size} packages, ${mb(theirs)}`],
  ])}`,
);
console.log(`\n${target('runtime dependencies <= 2 packages', ours.size <= 2, `${ours.size}: ${[...ours.keys()].join(', ')}`)}`);
console.log(target('one-service bundle <= 10 KB', sizeTaskport <= 10 * 1024, `${(sizeTaskport / 1024).toFixed(2)} KB`));
console.log(target('operations-only bundle <= 6 KB', sizeOperations <= 6 * 1024, `${(sizeOperations / 1024).toFixed(2)} KB`));
console.log(target('overhead <= 10 % with a token', overhead('taskport, token') <= 0.1, `${(overhead('taskport, token') * 100).toFixed(1)} %`));
console.log(target('overhead <= 25 % with AK/SK', overhead('taskport, AK/SK') <= 0.25, `${(overhead('taskport, AK/SK') * 100).toFixed(1)} %`));
console.log(target('cold import <= 30 ms', importTaskport <= 30, fmt(importTaskport)));
