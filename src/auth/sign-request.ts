/**
 * Huawei Cloud AK/SK request signing (SDK-HMAC-SHA256) on Web Crypto.
 *
 * Follows the Huawei signing guide and the Go/Python SDKs, not the quirks of the official Node signer
 * (see /work/shared/facts/aksk-signing.md §6). No `node:` imports: runs in Node 20+, browsers and edge
 * runtimes that provide `globalThis.crypto.subtle`, `Request` and `Headers`.
 *
 * Design rule: the signature is computed over the exact request that goes on the wire. `signRequest`
 * therefore rewrites the URL into its canonical spelling (strictly encoded path segments, sorted and
 * strictly encoded query) so that a gateway that uses the raw URL and one that decodes and re-encodes it
 * both recompute the same canonical request.
 */

import { ValidationError } from '../errors.js';
import { hmacSha256Hex, sha256Hex } from './hmac-sha256.js';
import { canonicalizeComponent, safeDecodeComponent, strictPercentEncode } from './percent-encode.js';

/**
 * Access key pair (optionally temporary) used to sign requests; `securityToken` defaults to none.
 *
 * @example
 * const credentials: AkSkCredentials = { ak: 'HPUAEXAMPLEAK0000001', sk: secretFromVault, securityToken: token };
 */
export interface AkSkCredentials {
  /** Access key id; sent in clear in the Authorization header. */
  ak: string;
  /** Secret access key; only ever used as HMAC key material, never copied into errors or properties. */
  sk: string;
  /** Security token of temporary credentials; sent (and signed) as `X-Security-Token`. */
  securityToken?: string;
}

/**
 * Options for {@link signRequest}; every field is optional.
 *
 * @example
 * await signRequest(request, credentials, { date: new Date('2026-11-23T12:00:00Z') });
 */
export interface SignOptions {
  /** Signing time; default `new Date()`. Ignored when the request already carries a valid `X-Sdk-Date`. */
  date?: Date;
}

/**
 * Input of {@link buildCanonicalRequest}; all fields are required (no defaults).
 *
 * @example
 * const input: CanonicalRequestInput = { method: 'GET', url: 'https://h.example/v1/x', headers: { 'X-Sdk-Date': '20261123T120000Z' }, payloadHash: 'UNSIGNED-PAYLOAD' };
 */
export interface CanonicalRequestInput {
  /** HTTP method; upper-cased in the canonical form. */
  method: string;
  /** Absolute http(s) URL as it would be sent (already percent-encoded or not: segments are decoded first). */
  url: string | URL;
  /** Headers to sign. `host` is added from the URL when absent; `authorization` is never signed. */
  headers: HeadersInit;
  /** Hex SHA-256 of the body, or the literal `X-Sdk-Content-Sha256` value (e.g. `UNSIGNED-PAYLOAD`). */
  payloadHash: string;
}

/**
 * Output of {@link buildCanonicalRequest}: the canonical request, its SignedHeaders list and the wire URL.
 *
 * @example
 * const { canonicalRequest, signedHeaders, wireUrl }: CanonicalRequestResult = buildCanonicalRequest(input);
 */
export interface CanonicalRequestResult {
  /** The six-field canonical request, joined by `\n`. */
  canonicalRequest: string;
  /** Lower-cased signed header names in code-point order, joined by `;`. */
  signedHeaders: string;
  /** The URL to put on the wire: strictly encoded path (no added trailing slash) and canonical query. */
  wireUrl: string;
}

/**
 * Error thrown for invalid signing input; `field` names the offending input, the value is never included.
 *
 * Messages never contain the secret key or the security token (nor any other input value).
 *
 * @example
 * try { await signRequest(req, { ak: 'AK', sk: '' }); }
 * catch (e) { if (e instanceof SigningInputError) console.error(e.field); } // 'credentials.sk'
 */
export class SigningInputError extends ValidationError {
  override name = 'SigningInputError';

  constructor(field: string, problem: string) {
    super(field, 'signing-input', `${field} ${problem}`);
  }
}

const ALGORITHM = 'SDK-HMAC-SHA256';
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SDK_DATE_PATTERN = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const HEADER_NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const METHOD_PATTERN = HEADER_NAME_PATTERN;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_HEADER_VALUE = /[\u0000\r\n]/;
const PRINTABLE_ASCII = /^[\u0020-\u007e]+$/;

const utf8 = new TextEncoder();

/**
 * Formats a date as the UTC basic ISO-8601 form used by `X-Sdk-Date` (`YYYYMMDDTHHMMSSZ`).
 *
 * Milliseconds are dropped; there are no options. Throws {@link SigningInputError} (`field` = `date`) for an
 * invalid date or a year outside 0000-9999.
 *
 * @example
 * formatSdkDate(new Date('2026-11-23T12:00:00.999Z')); // '20261123T120000Z'
 */
export function formatSdkDate(date: Date): string {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw new SigningInputError('date', 'must be a valid Date');
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new SigningInputError('date', 'must have a year between 0000 and 9999');
  const two = (n: number): string => String(n).padStart(2, '0');
  return (
    String(year).padStart(4, '0') +
    two(date.getUTCMonth() + 1) +
    two(date.getUTCDate()) +
    'T' +
    two(date.getUTCHours()) +
    two(date.getUTCMinutes()) +
    two(date.getUTCSeconds()) +
    'Z'
  );
}

/** True for a well-formed basic-format date that denotes a real instant (`20261123T120000Z`). */
function isBasicSdkDate(value: string): boolean {
  const m = SDK_DATE_PATTERN.exec(value);
  if (m === null) return false;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  date.setUTCFullYear(y); // Date.UTC maps years 0-99 to 1900-1999.
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s
  );
}

/** Orders strings by Unicode code point (not UTF-16 code unit, not locale). */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n) {
    const ca = a.codePointAt(i) ?? 0;
    const cb = b.codePointAt(i) ?? 0;
    if (ca !== cb) return ca < cb ? -1 : 1;
    // Equal code points occupy the same number of code units in both strings.
    i += ca > 0xffff ? 2 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

interface ParsedUrl {
  canonicalUri: string;
  canonicalQuery: string;
  wireUrl: string;
}

function parseUrl(input: string | URL): ParsedUrl {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    throw new SigningInputError('url', 'must be an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SigningInputError('url', 'must use http: or https:');
  }
  if (url.username !== '' || url.password !== '') {
    throw new SigningInputError('url', 'must not contain user info');
  }

  // Path: decode each segment to its logical value, re-encode strictly; empty segments are kept.
  const wirePath = url.pathname.split('/').map(canonicalizeComponent).join('/');
  const canonicalUri = wirePath.endsWith('/') ? wirePath : `${wirePath}/`;

  // Query: split on '&' and the first '='; '+' is a literal plus (no URLSearchParams).
  const pairs: Array<[string, string]> = [];
  const rawQuery = url.search.startsWith('?') ? url.search.slice(1) : url.search;
  for (const piece of rawQuery.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq < 0 ? piece : piece.slice(0, eq);
    const value = eq < 0 ? '' : piece.slice(eq + 1);
    pairs.push([safeDecodeComponent(name), safeDecodeComponent(value)]);
  }
  pairs.sort((x, y) => compareCodePoints(x[0], y[0]) || compareCodePoints(x[1], y[1]));
  const canonicalQuery = pairs.map(([n, v]) => `${strictPercentEncode(n)}=${strictPercentEncode(v)}`).join('&');

  const wireUrl = `${url.protocol}//${url.host}${wirePath}${canonicalQuery === '' ? '' : `?${canonicalQuery}`}`;
  return { canonicalUri, canonicalQuery, wireUrl };
}

/** Lower-cases names, combines duplicates with ", " (fetch semantics) and validates names and values. */
function normalizeHeaders(init: HeadersInit): Map<string, string> {
  const entries: Iterable<readonly [string, string]> =
    typeof (init as Iterable<unknown>)[Symbol.iterator] === 'function'
      ? (init as Iterable<readonly [string, string]>)
      : Object.entries(init as Record<string, string>);
  const out = new Map<string, string>();
  for (const entry of entries) {
    const [rawName, rawValue] = entry;
    if (typeof rawName !== 'string' || !HEADER_NAME_PATTERN.test(rawName)) {
      throw new SigningInputError('headers', 'contains an invalid header name');
    }
    const name = rawName.toLowerCase();
    if (typeof rawValue !== 'string' || FORBIDDEN_IN_HEADER_VALUE.test(rawValue)) {
      // Never echo the value: it may be a security token.
      throw new SigningInputError(`headers["${name}"]`, 'must be a string without NUL, CR or LF');
    }
    const previous = out.get(name);
    out.set(name, previous === undefined ? rawValue : `${previous}, ${rawValue}`);
  }
  return out;
}

/**
 * Builds the SDK-HMAC-SHA256 canonical request, the SignedHeaders list and the matching wire URL (pure).
 *
 * Every given header is signed (lower-cased name, trimmed value, code-point order) except `authorization`;
 * `host` defaults to the URL authority (host plus explicit non-default port). The caller supplies the
 * `x-sdk-date` header and the payload hash. Throws {@link SigningInputError} for invalid input.
 *
 * @example
 * const { canonicalRequest, signedHeaders, wireUrl } = buildCanonicalRequest({
 *   method: 'GET',
 *   url: 'https://ecs.example.com/v1/my bucket?b=2&a=1',
 *   headers: { 'X-Sdk-Date': '20261123T120000Z' },
 *   payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
 * });
 * // signedHeaders === 'host;x-sdk-date'; wireUrl === 'https://ecs.example.com/v1/my%20bucket?a=1&b=2'
 */
export function buildCanonicalRequest(input: CanonicalRequestInput): CanonicalRequestResult {
  const { method, url, headers, payloadHash } = input;
  if (typeof method !== 'string' || !METHOD_PATTERN.test(method)) {
    throw new SigningInputError('method', 'must be an HTTP method token');
  }
  if (typeof payloadHash !== 'string' || payloadHash === '' || CONTROL_CHARS.test(payloadHash)) {
    throw new SigningInputError('payloadHash', 'must be a non-empty string without control characters');
  }
  const { canonicalUri, canonicalQuery, wireUrl } = parseUrl(url);

  const signed = normalizeHeaders(headers);
  signed.delete('authorization');
  if (!signed.has('host')) signed.set('host', new URL(wireUrl).host);

  const names = [...signed.keys()].sort(compareCodePoints);
  const headerBlock = names.map((name) => `${name}:${(signed.get(name) ?? '').trim()}\n`).join('');
  const signedHeaders = names.join(';');

  const canonicalRequest = [
    method.toUpperCase(),
    canonicalUri,
    canonicalQuery,
    headerBlock,
    signedHeaders,
    payloadHash,
  ].join('\n');
  return { canonicalRequest, signedHeaders, wireUrl };
}

function validateCredentials(credentials: AkSkCredentials): void {
  if (typeof credentials !== 'object' || credentials === null) {
    throw new SigningInputError('credentials', 'must be an object with ak and sk');
  }
  const { ak, sk, securityToken } = credentials as { ak?: unknown; sk?: unknown; securityToken?: unknown };
  if (typeof ak !== 'string' || !PRINTABLE_ASCII.test(ak)) {
    throw new SigningInputError('credentials.ak', 'must be a non-empty string of printable ASCII characters');
  }
  if (typeof sk !== 'string' || sk === '' || CONTROL_CHARS.test(sk)) {
    throw new SigningInputError('credentials.sk', 'must be a non-empty string without control characters');
  }
  if (securityToken !== undefined && (typeof securityToken !== 'string' || !PRINTABLE_ASCII.test(securityToken))) {
    throw new SigningInputError(
      'credentials.securityToken',
      'must be a non-empty string of printable ASCII characters when set',
    );
  }
}

/** A request as the transport holds it: what is signed and sent. */
export interface RequestParts {
  method: string;
  url: string;
  /** Signed as they are, plus `host`, `X-Sdk-Date` and (temporary credentials) `X-Security-Token`. */
  headers: Headers;
  body: Uint8Array | null;
}

/**
 * Signs request parts in place of building Requests (the transport's fast path): sets
 * `X-Sdk-Date`, `X-Security-Token` and `Authorization` on `parts.headers` and returns the wire URL
 * the signature covers.
 */
export async function signParts(parts: RequestParts, credentials: AkSkCredentials, options?: SignOptions): Promise<string> {
  validateCredentials(credentials);
  const { headers } = parts;
  headers.delete('authorization');
  if (credentials.securityToken !== undefined) headers.set('X-Security-Token', credentials.securityToken);

  const existingDate = headers.get('x-sdk-date');
  let sdkDate: string;
  if (existingDate !== null && isBasicSdkDate(existingDate.trim())) {
    sdkDate = existingDate.trim();
  } else {
    sdkDate = formatSdkDate(options?.date ?? new Date());
    headers.set('X-Sdk-Date', sdkDate);
  }

  const declaredPayloadHash = headers.get('x-sdk-content-sha256');
  const payloadHash =
    declaredPayloadHash !== null
      ? declaredPayloadHash.trim()
      : parts.body === null || parts.body.byteLength === 0
        ? EMPTY_BODY_SHA256
        : await sha256Hex(parts.body);

  const { canonicalRequest, signedHeaders, wireUrl } = buildCanonicalRequest({ method: parts.method, url: parts.url, headers, payloadHash });
  const stringToSign = `${ALGORITHM}\n${sdkDate}\n${await sha256Hex(canonicalRequest)}`;
  const signature = await hmacSha256Hex(credentials.sk, stringToSign);
  headers.set('Authorization', `${ALGORITHM} Access=${credentials.ak}, SignedHeaders=${signedHeaders}, Signature=${signature}`);
  return wireUrl;
}

/**
 * Signs a fetch `Request` with Huawei Cloud AK/SK (SDK-HMAC-SHA256) and returns a signed copy.
 *
 * The copy carries `X-Sdk-Date` (kept if the request already has a valid basic-format one, otherwise
 * `options.date`, default now), `X-Security-Token` when `credentials.securityToken` is set, and
 * `Authorization`. Every header on the request is signed, plus `host`. Its URL is rewritten to the canonical
 * wire form (strictly encoded path, sorted strictly encoded query, no fragment) and a non-standard-case
 * method is upper-cased, so the signature covers exactly what is sent. The body is hashed from its exact
 * bytes unless `X-Sdk-Content-Sha256` is set. The input request is not modified or consumed.
 *
 * @example
 * const signed = await signRequest(
 *   new Request('https://ecs.cn-north-4.myhuaweicloud.com/v1/123/cloudservers?limit=10'),
 *   { ak: process.env.HW_AK!, sk: process.env.HW_SK! },
 * );
 * const response = await fetch(signed);
 */
export async function signRequest(
  request: Request,
  credentials: AkSkCredentials,
  options?: SignOptions,
): Promise<Request> {
  const method = request.method.toUpperCase();
  const headers = new Headers(request.headers);
  const body = request.body === null ? null : new Uint8Array(await request.clone().arrayBuffer());
  const wireUrl = await signParts({ method, url: request.url, headers, body }, credentials, options);
  if (wireUrl === request.url) {
    // Same URL: derive from a clone so every Request property (and a streamed body) carries over untouched.
    return new Request(request.clone(), { method, headers });
  }
  // The URL changed, which a Request cannot express through RequestInit: rebuild it from its properties.
  // The body is passed as the (already hashed) bytes, which needs no `duplex` and works in every runtime.
  return new Request(wireUrl, {
    method,
    headers,
    body,
    redirect: request.redirect,
    signal: request.signal,
    credentials: request.credentials,
    cache: request.cache,
    integrity: request.integrity,
    keepalive: request.keepalive,
    mode: request.mode === 'navigate' ? 'same-origin' : request.mode,
    referrer: request.referrer,
    referrerPolicy: request.referrerPolicy,
  });
}
