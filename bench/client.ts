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
const taskUrl = `${endpoint}/v5/p1/export-task/a`;
const AK = 'BENCHAK000000';
const SK = 'bench-secret-key';
const token = createHssClient({ endpoint, projectId: 'p1', credentials: { token: 'bench-token-value' } });
const aksk = createHssClient({ endpoint, projectId: 'p1', credentials: { ak: AK, sk: SK } });
const { AKSKSigner } = require(`${OFFICIAL}/auth/AKSKSigner`) as { AKSKSigner: { sign(r: object, c: object): Record<string, string> } };
// signParts is internal (not in the bundled package), so both signers come from the same source.
const { signRequest, signParts } = await import('../src/auth/sign-request.js');
const { default: createClient } = (await import('openapi-fetch')) as unknown as { default: (o: { baseUrl: string }) => { GET(path: string, init: object): Promise<{ data?: unknown }> } };
const openapiFetch = createClient({ baseUrl: endpoint });
const officialHeaders = () => {
  const headers = AKSKSigner.sign({ endpoint: taskUrl, method: 'GET', headers: { 'X-Project-Id': 'p1' }, queryParams: {} }, { getAk: () => AK, getSk: () => SK });
  delete headers.host;
  return headers;
};

const calls: Record<string, () => Promise<unknown>> = {
  'raw fetch': async () => (await fetch(taskUrl, { headers: { 'X-Auth-Token': 'bench-token-value' } })).json(),
  // The runtime dependency's own client on the same request: what a hand-written openapi-fetch user pays.
  'openapi-fetch createClient': async () =>
    (await openapiFetch.GET('/v5/{project_id}/export-task/{task_id}', { params: { path: { project_id: 'p1', task_id: 'a' } }, headers: { 'X-Auth-Token': 'bench-token-value' } })).data,
  'taskport, token': () => token.listQueryExportTask({ task_id: 'a' }),
  'taskport, AK/SK': () => aksk.listQueryExportTask({ task_id: 'a' }),
  // The official core's own signer on the same request, then the same raw fetch: its signing cost
  // without an axios round trip (its HcClient needs a generated service package to run end to end).
  'official signer + raw fetch': async () => (await fetch(taskUrl, { headers: officialHeaders() })).json(),
  // The public signer as a user calls it: a Request in, a signed Request out, sent with fetch.
  'signRequest + raw fetch': async () => (await fetch(await signRequest(new Request(taskUrl, { headers: { 'X-Project-Id': 'p1' } }), { ak: AK, sk: SK }))).json(),
};

/** CPU (user + system, µs) and wall (µs) per call of `fn`, over `count` calls `concurrency` at a time. */
async function measureBatch(fn: () => Promise<unknown>, count: number, concurrency: number): Promise<{ cpu: number; wall: number }> {
  let started = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started++ < count) await fn();
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / count, wall: ((performance.now() - wall0) * 1000) / count };
}

const batch = Number(process.env.BENCH_BATCH ?? 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const CONCURRENCY = [1, 200] as const;
type Samples = Record<string, { cpu: number[]; wall: number[] }>;
const perRequest = Object.fromEntries(CONCURRENCY.map((c) => [c, Object.fromEntries(Object.keys(calls).map((k) => [k, { cpu: [], wall: [] }])) as Samples]));
for (const call of Object.values(calls)) await measureBatch(call, 500, 1); // warm up
for (let round = 0; round < rounds; round++) {
  // Alternate every row's batches, so a burst of load on the machine hits them all alike.
  for (const concurrency of CONCURRENCY) {
    for (const [name, call] of Object.entries(calls)) {
      const { cpu, wall } = await measureBatch(call, batch, concurrency);
      perRequest[concurrency]![name]!.cpu.push(cpu);
      perRequest[concurrency]![name]!.wall.push(wall);
    }
  }
}
child.kill();
const cpuOf = (c: number, name: string) => median(perRequest[c]![name]!.cpu);
const overhead = (c: number, name: string, base = 'raw fetch') => cpuOf(c, name) / cpuOf(c, base) - 1;

// ---- signing alone, CPU per signed request -----------------------------------------------------
const signers: Record<string, () => unknown> = {
  'official AKSKSigner.sign (headers)': () => officialHeaders(),
  'signParts (internal path)': () => signParts({ method: 'GET', url: taskUrl, headers: new Headers({ 'X-Project-Id': 'p1' }), body: null }, { ak: AK, sk: SK }),
  // A fresh Request each time, as a caller has one per request (signing one Request thousands of times
  // would pile undici's listeners on its signal: each copy follows it until collected).
  'signRequest(Request) (public)': () => signRequest(new Request(taskUrl, { headers: { 'X-Project-Id': 'p1' } }), { ak: AK, sk: SK }),
};
const perSign: Record<string, number[]> = Object.fromEntries(Object.keys(signers).map((k) => [k, []]));
for (const sign of Object.values(signers)) for (let i = 0; i < 2000; i++) await sign();
for (let round = 0; round < rounds; round++) {
  for (const [name, sign] of Object.entries(signers)) {
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < 5000; i++) await sign();
    const cpu = process.cpuUsage(cpu0);
    perSign[name]!.push((cpu.user + cpu.system) / 5000);
  }
}
const signCpu = (name: string) => median(perSign[name]!);

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
// The files Node loads for it: the relative ESM import graph of the entry, plus each package it names.
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const [, specifier] of readFileSync(entry, 'utf8').matchAll(/^\s*(?:import|export)\s(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm)) {
    if (specifier!.startsWith('.')) moduleGraph(path.resolve(path.dirname(entry), specifier!), seen);
    else seen.add(`package ${specifier}`);
  }
  return seen;
}
const importedModules = moduleGraph(path.join(repo, 'dist/generated/clients/hss.js')).size;
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
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log(`\nbench:client — ${os.cpus().length} cores, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; medians of ${rounds} alternating batches of ${batch}; CPU = process.cpuUsage (user + system) of this process per request\n`);
for (const c of CONCURRENCY) {
  console.log(
    `${table([
      [`per request on loopback, concurrency ${c}`, 'CPU', 'wall', 'CPU vs raw fetch', 'CPU vs openapi-fetch'],
      ...Object.keys(calls).map((name) => [
        name,
        `${cpuOf(c, name).toFixed(1)} µs`,
        `${median(perRequest[c]![name]!.wall).toFixed(1)} µs`,
        name === 'raw fetch' ? '—' : pct(overhead(c, name)),
        name === 'openapi-fetch createClient' ? '—' : pct(overhead(c, name, 'openapi-fetch createClient')),
      ]),
    ])}\n`,
  );
}
console.log(table([['signing one GET, no network', 'CPU per request'], ...Object.keys(signers).map((name) => [name, `${signCpu(name).toFixed(1)} µs`])]));
console.log(
  `\n${table([
    ['', 'taskport', OFFICIAL],
    ['cold import (module load only)', `${fmt(importTaskport)} (${importedModules} modules)`, fmt(importOfficial)],
    ['one-service bundle, min+gzip', `${(sizeTaskport / 1024).toFixed(2)} KB (browser)`, Number.isNaN(sizeOfficial) ? 'does not bundle' : `${(sizeOfficial / 1024).toFixed(2)} KB (node, core only)`],
    ['one-service bundle, operations only (token)', `${(sizeOperations / 1024).toFixed(2)} KB (browser)`, '—'],
    ['runtime dependency closure', `${ours.size} packages, ${mb(ours)}`, `${theirs.size} packages, ${mb(theirs)}`],
  ])}`,
);
const worst = (name: string) => Math.max(...CONCURRENCY.map((c) => overhead(c, name)));
const both = (name: string) => CONCURRENCY.map((c) => `${pct(overhead(c, name))} at concurrency ${c}`).join(', ');
const publicVsOfficial = signCpu('signRequest(Request) (public)') / signCpu('official AKSKSigner.sign (headers)');
const publicVsInternal = signCpu('signRequest(Request) (public)') / signCpu('signParts (internal path)');
const endToEnd = Math.max(...CONCURRENCY.map((c) => cpuOf(c, 'signRequest + raw fetch') / cpuOf(c, 'official signer + raw fetch') - 1));
console.log(`\n${target('runtime dependencies <= 2 packages', ours.size <= 2, `${ours.size}: ${[...ours.keys()].join(', ')}`)}`);
console.log(target('one-service bundle <= 10 KB', sizeTaskport <= 10 * 1024, `${(sizeTaskport / 1024).toFixed(2)} KB`));
console.log(target('operations-only bundle <= 6 KB', sizeOperations <= 6 * 1024, `${(sizeOperations / 1024).toFixed(2)} KB`));
console.log(target('CPU overhead <= 10 % with a token (vs raw fetch)', worst('taskport, token') <= 0.1, both('taskport, token')));
console.log(target('CPU overhead <= 25 % with AK/SK (vs raw fetch)', worst('taskport, AK/SK') <= 0.25, both('taskport, AK/SK')));
console.log(target('public signRequest <= official signer (signing alone)', publicVsOfficial <= 1, `${signCpu('signRequest(Request) (public)').toFixed(1)} µs vs ${signCpu('official AKSKSigner.sign (headers)').toFixed(1)} µs (${publicVsOfficial.toFixed(2)}x)`));
console.log(target('public signRequest + fetch <= official signer + fetch (CPU, both concurrencies)', endToEnd <= 0, `worst ${pct(endToEnd)}`));
console.log(target('public signRequest close to the internal path (<= 1.5x signParts)', publicVsInternal <= 1.5, `${signCpu('signRequest(Request) (public)').toFixed(1)} µs vs ${signCpu('signParts (internal path)').toFixed(1)} µs (${publicVsInternal.toFixed(2)}x)`));
console.log(target('cold import of taskport/hss <= 20 ms', importTaskport <= 20, `${fmt(importTaskport)}, ${importedModules} modules`));
