/** Shared bits of the runtime tests (not a test file itself). */
import { afterEach, beforeEach } from 'vitest';

export const AK = 'HPUAEXAMPLEAK0000001';
export const SK = 'ExampleSecretKey0123456789abcdefghijklmn';
export const SECURITY_TOKEN = 'SecTok-gQpjbi5ub3J0aC00Iiwic2VjdXJpdHlUb2tlbiI6InRlc3Qi0000';
export const TOKEN = 'MIIEtokenExample+abc/def=0123456789TOKEN';
export const PROJECT_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';


/**
 * Clears the HUAWEICLOUD_SDK_* variables before each test of the calling file and restores the
 * original values after it, so neither the host environment nor one test leaks into another.
 */
export function isolateEnv(): void {
  const saved = new Map<string, string>();
  const names = () => Object.keys(process.env).filter((name) => name.startsWith('HUAWEICLOUD_SDK_'));
  beforeEach(() => {
    saved.clear();
    for (const name of names()) {
      saved.set(name, process.env[name]!);
      delete process.env[name];
    }
  });
  afterEach(() => {
    for (const name of names()) delete process.env[name];
    for (const [name, value] of saved) process.env[name] = value;
  });
}

/** Runs `fn` and returns what it threw (failing when it did not throw). */
export async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, but it returned normally');
}

/** A fast retry policy for tests: tiny backoff so retries happen almost at once. */
export const FAST_RETRY = { maxRetries: 2, minDelayMs: 1, maxDelayMs: 5 } as const;

/** A `fetch` stand-in that records what it was asked to send and answers a fixed JSON body. */
export function recordingFetch(body: unknown = {}): { fetch: typeof fetch; calls: { url: string; headers: Headers; method: string }[] } {
  const calls: { url: string; headers: Headers; method: string }[] = [];
  const stub = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, headers: new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)), method: init?.method ?? 'GET' });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: stub, calls };
}
