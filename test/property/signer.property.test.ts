/**
 * Property: for random URLs (unicode, spaces, `%`, reserved characters, empty and repeated query keys,
 * `+`, `=`), methods, bodies and headers (mixed-case names, values with surrounding spaces), the
 * request `signRequest` returns, sent with fetch to a real loopback server, verifies with the
 * INDEPENDENT verifier from what actually arrived — and arrives meaning the same thing: the same
 * decoded path segments and the same multiset of decoded query pairs as the URL that was signed.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/auth/sign-request.js';
import { startLoopback, type Loopback } from '../helpers/loopback.js';

const CREDENTIALS = { ak: 'HPUAPROPERTYAK000001', sk: 'Property/Secret+Key=0123456789abcdefghijk' };
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => {
  await server.close();
});

/** One character (or escape) of a URL component; never a component delimiter. */
function componentUnit(delimiters: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('a', 'Z', '0', '9', '-', '_', '.', '~') },
    { weight: 3, arbitrary: fc.constantFrom(' ', '%', '+', '=', ':', '@', '!', '$', "'", '(', ')', '*', ',', ';', '[', ']', '|', '^', '`', '{', '}', '"', '<', '>', '&') },
    { weight: 3, arbitrary: fc.constantFrom('%20', '%2F', '%2f', '%25', '%2B', '%3D', '%26', '%E4%BB%BB', '%41', '%7e', '%zz', '%4', '%FF', '%C3%A9') },
    { weight: 2, arbitrary: fc.constantFrom('é', '任务', '🚀', 'ß', '\u00a0', '\u200b', 'Ω') },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ).filter((unit) => ![...unit].some((c) => delimiters.includes(c)));
}

const segment = fc.array(componentUnit('/?#\\'), { maxLength: 6 }).map((units) => units.join(''));
// Under a fixed first segment (every API path starts with its version): a target starting with `//`
// would crash the loopback helper's URL parsing (reported), not the signer.
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((segments) => `/v1/${segments.join('/')}`);
const queryKey = fc.oneof(fc.constantFrom('a', 'A', 'b', 'a b', 'é', '', 'limit', 'x+y', '%'), fc.array(componentUnit('#&=\\'), { maxLength: 4 }).map((u) => u.join('')));
const queryValue = fc.oneof(fc.constantFrom('', '+', '=', 'a=b', '1+1=2', ' ', '%', '%2B'), fc.array(componentUnit('#&\\'), { maxLength: 6 }).map((u) => u.join('')));
const queryPiece = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(queryKey, queryValue).map(([k, v]) => `${k}=${v}`) },
  { weight: 1, arbitrary: queryKey },
  { weight: 1, arbitrary: fc.constant('') },
);
// Repeated keys come from the small constant key set; empty pieces from '' (a&&b).
const query = fc.array(queryPiece, { maxLength: 6 }).map((pieces) => (pieces.length === 0 ? '' : `?${pieces.join('&')}`));

const headerName = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }))
  .map(([stem, upper]) => [...`X-P-${stem}`].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join(''));
const headerChar = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\t', 'é', 'ÿ', ',', ';', '"') },
);
const headerValue = fc
  .tuple(fc.constantFrom('', ' ', '   ', '\t', ' \t '), fc.array(headerChar, { maxLength: 12 }), fc.constantFrom('', ' ', '  ', '\t '))
  .map(([before, inner, after]) => `${before}${inner.join('')}${after}`);
const headers = fc.array(fc.tuple(headerName, headerValue), { maxLength: 5 });
const methodAndBody = fc.oneof(
  fc.constant({ method: 'GET', body: undefined }),
  fc.record({ method: fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'), body: fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: undefined }) }),
);

/** decodeURIComponent, or undefined when the component is not well-formed percent-encoding. */
function strictDecode(component: string): string | undefined {
  try {
    return decodeURIComponent(component);
  } catch {
    return undefined;
  }
}

function segmentsOf(pathname: string): (string | undefined)[] {
  return pathname.split('/').map(strictDecode);
}

function pairsOf(search: string): ([string | undefined, string | undefined])[] {
  return search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((piece) => {
      const eq = piece.indexOf('=');
      return (eq < 0 ? [piece, ''] : [piece.slice(0, eq), piece.slice(eq + 1)]).map(strictDecode) as [string | undefined, string | undefined];
    });
}

const sortPairs = (pairs: [string | undefined, string | undefined][]) => pairs.map((p) => JSON.stringify(p)).sort();

describe('signRequest vs the independent verifier, over the wire', () => {
  it(`${RUNS} random requests all verify and keep their meaning`, async () => {
    await fc.assert(
      fc.asyncProperty(path, query, headers, methodAndBody, async (p, q, h, { method, body }) => {
        server.reset();
        const url = `${server.origin}${p}${q}`;
        const request = new Request(url, { method, headers: h, ...(body === undefined ? {} : { body }) });
        const signed = await signRequest(request, CREDENTIALS);
        const response = await fetch(signed);
        await response.arrayBuffer();
        expect(server.requests).toHaveLength(1);
        const received = server.requests[0]!;

        // 1. The independent verifier accepts what arrived.
        const verdict = server.verify(0, CREDENTIALS.sk);
        expect(verdict.reason, `${method} ${url}\ncanonical:\n${verdict.canonicalRequest}`).toBeUndefined();
        expect(verdict.valid).toBe(true);
        // Every header on the request (lower-cased) is signed, plus host and the date.
        for (const [name] of h) expect(verdict.signedHeaders).toContain(name.toLowerCase());
        expect(verdict.signedHeaders).toEqual(expect.arrayContaining(['host', 'x-sdk-date']));

        // 2. The wire URL is the signed URL.
        const signedUrl = new URL(signed.url);
        expect(received.url).toBe(`${signedUrl.pathname}${signedUrl.search}`);

        // 3. Same meaning: decoded path segments and query pairs, wherever the original is well-formed.
        const original = new URL(url);
        const before = segmentsOf(original.pathname);
        const after = segmentsOf(received.url.split('?')[0]!);
        expect(after.length).toBe(before.length);
        before.forEach((segment, i) => {
          if (segment !== undefined) expect(after[i]).toBe(segment);
        });
        const pairsBefore = pairsOf(original.search);
        const pairsAfter = pairsOf(received.url.includes('?') ? received.url.slice(received.url.indexOf('?')) : '');
        expect(pairsAfter.length).toBe(pairsBefore.length);
        if (pairsBefore.every(([k, v]) => k !== undefined && v !== undefined)) expect(sortPairs(pairsAfter)).toEqual(sortPairs(pairsBefore));
        // The received form is strictly encoded: always decodable.
        expect(after.every((s) => s !== undefined) && pairsAfter.every(([k, v]) => k !== undefined && v !== undefined)).toBe(true);

        // 4. Header values arrive as signed (the verifier trims; so does the signer).
        for (const [name, value] of h) {
          const got = received.headers[name.toLowerCase()];
          const joined = h.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v.trim());
          // HTTP drops whitespace at either end of the combined value too: two empty values arrive as ",".
          expect(typeof got === 'string' ? got.trim() : got).toBe(joined.join(', ').trim());
          void value;
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('a tampered request fails verification (the property above is not vacuous)', async () => {
    server.reset();
    const signed = await signRequest(new Request(`${server.origin}/v1/a%20b?x=1&x=2`), CREDENTIALS);
    const headers = new Headers(signed.headers);
    await (await fetch(`${server.origin}/v1/a%20b?x=1&x=3`, { headers })).arrayBuffer();
    expect(server.verify(0, CREDENTIALS.sk)).toMatchObject({ valid: false, reason: 'signature mismatch' });
    expect(server.verify(0, `${CREDENTIALS.sk}x`).valid).toBe(false);
  });
});
