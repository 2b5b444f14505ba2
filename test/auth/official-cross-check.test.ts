/**
 * Cross-check against the official signer (`@huaweicloud/huaweicloud-sdk-core`, a devDependency
 * only) on the cases where it is correct: unreserved path segments, lower-case query keys, trimmed
 * header values without `_`, JSON object bodies. Its §6 quirks are covered in quirks.test.ts.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signRequest } from '../../src/auth/sign-request.js';

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as {
  AKSKSigner: { sign(request: object, credential: { getAk(): string; getSk(): string }): Record<string, string> };
};

const unreserved = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/).filter((s) => s !== '.' && s !== '..');
const key = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
const headerName = fc.stringMatching(/^x-[a-z]{1,10}$/);
const headerValue = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,;=/.-]{0,20}[A-Za-z0-9]$/);

describe('signRequest agrees with the official Node signer on its correct cases', () => {
  it('random GET and POST requests', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(unreserved, { minLength: 1, maxLength: 4 }),
        fc.dictionary(key, fc.oneof(unreserved, fc.array(unreserved, { minLength: 2, maxLength: 3 })), { maxKeys: 4 }),
        fc.dictionary(headerName, headerValue, { maxKeys: 3 }),
        fc.option(fc.dictionary(key, fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }), { nil: undefined }),
        async (segments, query, headers, body) => {
          const endpoint = `https://svc.cn-north-4.example.com/${segments.join('/')}`;
          const search = Object.entries(query)
            .flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => `${k}=${x}`) : [`${k}=${v}`]))
            .join('&');
          const method = body ? 'POST' : 'GET';
          const sdkDate = '20261123T120000Z';
          const allHeaders = { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) };
          const official = AKSKSigner.sign(
            { endpoint, method, headers: { ...allHeaders, 'X-Sdk-Date': sdkDate }, queryParams: query, ...(body ? { data: body } : {}) },
            { getAk: () => 'AK0000000000', getSk: () => 'secret-key-0000' },
          );
          const ours = await signRequest(
            new Request(search ? `${endpoint}?${search}` : endpoint, { method, headers: { ...allHeaders, 'X-Sdk-Date': sdkDate }, ...(body ? { body: JSON.stringify(body) } : {}) }),
            { ak: 'AK0000000000', sk: 'secret-key-0000' },
          );
          expect(ours.headers.get('authorization')).toBe(official.Authorization);
        },
      ),
      { numRuns: 300 },
    );
  });
});
