/**
 * Test-only, INDEPENDENT server-side verifier for SDK-HMAC-SHA256 (Huawei Cloud AK/SK) signatures.
 *
 * It deliberately shares no code with src/auth: it runs on node:crypto, works from the request exactly as a
 * server received it (method, raw request-target, header map, body bytes) and rebuilds the canonical
 * request the way the API gateway is documented to: decode every path segment and query name/value, encode
 * them again with the strict RFC 3986 unreserved set, sort the query by the UTF-8 bytes of the decoded
 * name then value (same order as code points), and take only the headers listed in SignedHeaders.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface ReceivedRequest {
  /** `req.method` as the server saw it. */
  method: string;
  /** `req.url`: the raw request-target (path and query), exactly as received. */
  target: string;
  /** `req.headers` (names already lower-cased by node:http). */
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The complete request body. */
  body: Uint8Array;
}

export interface VerificationResult {
  valid: boolean;
  /** Why verification failed (never contains the secret). */
  reason?: string;
  /** The canonical request the verifier rebuilt, for diagnostics. */
  canonicalRequest?: string;
  /** The SignedHeaders list found in the Authorization header. */
  signedHeaders?: string[];
}

const AUTH_RE = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$/;

/** Decode with decodeURIComponent; a component that cannot be decoded is taken literally. */
function unescapePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Strict RFC 3986 encoding, byte by byte over the UTF-8 form. */
function escapePart(logical: string): string {
  const bytes = Buffer.from(logical, 'utf8');
  const parts: string[] = [];
  for (const byte of bytes) {
    const isAlnum = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122);
    if (isAlnum || byte === 45 /* - */ || byte === 46 /* . */ || byte === 95 /* _ */ || byte === 126 /* ~ */) {
      parts.push(String.fromCharCode(byte));
    } else {
      parts.push(`%${byte.toString(16).toUpperCase().padStart(2, '0')}`);
    }
  }
  return parts.join('');
}

function canonicalPath(rawPath: string): string {
  const encoded = rawPath
    .split('/')
    .map((segment) => escapePart(unescapePart(segment)))
    .join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

function canonicalQueryString(rawQuery: string): string {
  if (rawQuery.length === 0) return '';
  const decoded = rawQuery
    .split('&')
    .filter((item) => item.length > 0)
    .map((item) => {
      const m = /^([^=]*)(?:=(.*))?$/s.exec(item);
      const name = unescapePart(m?.[1] ?? '');
      const value = unescapePart(m?.[2] ?? '');
      return { name, value, nameBytes: Buffer.from(name, 'utf8'), valueBytes: Buffer.from(value, 'utf8') };
    });
  decoded.sort((a, b) => Buffer.compare(a.nameBytes, b.nameBytes) || Buffer.compare(a.valueBytes, b.valueBytes));
  return decoded.map((p) => `${escapePart(p.name)}=${escapePart(p.value)}`).join('&');
}

function headerValue(headers: ReceivedRequest['headers'], name: string): string | undefined {
  const raw = headers[name];
  if (raw === undefined) return undefined;
  return (typeof raw === 'string' ? raw : raw.join(', ')).trim();
}

/**
 * Recomputes the signature of a received request with `sk` and compares it with its Authorization header.
 */
export function verifyReceivedRequest(received: ReceivedRequest, sk: string): VerificationResult {
  const authorization = headerValue(received.headers, 'authorization');
  if (authorization === undefined) return { valid: false, reason: 'no Authorization header' };
  const auth = AUTH_RE.exec(authorization);
  if (auth === null) return { valid: false, reason: 'malformed Authorization header' };
  const signedHeaders = (auth[2] ?? '').split(';');
  const claimedSignature = auth[3] ?? '';

  if (!signedHeaders.includes('host')) return { valid: false, reason: 'host is not signed', signedHeaders };
  if (!signedHeaders.includes('x-sdk-date')) return { valid: false, reason: 'x-sdk-date is not signed', signedHeaders };
  if (signedHeaders.includes('authorization')) return { valid: false, reason: 'authorization is signed', signedHeaders };

  const sdkDate = headerValue(received.headers, 'x-sdk-date');
  if (sdkDate === undefined || !/^\d{8}T\d{6}Z$/.test(sdkDate)) {
    return { valid: false, reason: 'missing or malformed X-Sdk-Date', signedHeaders };
  }

  const canonicalHeaderLines: string[] = [];
  for (const name of signedHeaders) {
    const value = headerValue(received.headers, name);
    if (value === undefined) return { valid: false, reason: `signed header ${name} not received`, signedHeaders };
    canonicalHeaderLines.push(`${name}:${value}\n`);
  }

  const queryAt = received.target.indexOf('?');
  const rawPath = queryAt === -1 ? received.target : received.target.substring(0, queryAt);
  const rawQuery = queryAt === -1 ? '' : received.target.substring(queryAt + 1);

  const payloadHash =
    headerValue(received.headers, 'x-sdk-content-sha256') ?? createHash('sha256').update(received.body).digest('hex');

  const canonicalRequest =
    `${received.method.toUpperCase()}\n` +
    `${canonicalPath(rawPath)}\n` +
    `${canonicalQueryString(rawQuery)}\n` +
    `${canonicalHeaderLines.join('')}\n` +
    `${signedHeaders.join(';')}\n` +
    payloadHash;

  const stringToSign = [
    'SDK-HMAC-SHA256',
    sdkDate,
    createHash('sha256').update(canonicalRequest, 'utf8').digest('hex'),
  ].join('\n');
  const expected = createHmac('sha256', Buffer.from(sk, 'utf8')).update(stringToSign, 'utf8').digest();
  const claimed = Buffer.from(claimedSignature, 'hex');
  const valid = claimed.length === expected.length && timingSafeEqual(claimed, expected);
  return valid
    ? { valid, canonicalRequest, signedHeaders }
    : { valid, reason: 'signature mismatch', canonicalRequest, signedHeaders };
}
