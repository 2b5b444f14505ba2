/**
 * npm run bench:load — the client under sustained load against the mock server.
 *
 *   node --expose-gc --import tsx bench/load.ts
 *
 * 10 000 requests at concurrency 200 with one HSS client (token credentials, retries off so every
 * failure counts) against the mock server, which runs in a CHILD process (bench/mock-child.ts) so
 * its work and heap do not pollute the client's measurements. The same load is sent with raw fetch
 * (same URL, same header, body parsed), side by side in the same run, in alternating halves
 * (client, raw, raw, client: drift cancels out). Reported:
 *
 *   - errors (goal: 0)
 *   - heap used before and after, each after a forced GC (goal: flat — within +10 MB or +10 %)
 *   - p50 / p99 latency of both, and the client overhead per request (client − raw) at p50 / p99
 *   - CPU time per request in this process (client vs raw): the overhead without queueing noise
 *   - throughput and wall time (goal: the whole run under 2 minutes)
 *
 * Environment: BENCH_REQUESTS (default 10000), BENCH_CONCURRENCY (200), BENCH_WARMUP (2000).
 * Prints a report with MET/MISSED lines; it asserts nothing.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHssClient } from '../generated/clients/hss.js';
import { MOCK_PROJECT_ID, MOCK_TOKEN } from '../src/apps/mock/constants.js';
import { percentile, table, target } from './measure.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2000);
const TASK_ID = 'load-1';
const MB = 1024 * 1024;
const runStarted = performance.now();

// ---- the mock, in a child process ---------------------------------------------------------------
const here = path.dirname(fileURLToPath(import.meta.url));
const child = fork(path.join(here, 'mock-child.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const endpoint = await new Promise<string>((resolve, reject) => {
  child.once('message', (message) => resolve((message as { url: string }).url));
  child.once('exit', (code) => reject(new Error(`the mock child exited early (code ${code})`)));
});

const hss = createHssClient({ endpoint, projectId: MOCK_PROJECT_ID, credentials: { token: MOCK_TOKEN }, retry: false });
const rawUrl = `${endpoint}/v5/${MOCK_PROJECT_ID}/export-task/${TASK_ID}`;

const calls = {
  client: async () => {
    const body = await hss.listQueryExportTask({ task_id: TASK_ID });
    if (body.task_id !== TASK_ID) throw new Error('unexpected body');
  },
  raw: async () => {
    const response = await fetch(rawUrl, { headers: { 'X-Auth-Token': MOCK_TOKEN } });
    const body = (await response.json()) as { task_id?: string };
    if (!response.ok || body.task_id !== TASK_ID) throw new Error(`HTTP ${response.status}`);
  },
};
type Kind = keyof typeof calls;

interface Phase {
  latencies: number[];
  errors: number;
  firstError?: string;
  wallMs: number;
  cpuUs: number;
}

/** Sends `count` requests with at most `concurrency` in flight; per-request latency in ms. */
async function load(kind: Kind, count: number): Promise<Phase> {
  const call = calls[kind];
  const latencies = new Array<number>(count);
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const cpu = process.cpuUsage();
  const started = performance.now();
  async function worker(): Promise<void> {
    for (let i = next++; i < count; i = next++) {
      const t0 = performance.now();
      try {
        await call();
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      latencies[i] = performance.now() - t0;
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency(), count) }, worker));
  const used = process.cpuUsage(cpu);
  return { latencies, errors, ...(firstError ? { firstError } : {}), wallMs: performance.now() - started, cpuUs: used.user + used.system };
}
const concurrency = () => CONCURRENCY;

function merge(phases: Phase[]): Phase {
  const firstError = phases.find((p) => p.firstError)?.firstError;
  return {
    latencies: phases.flatMap((p) => p.latencies),
    errors: phases.reduce((n, p) => n + p.errors, 0),
    ...(firstError ? { firstError } : {}),
    wallMs: phases.reduce((n, p) => n + p.wallMs, 0),
    cpuUs: phases.reduce((n, p) => n + p.cpuUs, 0),
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
async function heapAfterGc(): Promise<number | undefined> {
  if (!gc) return undefined;
  // Let sockets and timers settle, then collect twice (weak references, finalizers).
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return process.memoryUsage().heapUsed;
}

// ---- run ------------------------------------------------------------------------------------------
console.log(`bench:load — ${REQUESTS} requests at concurrency ${CONCURRENCY}, HSS listQueryExportTask with a token, mock server in child pid ${child.pid}`);
const heapStart = await heapAfterGc();
await load('client', WARMUP);
await load('raw', WARMUP);
const heapBefore = await heapAfterGc();

const half = Math.floor(REQUESTS / 2);
const phases: Record<Kind, Phase[]> = { client: [], raw: [] };
// Alternating halves, ABBA: client, raw, raw, client.
for (const kind of ['client', 'raw', 'raw', 'client'] as const) phases[kind].push(await load(kind, phases[kind].length === 0 ? half : REQUESTS - half));
const heapAfter = await heapAfterGc();

child.send('stop');
await new Promise((resolve) => child.once('exit', resolve));

const client = merge(phases.client);
const raw = merge(phases.raw);
const p = (phase: Phase, q: number) => percentile(phase.latencies, q);
const ms = (v: number) => `${v.toFixed(2)} ms`;
const us = (v: number) => `${v.toFixed(1)} µs`;
const perReqCpu = (phase: Phase) => phase.cpuUs / phase.latencies.length;

console.log('');
console.log(
  table([
    ['', 'requests', 'errors', 'p50', 'p90', 'p99', 'max', 'req/s', 'CPU/req (this process)'],
    ...(['client', 'raw'] as const).map((kind) => {
      const phase = kind === 'client' ? client : raw;
      return [kind === 'client' ? 'taskport client' : 'raw fetch', phase.latencies.length, phase.errors, ms(p(phase, 50)), ms(p(phase, 90)), ms(p(phase, 99)), ms(Math.max(...phase.latencies)), Math.round((phase.latencies.length / phase.wallMs) * 1000), us(perReqCpu(phase))];
    }),
  ]),
);

const overhead50 = p(client, 50) - p(raw, 50);
const overhead99 = p(client, 99) - p(raw, 99);
const cpuOverhead = perReqCpu(client) - perReqCpu(raw);
console.log('');
console.log(`client overhead per request (client − raw fetch): p50 ${ms(overhead50)}, p99 ${ms(overhead99)}; CPU ${us(cpuOverhead)} per request`);
if (client.firstError) console.log(`first client error: ${client.firstError}`);
if (raw.firstError) console.log(`first raw fetch error: ${raw.firstError}`);

const fmtMb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / MB).toFixed(1)} MB`);
console.log(`heap used after GC: start ${fmtMb(heapStart)}, after warm-up ${fmtMb(heapBefore)}, after the measured load ${fmtMb(heapAfter)}`);

const totalMs = performance.now() - runStarted;
console.log('');
console.log(target('errors = 0 (client)', client.errors === 0, `${client.errors} of ${client.latencies.length}`));
console.log(target('errors = 0 (raw fetch baseline)', raw.errors === 0, `${raw.errors} of ${raw.latencies.length}`));
if (heapBefore === undefined || heapAfter === undefined) {
  console.log(target('heap flat (within +10 MB or +10 %)', false, 'not measured: run with node --expose-gc'));
} else {
  const growth = heapAfter - heapBefore;
  const allowed = Math.max(10 * MB, 0.1 * heapBefore);
  console.log(target('heap flat (within +10 MB or +10 %)', growth <= allowed, `${growth >= 0 ? '+' : ''}${fmtMb(growth)} (${((growth / heapBefore) * 100).toFixed(1)} %), allowed +${fmtMb(allowed)}`));
}
console.log(target('runtime < 2 min', totalMs < 120_000, `${(totalMs / 1000).toFixed(1)} s`));
