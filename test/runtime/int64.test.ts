/** parseJsonBody: exact int64 values, everything else exactly as JSON.parse reads it, no prototype keys. */
import { describe, expect, it } from 'vitest';
import { parseJsonBody } from '../../src/http/json-body.js';

describe('unsafe integers keep their exact digits', () => {
  it.each<[string, string, unknown]>([
    ['the DataArts example value', '{"create_date": 9223372036854776000}', { create_date: '9223372036854776000' }],
    ['int64 max', '{"v": 9223372036854775807}', { v: '9223372036854775807' }],
    ['int64 min', '{"v": -9223372036854775808}', { v: '-9223372036854775808' }],
    ['2^53 (first unsafe)', '{"v": 9007199254740992}', { v: '9007199254740992' }],
    ['2^53 + 1', '{"v": 9007199254740993}', { v: '9007199254740993' }],
    ['-(2^53 + 1)', '{"v": -9007199254740993}', { v: '-9007199254740993' }],
    ['a 30-digit integer', '{"v": 123456789012345678901234567890}', { v: '123456789012345678901234567890' }],
    ['in an array', '[1, 9223372036854775807, 2]', [1, '9223372036854775807', 2]],
    ['top level', '9223372036854775807', '9223372036854775807'],
    ['nested, no spaces', '{"a":{"b":[{"c":12345678901234567890}]}}', { a: { b: [{ c: '12345678901234567890' }] } }],
    ['followed by a comma and a brace', '{"a":12345678901234567890,"b":1}', { a: '12345678901234567890', b: 1 }],
    ['with newlines around', '{\n  "a" :\n   12345678901234567890\n}', { a: '12345678901234567890' }],
  ])('%s', (_what, text, expected) => {
    expect(parseJsonBody(text)).toEqual(expected);
  });
});

describe('everything else is untouched', () => {
  it.each<[string, string]>([
    ['safe max', '{"v": 9007199254740991}'],
    ['safe min', '{"v": -9007199254740991}'],
    ['epoch millis', '{"begin_time": 1744276967708, "end_time": 1744276967708}'],
    ['small numbers', '{"a": 0, "b": -0, "c": 1, "d": -1, "e": 42}'],
    ['floats with many digits', '{"v": 1234567890123456789.5, "w": 0.12345678901234567890}'],
    ['exponents', '{"a": 1e400, "b": 12345678901234567890e2, "c": 1.5E-7, "d": -2e+21}'],
    ['a big negative float', '{"v": -98765432109876543210.0}'],
    ['strings containing digits', '{"id": "12345678901234567890", "s": "order 98765432109876543210 done"}'],
    ['escaped quotes inside strings', '{"s": "say \\"12345678901234567890\\" now", "n": 1}'],
    ['an escaped backslash before the closing quote', '{"s": "C:\\\\dir\\\\", "n": 12}'],
    ['escaped unicode', '{"s": "\\u0031\\u0032 12345678901234567890", "t": "\\"\\\\\\""}'],
    ['keys with digits', '{"12345678901234567890": 1}'],
    ['literals', '{"t": true, "f": false, "n": null}'],
    ['an empty object', '{}'],
  ])('%s parses exactly as JSON.parse', (_what, text) => {
    expect(parseJsonBody(text)).toEqual(JSON.parse(text));
  });

  it('a mixed body: only the unsafe integer changes', () => {
    const text = '{"id":"2406a337","status":1,"create_date":9223372036854776000,"update_date":1744276967708,"ratio":0.5,"big_float":12345678901234567890.25,"note":"x\\"9223372036854776000\\"y"}';
    expect(parseJsonBody(text)).toEqual({
      id: '2406a337',
      status: 1,
      create_date: '9223372036854776000',
      update_date: 1744276967708,
      ratio: 0.5,
      big_float: 12345678901234567890.25,
      note: 'x"9223372036854776000"y',
    });
  });

  it('a long digit run inside a string after an escaped backslash is not touched', () => {
    const text = '{"a": "\\\\", "b": "12345678901234567890", "c": 12345678901234567890}';
    expect(parseJsonBody(text)).toEqual({ a: '\\', b: '12345678901234567890', c: '12345678901234567890' });
  });
});

describe('invalid JSON still fails', () => {
  it.each(['', '{', '{"a": 12345678901234567890', '{"a": 1,}', '<html></html>', '{"a": 0123}'])('%j throws', (text) => {
    expect(() => parseJsonBody(text)).toThrow();
  });
});

describe('__proto__ keys', () => {
  it('are dropped at every level and never reach a prototype', () => {
    const parsed = parseJsonBody('{"__proto__": {"polluted": 1}, "a": {"__proto__": {"x": 1}, "b": 2}, "list": [{"__proto__": {"y": 1}}]}') as Record<string, Record<string, unknown>>;
    expect(Object.hasOwn(parsed, '__proto__')).toBe(false);
    expect(Object.hasOwn(parsed.a!, '__proto__')).toBe(false);
    expect(parsed.a).toEqual({ b: 2 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('a string value "__proto__" is kept', () => {
    expect(parseJsonBody('{"key": "__proto__"}')).toEqual({ key: '__proto__' });
  });

  it('works together with int64 quoting', () => {
    expect(parseJsonBody('{"__proto__": {"v": 1}, "v": 12345678901234567890}')).toEqual({ v: '12345678901234567890' });
  });
});
