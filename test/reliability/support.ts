/** Shared bits of the reliability tests (not a test file itself). */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Any error class (abstract constructors included). */
export type ErrorClass = abstract new (...args: never[]) => Error;

/** What a call did: threw (sync or async) or returned. */
export type Outcome = { threw: true; error: unknown } | { threw: false; value: unknown };

/** Runs `fn` and awaits it, capturing a synchronous throw, a rejection or the value. */
export async function outcome(fn: () => unknown): Promise<Outcome> {
  try {
    return { threw: false, value: await fn() };
  } catch (error) {
    return { threw: true, error };
  }
}

/** A readable description of an outcome for assertion messages. */
export function describeOutcome(o: Outcome): string {
  if (!o.threw) return `returned ${safeJson(o.value)}`;
  const e = o.error as { name?: string; message?: string; field?: string; rule?: string };
  return `threw ${e?.name ?? typeof o.error}(${e?.field ?? ''}${e?.rule ? `, ${e.rule}` : ''}): ${e?.message ?? String(o.error)}`;
}

function safeJson(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 200);
  } catch {
    return String(value);
  }
}

/** Every HUAWEICLOUD_SDK_* variable removed: the CLI and clients must see only what a test passes. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !name.startsWith('HUAWEICLOUD_')) env[name] = value;
  return { ...env, NO_COLOR: '1', ...extra };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

/** Runs the CLI from source in a child process (`node --import tsx src/apps/cli/main.ts …`). */
export function runCli(args: readonly string[], env: Record<string, string> = cleanEnv(), timeoutMs = 30_000): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'src/apps/cli/main.ts'), ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`CLI ${args.join(' ')} did not finish within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, elapsedMs: Date.now() - started });
    });
  });
}

/**
 * Records unhandled promise rejections for the whole test file and asserts, after all its tests,
 * that there were none. Call once at the top level of a test file.
 */
export function forbidUnhandledRejections(): { seen: unknown[] } {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown) => void seen.push(reason);
  process.on('unhandledRejection', onRejection);
  afterAll(async () => {
    // Give late rejections (a timer firing after the last test) a chance to surface.
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.off('unhandledRejection', onRejection);
    expect(seen.map((r) => (r instanceof Error ? `${r.name}: ${r.message}` : String(r)))).toEqual([]);
  });
  return { seen };
}
