/**
 * redactDeep: a body without a secret comes back as the same value (nothing copied, issue 15); a body
 * with one comes back as a redacted copy, the input untouched; both walks are iterative.
 */
import { describe, expect, it } from 'vitest';
import { redact, redactDeep } from '../../src/core/redact.js';

const SK = 'ExampleSecretKey0123456789';
const TOKEN = 'MIIEtokenExample+abc/def=';
const SECRETS = [SK, TOKEN];

/** A chain of `depth` nested arrays around `leaf`, built without recursion. */
function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function innermost(value: unknown): unknown {
  let node = value;
  while (Array.isArray(node)) node = node[0];
  return node;
}

describe('redactDeep', () => {
  it('returns the same object when no secret occurs anywhere', () => {
    const body = { task_id: 't1', status: 'SUCCESS', items: [{ name: 'a', size: 3, ok: true, none: null }], nested: { deep: ['x', 1] } };
    expect(redactDeep(body, SECRETS)).toBe(body);
  });

  it('returns the same array, string, number and null when clean', () => {
    const list = ['a', 'b'];
    expect(redactDeep(list, SECRETS)).toBe(list);
    expect(redactDeep('plain', SECRETS)).toBe('plain');
    expect(redactDeep(42, SECRETS)).toBe(42);
    expect(redactDeep(null, SECRETS)).toBe(null);
    expect(redactDeep(undefined, SECRETS)).toBe(undefined);
  });

  it('a secret shorter than 4 characters does not count (clean, same object)', () => {
    const body = { a: 'abc' };
    expect(redactDeep(body, ['abc'])).toBe(body);
  });

  it('a secret in a value: a redacted copy, the input untouched', () => {
    const body = { task_id: 't1', detail: { msg: `bad key ${SK}!`, list: ['x', TOKEN] }, other: { kept: 'yes' } };
    const before = structuredClone(body);
    const out = redactDeep(body, SECRETS) as typeof body;
    expect(out).not.toBe(body);
    expect(out).toEqual({ task_id: 't1', detail: { msg: 'bad key [redacted]!', list: ['x', '[redacted]'] }, other: { kept: 'yes' } });
    expect(body).toEqual(before);
    expect(JSON.stringify(out)).not.toContain(SK);
    expect(JSON.stringify(out)).not.toContain(TOKEN);
  });

  it('a secret in a key: the key is redacted, document order kept', () => {
    const body = { first: 1, [`k-${SK}`]: 'v', last: 2 };
    const out = redactDeep(body, SECRETS) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['first', 'k-[redacted]', 'last']);
  });

  it('a key named __proto__ in a dirty body stays an own property of the copy', () => {
    const body = JSON.parse(`{"__proto__": {"x": "${SK}"}}`) as object;
    const out = redactDeep(body, SECRETS) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ x: '[redacted]' });
  });

  it('is stack-safe both ways: 200 000 levels, clean (same object) and dirty (redacted)', () => {
    // Compared with ===: the matchers walk a value recursively and would overflow on it themselves.
    const clean = nested(200_000, 'leaf');
    expect(redactDeep(clean, SECRETS) === clean).toBe(true);
    const dirty = nested(200_000, `x${TOKEN}`);
    const out = redactDeep(dirty, SECRETS);
    expect(out === dirty).toBe(false);
    expect(innermost(out)).toBe('x[redacted]');
    expect(innermost(dirty)).toBe(`x${TOKEN}`);
  });

  it('redact (text) is unchanged: every occurrence replaced', () => {
    expect(redact(`${SK} and ${SK}`, SECRETS)).toBe('[redacted] and [redacted]');
  });
});
