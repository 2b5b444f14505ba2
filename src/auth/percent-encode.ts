/**
 * Strict RFC 3986 percent-encoding helpers used by the AK/SK signer.
 *
 * Only the unreserved characters `A-Z a-z 0-9 - _ . ~` are left literal; every other UTF-8 byte becomes
 * `%XX` with upper-case hex. Decoding is "safe": a `%` that does not start a decodable sequence is kept
 * as a literal `%` instead of throwing.
 *
 * No `node:` imports: this module runs unchanged in Node, browsers and edge runtimes.
 */

const UNRESERVED_ONLY = /^[A-Za-z0-9\-_.~]*$/;
const HEX_UPPER = '0123456789ABCDEF';
const utf8 = new TextEncoder();

/** Byte values (0-255) that stay literal: the RFC 3986 unreserved set. */
const IS_UNRESERVED: readonly boolean[] = Array.from({ length: 256 }, (_, b) =>
  (b >= 0x41 && b <= 0x5a) || // A-Z
  (b >= 0x61 && b <= 0x7a) || // a-z
  (b >= 0x30 && b <= 0x39) || // 0-9
  b === 0x2d || b === 0x5f || b === 0x2e || b === 0x7e, // - _ . ~
);

/**
 * Percent-encodes a logical (already decoded) string, keeping only RFC 3986 unreserved characters literal.
 *
 * Every other character is encoded as `%XX` (upper-case hex) per UTF-8 byte; space is `%20`, never `+`.
 * Lone surrogates are encoded as U+FFFD (the `TextEncoder` behaviour). There are no options.
 *
 * @example
 * strictPercentEncode('my bucket/报*~'); // 'my%20bucket%2F%E6%8A%A5%2A~'
 */
export function strictPercentEncode(value: string): string {
  if (UNRESERVED_ONLY.test(value)) return value;
  let out = '';
  for (const byte of utf8.encode(value)) {
    if (IS_UNRESERVED[byte] === true) {
      out += String.fromCharCode(byte);
    } else {
      out += '%' + HEX_UPPER.charAt(byte >> 4) + HEX_UPPER.charAt(byte & 0x0f);
    }
  }
  return out;
}

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/** True when `s[i]` starts a syntactically valid `%XX` triplet. */
function isTriplet(s: string, i: number): boolean {
  return s.charCodeAt(i) === 0x25 && i + 2 < s.length && isHexDigit(s.charCodeAt(i + 1)) && isHexDigit(s.charCodeAt(i + 2));
}

/**
 * Percent-decodes one URL component (a path segment, query name or query value) without ever throwing.
 *
 * Behaves like `decodeURIComponent` (so `+` stays `+`, it is NOT a space) when the input is well formed.
 * Otherwise it decodes every `%XX` run that forms valid UTF-8 and keeps the rest literally: a stray `%`
 * (as in `50%` or `%zz`) stays `%`, and a triplet that is not valid UTF-8 (as in `%FF`) stays the three
 * characters `%FF`, so re-encoding it gives `%25FF`. There are no options.
 *
 * @example
 * safeDecodeComponent('a%2Fb');   // 'a/b'
 * safeDecodeComponent('50%');     // '50%'
 * safeDecodeComponent('a+b%20c'); // 'a+b c'
 */
export function safeDecodeComponent(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    // Fall through to the piecewise decoder below.
  }
  let out = '';
  let i = 0;
  while (i < value.length) {
    if (!isTriplet(value, i)) {
      // Ordinary character, or a '%' that does not start a triplet: keep it literally.
      out += value.charAt(i);
      i += 1;
      continue;
    }
    // A UTF-8 sequence is at most 4 bytes: look at up to 4 consecutive triplets and decode the longest
    // prefix that decodeURIComponent accepts (it only accepts complete, valid UTF-8 sequences).
    let run = 0;
    while (run < 4 && isTriplet(value, i + 3 * run)) run += 1;
    let consumed = 0;
    for (let len = run; len >= 1; len -= 1) {
      try {
        out += decodeURIComponent(value.slice(i, i + 3 * len));
        consumed = 3 * len;
        break;
      } catch {
        // Try a shorter prefix.
      }
    }
    if (consumed === 0) {
      // Not decodable as UTF-8 (e.g. '%FF' or a truncated sequence): keep the triplet literally.
      out += value.slice(i, i + 3);
      consumed = 3;
    }
    i += consumed;
  }
  return out;
}

/**
 * Decodes a raw component with {@link safeDecodeComponent} and re-encodes it with {@link strictPercentEncode}.
 *
 * The result is the one canonical spelling of the component's logical value, so a component that was
 * already encoded is not double-encoded. There are no options.
 *
 * @example
 * canonicalizeComponent('a%2fb');     // 'a%2Fb'
 * canonicalizeComponent('my bucket'); // 'my%20bucket'
 */
export function canonicalizeComponent(raw: string): string {
  return strictPercentEncode(safeDecodeComponent(raw));
}
