import { ValidationError } from '../core/errors.js';
import { hasNoControlCharacters, HEADER_WORD_RULE, isHeaderWord } from '../core/header-safe.js';

/** An IAM token (sent as `X-Auth-Token`). */
export interface TokenCredentials {
  token: string;
}

/**
 * An access key pair, optionally temporary (`securityToken`, sent and signed as `X-Security-Token`).
 *
 * @example
 * const credentials: AkSkCredentials = { ak: 'HPUAEXAMPLEAK0000001', sk: secretFromVault };
 */
export interface AkSkCredentials {
  /** Access key id; sent in clear in the Authorization header. */
  ak: string;
  /** Secret access key; only ever HMAC key material, never copied into errors or properties. */
  sk: string;
  /** Security token of temporary credentials. */
  securityToken?: string;
}

/** How a client authenticates: an IAM token, or an access key pair (optionally temporary). */
export type Credentials = TokenCredentials | AkSkCredentials;

/** Checked credentials, tagged with their kind. */
export type ResolvedCredentials = ({ kind: 'token' } & TokenCredentials) | ({ kind: 'aksk' } & AkSkCredentials);

/**
 * Why a credential field's value cannot be used, or undefined when it can; never quoting the value.
 * The secret key is only hashed, so it may hold anything but control characters; everything else is
 * sent in a header and must be one word of printable ASCII.
 */
export function credentialProblem(field: keyof AkSkCredentials | 'token', value: unknown): string | undefined {
  if (field === 'sk') return typeof value === 'string' && value !== '' && hasNoControlCharacters(value) ? undefined : 'must be a non-empty string without control characters';
  return isHeaderWord(value) ? undefined : `must be non-empty, ${HEADER_WORD_RULE}`;
}

function checked(field: keyof AkSkCredentials | 'token', value: unknown): string {
  const problem = credentialProblem(field, value);
  if (problem) throw new ValidationError(`credentials.${field}`, typeof value === 'string' && value !== '' ? 'format' : 'required', `credentials.${field} ${problem}`);
  return value as string;
}

/** Validates a `credentials` option. Messages name the field and never include a secret's value. */
export function checkCredentials(option: unknown): ResolvedCredentials {
  if (typeof option !== 'object' || option === null) throw new ValidationError('credentials', 'type', 'credentials must be { token } or { ak, sk, securityToken? }');
  const record = option as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  if (record.token !== undefined) {
    const extra = keys.filter((k) => k !== 'token');
    if (extra.length > 0) throw new ValidationError(`credentials.${extra[0]}`, 'unknown', `credentials.${extra[0]} cannot be combined with credentials.token`);
    return { kind: 'token', token: checked('token', record.token) };
  }
  const extra = keys.filter((k) => !['ak', 'sk', 'securityToken'].includes(k));
  if (extra.length > 0) throw new ValidationError(`credentials.${extra[0]}`, 'unknown', `credentials.${extra[0]} is not a credential field (known: token, or ak, sk, securityToken)`);
  const ak = checked('ak', record.ak);
  const sk = checked('sk', record.sk);
  if (record.securityToken === undefined) return { kind: 'aksk', ak, sk };
  return { kind: 'aksk', ak, sk, securityToken: checked('securityToken', record.securityToken) };
}

/** The secret strings of resolved credentials, to scrub from anything the client reports. */
export function secretsOf(credentials: ResolvedCredentials): string[] {
  return credentials.kind === 'token' ? [credentials.token] : [credentials.sk, ...(credentials.securityToken ? [credentials.securityToken] : [])];
}
