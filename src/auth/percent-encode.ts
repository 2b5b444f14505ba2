/**
 * Strict RFC 3986 percent-encoding for the AK/SK signer: only `A-Z a-z 0-9 - _ . ~` stay literal,
 * every other UTF-8 byte becomes upper-case `%XX`. Decoding never throws: a `%` that does not start
 * a decodable sequence stays a literal `%`.
 */

// Text that strict encoding leaves as it is (most path segments and query values).
const UNRESERVED_ONLY = /^[A-Za-z0-9\-_.~]*$/;

/**
 * Percent-encodes a logical (decoded) string, leaving only RFC 3986 unreserved characters literal.
 * Space is `%20`, never `+`; lone surrogates become U+FFFD as with `TextEncoder`.
 *
 * @example
 * strictPercentEncode('my bucket/报*~'); // 'my%20bucket%2F%E6%8A%A5%2A~'
 */
export function strictPercentEncode(value: string): string {
  if (UNRESERVED_ONLY.test(value)) return value;
  // encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ) literal; the strict set excludes !*'().
  return encodeURIComponent(value.toWellFormed()).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Decodes a run of `%XX` triplets, keeping any triplet that is not part of valid UTF-8 literally. */
function decodeRun(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    // A UTF-8 sequence is 1–4 bytes: decode the longest valid prefix, else keep one triplet.
    for (let length = Math.min(12, run.length); length >= 3; length -= 3) {
      try {
        return decodeURIComponent(run.slice(0, length)) + decodeRun(run.slice(length));
      } catch {
        // Try a shorter prefix.
      }
    }
    return run.slice(0, 3) + (run.length > 3 ? decodeRun(run.slice(3)) : '');
  }
}

/**
 * Percent-decodes one URL component like `decodeURIComponent` (`+` stays `+`), but never throws:
 * a stray `%` (`50%`, `%zz`) and a triplet that is not valid UTF-8 (`%FF`) are kept literally.
 *
 * @example
 * safeDecodeComponent('a%2Fb'); // 'a/b'
 * safeDecodeComponent('50%');   // '50%'
 */
export function safeDecodeComponent(value: string): string {
  return value.includes('%') ? value.replace(/(?:%[0-9A-Fa-f]{2})+/g, decodeRun) : value;
}

/**
 * The one canonical spelling of a raw component: decoded, then strictly re-encoded, so a component
 * that was already encoded is not encoded twice.
 *
 * @example
 * canonicalizeComponent('a%2fb'); // 'a%2Fb'
 */
export function canonicalizeComponent(raw: string): string {
  return strictPercentEncode(safeDecodeComponent(raw));
}
