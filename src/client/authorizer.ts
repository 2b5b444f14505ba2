import type { ResolvedCredentials } from '../auth/credentials.js';
import { signParts } from '../auth/sign-request.js';
import type { TransportConfig } from '../http/transport.js';

/** Adds the credentials to each attempt: `X-Auth-Token`, or an AK/SK signature over the exact wire request. */
export function authorizer(credentials: ResolvedCredentials, projectId: string): TransportConfig['authorize'] {
  if (credentials.kind === 'token') {
    return async (parts) => {
      parts.headers.set('X-Auth-Token', credentials.token);
      return parts.url;
    };
  }
  return (parts, clockOffsetMs) => {
    // Official SDKs send the project with AK/SK (BasicCredentials), and sign it.
    parts.headers.set('X-Project-Id', projectId);
    return signParts(parts, credentials, { date: new Date(Date.now() + clockOffsetMs) });
  };
}
