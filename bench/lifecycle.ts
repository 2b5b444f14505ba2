/**
 * Lifecycle benchmarks, measured side by side in one run (npm run bench:lifecycle):
 * - a 1 GB download from a loopback server (its own process, deterministic bytes, nothing stored)
 *   through a generated client's file operation vs a bare `fetch` reading the same stream:
 *   throughput >= 80 % of bare, peak RSS growth <= 64 MB;
 * - a 200 MB multipart upload from `fs.openAsBlob`, AK/SK signed (hashed and sent from the Blob) vs
 *   a bare `fetch` sending the same file in a FormData, unsigned: time <= 1.5x, RSS growth <= 64 MB.
 * - bundle growth: the task-only client (`create<Service>TaskClient`, min+gz, browser, as
 *   bench/client.ts measures) vs the read-only client of the commit before the lifecycle work
 *   (BENCH_BASE_COMMIT, taken from git into a temporary folder): <= 1 KB.
 * Run with `node --expose-gc` (the npm script does) so each run starts from a collected heap.
 */
import { execFileSync, fork } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { closeSync, mkdtempSync, openAsBlob, openSync, rmSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHssClient } from '../generated/clients/hss.js';
import { createMetaStudioClient } from '../generated/clients/metastudio.js';
import { median, table, target } from './measure.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOWNLOAD_BYTES = Number(process.env.BENCH_DOWNLOAD_BYTES ?? 2 ** 30);
const UPLOAD_BYTES = Number(process.env.BENCH_UPLOAD_BYTES ?? 200 * 2 ** 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MB = 2 ** 20;

const child = fork(path.join(repo, 'bench/lifecycle-server.mjs'), [String(DOWNLOAD_BYTES)], { stdio: 'ignore' });
const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
const origin = `http://127.0.0.1:${port}`;
const gc = (globalThis as { gc?: () => void }).gc;

/** Runs `fn`, sampling RSS every 10 ms: its wall time and the peak RSS above the start. */
async function measured(fn: () => Promise<number>): Promise<{ ms: number; rssGrowth: number; bytes: number }> {
  gc?.();
  const base = process.memoryUsage.rss();
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const started = performance.now();
  const bytes = await fn();
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { ms, rssGrowth: peak - base, bytes };
}

async function drain(body: ReadableStream<Uint8Array>): Promise<number> {
  const reader = body.getReader();
  let n = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) n += next.value.byteLength;
  return n;
}

// ---- download ---------------------------------------------------------------------------------
const hss = createHssClient({ endpoint: origin, projectId: 'p', credentials: { token: 'bench-token' } });
const bareDownload = async () => drain((await fetch(`${origin}/v5/p/download/f`)).body!);
const sdkDownload = async () => drain((await hss.listDownloadExportedFile({ file_id: 'f' })).body);

// ---- upload -----------------------------------------------------------------------------------
const dir = mkdtempSync(path.join(tmpdir(), 'taskport-bench-'));
const file = path.join(dir, 'upload.bin');
const fd = openSync(file, 'w');
const pattern = Buffer.alloc(MB, 0x5a);
for (let written = 0; written < UPLOAD_BYTES; written += pattern.length) writeSync(fd, pattern, 0, Math.min(pattern.length, UPLOAD_BYTES - written));
closeSync(fd);
const blob = await openAsBlob(file);
const metastudio = createMetaStudioClient({ endpoint: origin, projectId: 'p', credentials: { ak: 'BENCHAK0000000000001', sk: 'bench-secret-key-0123456789' }, retry: false });
const bareUpload = async () => {
  const form = new FormData();
  form.append('file', blob, 'upload.bin');
  const response = await fetch(`${origin}/v2/p/ies/import/voice`, { method: 'POST', body: form });
  return Number(((await response.json()) as { value: string }).value.split('-')[1]);
};
const sdkUpload = async () => Number((await metastudio.importResource({ resource: 'voice', file: blob })).value!.split('-')[1]);

// ---- bundle growth ----------------------------------------------------------------------------
const BASE_COMMIT = process.env.BENCH_BASE_COMMIT ?? '6a530a5';
const SERVICES = [
  ['hss', 'Hss'],
  ['workspace', 'Workspace'],
  ['metastudio', 'MetaStudio'],
  ['dataarts-insight', 'DataArtsInsight'],
] as const;
async function bundleSize(root: string, slug: string, factory: string): Promise<number> {
  const contents = `import { ${factory} } from './generated/clients/${slug}.ts';\nconst c = ${factory}({ region: 'cn-north-4', projectId: 'p', credentials: { ak: 'a', sk: 'b' }, workspaceId: 'w' });\nconsole.log(await c.waitForTask('id'));`;
  const result = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}
const baseDir = mkdtempSync(path.join(tmpdir(), 'taskport-base-'));
const bundles: (string | number)[][] = [['one-service bundle, min+gzip', `read-only client at ${BASE_COMMIT}`, 'task-only client now', 'growth', 'full client now']];
const growths: number[] = [];
try {
  execFileSync('sh', ['-c', `git -C "${repo}" archive ${BASE_COMMIT} src generated | tar -x -C "${baseDir}"`]);
  symlinkSync(path.join(repo, 'node_modules'), path.join(baseDir, 'node_modules'), 'dir');
  for (const [slug, name] of SERVICES) {
    const before = await bundleSize(baseDir, slug, `create${name}Client`);
    const tasks = await bundleSize(repo, slug, `create${name}TaskClient`);
    const full = await bundleSize(repo, slug, `create${name}Client`);
    growths.push(tasks - before);
    bundles.push([slug, `${(before / 1024).toFixed(2)} KB`, `${(tasks / 1024).toFixed(2)} KB`, `${tasks - before >= 0 ? '+' : ''}${tasks - before} B`, `${(full / 1024).toFixed(2)} KB`]);
  }
} finally {
  rmSync(baseDir, { recursive: true, force: true });
}

type Sample = Awaited<ReturnType<typeof measured>>;
const results: Record<string, Sample[]> = { bareDownload: [], sdkDownload: [], bareUpload: [], sdkUpload: [] };
try {
  await drain((await fetch(`${origin}/warm-up?bytes=${MB}`)).body!);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the two sides so drift in the machine's load hits both alike.
    results.bareDownload!.push(await measured(bareDownload));
    results.sdkDownload!.push(await measured(sdkDownload));
    results.bareUpload!.push(await measured(bareUpload));
    results.sdkUpload!.push(await measured(sdkUpload));
  }
} finally {
  child.kill();
  rmSync(dir, { recursive: true, force: true });
}

for (const [name, samples] of Object.entries(results)) {
  const want = name.endsWith('Download') ? DOWNLOAD_BYTES : UPLOAD_BYTES;
  // The upload side counts the whole multipart body, a little more than the file.
  if (samples.some((s) => s.bytes < want)) throw new Error(`${name}: moved ${samples.map((s) => s.bytes).join(', ')} bytes, expected ${want}`);
}
const ms = (name: string) => median(results[name]!.map((s) => s.ms));
const rss = (name: string) => Math.max(...results[name]!.map((s) => s.rssGrowth)) / MB;
const throughput = (name: string) => DOWNLOAD_BYTES / MB / (ms(name) / 1000);

console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${ROUNDS} rounds, medians; node ${process.version}${gc ? '' : ' (no --expose-gc: RSS numbers are rougher)'}`);
console.log(
  table([
    ['', 'time', 'throughput', 'peak RSS growth'],
    [`download ${(DOWNLOAD_BYTES / MB).toFixed(0)} MB, bare fetch`, `${ms('bareDownload').toFixed(0)} ms`, `${throughput('bareDownload').toFixed(0)} MB/s`, `${rss('bareDownload').toFixed(1)} MB`],
    [`download, HSS listDownloadExportedFile`, `${ms('sdkDownload').toFixed(0)} ms`, `${throughput('sdkDownload').toFixed(0)} MB/s`, `${rss('sdkDownload').toFixed(1)} MB`],
    [`upload ${(UPLOAD_BYTES / MB).toFixed(0)} MB, bare fetch FormData unsigned`, `${ms('bareUpload').toFixed(0)} ms`, '', `${rss('bareUpload').toFixed(1)} MB`],
    [`upload, MetaStudio importResource AK/SK`, `${ms('sdkUpload').toFixed(0)} ms`, '', `${rss('sdkUpload').toFixed(1)} MB`],
  ]),
);
console.log(table(bundles));
const ratio = throughput('sdkDownload') / throughput('bareDownload');
const uploadRatio = ms('sdkUpload') / ms('bareUpload');
console.log(target('download throughput >= 80 % of bare fetch', ratio >= 0.8, `${(ratio * 100).toFixed(0)} %`));
console.log(target('download peak RSS growth <= 64 MB', rss('sdkDownload') <= 64, `${rss('sdkDownload').toFixed(1)} MB`));
console.log(target('signed upload time <= 1.5x bare unsigned', uploadRatio <= 1.5, `${uploadRatio.toFixed(2)}x`));
console.log(target('upload peak RSS growth <= 64 MB beyond the Blob', rss('sdkUpload') <= 64, `${rss('sdkUpload').toFixed(1)} MB (the Blob is file-backed)`));
console.log(target('task-only client bundle grows <= 1 KB min+gz (every service)', growths.every((g) => g <= 1024), `largest growth ${Math.max(...growths)} B`));
