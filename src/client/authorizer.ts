import type { ResolvedCredentials } from '../auth/credentials.js';
import type { Signer } from '../auth/signer.js';
import type { TransportConfig } from '../http/transport.js';

/**
 * Adds the credentials to each attempt: `X-Auth-Token`, or an AK/SK signature over the exact wire
 * request made by `sign` (the caller checked that AK/SK credentials come with a signer).
 */
export function authorizer(credentials: ResolvedCredentials, projectId: string, sign: Signer | undefined): TransportConfig['authorize'] {
  if (credentials.kind === 'token') {
    return async (parts) => {
      parts.headers.set('X-Auth-Token', credentials.token);
      return parts.url;
    };
  }
  return (parts, clockOffsetMs) => {
    // Official SDKs send the project with AK/SK (BasicCredentials), and sign it.
    parts.headers.set('X-Project-Id', projectId);
    return sign!(parts, credentials, { date: new Date(Date.now() + clockOffsetMs) });
  };
}
