/**
 * Task times in the formats the specs state (`x-task` `createdAt` / `endedAt`): `epoch-millis`,
 * `iso-8601`, or a date pattern in the Java `SimpleDateFormat` notation the pages use
 * (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`). The runtime reads them, the mock writes them, and the spec lint
 * rejects a pattern this module cannot honour, so what a spec says is exactly what is read.
 */

/** A task time field's formats: the documented one, and others a deviating example shows (read only). */
export interface TimeFormats {
  format: string;
  alsoAccepted?: readonly string[] | undefined;
}

type Letter = 'y' | 'M' | 'd' | 'H' | 'm' | 's' | 'S' | 'Z' | 'X';
type Token = { literal: string } | { letter: Letter; count: number };

interface DatePattern {
  regex: RegExp;
  letters: { letter: Letter; count: number }[];
  tokens: Token[];
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
// Beyond ±8.64e15 ms a Date is invalid (ECMAScript's time range).
const MAX_TIME = 8.64e15;
const compiled = new Map<string, DatePattern>();

/** The regex source of one pattern letter repeated `count` times, or a reason it is not supported. */
function letterSource(letter: string, count: number): string {
  switch (letter) {
    case 'y':
      if (count === 2) throw new Error('two-digit years ("yy") are ambiguous; use "yyyy"');
      return `(\\d{${Math.max(count, 4)}})`;
    case 'M':
      if (count > 2) throw new Error('month names ("MMM") are not supported; use "MM"');
      return count === 1 ? '(\\d{1,2})' : '(\\d{2})';
    case 'd':
    case 'H':
    case 'm':
    case 's':
      if (count > 2) throw new Error(`"${letter.repeat(count)}" is longer than two digits`);
      return count === 1 ? '(\\d{1,2})' : '(\\d{2})';
    case 'S':
      return `(\\d{${count}})`;
    case 'Z':
      // RFC 822 offset, as SimpleDateFormat writes it: +0800.
      return '([+-]\\d{4})';
    case 'X':
      if (count > 3) throw new Error('"XXXX" is not an ISO 8601 offset pattern');
      return ['(Z|[+-]\\d{2}(?:\\d{2})?)', '(Z|[+-]\\d{4})', '(Z|[+-]\\d{2}:\\d{2})'][count - 1]!;
    default:
      throw new Error(`pattern letter "${letter}" is not supported (supported: y M d H m s S Z X and quoted literals)`);
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits a SimpleDateFormat pattern into letters and literals (`'…'` quotes, `''` a quote). */
function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ literal: "'" });
        i += 2;
        continue;
      }
      let text = '';
      for (i++; ; i++) {
        if (i >= pattern.length) throw new Error('unterminated quote');
        if (pattern[i] === "'") {
          if (pattern[i + 1] !== "'") break;
          text += "'";
          i++;
        } else text += pattern[i];
      }
      i++;
      tokens.push({ literal: text });
    } else if (/[A-Za-z]/.test(c)) {
      let count = 1;
      while (pattern[i + count] === c) count++;
      letterSource(c, count); // throws for what is not supported
      tokens.push({ letter: c as Letter, count });
      i += count;
    } else {
      tokens.push({ literal: c });
      i++;
    }
  }
  return tokens;
}

function datePattern(pattern: string): DatePattern {
  let found = compiled.get(pattern);
  if (!found) {
    const tokens = tokenize(pattern);
    const letters = tokens.filter((t): t is { letter: Letter; count: number } => 'letter' in t);
    const source = tokens.map((t) => ('literal' in t ? escapeRegex(t.literal) : letterSource(t.letter, t.count))).join('');
    found = { regex: new RegExp(`^${source}$`), letters, tokens };
    compiled.set(pattern, found);
  }
  return found;
}

/** Why a format cannot be honoured (for the spec lint), or undefined when it can. */
export function timeFormatProblem(format: string): string | undefined {
  if (format === 'epoch-millis' || format === 'iso-8601') return undefined;
  try {
    const { letters } = datePattern(format);
    if (!['y', 'M', 'd'].every((l) => letters.some((t) => t.letter === l))) return `date pattern "${format}" needs a year, a month and a day (yyyy, MM, dd)`;
    return undefined;
  } catch (error) {
    return `date pattern "${format}": ${(error as Error).message}`;
  }
}

function offsetMinutes(text: string): number {
  if (text === 'Z' || text === 'z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return text.startsWith('-') ? -minutes : minutes;
}

function parseWith(value: string, pattern: string): number | undefined {
  const { regex, letters } = datePattern(pattern);
  const match = regex.exec(value);
  if (!match) return undefined;
  const parts = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0, S: 0, offset: 0 };
  letters.forEach(({ letter }, i) => {
    const text = match[i + 1]!;
    if (letter === 'Z' || letter === 'X') parts.offset = offsetMinutes(text);
    else parts[letter] = Number(text);
  });
  const local = Date.UTC(parts.y, parts.M - 1, parts.d, parts.H, parts.m, parts.s, parts.S);
  // Date.UTC rolls 31 February into March; a value that is not a real date is unreadable instead.
  const check = new Date(local);
  if (check.getUTCFullYear() !== parts.y || check.getUTCMonth() !== parts.M - 1 || check.getUTCDate() !== parts.d || parts.H > 23 || parts.m > 59 || parts.s > 59) return undefined;
  return local - parts.offset * 60_000;
}

function parseOne(value: unknown, format: string): number | undefined {
  if (format === 'epoch-millis') {
    if (typeof value === 'number') return value;
    return typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (format === 'iso-8601') return ISO_8601.test(value.trim()) ? Date.parse(value.trim()) : undefined;
  return parseWith(value.trim(), format);
}

/**
 * A task time as a Date, read in the field's documented format or one of its `alsoAccepted`
 * formats; undefined when it is absent or fits none (never a guess at another format).
 *
 * @example
 * parseTime('2026-01-10T09:03:00.000+0800', { format: "yyyy-MM-dd'T'HH:mm:ss.SSSZ" }); // 2026-01-10T01:03:00.000Z
 */
export function parseTime(value: unknown, formats: TimeFormats): Date | undefined {
  for (const format of [formats.format, ...(formats.alsoAccepted ?? [])]) {
    const time = parseOne(value, format);
    if (time !== undefined && Math.abs(time) <= MAX_TIME) return new Date(time);
  }
  return undefined;
}

/**
 * A time written in a format: epoch milliseconds as a number, anything else as text in UTC
 * (`Z` prints `+0000`, `X` prints `Z`).
 *
 * @example
 * formatTime(Date.UTC(2026, 0, 10, 9, 3), "yyyy-MM-dd'T'HH:mm:ss.SSSZ"); // '2026-01-10T09:03:00.000+0000'
 */
export function formatTime(ms: number, format: string): string | number {
  if (format === 'epoch-millis') return ms;
  const date = new Date(ms);
  if (format === 'iso-8601') return date.toISOString();
  const values: Record<Exclude<Letter, 'Z' | 'X'>, number> = {
    y: date.getUTCFullYear(),
    M: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    H: date.getUTCHours(),
    m: date.getUTCMinutes(),
    s: date.getUTCSeconds(),
    S: date.getUTCMilliseconds(),
  };
  return datePattern(format)
    .tokens.map((t) => {
      if ('literal' in t) return t.literal;
      if (t.letter === 'Z') return '+0000';
      if (t.letter === 'X') return 'Z';
      return String(values[t.letter]).padStart(t.count, '0');
    })
    .join('');
}
