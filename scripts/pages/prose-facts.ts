/**
 * Schema keywords stated in a description cell's prose: value ranges ("Value range: 0~1000000", "The
 * value ranges from 1 to 100"), lengths ("Length: 1 to 64 characters"), defaults ("The default value is
 * 20", "true or false (default)"), and value lists ("The value can be A, B, or C", "The options include
 * a (…) and b (…)", bullet lists of `value: meaning`, "Enumerated values:"). What cannot be read as a
 * keyword stays in the description (the whole cell is the description) and is reported.
 */
import type { Json, JsonObject } from '../lint/json-pointer.js';
import type { Diagnostics } from './diagnostics.js';
import type { Cell } from './page-tables.js';
import type { PageLine } from './page-text.js';

/** The JSON type of the value the prose talks about, and whether that value sits in an array. */
export interface ProseTarget {
  valueType: string | undefined;
  inArray: boolean;
}

export interface ProseFacts {
  /** Keywords for the value (or, for an array of scalars, for its items). */
  value: JsonObject;
  /** Keywords for the array itself (minItems/maxItems). */
  array: JsonObject;
  /** The page line each keyword was read from. */
  lines: Record<string, number>;
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const RANGE_PATTERNS = [
  new RegExp(String.raw`value range(?: is)?:?\s*\[?\s*(${NUMBER})\s*(?:~|–|—|-|to|,)\s*(${NUMBER})`, 'i'),
  new RegExp(`ranges? from (${NUMBER}) to (${NUMBER})`, 'i'),
  new RegExp(`value (?:must be |is )?(?:between|in the range of) (${NUMBER}) and (${NUMBER})`, 'i'),
];
const MINIMUM_PATTERNS = [new RegExp(String.raw`minimum(?: value)?(?: is|:)\s*(${NUMBER})`, 'i'), new RegExp(String.raw`starts? from (${NUMBER})\b`, 'i')];
const MAXIMUM_PATTERNS = [new RegExp(String.raw`maximum(?: value)?(?: is|:)\s*(${NUMBER})`, 'i')];
// Lengths may be printed with thousands separators ("1 to 32,768 characters").
const COUNT = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const LENGTH_PATTERNS = [
  new RegExp(String.raw`length:?\s*(${COUNT}) to (${COUNT})`, 'i'),
  new RegExp(`(${COUNT}) to (${COUNT}) characters`, 'i'),
  new RegExp(String.raw`(${COUNT})\s*[-~]\s*(${COUNT}) characters`, 'i'),
];
const MAX_LENGTH_PATTERNS = [/(?:a maximum of|up to|at most|no more than) (\d+) characters/i, /maximum length(?: is|:)?\s*(\d+)/i];
const MIN_LENGTH_PATTERNS = [/(?:at least|a minimum of) (\d+) characters?/i, /minimum length(?: is|:)?\s*(\d+)/i];
const ITEMS_PATTERNS = [/(\d+) to (\d+) (?:items|elements|records)/i];
// "Up to 100 users can be filtered": on an array, a count of any plural noun but characters.
const MAX_ITEMS_PATTERNS = [/(?:a maximum of|up to|at most|no more than) (\d+) (?:items|elements|records)/i, /(?:a maximum of|up to|at most|no more than) (\d+) (?!characters\b)[a-z]+s\b/i];
const DEFAULT_PATTERNS = [
  /default value(?: is|:)\s*["'`]?([^\s"'`,;()]+)/i,
  // The "Definition … Range … Default Value 0: default enterprise project." cell layout.
  /\bDefault Value\s+["'`]?([^\s"'`,;():]+)(?=[:.]|\s|$)/,
  /defaults? to ["'`]?([^\s"'`,;()]+)/i,
  /([^\s(),]+) \(default(?: value)?\)/i,
];
const LIST_LEAD_IN =
  /\b(?:the value can be|the value (?:is|must be) (?:one of|either)|possible values(?: are|:)|the options (?:include|are)|value options:|enumerated values:)\s*(.+?)(?:\.(?=\s|$)|$)/i;
/** A word the extraction could have taken for a default value but that is not one. */
const NOT_A_VALUE = new Set(['used', 'applied', 'returned', 'adopted', 'empty', 'null', 'none', 'blank', 'left', 'the', 'a', 'n/a']);
const VALUE_TOKEN = /^-?[A-Za-z0-9_.:/-]+$/;
// "- value: meaning", and "-value: meaning" where the extraction lost the space before a value word.
const BULLET = /^(?:[-•*]\s+|-(?=[A-Za-z_]))(.*)$/;
/** A sentence that announces a list of values one per line, without bullets ("Its value can be:"). */
const LIST_INTRO = /\b(?:its value can be|it can be|the value can be|the options are(?: as follows)?|possible values are|enumerated values)\s*:$/i;

const isNumeric = (t: ProseTarget): boolean => t.valueType === 'integer' || t.valueType === 'number';
const isString = (t: ProseTarget): boolean => t.valueType === 'string';
const inArray = (t: ProseTarget): boolean => t.inArray;

/** Which sentences give which keywords, for which values: each pattern's groups fill `keys` in order. */
const KEYWORD_RULES: { patterns: readonly RegExp[]; applies: (t: ProseTarget) => boolean; where: 'value' | 'array'; keys: string[] }[] = [
  { patterns: RANGE_PATTERNS, applies: isNumeric, where: 'value', keys: ['minimum', 'maximum'] },
  { patterns: MINIMUM_PATTERNS, applies: isNumeric, where: 'value', keys: ['minimum'] },
  { patterns: MAXIMUM_PATTERNS, applies: isNumeric, where: 'value', keys: ['maximum'] },
  { patterns: LENGTH_PATTERNS, applies: isString, where: 'value', keys: ['minLength', 'maxLength'] },
  { patterns: MAX_LENGTH_PATTERNS, applies: isString, where: 'value', keys: ['maxLength'] },
  { patterns: MIN_LENGTH_PATTERNS, applies: isString, where: 'value', keys: ['minLength'] },
  { patterns: ITEMS_PATTERNS, applies: inArray, where: 'array', keys: ['minItems', 'maxItems'] },
  { patterns: MAX_ITEMS_PATTERNS, applies: inArray, where: 'array', keys: ['maxItems'] },
];

interface Found {
  value: Json;
  line: number;
}

export function readProseFacts(cell: Cell, target: ProseTarget, diagnostics: Diagnostics): ProseFacts {
  const facts: ProseFacts = { value: {}, array: {}, lines: {} };
  const prose = cell.lines.filter((l) => !BULLET.test(l.text.trim()));
  const numeric = isNumeric(target);

  for (const line of prose) {
    for (const rule of KEYWORD_RULES) {
      if (!rule.applies(target)) continue;
      const match = firstMatch(rule.patterns, line.text);
      if (match) for (const [i, key] of rule.keys.entries()) set(facts, rule.where, key, Number(String(match[i + 1]).replace(/,/g, '')), line.no, diagnostics);
    }
    if (!numeric && target.valueType !== undefined && firstMatch(RANGE_PATTERNS, line.text) && !firstMatch(LENGTH_PATTERNS, line.text)) {
      diagnostics.warning(line.no, `a value range on a ${target.valueType} is kept in the description only`);
    }
  }

  const values = readValueLists(cell, target, diagnostics);
  if (values && target.valueType !== 'boolean') {
    facts.value.enum = values.values.map((v) => v.value);
    facts.lines.enum = values.line;
  }
  const fallback = values?.defaultValue;
  const defaultValue = readDefault(prose, target, values, diagnostics) ?? fallback;
  if (defaultValue !== undefined) {
    facts.value.default = defaultValue.value;
    facts.lines.default = defaultValue.line;
  }
  return facts;
}

function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return undefined;
}

function set(facts: ProseFacts, where: 'value' | 'array', key: string, value: number, line: number, diagnostics: Diagnostics): void {
  const target = facts[where];
  const had = target[key];
  if (had !== undefined && had !== value) {
    diagnostics.warning(line, `${key} ${value} here contradicts ${String(had)} (line ${facts.lines[key] ?? '?'}); the first is kept`);
    return;
  }
  if (had === undefined) {
    target[key] = value;
    facts.lines[key] = line;
  }
}

interface ValueList {
  values: { value: Json; meaning: string }[];
  line: number;
  defaultValue?: Found;
}

/** The cell's value list: its bullet list of values, else a "The value can be …" sentence. */
function readValueLists(cell: Cell, target: ProseTarget, diagnostics: Diagnostics): ValueList | undefined {
  const bullets = readBullets(cell.lines, target, diagnostics);
  let sentence: ValueList | undefined;
  for (const line of cell.lines) {
    if (BULLET.test(line.text.trim())) continue;
    const match = LIST_LEAD_IN.exec(line.text);
    if (!match) continue;
    const list = readInlineList(match[1] ?? '', line, target, diagnostics);
    if (list) {
      sentence = list;
      break;
    }
  }
  if (bullets && sentence && !sameValues(bullets, sentence)) {
    diagnostics.warning(
      bullets.line,
      `the bullet values (${show(bullets)}) differ from the values listed on line ${sentence.line} (${show(sentence)}); the bullets are used`,
    );
  }
  if (bullets) return sentence?.defaultValue ? { ...bullets, defaultValue: sentence.defaultValue } : bullets;
  return sentence ?? readBareLines(cell, target);
}

/** `Its value can be:` followed by one value per line and nothing else: the values. */
function readBareLines(cell: Cell, target: ProseTarget): ValueList | undefined {
  const intro = cell.lines.findIndex((l) => LIST_INTRO.test(l.text.trim()));
  if (intro < 0) return undefined;
  const rest = cell.lines.slice(intro + 1).filter((l) => l.text.trim() !== '');
  if (rest.length < 2 || !rest.every((l) => VALUE_TOKEN.test(l.text.trim()))) return undefined;
  const values = rest.map((l) => typed(l.text.trim(), target));
  if (values.some((v) => v === undefined)) return undefined;
  return { values: values.map((value) => ({ value: value as Json, meaning: '' })), line: rest[0]?.no ?? 0 };
}

const show = (list: ValueList): string => list.values.map((v) => JSON.stringify(v.value)).join(', ');
const sameValues = (a: ValueList, b: ValueList): boolean =>
  JSON.stringify(a.values.map((v) => v.value).sort()) === JSON.stringify(b.values.map((v) => v.value).sort());

function readBullets(lines: readonly PageLine[], target: ProseTarget, diagnostics: Diagnostics): ValueList | undefined {
  const bullets = lines.flatMap((l) => {
    const match = BULLET.exec(l.text.trim());
    return match ? [{ line: l.no, text: (match[1] ?? '').trim() }] : [];
  });
  if (bullets.length === 0) return undefined;
  const read = bullets.map((b) => ({ ...b, item: bulletValue(b.text) }));
  const notValues = read.filter((b) => b.item === undefined);
  if (notValues.length > 0) {
    if (notValues.length < read.length) {
      const first = notValues[0] as (typeof read)[number];
      diagnostics.warning(first.line, `the bullet list is not read as a list of values ("${first.text}" does not start with a value)`);
    }
    return undefined;
  }
  const values = read.map((b) => ({ value: typed(b.item?.token ?? '', target), meaning: b.item?.meaning ?? '', line: b.line }));
  const bad = values.find((v) => v.value === undefined);
  if (bad) {
    diagnostics.warning(bad.line, `the bullet values are not of the documented type (${target.valueType ?? 'untyped'}); they stay in the description`);
    return undefined;
  }
  return { values: values.map((v) => ({ value: v.value as Json, meaning: v.meaning })), line: bullets[0]?.line ?? 0 };
}

/** `value: meaning`, `value meaning` (when the value looks like a code) or a bare `value`. */
function bulletValue(text: string): { token: string; meaning: string } | undefined {
  const match = /^["'`]?([^\s"'`:]+)["'`]?(:?)\s*(.*)$/.exec(text);
  if (!match) return undefined;
  const token = match[1] ?? '';
  const colon = match[2] === ':';
  const meaning = match[3] ?? '';
  if (!VALUE_TOKEN.test(token)) return undefined;
  const codeLike = /[A-Z]{2,}|[_.\d]/.test(token) || /^-?\d/.test(token);
  if (colon || meaning === '' || codeLike) return { token, meaning };
  return undefined;
}

function readInlineList(list: string, line: PageLine, target: ProseTarget, diagnostics: Diagnostics): ValueList | undefined {
  const items = splitOutsideParentheses(list);
  if (items.length < 2) return undefined;
  let defaultValue: Found | undefined;
  const values: { value: Json; meaning: string }[] = [];
  for (const item of items) {
    const match = /^["'`]?([^\s"'`(]+)["'`]?\s*(?:\((.*)\))?$/.exec(item.trim());
    const token = match?.[1];
    if (!match || token === undefined || !VALUE_TOKEN.test(token)) return undefined;
    const value = typed(token, target);
    if (value === undefined) {
      diagnostics.warning(line.no, `"${token}" in the value list is not of the documented type (${target.valueType ?? 'untyped'}); the list stays in the description`);
      return undefined;
    }
    const meaning = match[2] ?? '';
    if (/^default( value)?$/i.test(meaning.trim())) defaultValue = { value, line: line.no };
    values.push({ value, meaning });
  }
  return defaultValue ? { values, line: line.no, defaultValue } : { values, line: line.no };
}

function splitOutsideParentheses(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  const text = list.replace(/,?\s+(?:or|and)\s+/g, ', ');
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((i) => i.trim()).filter((i) => i !== '');
}

function typed(token: string, target: ProseTarget): Json | undefined {
  switch (target.valueType) {
    case 'integer':
      return /^-?\d+$/.test(token) ? Number(token) : undefined;
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(token) ? Number(token) : undefined;
    case 'boolean':
      return token === 'true' ? true : token === 'false' ? false : undefined;
    default:
      return token;
  }
}

function readDefault(prose: readonly PageLine[], target: ProseTarget, values: ValueList | undefined, diagnostics: Diagnostics): Found | undefined {
  for (const line of prose) {
    const match = firstMatch(DEFAULT_PATTERNS, line.text);
    if (!match) continue;
    const word = (match[1] ?? '').replace(/[.:]+$/, '');
    if (NOT_A_VALUE.has(word.toLowerCase())) continue;
    const value = resolveDefault(word, target, values);
    if (value === undefined) {
      diagnostics.warning(line.no, `the default "${word}" is not one of the documented values; it stays in the description`);
      return undefined;
    }
    return { value, line: line.no };
  }
  return undefined;
}

function resolveDefault(word: string, target: ProseTarget, values: ValueList | undefined): Json | undefined {
  if (!values) return typed(word, target);
  const exact = values.values.find((v) => String(v.value) === word);
  if (exact) return exact.value;
  const lower = word.toLowerCase();
  const byCase = values.values.filter((v) => String(v.value).toLowerCase() === lower);
  if (byCase.length === 1) return byCase[0]?.value;
  // "The default value is ascending" names the value by its meaning ("ASC ascending order.").
  const byMeaning = values.values.filter((v) => v.meaning.toLowerCase().replace(/[^a-z0-9 ]/g, '').split(' ').includes(lower));
  return byMeaning.length === 1 ? byMeaning[0]?.value : undefined;
}
