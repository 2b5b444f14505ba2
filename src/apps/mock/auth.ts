/**
 * Authentication as the API gateway does it: an `X-Auth-Token` equal to the accepted token, or an
 * SDK-HMAC-SHA256 signature recomputed from the request exactly as received (method, raw target,
 * the headers listed in SignedHeaders, the body's SHA-256) with `X-Sdk-Date` inside the allowed skew.
 * Failures carry the gateway's codes and messages (APIGW.0301 / APIGW.0303).
 */
import { timingSafeEqual } from 'node:crypto';
import { buildCanonicalRequest, formatSdkDate } from '../../auth/sign-request.js';
import { hmacSha256Hex, sha256Hex } from '../../auth/hmac-sha256.js';

/** What the server accepts. */
export interface AcceptedCredentials {
  token: string;
  ak: string;
  sk: string;
}

/** A request as the server received it. */
export interface ReceivedRequest {
  method: string;
  /** Raw request target (path and query). */
  target: string;
  /** Lower-cased names, values as received. */
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
}

/** Accepted, or refused with the gateway's code and message. */
export type AuthResult = { ok: true } | { ok: false; code: string; message: string };

/** Gateway code for refused IAM credentials (token or AK/SK). */
const IAM_AUTH_FAILED = 'APIGW.0301';
/** Gateway code the signing guide shows for a signature outside the time window. */
const SIGNATURE_EXPIRED = 'APIGW.0303';

const IAM = 'Incorrect IAM authentication information';
const AUTHORIZATION = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-fA-F]{64})$/;
const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

const refuse = (message: string, code = IAM_AUTH_FAILED): AuthResult => ({ ok: false, code, message });

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function parseSdkDate(value: string | undefined): number | undefined {
  const m = value === undefined ? null : SDK_DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const time = Date.UTC(y, mo - 1, d, h, mi, s);
  return Number.isNaN(time) || formatSdkDate(new Date(time)) !== value!.trim() ? undefined : time;
}

async function checkSignature(accepted: AcceptedCredentials, request: ReceivedRequest, now: number, maxSkewMs: number): Promise<AuthResult> {
  const match = AUTHORIZATION.exec(request.headers.authorization!.trim());
  if (!match) return refuse(`${IAM}: verify aksk signature fail, malformed Authorization header`);
  const [, ak, signedList, signature] = match as unknown as [string, string, string, string];
  if (!sameText(ak, accepted.ak)) return refuse(`${IAM}: Get secretKey failed, err:ak not exist`);
  const dateText = request.headers['x-sdk-date'];
  const signedAt = parseSdkDate(dateText);
  if (signedAt === undefined) return refuse(`${IAM}: verify aksk signature fail, missing or malformed X-Sdk-Date`);
  if (Math.abs(now - signedAt) > maxSkewMs) {
    return refuse(`Incorrect app authentication information: signature expired, signature time:${dateText!.trim()},server time:${formatSdkDate(new Date(now))}`, SIGNATURE_EXPIRED);
  }
  const names = signedList.toLowerCase().split(';');
  // The gateway binds a signature to its host; an unsigned host would let it be replayed anywhere.
  if (!names.includes('host')) return refuse(`${IAM}: verify aksk signature fail, SignedHeaders must include host`);
  const signedHeaders: [string, string][] = [];
  for (const name of names) {
    const value = request.headers[name];
    if (value === undefined) return refuse(`${IAM}: verify aksk signature fail, signed header ${name} is missing`);
    signedHeaders.push([name, value]);
  }
  const declared = request.headers['x-sdk-content-sha256'];
  const payloadHash = declared !== undefined ? declared.trim() : await sha256Hex(request.body);
  let canonicalRequest: string;
  try {
    // The URL's host is the received (and signed) Host header; path and query are the raw target.
    const target = request.target.startsWith('/') ? request.target : new URL(request.target).pathname + new URL(request.target).search;
    ({ canonicalRequest } = buildCanonicalRequest({ method: request.method, url: `http://${request.headers.host}${target}`, headers: signedHeaders, payloadHash }));
  } catch {
    return refuse(`${IAM}: verify aksk signature fail`);
  }
  const stringToSign = `SDK-HMAC-SHA256\n${dateText!.trim()}\n${await sha256Hex(canonicalRequest)}`;
  const expected = await hmacSha256Hex(accepted.sk, stringToSign);
  return sameText(expected, signature.toLowerCase()) ? { ok: true } : refuse(`${IAM}: verify aksk signature fail`);
}

/** Checks a request's token or AK/SK signature against the accepted credentials at time `now`. */
export async function authenticate(accepted: AcceptedCredentials, request: ReceivedRequest, now: number, maxSkewMs: number): Promise<AuthResult> {
  const token = request.headers['x-auth-token'];
  if (token !== undefined) return sameText(token, accepted.token) ? { ok: true } : refuse(`${IAM}: decrypt token fail`);
  if (request.headers.authorization !== undefined) return checkSignature(accepted, request, now, maxSkewMs);
  return refuse(`${IAM}: x-auth-token not found`);
}
