import type { AkSkCredentials } from './credentials.js';
import { signParts, type RequestParts, type SignOptions } from './sign-request.js';

export type { RequestParts } from './sign-request.js';

/**
 * How a client signs one attempt with AK/SK credentials: sets the signature headers on `parts`
 * and returns the URL to send (the signed, canonical one).
 */
export type Signer = (parts: RequestParts, credentials: AkSkCredentials, options: SignOptions) => Promise<string>;

/**
 * The AK/SK signer (SDK-HMAC-SHA256). `create<Service>Client` and `create<Service>TaskClient` sign
 * with it by default; a base client (`create<Service>BaseClient`) only when it is passed as the
 * `signer` option, so a bundle that authenticates with a token leaves the signer out.
 *
 * @example
 * const hss = createHssBaseClient({ region: 'cn-north-4', projectId, credentials: { ak, sk }, signer: akskSigner });
 */
export const akskSigner: Signer = signParts;
