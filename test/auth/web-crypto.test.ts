/**
 * The portable path: with the node:crypto fast path switched off, the signer runs on Web Crypto
 * alone (as in browsers and edge runtimes) and must still reproduce every official vector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useWebCryptoOnly } from '../../src/auth/hmac-sha256.js';
import { signRequest } from '../../src/auth/sign-request.js';
import { AKSK_VECTORS as vectors, parseSdkDate } from '../helpers/aksk-vectors.js';

describe('signing on Web Crypto only', () => {
  beforeAll(() => useWebCryptoOnly(true));
  afterAll(() => useWebCryptoOnly(false));

  it.each(vectors.map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    const headers = Object.fromEntries(Object.entries(v.expected.headersAfterSigning).filter(([k]) => k.toLowerCase() !== 'authorization'));
    const request = new Request(v.url, { method: v.method, headers, body: v.body === '' ? null : v.body });
    const signed = await signRequest(request, { ak: v.ak, sk: v.sk }, { date: parseSdkDate(v.sdkDate) });
    expect(signed.headers.get('authorization')).toBe(v.expected.authorization);
  });

  it('the switch really bypasses node:crypto (a poisoned subtle fails the signature)', async () => {
    const original = globalThis.crypto.subtle.sign.bind(globalThis.crypto.subtle);
    globalThis.crypto.subtle.sign = async () => new ArrayBuffer(32);
    try {
      const v = vectors[0]!;
      const headers = Object.fromEntries(Object.entries(v.expected.headersAfterSigning).filter(([k]) => k.toLowerCase() !== 'authorization'));
      const signed = await signRequest(new Request(v.url, { method: v.method, headers }), { ak: v.ak, sk: v.sk }, { date: parseSdkDate(v.sdkDate) });
      expect(signed.headers.get('authorization')).not.toBe(v.expected.authorization);
    } finally {
      globalThis.crypto.subtle.sign = original;
    }
  });
});
