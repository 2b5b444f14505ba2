/**
 * npm run bench:pipeline — the generation pipeline against the same steps as separate CLI
 * processes, side by side in one run, and how its cost grows with the number of operations.
 *
 *   1. Alternating rounds of: `generate --force`, a no-op `generate`, and the CLI chain
 *      (redocly lint, redocly bundle, spectral lint, openapi-typescript, redocly build-docs per service).
 *   2. Synthetic spec trees of 100 and 1000 operations, generated here, run with `--force`.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { fmt, median, table, target, timeCommand } from './measure.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(repo, 'node_modules/.bin', name);
const generate = path.join(repo, 'scripts/generate.mjs');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const services = Object.entries((parse(readFileSync(path.join(repo, 'redocly.yaml'), 'utf8')) as { apis: Record<string, { root: string }> }).apis);

/** The same work as the pipeline, one CLI process per step and service. */
function cliChain(scratch: string): number {
  const spectralRuleset = path.join(scratch, '.spectral.yaml');
  writeFileSync(spectralRuleset, 'extends: ["spectral:oas"]\n');
  let total = 0;
  for (const [name, api] of services) {
    const bundled = path.join(scratch, `${name}.yaml`);
    total += timeCommand(bin('redocly'), ['lint', api.root], { cwd: repo });
    total += timeCommand(bin('redocly'), ['bundle', api.root, '-o', bundled], { cwd: repo });
    total += timeCommand(bin('spectral'), ['lint', '-r', spectralRuleset, bundled], { cwd: scratch });
    // Run outside the repository: openapi-typescript would otherwise pick up redocly.yaml.
    total += timeCommand(bin('openapi-typescript'), [bundled, '-o', path.join(scratch, `${name}.ts`)], { cwd: scratch });
    total += timeCommand(bin('redocly'), ['build-docs', bundled, '-o', path.join(scratch, `${name}.html`)], { cwd: scratch });
  }
  return total;
}

/** A spec tree with one synthetic service of `operations` task-reading operations. */
function syntheticRepo(operations: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `taskport-bench-${operations}-`));
  cpSync(path.join(repo, 'specs/shared'), path.join(dir, 'specs/shared'), { recursive: true });
  for (const file of ['package-lock.json', 'package.json']) cpSync(path.join(repo, file), path.join(dir, file));
  writeFileSync(path.join(dir, 'redocly.yaml'), 'apis:\n  synthetic:\n    root: specs/synthetic/openapi.yaml\nextends:\n  - recommended-strict\n');
  const base = path.join(dir, 'specs/synthetic');
  mkdirSync(path.join(base, 'paths'), { recursive: true });
  mkdirSync(path.join(base, 'components/schemas'), { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < operations; i++) {
    paths.push(`  /v1/{project_id}/things${i}/{task_id}:\n    $ref: paths/things${i}.yaml`);
    writeFileSync(
      path.join(base, `paths/things${i}.yaml`),
      `get:
  operationId: ShowThing${i}
  summary: Show thing ${i}
  description: Returns task ${i}.
  tags: [Things]
  parameters:
    - $ref: ../../shared/parameters/project_id.yaml
    - name: task_id
      in: path
      required: true
      description: Task ID.
      schema: { type: string, minLength: 1 }
    - name: verbose
      in: query
      required: false
      description: Verbose output.
      schema: { type: boolean }
  responses:
    '200':
      description: The task.
      content:
        application/json:
          schema: { $ref: ../components/schemas/Thing${i}.yaml }
          examples:
            documented:
              summary: Example
              value: { task_id: t${i}, task_status: running, name: thing }
    4XX:
      description: Client error.
      content:
        application/json:
          schema: { $ref: ../../shared/schemas/ErrorBody.yaml }
  x-task:
    id: task_id
    idField: /task_id
    status: { field: /task_status, values: { running: [running], succeeded: [success], failed: [failure] } }
    name: /name
`,
    );
    writeFileSync(
      path.join(base, `components/schemas/Thing${i}.yaml`),
      `type: object
description: Thing ${i}.
properties:
  task_id: { type: string, description: Task ID. }
  name: { type: string, description: Name. }
  task_status: { type: string, description: Status., enum: [running, success, failure] }
`,
    );
  }
  writeFileSync(
    path.join(base, 'openapi.yaml'),
    `openapi: 3.1.0
info:
  title: Synthetic
  version: 1.0.0
  description: A synthetic service for the pipeline benchmark.
  x-service-title: Synthetic
  x-client-name: Synthetic
  contact: { name: Taskport maintainers, url: https://github.com/taskport/taskport, email: maintainers@taskport.dev }
  license: { name: MIT, url: https://opensource.org/licenses/MIT }
servers:
  - url: https://synthetic.{region}.myhuaweicloud.com
    description: Synthetic endpoint.
    variables:
      region: { default: r-one-1, enum: [r-one-1], description: Region. }
security:
  - token: []
tags:
  - name: Things
    description: Things.
paths:
${paths.join('\n')}
components:
  securitySchemes:
    token: { $ref: ../shared/security-schemes/token.yaml }
`,
  );
  return dir;
}

// Note: the synthetic trees only get a `task` trio per operation in the descriptor; one x-task per
// service is what the task emitter supports, so every synthetic operation but the first drops it.
function dropExtraTasks(dir: string, operations: number): void {
  for (let i = 1; i < operations; i++) {
    const file = path.join(dir, `specs/synthetic/paths/things${i}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/  x-task:[\s\S]*$/, ''));
  }
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'taskport-bench-cli-'));
timeCommand('node', [generate], { cwd: repo }); // make sure the cache is warm for the no-op runs
const force: number[] = [];
const noop: number[] = [];
const chain: number[] = [];
for (let round = 1; round <= rounds; round++) {
  force.push(timeCommand('node', [generate, '--force'], { cwd: repo }));
  noop.push(timeCommand('node', [generate], { cwd: repo }));
  chain.push(cliChain(scratch));
  process.stderr.write(`round ${round}/${rounds}: force ${fmt(force.at(-1)!)}, no-op ${fmt(noop.at(-1)!)}, CLI chain ${fmt(chain.at(-1)!)}\n`);
}
rmSync(scratch, { recursive: true, force: true });

const growth: [number, number][] = [];
for (const operations of [100, 1000]) {
  const dir = syntheticRepo(operations);
  dropExtraTasks(dir, operations);
  const times: number[] = [];
  for (let i = 0; i < (operations === 1000 ? 2 : 3); i++) times.push(timeCommand('node', [generate, '--force', '--repo', dir], { cwd: repo }));
  growth.push([operations, median(times)]);
  rmSync(dir, { recursive: true, force: true });
}

const [f, n, c] = [median(force), median(noop), median(chain)];
const [[, t100], [, t1000]] = growth as [[number, number], [number, number]];
const perOp100 = t100 / 100;
const perOp1000 = t1000 / 1000;
console.log(`\nbench:pipeline — ${rounds} alternating rounds on ${os.cpus().length} cores (medians)\n`);
console.log(
  table([
    ['run', 'median', 'vs CLI chain'],
    ['generate --force (one process)', fmt(f), `${(c / f).toFixed(2)}x faster`],
    ['generate, nothing changed', fmt(n), `${(c / n).toFixed(0)}x faster`],
    [`CLI chain (${services.length * 5} processes)`, fmt(c), '1.00x'],
  ]),
);
console.log(`\n${table([['synthetic operations', 'generate --force', 'per operation'], ...growth.map(([ops, ms]) => [ops, fmt(ms), fmt(ms / ops)])])}`);
console.log(`\n${target('generate --force >= 3x faster than the CLI chain', c / f >= 3, `${(c / f).toFixed(2)}x`)}`);
console.log(target('no-op generate <= 0.5 s', n <= 500, fmt(n)));
console.log(target('1000 operations <= 20 s', t1000 <= 20_000, fmt(t1000)));
console.log(target('per-operation cost growth 100 → 1000 <= 1.3x', perOp1000 / perOp100 <= 1.3, `${(perOp1000 / perOp100).toFixed(2)}x`));
