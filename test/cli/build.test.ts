/**
 * scripts/build-cli.mjs: bundles the CLI into one executable ESM file (shebang kept, openapi-fetch
 * external). The bundle is built into a temporary package-like folder (`<tmp>/dist/src/cli/taskport.js`
 * with `node_modules` and `generated` linked to the repo's, and its package.json), then run: `--version`, `get` against
 * an in-test mock, and its own `mock` command, which finds generated/openapi/ in the package root above itself.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MockServer } from '../../src/apps/mock/index.js';
import { cleanEnv, mockEnv, REPO, runCommand, startTestMock } from './helpers.js';

vi.setConfig({ testTimeout: 120_000 });

let dir: string;
let outfile: string;
let mock: MockServer;
let built: Awaited<ReturnType<typeof runCommand>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'taskport-cli-build-'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  symlinkSync(path.join(REPO, 'generated'), path.join(dir, 'generated'), 'dir');
  // The CLI finds its package root by taskport's package.json, as in an installed package.
  writeFileSync(path.join(dir, 'package.json'), readFileSync(path.join(REPO, 'package.json')));
  outfile = path.join(dir, 'dist/src/cli/taskport.js');
  mock = await startTestMock();
  built = await runCommand([process.execPath, path.join(REPO, 'scripts/build-cli.mjs'), '--outfile', outfile]);
}, 120_000);
afterAll(async () => {
  await mock?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the bundled CLI', () => {
  it('builds an executable ESM file with the shebang, openapi-fetch left external', () => {
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/build-cli: .*taskport\.js \(\d+ KiB\)/);
    const text = readFileSync(outfile, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(outfile).mode & 0o111).toBe(0o111);
    expect(text).toMatch(/^import [^;]+ from "openapi-fetch";$/m);
    // commander and cli-progress are inside.
    expect(text).not.toMatch(/from "(commander|cli-progress)"/);
  });

  it('runs directly (shebang) and prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    const result = await runCommand([outfile, '--version']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('get against the mock', async () => {
    const result = await runCommand([process.execPath, outfile, 'get', 'hss', 'demo-succeeded', '--json'], { env: cleanEnv(mockEnv(mock)) });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ service: 'hss', id: 'demo-succeeded' });
    const failed = await runCommand([process.execPath, outfile, 'get', 'hss', 'no-such-task'], { env: cleanEnv(mockEnv(mock)) });
    expect(failed.code).toBe(4);
  });

  it('runs its own mock (bundled specs found next to the package) and stops cleanly on SIGINT', async () => {
    const child = spawn(process.execPath, [outfile, 'mock', '--json'], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const info = await new Promise<{ url: string; env: Record<string, string> }>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        if (stdout.includes('\n')) resolve(JSON.parse(stdout.split('\n')[0]!));
      });
      child.on('exit', (code) => reject(new Error(`mock exited ${code}: ${stderr}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const result = await runCommand([process.execPath, outfile, 'wait', 'workspace', 'demo-succeeded', '--min-delay', '10ms', '--json'], { env: cleanEnv(info.env) });
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ service: 'workspace', status: 'succeeded' });
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('taskport: mock server stopped');
  });
});
