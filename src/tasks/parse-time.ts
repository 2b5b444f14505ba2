import type { TimeFormat } from './task-spec.js';

/**
 * A task time field as a Date, or undefined when it is absent or unreadable. Numbers (and digit
 * strings) are epoch milliseconds; strings are ISO 8601, including Workspace's documented form with
 * literal quotes around the T (`2022-03-28'T'00:00:00.000Z`) and RFC 822 offsets (`+0800`).
 */
export function parseTime(value: unknown, _format: TimeFormat): Date | undefined {
  let time: number;
  if (typeof value === 'number') time = value;
  else if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) time = Number(value);
  else if (typeof value === 'string') {
    const iso = value
      .trim()
      .replace(/'T'/, 'T')
      .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    time = Date.parse(iso);
  } else return undefined;
  // Beyond ±8.64e15 ms a Date is invalid; the documented Long.MAX_VALUE example lands there.
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
