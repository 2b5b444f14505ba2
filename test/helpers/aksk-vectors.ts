/**
 * The AK/SK signing vectors captured from the official Huawei Cloud Node.js signer
 * (test/fixtures/aksk-vectors.json; its `generatedBy` and `conventions` fields say how).
 */
import { readFileSync } from 'node:fs';

/** One signed request as the official signer produced it. */
export interface AkSkVector {
  name: string;
  ak: string;
  sk: string;
  method: string;
  url: string;
  body: string;
  sdkDate: string;
  expected: {
    authorization: string;
    signedHeaders: string;
    canonicalRequest: string;
    payloadHash: string;
    headersAfterSigning: Record<string, string>;
  };
}

/** Every vector of the fixture, in file order. */
export const AKSK_VECTORS: readonly AkSkVector[] = (
  JSON.parse(readFileSync(new URL('../fixtures/aksk-vectors.json', import.meta.url), 'utf8')) as { vectors: AkSkVector[] }
).vectors;

/** A vector's `X-Sdk-Date` ('20261123T120000Z') as a Date. */
export function parseSdkDate(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (m === null) throw new Error(`bad sdkDate ${value}`);
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}
