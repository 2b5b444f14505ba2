/**
 * What may go into an HTTP header, in one place: the credentials and ids the client sends (AK,
 * tokens, project and service ids), free header values (caller headers, header parameters), and
 * header names. Header values are bytes on the wire, so nothing here ever lets a CR or LF through.
 */

// RFC 9110 §5.6.2 token: the characters a field name (and a method) may use.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// One word of visible ASCII: what an access key, a token or an id is, and all that parses unambiguously
// inside `Authorization: SDK-HMAC-SHA256 Access=<ak>, …` or a path segment.
const WORD = /^[\u0021-\u007e]+$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
// RFC 9110 §5.5: a field value may hold visible characters, SP and HTAB, and obs-text (bytes 0x80–0xFF).
const CONTROL_BUT_TAB = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const NOT_LATIN1 = /[^\u0000-\u00ff]/;

/** True for a valid header name (an RFC 9110 token). */
export function isHeaderName(name: string): boolean {
  return TOKEN.test(name);
}

/** True for a credential or id sent in a header: one non-empty word of visible ASCII (no space, no control character). */
export function isHeaderWord(value: unknown): value is string {
  return typeof value === 'string' && WORD.test(value);
}

/** How `isHeaderWord` is described in error messages. */
export const HEADER_WORD_RULE = 'one word of printable ASCII characters (no spaces or control characters)';

/** True for text without control characters (CR, LF, NUL, DEL, …): what a secret key that is only ever hashed must be. */
export function hasNoControlCharacters(value: string): boolean {
  return !CONTROL.test(value);
}

/** Why a free header value cannot be sent, or undefined when it can: no control character but HTAB, ISO-8859-1 only. */
export function headerValueProblem(value: string): string | undefined {
  if (CONTROL_BUT_TAB.test(value)) return 'must not contain control characters such as CR or LF';
  if (NOT_LATIN1.test(value)) return 'must be ISO-8859-1 text (header values are bytes); percent-encode other characters';
  return undefined;
}
