/**
 * The one way options objects are checked (client, request, retry, wait and mock options): an
 * object with only known keys, and typed values with a range. Every failure is a ValidationError
 * naming the field and the rule, and never echoing a value that may be a secret.
 */
import { ValidationError } from './errors.js';

/**
 * Checks that `value` is an object holding only `known` keys, and returns it as a record.
 * `what` names the options in messages (`wait options`); `prefix` is put before a key in `field` (`retry.`).
 */
export function checkOptionsObject(value: unknown, what: string, known: readonly string[], prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(prefix ? prefix.replace(/\.$/, '') : 'options', 'type', `${what} must be an object`);
  }
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const message = `unknown ${what.replace(/s$/, '')} "${key}" (known: ${known.join(', ')})`;
    throw new ValidationError(`${prefix}${key}`, 'unknown', prefix ? `${prefix}${key}: ${message}` : message);
  }
  return value as Record<string, unknown>;
}

/** The range of a number option. */
export interface NumberRule {
  /** `positive` (> 0) or `non-negative` (>= 0). */
  sign: 'positive' | 'non-negative';
  integer?: boolean;
  /** Largest value allowed. */
  max?: number;
}

/** A finite number option within its rule, or undefined when not given. */
export function checkNumber(field: string, value: unknown, rule: NumberRule): number | undefined {
  if (value === undefined) return undefined;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (rule.sign === 'positive' ? value > 0 : value >= 0) &&
    (!rule.integer || Number.isInteger(value)) &&
    (rule.max === undefined || value <= rule.max);
  if (!ok) {
    const range = rule.max === undefined ? '' : ` up to ${rule.max}`;
    throw new ValidationError(field, 'range', `${field} must be a ${rule.sign} ${rule.integer ? 'integer' : 'number'}${range}`);
  }
  return value;
}

/** A function option, or undefined when not given. */
export function checkFunction<F extends (...args: never[]) => unknown>(field: string, value: unknown): F | undefined {
  if (value !== undefined && typeof value !== 'function') throw new ValidationError(field, 'type', `${field} must be a function`);
  return value as F | undefined;
}

/** An AbortSignal option, or undefined when not given. */
export function checkSignal(field: string, value: unknown): AbortSignal | undefined {
  if (value !== undefined && !(value instanceof AbortSignal)) throw new ValidationError(field, 'type', `${field} must be an AbortSignal`);
  return value;
}
