/** Task times are read and written exactly in the formats the specs state (src/core/time-format.ts). */
import { describe, expect, it } from 'vitest';
import { formatTime, parseTime, timeFormatProblem } from '../../src/core/time-format.js';

const JAVA = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
// Workspace's alsoAccepted: the documented example's quoted T and literal Z (specs/workspace/paths/export-tasks.yaml).
const QUOTED_T = "yyyy-MM-dd'''T'''HH:mm:ss.SSSX";
const T = Date.UTC(2026, 0, 10, 9, 3);

describe('parseTime reads a value only in the formats given', () => {
  it.each<[string, string, unknown, number | undefined]>([
    ['epoch-millis', 'a number', 1744276967708, 1744276967708],
    ['epoch-millis', 'a digit string', '1744276967708', 1744276967708],
    ['epoch-millis', 'a digit string with spaces', ' 1744276967708 ', 1744276967708],
    ['epoch-millis', "DataArts' Long.MAX_VALUE as digits (beyond a Date's range)", '9223372036854776000', undefined],
    ['epoch-millis', "DataArts' Long.MAX_VALUE as a number", 9223372036854776000, undefined],
    ['epoch-millis', 'ISO text', '2026-01-10T09:03:00.000Z', undefined],
    ['iso-8601', 'Z', '2026-01-10T09:03:00.000Z', T],
    ['iso-8601', '+08:00', '2026-01-10T17:03:00.000+08:00', T],
    ['iso-8601', 'no seconds', '2026-01-10T09:03Z', T],
    ['iso-8601', 'an RFC 822 offset (not ISO 8601)', '2026-01-10T09:03:00.000+0000', undefined],
    ['iso-8601', 'a date without a time', '2026-01-10', undefined],
    ['iso-8601', 'epoch milliseconds', 1744276967708, undefined],
    [JAVA, '+0000 (how the mock writes it)', '2026-01-10T09:03:00.000+0000', T],
    [JAVA, '-0530', '2026-01-10T03:33:00.000-0530', T],
    [JAVA, '+0800', '2026-01-10T17:03:00.000+0800', T],
    [JAVA, 'a literal Z (not an RFC 822 offset)', '2026-01-10T09:03:00.000Z', undefined],
    [JAVA, "Workspace's documented quoted T", "2022-03-28'T'00:00:00.000Z", undefined],
    [JAVA, 'no milliseconds', '2026-01-10T09:03:00+0000', undefined],
    [JAVA, '30 February', '2026-02-30T09:03:00.000+0000', undefined],
    [JAVA, 'hour 24', '2026-01-10T24:00:00.000+0000', undefined],
    [JAVA, 'epoch milliseconds', 1744276967708, undefined],
    [QUOTED_T, "Workspace's documented example", "2022-03-28'T'00:00:00.000Z", Date.UTC(2022, 2, 28)],
    [QUOTED_T, 'quoted T with +08', "2022-03-28'T'08:00:00.000+08", Date.UTC(2022, 2, 28)],
    [QUOTED_T, 'quoted T with +0800', "2022-03-28'T'08:00:00.000+0800", Date.UTC(2022, 2, 28)],
    [QUOTED_T, 'a plain T', '2022-03-28T00:00:00.000Z', undefined],
  ])('%s, %s', (format, _name, value, expected) => {
    expect(parseTime(value, { format })?.getTime()).toBe(expected);
  });

  it.each(['', 'yesterday', Number.NaN, Number.POSITIVE_INFINITY, null, undefined, { seconds: 1 }, true])('%j is no time in any format', (value) => {
    for (const format of ['epoch-millis', 'iso-8601', JAVA, QUOTED_T]) expect(parseTime(value, { format })).toBeUndefined();
  });

  it('alsoAccepted formats are tried after the documented one', () => {
    const formats = { format: JAVA, alsoAccepted: [QUOTED_T] };
    expect(parseTime('2026-01-10T09:03:00.000+0000', formats)?.getTime()).toBe(T);
    expect(parseTime("2022-03-28'T'00:00:00.000Z", formats)?.getTime()).toBe(Date.UTC(2022, 2, 28));
    expect(parseTime('2022-03-28T00:00:00.000Z', formats)).toBeUndefined();
  });
});

describe('formatTime writes the documented format, and parseTime reads it back', () => {
  it.each<[string, string | number]>([
    ['epoch-millis', T],
    ['iso-8601', '2026-01-10T09:03:00.000Z'],
    [JAVA, '2026-01-10T09:03:00.000+0000'],
    [QUOTED_T, "2026-01-10'T'09:03:00.000Z"],
    ['dd/MM/yyyy HH:mm', '10/01/2026 09:03'],
  ])('%s', (format, written) => {
    expect(formatTime(T, format)).toBe(written);
    expect(parseTime(written, { format })?.getTime()).toBe(T);
  });
});

describe('timeFormatProblem: what the spec lint refuses', () => {
  it.each(['epoch-millis', 'iso-8601', JAVA, QUOTED_T, 'yyyyMMdd', "yyyy-MM-dd'T'HH:mm:ssXXX"])('%s is honoured', (format) => {
    expect(timeFormatProblem(format)).toBeUndefined();
  });

  it.each<[string, RegExp]>([
    ['yy-MM-dd', /two-digit years/],
    ['yyyy-MMM-dd', /month names/],
    ['EEE, dd MMM yyyy', /"E" is not supported/],
    ["yyyy-MM-dd'T", /unterminated quote/],
    ['HH:mm:ss', /needs a year, a month and a day/],
    ['epoch-seconds', /is not supported|needs a year/],
  ])('%s is refused', (format, message) => {
    expect(timeFormatProblem(format)).toMatch(message);
  });
});
