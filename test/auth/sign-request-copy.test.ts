/**
 * signRequest builds the signed copy in one step (issue 15): a request without a body is never cloned
 * (a clone is a second Request with its own signal listener), and the copy still equals the official
 * signer's output and keeps every property of the input, its signal included.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signRequest } from '../../src/auth/sign-request.js';
import { AKSK_VECTORS, parseSdkDate } from '../helpers/aksk-vectors.js';

afterEach(() => vi.restoreAllMocks());

function withoutKeys(headers: Record<string, string>, drop: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop.includes(name)));
}

const credentials = { ak: 'HPUAEXAMPLEAK0000001', sk: 'ExampleSecretKey0123456789abcdefghijklmn' };
const DATE = new Date('2026-11-23T12:00:00Z');
const bodiless = AKSK_VECTORS.filter((v) => v.body === '');

describe('signRequest on a request without a body', () => {
  it('the fixture has bodiless vectors to check', () => {
    expect(bodiless.length).toBeGreaterThan(0);
  });

  it.each(bodiless.map((v) => [v.name, v] as const))('%s: official output, and the input is never cloned', async (_name, v) => {
    const clone = vi.spyOn(Request.prototype, 'clone');
    const headers = withoutKeys(v.expected.headersAfterSigning, ['Authorization']);
    const request = new Request(v.url, { method: v.method, headers });
    const signed = await signRequest(request, { ak: v.ak, sk: v.sk }, { date: parseSdkDate(v.sdkDate) });
    expect(signed.headers.get('authorization')).toBe(v.expected.authorization);
    expect(clone).not.toHaveBeenCalled();
  });

  it.each([
    ['URL unchanged', 'https://h.example/x?a=1'],
    ['URL rewritten', 'https://h.example/x?b=1&a=1'],
  ] as const)('%s: the copy keeps the input options and follows its signal', async (_name, url) => {
    const controller = new AbortController();
    const request = new Request(url, { method: 'DELETE', redirect: 'manual', cache: 'no-store', referrerPolicy: 'no-referrer', keepalive: true, signal: controller.signal, headers: { 'X-A': '1' } });
    const signed = await signRequest(request, credentials, { date: DATE });
    expect(signed).not.toBe(request);
    expect(signed.method).toBe('DELETE');
    expect(signed.redirect).toBe('manual');
    expect(signed.cache).toBe('no-store');
    expect(signed.referrerPolicy).toBe('no-referrer');
    expect(signed.keepalive).toBe(true);
    expect(signed.headers.get('x-a')).toBe('1');
    expect(signed.body).toBeNull();
    // The input is left as it was.
    expect(request.headers.has('authorization')).toBe(false);
    expect(request.url).toBe(url);
    controller.abort(new Error('stop'));
    expect(signed.signal.aborted).toBe(true);
    expect((signed.signal.reason as Error).message).toBe('stop');
  });
});
