/**
 * JSON response bodies, parsed so that nothing is lost or unsafe:
 * - integers beyond ±2^53 (documented as int64) keep their exact digits as a string, because
 *   `JSON.parse` would silently round them (specs/README.md, "Exact int64 values");
 * - `__proto__` keys are dropped, however they are written (`"\u005f_proto__"` is the same key), so
 *   a hostile body cannot reach an object's prototype when merged.
 */
export function parseJsonBody(text: string): unknown {
  const source = /\d{16}/.test(text) ? quoteLongIntegers(text) : text;
  // The reviver sees keys decoded, so it catches every spelling; it is only paid for when the raw
  // text spells the key or holds an escape that could spell it.
  return text.includes('__proto__') || text.includes('\\u') ? JSON.parse(source, dropProtoKeys) : JSON.parse(source);
}

function dropProtoKeys(key: string, value: unknown): unknown {
  return key === '__proto__' ? undefined : value;
}

/** Rewrites integer literals outside strings that are not safe integers into JSON strings. */
function quoteLongIntegers(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      continue;
    }
    if (c !== 45 /* - */ && (c < 48 || c > 57)) continue;
    let end = i + 1;
    while (end < text.length && /[0-9.eE+-]/.test(text[end]!)) end++;
    const token = text.slice(i, end);
    if (/^-?\d+$/.test(token) && !Number.isSafeInteger(Number(token))) {
      out += `${text.slice(copiedUpTo, i)}"${token}"`;
      copiedUpTo = end;
    }
    i = end - 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}
