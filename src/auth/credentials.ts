import { ValidationError } from '../errors.js';
import type { AkSkCredentials } from './sign-request.js';

/** An IAM token (sent as `X-Auth-Token`). */
export interface TokenCredentials {
  token: string;
}

/** How a client authenticates: an IAM token, or an access key pair (optionally temporary). */
export type Credentials = TokenCredentials | AkSkCredentials;

export type ResolvedCredentials = ({ kind: 'token' } & TokenCredentials) | ({ kind: 'aksk' } & AkSkCredentials);

/** Environment variables the clients read when an option is not given (Node only). */
export const ENV = {
  ak: 'HUAWEICLOUD_SDK_AK',
  sk: 'HUAWEICLOUD_SDK_SK',
  securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
  projectId: 'HUAWEICLOUD_SDK_PROJECT_ID',
} as const;

/** Reads an environment variable where there is a `process` (Node, Bun, Deno's compat); undefined elsewhere. */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value === '' ? undefined : value;
}

// Anything that goes into a header must be one line of visible characters.
const HEADER_SAFE = /^[\u0021-\u007e]+$/;

function checkSecret(field: string, value: unknown, pattern: RegExp, what: string): string {
  if (typeof value !== 'string' || value === '') throw new ValidationError(field, 'required', `${field} must be a non-empty string`);
  if (!pattern.test(value)) throw new ValidationError(field, 'format', `${field} must be ${what}`);
  return value;
}

/**
 * Validates the `credentials` option, or reads AK/SK from the environment when it is absent.
 * Messages name the field and never include a secret's value.
 */
export function resolveCredentials(option: unknown): ResolvedCredentials {
  if (option === undefined) {
    const ak = readEnv(ENV.ak);
    const sk = readEnv(ENV.sk);
    if (ak === undefined || sk === undefined) {
      throw new ValidationError('credentials', 'required', `no credentials: pass credentials ({ token } or { ak, sk }) or set ${ENV.ak} and ${ENV.sk}`);
    }
    const securityToken = readEnv(ENV.securityToken);
    return resolveCredentials(securityToken === undefined ? { ak, sk } : { ak, sk, securityToken });
  }
  if (typeof option !== 'object' || option === null) throw new ValidationError('credentials', 'type', 'credentials must be { token } or { ak, sk, securityToken? }');
  const record = option as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  if ('token' in record && record.token !== undefined) {
    const extra = keys.filter((k) => k !== 'token');
    if (extra.length > 0) throw new ValidationError(`credentials.${extra[0]}`, 'unknown', `credentials.${extra[0]} cannot be combined with credentials.token`);
    return { kind: 'token', token: checkSecret('credentials.token', record.token, HEADER_SAFE, 'a single line of visible ASCII characters') };
  }
  const extra = keys.filter((k) => !['ak', 'sk', 'securityToken'].includes(k));
  if (extra.length > 0) throw new ValidationError(`credentials.${extra[0]}`, 'unknown', `credentials.${extra[0]} is not a credential field (known: token, or ak, sk, securityToken)`);
  const ak = checkSecret('credentials.ak', record.ak, HEADER_SAFE, 'a single line of visible ASCII characters');
  const sk = checkSecret('credentials.sk', record.sk, /^[^\u0000-\u001f\u007f]+$/, 'free of control characters');
  if (record.securityToken === undefined) return { kind: 'aksk', ak, sk };
  const securityToken = checkSecret('credentials.securityToken', record.securityToken, HEADER_SAFE, 'a single line of visible ASCII characters');
  return { kind: 'aksk', ak, sk, securityToken };
}

/** The secret strings of resolved credentials, to scrub from anything the client reports. */
export function secretsOf(credentials: ResolvedCredentials): string[] {
  return credentials.kind === 'token' ? [credentials.token] : [credentials.sk, ...(credentials.securityToken ? [credentials.securityToken] : [])];
}
