import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { canonicalizeComponent, safeDecodeComponent, strictPercentEncode } from '../../src/auth/percent-encode.js';
import {
  buildCanonicalRequest,
  formatSdkDate,
  signRequest,
  SigningInputError,
  type AkSkCredentials,
} from '../../src/auth/sign-request.js';
import { AKSK_VECTORS, parseSdkDate } from '../helpers/aksk-vectors.js';
import { verifyReceivedRequest } from '../helpers/independent-verifier.js';

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'ExampleSecretKey0123456789abcdefghijklmn';
const DATE = new Date('2026-11-23T12:00:00Z');

function withoutKeys(headers: Record<string, string>, drop: readonly string[]): Record<string, string> {
  const lower = drop.map((d) => d.toLowerCase());
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !lower.includes(k.toLowerCase())));
}

function canonicalLine(canonicalRequest: string, index: number): string {
  return canonicalRequest.split('\n')[index] ?? '';
}

describe('official vectors (aksk-vectors.json)', () => {
  it('has the 12 vectors of the official signer', () => {
    expect(AKSK_VECTORS).toHaveLength(12);
  });

  // Every vector is reproduced through a real fetch Request. All 12 carry a lower-case `host` header equal
  // to the URL authority; undici keeps an explicit `host` on a Request's Headers, so it is honoured as given.
  const table = AKSK_VECTORS.map((v) => {
    const headers = withoutKeys(v.expected.headersAfterSigning, ['Authorization']);
    return [
      v.name,
      {
        given: { method: v.method, url: v.url, headers, body: v.body, credentials: { ak: v.ak, sk: v.sk }, date: parseSdkDate(v.sdkDate) },
        want: v.expected,
      },
    ] as const;
  });

  it.each(table)('%s: signRequest + buildCanonicalRequest reproduce the official output', async (_name, { given, want }) => {
    const request = new Request(given.url, {
      method: given.method,
      headers: given.headers,
      body: given.body === '' ? null : given.body,
    });
    const signed = await signRequest(request, given.credentials, { date: given.date });
    expect(signed.headers.get('authorization')).toBe(want.authorization);

    const canonical = buildCanonicalRequest({
      method: given.method,
      url: given.url,
      headers: given.headers,
      payloadHash: want.payloadHash,
    });
    expect(canonical.canonicalRequest).toBe(want.canonicalRequest);
    expect(canonical.signedHeaders).toBe(want.signedHeaders);

    // The wire URL is the canonical path (minus the added trailing slash) and the canonical query.
    const wire = new URL(signed.url);
    expect(`${wire.pathname}/`).toBe(canonicalLine(want.canonicalRequest, 1));
    expect(wire.search.replace(/^\?/, '')).toBe(canonicalLine(want.canonicalRequest, 2));
    expect(signed.url).toBe(canonical.wireUrl);
    // The signed body is the vector body, byte for byte.
    expect(await signed.text()).toBe(given.body);
  });

  // Same vectors, but as a typical caller builds them: no host (taken from the URL), no X-Sdk-Date (from
  // options.date), and the security token passed as a credential instead of a header.
  const callerTable = AKSK_VECTORS.map((v) => {
    const all = withoutKeys(v.expected.headersAfterSigning, ['Authorization']);
    const token = Object.entries(all).find(([k]) => k.toLowerCase() === 'x-security-token')?.[1];
    const credentials: AkSkCredentials = token === undefined ? { ak: v.ak, sk: v.sk } : { ak: v.ak, sk: v.sk, securityToken: token };
    return [
      v.name,
      {
        given: {
          method: v.method,
          url: v.url,
          headers: withoutKeys(all, ['host', 'X-Sdk-Date', 'X-Security-Token']),
          body: v.body,
          credentials,
          date: parseSdkDate(v.sdkDate),
        },
        want: { authorization: v.expected.authorization, sdkDate: v.sdkDate },
      },
    ] as const;
  });

  it.each(callerTable)('%s: host from URL, date from options, token from credentials', async (_name, { given, want }) => {
    const request = new Request(given.url, {
      method: given.method,
      headers: given.headers,
      body: given.body === '' ? null : given.body,
    });
    const signed = await signRequest(request, given.credentials, { date: given.date });
    expect(signed.headers.get('authorization')).toBe(want.authorization);
    expect(signed.headers.get('x-sdk-date')).toBe(want.sdkDate);
    expect(signed.headers.has('host')).toBe(false); // fetch derives Host from the URL
  });
});

describe('formatSdkDate', () => {
  it.each([
    ['whole second', { given: new Date('2026-11-23T12:00:00Z'), want: '20261123T120000Z' }],
    ['milliseconds dropped', { given: new Date('2019-11-15T03:36:55.999Z'), want: '20191115T033655Z' }],
    ['single-digit fields padded', { given: new Date('2001-02-03T04:05:06Z'), want: '20010203T040506Z' }],
    ['epoch', { given: new Date(0), want: '19700101T000000Z' }],
  ] as const)('%s', (_name, { given, want }) => {
    expect(formatSdkDate(given)).toBe(want);
  });

  it.each([
    ['invalid date', { given: new Date(Number.NaN) }],
    ['year above 9999', { given: new Date('+010000-01-01T00:00:00Z') }],
  ] as const)('rejects %s', (_name, { given }) => {
    expect(() => formatSdkDate(given)).toThrow(SigningInputError);
  });
});

describe('percent-encode helpers', () => {
  it.each([
    ['unreserved untouched', { given: 'AZaz09-_.~', want: 'AZaz09-_.~' }],
    ['space is %20', { given: 'a b', want: 'a%20b' }],
    ['reserved and sub-delims', { given: "+*!$'(),;=:@%/?#[]&", want: '%2B%2A%21%24%27%28%29%2C%3B%3D%3A%40%25%2F%3F%23%5B%5D%26' }],
    ['UTF-8 bytes, upper-case hex', { given: '报ü', want: '%E6%8A%A5%C3%BC' }],
    ['astral character', { given: '🚀', want: '%F0%9F%9A%80' }],
  ] as const)('strictPercentEncode: %s', (_name, { given, want }) => {
    expect(strictPercentEncode(given)).toBe(want);
  });

  it.each([
    ['plain', { given: 'abc', want: 'abc' }],
    ['plus stays plus', { given: 'a+b', want: 'a+b' }],
    ['encoded slash', { given: 'a%2Fb', want: 'a/b' }],
    ['lower-case hex', { given: '%e6%8a%a5', want: '报' }],
    ['stray trailing %', { given: '50%', want: '50%' }],
    ['stray % before non-hex', { given: '%zz%20x', want: '%zz x' }],
    ['invalid UTF-8 byte kept literally', { given: '%FF%C3%BC', want: '%FFü' }],
    ['truncated UTF-8 sequence kept literally', { given: 'a%E6%8A', want: 'a%E6%8A' }],
    ['valid sequence after a stray %', { given: '%%41', want: '%A' }],
  ] as const)('safeDecodeComponent: %s', (_name, { given, want }) => {
    expect(safeDecodeComponent(given)).toBe(want);
  });

  it.each([
    ['already canonical', { given: 'a%2Fb', want: 'a%2Fb' }],
    ['lower-case hex normalised', { given: 'a%2fb', want: 'a%2Fb' }],
    ['over-encoded unreserved decoded', { given: '%7E%41', want: '~A' }],
    ['stray % encoded once', { given: '50%', want: '50%25' }],
    ['invalid UTF-8 treated literally', { given: '%FF', want: '%25FF' }],
  ] as const)('canonicalizeComponent: %s', (_name, { given, want }) => {
    expect(canonicalizeComponent(given)).toBe(want);
  });
});

describe('buildCanonicalRequest: URL canonicalisation and wire URL', () => {
  it.each([
    ['empty path', { given: 'https://h.example', want: { uri: '/', query: '', wire: 'https://h.example/' } }],
    ['trailing slash kept, not doubled', { given: 'https://h.example/a/', want: { uri: '/a/', query: '', wire: 'https://h.example/a/' } }],
    ['empty segments kept', { given: 'https://h.example/a//b', want: { uri: '/a//b/', query: '', wire: 'https://h.example/a//b' } }],
    ['special characters', { given: "https://h.example/a b/c:d/e+f/g*h/it's", want: { uri: '/a%20b/c%3Ad/e%2Bf/g%2Ah/it%27s/', query: '', wire: 'https://h.example/a%20b/c%3Ad/e%2Bf/g%2Ah/it%27s' } }],
    ['unicode', { given: 'https://h.example/报告/ü', want: { uri: '/%E6%8A%A5%E5%91%8A/%C3%BC/', query: '', wire: 'https://h.example/%E6%8A%A5%E5%91%8A/%C3%BC' } }],
    ['query sorted and strictly encoded', { given: 'https://h.example/x?b=2&a=x y&c=a+b&d=*~&e=%7e', want: { uri: '/x/', query: 'a=x%20y&b=2&c=a%2Bb&d=%2A~&e=~', wire: 'https://h.example/x?a=x%20y&b=2&c=a%2Bb&d=%2A~&e=~' } }],
    ['repeated keys sorted by value as strings', { given: 'https://h.example/x?id=10&id=9&id=1', want: { uri: '/x/', query: 'id=1&id=10&id=9', wire: 'https://h.example/x?id=1&id=10&id=9' } }],
    ['empty query dropped, fragment dropped', { given: 'https://h.example/x?#frag', want: { uri: '/x/', query: '', wire: 'https://h.example/x' } }],
    ['empty pairs skipped', { given: 'https://h.example/x?a=1&&b=2&', want: { uri: '/x/', query: 'a=1&b=2', wire: 'https://h.example/x?a=1&b=2' } }],
    ['value containing =', { given: 'https://h.example/x?a=b=c', want: { uri: '/x/', query: 'a=b%3Dc', wire: 'https://h.example/x?a=b%3Dc' } }],
    ['explicit non-default port kept', { given: 'http://h.example:8080/x', want: { uri: '/x/', query: '', wire: 'http://h.example:8080/x' } }],
    ['default port dropped', { given: 'https://h.example:443/x', want: { uri: '/x/', query: '', wire: 'https://h.example/x' } }],
  ] as const)('%s', (_name, { given, want }) => {
    const { canonicalRequest, wireUrl } = buildCanonicalRequest({
      method: 'GET',
      url: given,
      headers: { 'x-sdk-date': '20261123T120000Z' },
      payloadHash: EMPTY_SHA256,
    });
    expect(canonicalLine(canonicalRequest, 1)).toBe(want.uri);
    expect(canonicalLine(canonicalRequest, 2)).toBe(want.query);
    expect(wireUrl).toBe(want.wire);
    // The wire URL survives a WHATWG URL round trip unchanged.
    expect(new URL(wireUrl).href).toBe(want.wire);
  });

  it.each([
    ['non-http scheme', { given: { method: 'GET', url: 'ftp://h.example/x', headers: {}, payloadHash: EMPTY_SHA256 }, want: 'url' }],
    ['relative URL', { given: { method: 'GET', url: '/x', headers: {}, payloadHash: EMPTY_SHA256 }, want: 'url' }],
    ['user info', { given: { method: 'GET', url: 'https://u:p@h.example/x', headers: {}, payloadHash: EMPTY_SHA256 }, want: 'url' }],
    ['bad method', { given: { method: 'GE T', url: 'https://h.example/x', headers: {}, payloadHash: EMPTY_SHA256 }, want: 'method' }],
    ['empty payload hash', { given: { method: 'GET', url: 'https://h.example/x', headers: {}, payloadHash: '' }, want: 'payloadHash' }],
    ['payload hash with newline', { given: { method: 'GET', url: 'https://h.example/x', headers: {}, payloadHash: 'a\nb' }, want: 'payloadHash' }],
    ['header name with space', { given: { method: 'GET', url: 'https://h.example/x', headers: { 'x a': '1' }, payloadHash: EMPTY_SHA256 }, want: 'headers' }],
    ['header value with CRLF', { given: { method: 'GET', url: 'https://h.example/x', headers: { 'x-a': '1\r\nx-b: 2' }, payloadHash: EMPTY_SHA256 }, want: 'headers["x-a"]' }],
  ] as const)('rejects %s', (_name, { given, want }) => {
    const call = (): unknown => buildCanonicalRequest(given);
    expect(call).toThrow(SigningInputError);
    try {
      call();
    } catch (error) {
      expect((error as SigningInputError).field).toBe(want);
    }
  });
});

describe('signRequest behaviour', () => {
  const credentials = { ak: AK, sk: SK };

  it.each([
    [
      'existing Authorization is replaced and never signed',
      { given: { headers: { Authorization: 'Bearer old', 'x-sdk-date': '20261123T120000Z' } }, want: { signedHeaders: 'host;x-sdk-date', date: '20261123T120000Z' } },
    ],
    [
      'valid X-Sdk-Date on the request wins over options.date',
      { given: { headers: { 'X-SDK-DATE': '20200101T000000Z' } }, want: { signedHeaders: 'host;x-sdk-date', date: '20200101T000000Z' } },
    ],
    [
      'malformed X-Sdk-Date is replaced by options.date',
      { given: { headers: { 'X-Sdk-Date': '2020-01-01T00:00:00Z' } }, want: { signedHeaders: 'host;x-sdk-date', date: '20261123T120000Z' } },
    ],
    [
      'impossible X-Sdk-Date is replaced by options.date',
      { given: { headers: { 'X-Sdk-Date': '20201399T250000Z' } }, want: { signedHeaders: 'host;x-sdk-date', date: '20261123T120000Z' } },
    ],
    [
      'custom headers are all signed',
      { given: { headers: { 'X-Project-Id': 'p1', 'Content-Type': 'application/json' } }, want: { signedHeaders: 'content-type;host;x-project-id;x-sdk-date', date: '20261123T120000Z' } },
    ],
  ] as const)('%s', async (_name, { given, want }) => {
    const signed = await signRequest(new Request('https://h.example/v1/x', { headers: given.headers }), credentials, { date: DATE });
    const authorization = signed.headers.get('authorization') ?? '';
    expect(authorization).toMatch(/^SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/);
    expect(authorization).toContain(`SignedHeaders=${want.signedHeaders},`);
    expect(signed.headers.get('x-sdk-date')).toBe(want.date);
  });

  it('defaults the date to the current clock', async () => {
    const before = formatSdkDate(new Date());
    const signed = await signRequest(new Request('https://h.example/x'), credentials);
    const after = formatSdkDate(new Date());
    const date = signed.headers.get('x-sdk-date') ?? '';
    expect(date >= before && date <= after).toBe(true);
  });

  it('adds and signs X-Security-Token from the credentials, replacing a stale one', async () => {
    const request = new Request('https://h.example/x', { headers: { 'X-Security-Token': 'stale' } });
    const signed = await signRequest(request, { ...credentials, securityToken: 'tok-123==' }, { date: DATE });
    expect(signed.headers.get('x-security-token')).toBe('tok-123==');
    expect(signed.headers.get('authorization')).toContain('SignedHeaders=host;x-sdk-date;x-security-token,');
  });

  it('upper-cases a non-standard-case method both in the signature and on the returned request', async () => {
    const signed = await signRequest(new Request('https://h.example/x', { method: 'Patch', body: '{}' }), credentials, { date: DATE });
    expect(signed.method).toBe('PATCH');
    const canonical = buildCanonicalRequest({ method: 'patch', url: 'https://h.example/x', headers: signed.headers, payloadHash: '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a' });
    expect(canonical.canonicalRequest.startsWith('PATCH\n')).toBe(true);
  });

  it('returns a copy: the input request keeps its URL, headers and unread body', async () => {
    const request = new Request('https://h.example/a b?z=1&a=2', { method: 'POST', body: 'payload', headers: { 'X-A': '1' } });
    const signed = await signRequest(request, credentials, { date: DATE });
    expect(signed).not.toBe(request);
    expect(request.url).toBe('https://h.example/a%20b?z=1&a=2');
    expect([...request.headers.keys()]).toEqual(['content-type', 'x-a']);
    expect(request.bodyUsed).toBe(false);
    expect(await request.text()).toBe('payload');
    expect(await signed.text()).toBe('payload');
    expect(signed.url).toBe('https://h.example/a%20b?a=2&z=1');
  });

  it.each([
    ['URL unchanged (clone path)', { given: 'https://h.example/x?a=1' }],
    ['URL rewritten (rebuild path)', { given: 'https://h.example/x?b=1&a=1' }],
  ] as const)('keeps request options when %s', async (_name, { given }) => {
    const controller = new AbortController();
    const request = new Request(given, { method: 'PUT', body: new Uint8Array([0, 1, 2, 255]), redirect: 'manual', signal: controller.signal });
    const signed = await signRequest(request, credentials, { date: DATE });
    expect(signed.redirect).toBe('manual');
    expect(signed.method).toBe('PUT');
    expect(new Uint8Array(await signed.arrayBuffer())).toEqual(new Uint8Array([0, 1, 2, 255]));
    controller.abort();
    expect(signed.signal.aborted).toBe(true);
  });

  it('uses the literal X-Sdk-Content-Sha256 value and does not need to read the body', async () => {
    const request = new Request('https://h.example/upload', {
      method: 'PUT',
      body: 'large upload',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' },
    });
    const signed = await signRequest(request, credentials, { date: DATE });
    const canonical = buildCanonicalRequest({ method: 'PUT', url: signed.url, headers: withoutKeys(Object.fromEntries(signed.headers), ['authorization']), payloadHash: 'UNSIGNED-PAYLOAD' });
    expect(canonical.canonicalRequest.endsWith('\nUNSIGNED-PAYLOAD')).toBe(true);
    expect(await signed.text()).toBe('large upload');
  });

  it('cross-checks against the independent node:crypto verifier for many SKs (key cache with eviction)', async () => {
    const sks = Array.from({ length: 40 }, (_, i) => `secret-${i}-${'x'.repeat(i)}`);
    const signOnce = async (sk: string): Promise<Request> =>
      signRequest(new Request('https://h.example/v1/item/a%2Fb?q=x y&q=a', { method: 'POST', body: `{"i":"${sk}"}`, headers: { 'Content-Type': 'application/json' } }), { ak: AK, sk }, { date: DATE });
    const first: string[] = [];
    for (const sk of [...sks, ...sks]) {
      const signed = await signOnce(sk);
      const wire = new URL(signed.url);
      const result = verifyReceivedRequest(
        {
          method: signed.method,
          target: wire.pathname + wire.search,
          headers: { ...Object.fromEntries(signed.headers), host: wire.host },
          body: new Uint8Array(await signed.arrayBuffer()),
        },
        sk,
      );
      expect(result.valid, result.reason).toBe(true);
      first.push(signed.headers.get('authorization') ?? '');
    }
    // Signing again after eviction gives the same signature; different SKs give different ones.
    expect(first.slice(sks.length)).toEqual(first.slice(0, sks.length));
    expect(new Set(first.slice(0, sks.length)).size).toBe(sks.length);
  });
});

describe('secrets never leak', () => {
  const SECRET = 'TopSecretSkValue';
  const TOKEN = 'TopSecretTokenValue';

  function leaks(error: unknown, secret: string): boolean {
    const e = error as Error;
    const texts = [e.message, e.stack ?? '', String(e), JSON.stringify(e), inspect(e, { depth: 5, showHidden: true })];
    return texts.some((t) => t.includes(secret));
  }

  it.each([
    ['sk with a newline', { given: { ak: AK, sk: `${SECRET}\n` }, want: { field: 'credentials.sk', secret: SECRET } }],
    ['sk with a control character', { given: { ak: AK, sk: `${SECRET}\u0007` }, want: { field: 'credentials.sk', secret: SECRET } }],
    ['sk with CRLF in the middle', { given: { ak: AK, sk: `Top\r\n${SECRET}` }, want: { field: 'credentials.sk', secret: SECRET } }],
    ['empty sk', { given: { ak: AK, sk: '' }, want: { field: 'credentials.sk', secret: AK } }],
    ['non-string sk', { given: { ak: AK, sk: 42 as unknown as string }, want: { field: 'credentials.sk', secret: '42' } }],
    ['ak with CRLF (sk valid)', { given: { ak: 'AK\r\nX', sk: SECRET }, want: { field: 'credentials.ak', secret: SECRET } }],
    ['empty ak (sk valid)', { given: { ak: '', sk: SECRET }, want: { field: 'credentials.ak', secret: SECRET } }],
    ['token with a newline', { given: { ak: AK, sk: SECRET, securityToken: `${TOKEN}\n` }, want: { field: 'credentials.securityToken', secret: TOKEN } }],
    ['token with non-ASCII', { given: { ak: AK, sk: SECRET, securityToken: `${TOKEN}€` }, want: { field: 'credentials.securityToken', secret: TOKEN } }],
    ['empty token', { given: { ak: AK, sk: SECRET, securityToken: '' }, want: { field: 'credentials.securityToken', secret: SECRET } }],
  ] as const)('%s', async (_name, { given, want }) => {
    let caught: unknown;
    try {
      await signRequest(new Request('https://h.example/x'), given as AkSkCredentials, { date: DATE });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SigningInputError);
    expect((caught as SigningInputError).field).toBe(want.field);
    expect((caught as Error).message).toContain(want.field);
    expect(leaks(caught, want.secret)).toBe(false);
    expect(leaks(caught, SECRET)).toBe(false);
    expect(leaks(caught, TOKEN)).toBe(false);
  });

  it('a header value carrying a token is not echoed by buildCanonicalRequest errors', () => {
    let caught: unknown;
    try {
      buildCanonicalRequest({ method: 'GET', url: 'https://h.example/x', headers: { 'X-Security-Token': `${TOKEN}\nx` }, payloadHash: EMPTY_SHA256 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SigningInputError);
    expect(leaks(caught, TOKEN)).toBe(false);
  });

  it('the signed request carries neither the SK nor anything derived other than the signature', async () => {
    const signed = await signRequest(new Request('https://h.example/x'), { ak: AK, sk: SECRET, securityToken: TOKEN }, { date: DATE });
    const dump = JSON.stringify([signed.url, [...signed.headers]]) + inspect(signed, { depth: 5 });
    expect(dump).not.toContain(SECRET);
    expect(signed.headers.get('x-security-token')).toBe(TOKEN); // the token is meant to be sent
  });
});
