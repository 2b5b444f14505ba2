/**
 * `npm run demo`: Taskport in ~20 seconds with no cloud account. Starts the mock server in this
 * process, then runs the real CLI (`dist/src/cli/taskport.js` when built, else `src/apps/cli/main.ts`
 * through tsx) as a child with HUAWEICLOUD_SDK_* pointing at the mock: `taskport wait` on one
 * task per service until it succeeds (progress bar on a terminal), then a failing task, which
 * must exit 1, then one whole export: `taskport start hss exportVuls … --output <dir>` starts it,
 * waits for it and downloads its file (a byte bar on a terminal), which must arrive whole.
 * Exits 0 when every command behaved as expected.
 *
 *   tsx scripts/demo.ts [--fast]     (--fast: poll every few ms; for tests)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultScenarios, MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, startMockServer } from '../src/apps/mock/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { fast: { type: 'boolean', default: false } }, strict: true });
const built = path.join(repo, 'dist/src/cli/taskport.js');
const cli = existsSync(built) ? [built] : ['--import', 'tsx', path.join(repo, 'src/apps/cli/main.ts')];
const pacing = values.fast ? ['--min-delay', '20ms', '--max-delay', '50ms'] : ['--min-delay', '1s', '--max-delay', '2s'];

const scenarios = defaultScenarios();
// Big enough for the download's progress to show, small enough to be quick.
const FILE_SIZE = 8 * 1024 * 1024;
const mock = await startMockServer({ scenarios, fileSize: FILE_SIZE });
const downloads = mkdtempSync(path.join(tmpdir(), 'taskport-demo-'));
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('HUAWEICLOUD_SDK_'))),
  HUAWEICLOUD_SDK_ENDPOINT: mock.url,
  HUAWEICLOUD_SDK_PROJECT_ID: MOCK_PROJECT_ID,
  HUAWEICLOUD_SDK_AK: MOCK_AK,
  HUAWEICLOUD_SDK_SK: MOCK_SK,
  HUAWEICLOUD_SDK_WORKSPACE_ID: mock.clientOptions.workspaceId!,
};

const bold = (text: string) => (process.stdout.isTTY ? `\u001b[1m${text}\u001b[22m` : text);

/** Runs `taskport …args` with the terminal as its stdout/stderr (so the bar shows); resolves to its exit code. */
function taskport(args: string[]): Promise<number> {
  console.log(`\n${bold(`$ taskport ${args.join(' ')}`)}`);
  return new Promise((resolve, reject) => {
    // Asynchronous on purpose: the mock answers from this process while the child runs.
    const child = spawn(process.execPath, [...cli, ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

console.log(`Taskport demo: mock server on ${mock.url}, CLI ${existsSync(built) ? path.relative(repo, built) : 'src/apps/cli/main.ts (tsx)'}`);
console.log(`env: HUAWEICLOUD_SDK_ENDPOINT=${mock.url} HUAWEICLOUD_SDK_PROJECT_ID=${MOCK_PROJECT_ID} HUAWEICLOUD_SDK_AK=${MOCK_AK} HUAWEICLOUD_SDK_SK=<the mock's demo key> HUAWEICLOUD_SDK_WORKSPACE_ID=${mock.clientOptions.workspaceId}`);

const started = Date.now();
const results: { command: string; expected: number; code: number }[] = [];
const services = [...new Set(scenarios.map((s) => s.service))];
try {
  for (const service of services) {
    const args = ['wait', service, 'demo-succeeded', ...pacing];
    results.push({ command: args.slice(0, 3).join(' '), expected: 0, code: await taskport(args) });
  }
  const failing = scenarios.find((s) => s.id === 'demo-failed');
  if (failing) {
    const args = ['wait', failing.service, failing.id, ...pacing];
    results.push({ command: args.slice(0, 3).join(' '), expected: 1, code: await taskport(args) });
  }
  // One whole export: start it, wait for it, download its file.
  const output = path.join(downloads, 'vulnerabilities.zip');
  const args = ['start', 'hss', 'exportVuls', '--category', 'vul', '--export-size', '1000', '--export-headers', '["vul_name","Vulnerability"]', '--export-headers', '["cve_id","CVE"]', '--output', output, ...pacing];
  const code = await taskport(args);
  const size = existsSync(output) ? statSync(output).size : 0;
  console.log(`downloaded ${size} bytes (${size === FILE_SIZE ? 'whole' : `expected ${FILE_SIZE}`})`);
  results.push({ command: `${args.slice(0, 3).join(' ')} --output …`, expected: 0, code: code === 0 && size !== FILE_SIZE ? 1 : code });
} finally {
  await mock.close();
  rmSync(downloads, { recursive: true, force: true });
}

console.log(`\n${bold('Summary')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
for (const r of results) console.log(`  ${r.code === r.expected ? 'ok  ' : 'FAIL'}  taskport ${r.command.padEnd(36)} exit ${r.code} (expected ${r.expected})`);
const ok = results.length > 0 && results.every((r) => r.code === r.expected);
console.log(ok ? '\nEvery command behaved as expected.' : '\nSome command did not behave as expected.');
process.exitCode = ok ? 0 : 1;
