/**
 * README.md's error and retry tables match the code: every error class the package exports is in
 * the error table (and nothing else is), and the retry table's defaults are the policy's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as taskport from '../../src/index.js';
import { DEFAULT_RETRY } from '../../src/http/retry-policy.js';
import { REPO } from './support.js';

const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');

/** The rows of the first table under a `## heading`, as cells. */
function tableUnder(heading: string): string[][] {
  const section = readme.split(`\n## ${heading}\n`)[1]!.split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line))
    .slice(1)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

describe("README's tables", () => {
  it('the error table names exactly the exported error classes', () => {
    const exported = Object.entries(taskport)
      .filter(([, value]) => typeof value === 'function' && value.prototype instanceof taskport.TaskportError)
      .map(([name]) => name)
      // ApiError itself is described through its subclasses' row.
      .sort();
    const named = [...new Set(tableUnder('Errors').flatMap(([cls]) => [...cls!.matchAll(/`(\w+Error)`/g)].map((m) => m[1]!)))];
    const rowText = tableUnder('Errors').map((row) => row.join(' ')).join('\n');
    expect(named.filter((name) => !exported.includes(name))).toEqual([]);
    expect(exported.filter((name) => name !== 'ApiError' && !named.includes(name))).toEqual([]);
    expect(rowText).toContain('subclasses of `ApiError`');
  });

  it('the retry table states the default policy', () => {
    const rows = Object.fromEntries(tableUnder('Retries and timeouts').map(([option, value]) => [option!, value!]));
    expect(rows['`retry.maxRetries`']).toMatch(new RegExp(`^${DEFAULT_RETRY.maxRetries} `));
    expect(rows['`retry.minDelayMs` / `maxDelayMs`']).toMatch(new RegExp(`^${DEFAULT_RETRY.minDelayMs} ms / ${DEFAULT_RETRY.maxDelayMs / 1000} s`));
    expect(rows['`retry.maxRetryAfterMs`']).toMatch(new RegExp(`^${DEFAULT_RETRY.maxRetryAfterMs / 1000} s`));
    expect(rows['`retry: false`']).toBe('no retries');
    expect(Object.keys(rows)).toEqual(expect.arrayContaining(['`timeoutMs`', '`maxResponseBytes`', '`requestsPerSecond`']));
  });
});
