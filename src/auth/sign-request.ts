/**
 * Huawei Cloud AK/SK request signing (SDK-HMAC-SHA256), as the signing guide and the Go/Python
 * SDKs do it, not the official Node signer's quirks (test/auth/quirks.test.ts pins each of them).
 *
 * The signature covers the exact request that goes on the wire: the URL is rewritten into its
 * canonical spelling (strictly encoded path segments, sorted strictly encoded query), so a gateway
 * that uses the raw URL and one that decodes and re-encodes it recompute the same canonical request.
 */
import { ValidationError } from '../core/errors.js';
import { hasNoControlCharacters, headerValueProblem, isHeaderName } from '../core/header-safe.js';
import { credentialProblem, type AkSkCredentials } from './credentials.js';
import { hmacSha256Hex, sha256Hex } from './hmac-sha256.js';
import { canonicalizeComponent, safeDecodeComponent, strictPercentEncode } from './percent-encode.js';

export type { AkSkCredentials } from './credentials.js';

/**
 * Options of {@link signRequest}.
 *
 * @example
 * await signRequest(request, credentials, { date: new Date('2026-11-23T12:00:00Z') });
 */
export interface SignOptions {
  /** Signing time; default now. Ignored when the request already carries a valid `X-Sdk-Date`. */
  date?: Date;
}

/** Input of {@link buildCanonicalRequest}. */
export interface CanonicalRequestInput {
  method: string;
  /** Absolute http(s) URL; its segments are decoded before being encoded strictly. */
  url: string | URL;
  /** Headers to sign; `host` is added from the URL when absent, `authorization` is never signed. */
  headers: HeadersInit;
  /** Hex SHA-256 of the body, or the literal `X-Sdk-Content-Sha256` value (e.g. `UNSIGNED-PAYLOAD`). */
  payloadHash: string;
}

/** Output of {@link buildCanonicalRequest}. */
export interface CanonicalRequestResult {
  /** The six-field canonical request joined by `\n`. */
  canonicalRequest: string;
  /** Lower-cased signed header names in code-point order, joined by `;`. */
  signedHeaders: string;
  /** The URL to send: strictly encoded path (without the canonical trailing slash) and canonical query. */
  wireUrl: string;
}

/**
 * Invalid signing input. `field` names it (e.g. `credentials.sk`); no input value is ever included.
 *
 * @example
 * try { await signRequest(req, { ak: 'AK', sk: '' }); } catch (e) { console.error((e as SigningInputError).field); }
 */
export class SigningInputError extends ValidationError {
  override name = 'SigningInputError';

  constructor(field: string, problem: string) {
    super(field, 'signing-input', `${field} ${problem}`);
  }
}

const ALGORITHM = 'SDK-HMAC-SHA256';
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * Formats a date as `X-Sdk-Date` wants it: UTC basic ISO 8601, `YYYYMMDDTHHMMSSZ`.
 *
 * @example
 * formatSdkDate(new Date('2026-11-23T12:00:00.999Z')); // '20261123T120000Z'
 */
export function formatSdkDate(date: Date): string {
  const year = date instanceof Date ? date.getUTCFullYear() : Number.NaN;
  if (!(year >= 0 && year <= 9999)) throw new SigningInputError('date', 'must be a valid Date with a year between 0000 and 9999');
  // Requests signed within the same second share the text (signing is per request, dates per second).
  const second = Math.floor(date.getTime() / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastSdkDate = `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  }
  return lastSdkDate;
}

let lastSecond = Number.NaN;
let lastSdkDate = '';

/** True for a basic-format date that denotes a real instant (`20261123T120000Z`, not `20261131T…`). */
function isBasicSdkDate(value: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s);
  return formatSdkDate(date) === value;
}

/** Orders strings by Unicode code point (not UTF-16 code unit, not locale). */
function compareCodePoints(a: string, b: string): number {
  // Code-unit order is code-point order up to the first differing unit, unless a surrogate is there.
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === length) return a.length - b.length;
  const p = a.charCodeAt(i);
  const q = b.charCodeAt(i);
  if ((p < 0xd800 || p > 0xdfff) && (q < 0xd800 || q > 0xdfff)) return p - q;
  return compareByCodePointArrays(a, b);
}

function compareByCodePointArrays(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function headerEntries(init: HeadersInit): Map<string, string> {
  const entries = Symbol.iterator in init ? (init as Iterable<[string, string]>) : Object.entries(init);
  const out = new Map<string, string>();
  for (const [rawName, value] of entries) {
    if (!isHeaderName(rawName)) throw new SigningInputError('headers', 'contains an invalid header name');
    const name = rawName.toLowerCase();
    // Never echo the value: it may be a security token.
    const problem = typeof value === 'string' ? headerValueProblem(value) : 'must be a string';
    if (problem) throw new SigningInputError(`headers["${name}"]`, problem);
    const previous = out.get(name);
    out.set(name, previous === undefined ? value : `${previous}, ${value}`);
  }
  return out;
}

/**
 * Builds the canonical request, the SignedHeaders list and the wire URL (pure; for tests and
 * server-side verifiers). Every header except `authorization` is signed, lower-cased, trimmed and in
 * code-point order; `host` defaults to the URL authority.
 *
 * @example
 * buildCanonicalRequest({ method: 'GET', url: 'https://h.example/v1/my bucket?b=2&a=1', headers: { 'X-Sdk-Date': '20261123T120000Z' }, payloadHash: 'UNSIGNED-PAYLOAD' }).wireUrl;
 * // 'https://h.example/v1/my%20bucket?a=1&b=2'
 */
export function buildCanonicalRequest(input: CanonicalRequestInput): CanonicalRequestResult {
  const { method, url, headers, payloadHash } = input;
  if (typeof method !== 'string' || !isHeaderName(method)) throw new SigningInputError('method', 'must be an HTTP method token');
  if (typeof payloadHash !== 'string' || payloadHash === '' || !hasNoControlCharacters(payloadHash)) {
    throw new SigningInputError('payloadHash', 'must be a non-empty string without control characters');
  }
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    throw new SigningInputError('url', 'must be an absolute URL');
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.username || parsed.password) throw new SigningInputError('url', 'must be an http(s) URL without user info');
  return canonicalize(method, parsed, headerEntries(headers), payloadHash);
}

/**
 * The canonicalisation itself, on input that is already valid (a fetch Request's URL, method and
 * Headers always are); the transport calls it directly.
 */
function canonicalize(method: string, parsed: URL, signed: Map<string, string>, payloadHash: string): CanonicalRequestResult {

  // Path: each segment decoded to its logical value and re-encoded strictly; empty segments kept.
  const wirePath = parsed.pathname.split('/').map(canonicalizeComponent).join('/');
  // Query: split on '&' and the first '='; '+' is a literal plus (so no URLSearchParams).
  const pairs = parsed.search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((piece) => {
      const eq = piece.indexOf('=');
      return (eq < 0 ? [piece, ''] : [piece.slice(0, eq), piece.slice(eq + 1)]).map(safeDecodeComponent) as [string, string];
    })
    .sort((p, q) => compareCodePoints(p[0], q[0]) || compareCodePoints(p[1], q[1]));
  const query = pairs.map(([n, v]) => `${strictPercentEncode(n)}=${strictPercentEncode(v)}`).join('&');

  signed.delete('authorization');
  if (!signed.has('host')) signed.set('host', parsed.host);
  const names = [...signed.keys()].sort(compareCodePoints);
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    method.toUpperCase(),
    wirePath.endsWith('/') ? wirePath : `${wirePath}/`,
    query,
    names.map((name) => `${name}:${signed.get(name)!.trim()}\n`).join(''),
    signedHeaders,
    payloadHash,
  ].join('\n');
  return { canonicalRequest, signedHeaders, wireUrl: `${parsed.protocol}//${parsed.host}${wirePath}${query ? `?${query}` : ''}` };
}

function checkCredentials(credentials: AkSkCredentials): void {
  const given = (credentials ?? {}) as Partial<Record<keyof AkSkCredentials, unknown>>;
  for (const field of ['ak', 'sk', 'securityToken'] as const) {
    if (field === 'securityToken' && given.securityToken === undefined) continue;
    const problem = credentialProblem(field, given[field]);
    if (problem) throw new SigningInputError(`credentials.${field}`, problem);
  }
}

/** A request as the transport holds it: what is signed and sent. */
export interface RequestParts {
  method: string;
  url: string;
  /** Signed as they are, plus `host`, `X-Sdk-Date` and (temporary credentials) `X-Security-Token`. */
  headers: Headers;
  body: Uint8Array | null;
  /** The hash of a body not held in `body` (an upload streamed from a Blob), computed only when signing. */
  bodyHash?: () => Promise<string>;
}

/**
 * Signs request parts without building Requests (the transport's fast path): sets `X-Sdk-Date`,
 * `X-Security-Token` and `Authorization` on `parts.headers` and returns the wire URL it covers.
 * Credentials must already be valid (clients check them once, when created).
 */
export async function signParts(parts: RequestParts, credentials: AkSkCredentials, options?: SignOptions): Promise<string> {
  const { headers } = parts;
  headers.delete('authorization');
  if (credentials.securityToken !== undefined) headers.set('X-Security-Token', credentials.securityToken);
  let sdkDate = headers.get('x-sdk-date')?.trim();
  if (sdkDate === undefined || !isBasicSdkDate(sdkDate)) {
    sdkDate = formatSdkDate(options?.date ?? new Date());
    headers.set('X-Sdk-Date', sdkDate);
  }
  const declared = headers.get('x-sdk-content-sha256');
  if (declared !== null && declared.trim() === '') throw new SigningInputError('payloadHash', 'must be a non-empty string without control characters');
  const payloadHash = declared !== null ? declared.trim() : parts.bodyHash ? await parts.bodyHash() : parts.body?.byteLength ? await sha256Hex(parts.body) : EMPTY_BODY_SHA256;
  // Headers keeps names lower-cased and combined; the map is what the canonical form signs.
  const { canonicalRequest, signedHeaders, wireUrl } = canonicalize(parts.method, new URL(parts.url), new Map(headers), payloadHash);
  const signature = await hmacSha256Hex(credentials.sk, `${ALGORITHM}\n${sdkDate}\n${await sha256Hex(canonicalRequest)}`);
  headers.set('Authorization', `${ALGORITHM} Access=${credentials.ak}, SignedHeaders=${signedHeaders}, Signature=${signature}`);
  return wireUrl;
}

/**
 * Signs a fetch `Request` with AK/SK (SDK-HMAC-SHA256) and returns a signed copy carrying
 * `X-Sdk-Date` (kept when the request has a valid one, else `options.date`, default now),
 * `X-Security-Token` for temporary credentials, and `Authorization`. Every header on the request is
 * signed, plus `host`; the body is hashed from its exact bytes unless `X-Sdk-Content-Sha256` is set.
 * The copy's URL is the canonical wire form the signature covers. The input is not modified or consumed.
 *
 * @example
 * const signed = await signRequest(new Request('https://ecs.cn-north-4.myhuaweicloud.com/v1/123/cloudservers?limit=10'), { ak, sk });
 * const response = await fetch(signed);
 */
export async function signRequest(request: Request, credentials: AkSkCredentials, options?: SignOptions): Promise<Request> {
  const candidate = request as Partial<Request> | null | undefined;
  if (typeof candidate !== 'object' || candidate === null || typeof candidate.url !== 'string' || typeof candidate.method !== 'string' || typeof candidate.clone !== 'function') {
    throw new SigningInputError('request', 'must be a fetch Request');
  }
  checkCredentials(credentials);
  if (!/^https?:\/\//i.test(request.url)) throw new SigningInputError('url', 'must be an http(s) URL without user info');
  const method = request.method.toUpperCase();
  const headers = new Headers(request.headers);
  // Only a body needs a clone (to read its bytes without consuming the input); one Request is built.
  const body = request.body === null ? null : new Uint8Array(await request.clone().arrayBuffer());
  const wireUrl = await signParts({ method, url: request.url, headers, body }, credentials, options);
  // Same URL and no body: derive from the input itself (nothing of it is consumed), so every Request
  // property carries over untouched. Otherwise rebuild (a URL cannot change through RequestInit),
  // passing the hashed body bytes.
  // (A RequestInit resets the referrer and its policy, so those two are passed back.)
  const { redirect, signal, credentials: mode, cache, integrity, keepalive, referrer, referrerPolicy } = request;
  if (wireUrl === request.url && body === null) return new Request(request, { method, headers, referrer, referrerPolicy });
  return new Request(wireUrl, { method, headers, body, redirect, signal, credentials: mode, cache, integrity, keepalive, referrer, referrerPolicy });
}
