/**
 * Builders for the small in-memory OpenAPI 3.1 documents the house-rule tests lint. Each returns a
 * fresh object, so a case can change it without touching the others.
 */
import { expect } from 'vitest';
import type { HouseRuleName, RuleResult } from '../helpers/lint-rule.js';

type Json = Record<string, unknown>;

/** A whole document: one path, given components. */
export function apiDoc(paths: Json, components: Json = {}): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Test API', version: '1.0.0', description: 'A document for one house rule.' },
    servers: [{ url: 'https://api.example.com' }],
    tags: [{ name: 'Tasks', description: 'Tasks.' }],
    paths,
    components,
  };
}

/** A GET operation with every essential field, the given parameters and a 200 JSON response. */
export function getOperation(options: { parameters?: unknown[]; schema?: unknown; example?: unknown; extra?: Json } = {}): Json {
  return {
    operationId: 'ShowTask',
    summary: 'Show a task',
    description: 'Returns one task.',
    tags: ['Tasks'],
    parameters: options.parameters ?? [],
    responses: {
      '200': {
        description: 'The task.',
        content: {
          'application/json': {
            schema: options.schema ?? { type: 'object', properties: {} },
            ...(options.example === undefined ? {} : { example: options.example }),
          },
        },
      },
    },
    ...options.extra,
  };
}

export function pathParam(name: string, schema: Json = { type: 'string' }): Json {
  return { name, in: 'path', required: true, description: `The ${name}.`, schema };
}

export function queryParam(name: string, schema: Json = { type: 'string' }): Json {
  return { name, in: 'query', required: false, description: `The ${name}.`, schema };
}

/** Deep copy, so a case can mutate a fixture without leaking into the next case. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** One result a case expects: a fragment of its message and, optionally, the exact JSON pointer it is reported at. */
export interface Want {
  message: string;
  at?: string;
}

/** The results are exactly `want` (same count; each one matched by code, message fragment and pointer). */
export function expectResults(results: RuleResult[], rule: HouseRuleName, want: Want[]): void {
  const shown = JSON.stringify(results.map((r) => `${r.pointer}: ${r.message} (${r.code})`), null, 2);
  expect(results, shown).toHaveLength(want.length);
  for (const w of want) {
    expect(results, shown).toContainEqual(
      expect.objectContaining({ code: rule, message: expect.stringContaining(w.message), ...(w.at === undefined ? {} : { pointer: w.at }) }),
    );
  }
}
