/**
 * Edge cases where the official Node signer (@huaweicloud/huaweicloud-sdk-core) deviates from the
 * Huawei Cloud signing guide and the Go and Python SDKs, numbered as the describes below. Each case
 * asserts the documented-correct behaviour (guide, Go, Python), not the Node signer's, which:
 * (1) double-encodes a path with a space or apostrophe (`%2520`); (2) encodes a pre-encoded path again;
 * (3) does not trim header values; (4) signs a capitalised `Host` twice (`host;host`); (5) hashes a
 * string body as `JSON.stringify(body)`; (6) signs null/undefined query values as text; (7) sorts query
 * names by raw code point (so do Go and Python: the de-facto rule); (8) orders `_` in header names
 * differently in SignedHeaders and the canonical headers; (9) ignores a lower-case `x-sdk-date`.
 */
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCanonicalRequest, signRequest } from '../../src/auth/sign-request.js';

const CREDENTIALS = { ak: 'HPUAEXAMPLEAK0000001', sk: 'ExampleSecretKey0123456789abcdefghijklmn' };
const DATE = new Date('2026-11-23T12:00:00Z');
const SDK_DATE = '20261123T120000Z';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

interface Canonical {
  method: string;
  uri: string;
  query: string;
  headerLines: string[];
  signedHeaders: string;
  payloadHash: string;
}

/** Splits a canonical request into its fields. */
function parseCanonical(canonicalRequest: string): Canonical {
  const lines = canonicalRequest.split('\n');
  const blank = lines.indexOf('', 3);
  return {
    method: lines[0] ?? '',
    uri: lines[1] ?? '',
    query: lines[2] ?? '',
    headerLines: lines.slice(3, blank),
    signedHeaders: lines[blank + 1] ?? '',
    payloadHash: lines[blank + 2] ?? '',
  };
}

function signedHeadersOf(request: Request): string {
  return /SignedHeaders=([^,]+),/.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
}

/** Rebuilds the canonical request of a signed Request from its wire URL and headers. */
function canonicalOf(signed: Request, payloadHash: string): Canonical {
  return parseCanonical(
    buildCanonicalRequest({
      method: signed.method,
      url: signed.url,
      headers: [...signed.headers].filter(([name]) => name !== 'authorization'),
      payloadHash,
    }).canonicalRequest,
  );
}

describe('quirk 1 path with space or apostrophe is encoded once', () => {
  it.each([
    ['space', { given: 'https://obs.example.com/v1/my bucket/obj', want: { uri: '/v1/my%20bucket/obj/', wire: 'https://obs.example.com/v1/my%20bucket/obj' } }],
    ['apostrophe', { given: "https://obs.example.com/v1/it's/obj", want: { uri: '/v1/it%27s/obj/', wire: 'https://obs.example.com/v1/it%27s/obj' } }],
  ] as const)('%s', async (_name, { given, want }) => {
    const signed = await signRequest(new Request(given), CREDENTIALS, { date: DATE });
    expect(canonicalOf(signed, EMPTY_SHA256).uri).toBe(want.uri);
    expect(signed.url).toBe(want.wire);
    expect(signed.url).not.toContain('%25');
  });
});

describe('quirk 2 pre-encoded path is not double-encoded', () => {
  it.each([
    ['encoded slash', { given: 'https://h.example/v1/a%2Fb', want: '/v1/a%2Fb/' }],
    ['lower-case hex', { given: 'https://h.example/v1/a%2fb', want: '/v1/a%2Fb/' }],
    ['encoded UTF-8', { given: 'https://h.example/v1/%E6%8A%A5', want: '/v1/%E6%8A%A5/' }],
    ['encoded percent', { given: 'https://h.example/v1/50%25', want: '/v1/50%25/' }],
    ['stray percent is encoded once', { given: 'https://h.example/v1/50%', want: '/v1/50%25/' }],
  ] as const)('%s', async (_name, { given, want }) => {
    const signed = await signRequest(new Request(given), CREDENTIALS, { date: DATE });
    expect(canonicalOf(signed, EMPTY_SHA256).uri).toBe(want);
    expect(`${new URL(signed.url).pathname}/`).toBe(want);
  });
});

describe('quirk 3 header values are trimmed, inner whitespace kept', () => {
  // fetch Headers already strip leading/trailing HTTP whitespace, so the untrimmed case is exercised through
  // buildCanonicalRequest with a plain header map; the Request case checks the end-to-end result.
  it.each([
    ['spaces', { given: '  v  ', want: 'x-custom:v' }],
    ['tabs', { given: '\tv\t', want: 'x-custom:v' }],
    ['inner spaces kept', { given: '  a  b  ', want: 'x-custom:a  b' }],
  ] as const)('buildCanonicalRequest: %s', (_name, { given, want }) => {
    const { canonicalRequest } = buildCanonicalRequest({
      method: 'GET',
      url: 'https://h.example/x',
      headers: { 'X-Custom': given, 'X-Sdk-Date': SDK_DATE },
      payloadHash: EMPTY_SHA256,
    });
    expect(parseCanonical(canonicalRequest).headerLines).toContain(want);
  });

  it('signRequest: the same signature as with the trimmed value', async () => {
    const padded = await signRequest(new Request('https://h.example/x', { headers: { 'X-Custom': '  v  ' } }), CREDENTIALS, { date: DATE });
    const trimmed = await signRequest(new Request('https://h.example/x', { headers: { 'X-Custom': 'v' } }), CREDENTIALS, { date: DATE });
    expect(padded.headers.get('authorization')).toBe(trimmed.headers.get('authorization'));
  });
});

describe('quirk 4 a Host header in any case is counted once', () => {
  it.each([
    ['Host', { given: { Host: 'h.example' }, want: { lines: ['host:h.example', `x-sdk-date:${SDK_DATE}`], signed: 'host;x-sdk-date' } }],
    ['HOST', { given: { HOST: 'h.example' }, want: { lines: ['host:h.example', `x-sdk-date:${SDK_DATE}`], signed: 'host;x-sdk-date' } }],
    ['host', { given: { host: 'h.example' }, want: { lines: ['host:h.example', `x-sdk-date:${SDK_DATE}`], signed: 'host;x-sdk-date' } }],
    ['absent (from URL)', { given: {}, want: { lines: ['host:h.example', `x-sdk-date:${SDK_DATE}`], signed: 'host;x-sdk-date' } }],
  ] as const)('buildCanonicalRequest: %s', (_name, { given, want }) => {
    const { canonicalRequest, signedHeaders } = buildCanonicalRequest({
      method: 'GET',
      url: 'https://h.example/x',
      headers: { ...given, 'X-Sdk-Date': SDK_DATE },
      payloadHash: EMPTY_SHA256,
    });
    expect(parseCanonical(canonicalRequest).headerLines).toEqual(want.lines);
    expect(signedHeaders).toBe(want.signed);
  });

  it('signRequest: a capitalised Host on a Request is signed once', async () => {
    const signed = await signRequest(new Request('https://h.example/x', { headers: { Host: 'h.example' } }), CREDENTIALS, { date: DATE });
    expect(signedHeadersOf(signed)).toBe('host;x-sdk-date');
  });
});

describe('quirk 6 empty or absent query values are signed as name=', () => {
  it.each([
    ['empty value', { given: '?a=&b=1', want: 'a=&b=1' }],
    ['no = at all', { given: '?b=1&a', want: 'a=&b=1' }],
    ['repeated empty', { given: '?a&a=', want: 'a=&a=' }],
    ['literal text null is just a value', { given: '?a=null', want: 'a=null' }],
  ] as const)('%s', async (_name, { given, want }) => {
    const signed = await signRequest(new Request(`https://h.example/x${given}`), CREDENTIALS, { date: DATE });
    expect(canonicalOf(signed, EMPTY_SHA256).query).toBe(want);
    expect(new URL(signed.url).search).toBe(`?${want}`);
  });
});

describe('quirk 8 header names with "_" and "-" use code-point order everywhere', () => {
  it.each([
    ['underscore vs dash', { given: ['x-a_b', 'x-a-b', 'x-a'], want: 'host;x-a;x-a-b;x-a_b;x-sdk-date' }],
    ['upper-case input', { given: ['X_Z', 'X-Z', 'x'], want: 'host;x;x-sdk-date;x-z;x_z' }],
  ] as const)('%s', async (_name, { given, want }) => {
    const headers = Object.fromEntries(given.map((name, i) => [name, `v${i}`]));
    const signed = await signRequest(new Request('https://h.example/x', { headers }), CREDENTIALS, { date: DATE });
    const canonical = canonicalOf(signed, EMPTY_SHA256);
    expect(signedHeadersOf(signed)).toBe(want);
    expect(canonical.signedHeaders).toBe(want);
    // The header block lists the same names in the same order.
    expect(canonical.headerLines.map((line) => line.slice(0, line.indexOf(':'))).join(';')).toBe(want);
  });
});

describe('quirk 9 a lower-case x-sdk-date is honoured and signed once', () => {
  it.each([
    ['lower-case', { given: { 'x-sdk-date': '20200101T000000Z' }, want: '20200101T000000Z' }],
    ['upper-case', { given: { 'X-SDK-DATE': '20200101T000000Z' }, want: '20200101T000000Z' }],
  ] as const)('%s', async (_name, { given, want }) => {
    const signed = await signRequest(new Request('https://h.example/x', { headers: given }), CREDENTIALS, { date: DATE });
    expect(signedHeadersOf(signed)).toBe('host;x-sdk-date');
    expect(signed.headers.get('x-sdk-date')).toBe(want);
    expect(canonicalOf(signed, EMPTY_SHA256).headerLines).toEqual(['host:h.example', `x-sdk-date:${want}`]);
  });
});

describe('quirk 5 a string body hashes its bytes, not JSON.stringify(body)', () => {
  it.each([
    ['abc', { given: 'abc', want: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' }],
    ['unicode', { given: 'Zoë 🚀', want: createHash('sha256').update('Zoë 🚀', 'utf8').digest('hex') }],
  ] as const)('%s', async (_name, { given, want }) => {
    const signed = await signRequest(new Request('https://h.example/x', { method: 'POST', body: given }), CREDENTIALS, { date: DATE });
    expect(want).not.toBe(createHash('sha256').update(JSON.stringify(given)).digest('hex'));
    const direct = buildCanonicalRequest({
      method: 'POST',
      url: signed.url,
      headers: [...signed.headers].filter(([name]) => name !== 'authorization'),
      payloadHash: want,
    });
    expect(parseCanonical(direct.canonicalRequest).payloadHash).toBe(want);
    // The signature signRequest produced is the HMAC over the canonical request whose payload hash is
    // SHA-256 of the raw bytes (recomputed here with node:crypto).
    const stringToSign = `SDK-HMAC-SHA256\n${SDK_DATE}\n${createHash('sha256').update(direct.canonicalRequest).digest('hex')}`;
    const expected = createHmac('sha256', CREDENTIALS.sk).update(stringToSign).digest('hex');
    expect(signed.headers.get('authorization')).toContain(`Signature=${expected}`);
  });
});

describe('quirk 7 (de-facto rule) query names sort by raw code point, not by encoded form', () => {
  it.each([
    ['aZ before a{', { given: '?a%7B=2&aZ=1', want: 'aZ=1&a%7B=2' }],
    ['xa before x中', { given: '?x%E4%B8%AD=2&xa=1', want: 'xa=1&x%E4%B8%AD=2' }],
    ['code point, not UTF-16 code unit (U+FF61 before U+1F600)', { given: '?%F0%9F%98%80=2&%EF%BD%A1=1', want: '%EF%BD%A1=1&%F0%9F%98%80=2' }],
  ] as const)('%s', async (_name, { given, want }) => {
    const signed = await signRequest(new Request(`https://h.example/x${given}`), CREDENTIALS, { date: DATE });
    expect(canonicalOf(signed, EMPTY_SHA256).query).toBe(want);
  });
});
