import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakingChanges } from '../../scripts/check-breaking.mjs';

const workspace = JSON.parse(readFileSync(new URL('../../generated/openapi/workspace.json', import.meta.url), 'utf8')) as {
  paths: Record<string, { get: { parameters: { name?: string; schema?: Record<string, unknown> }[]; responses: Record<string, unknown> } }>;
};
const operation = () => structuredClone(workspace);
const get = (doc: typeof workspace) => doc.paths['/v2/{project_id}/export-tasks']!.get;

describe('breaking-change check of the specs', () => {
  it.each<[string, { change: (doc: typeof workspace) => void; breaking: boolean }]>([
    ['no change', { change: () => {}, breaking: false }],
    ['a narrower limit range', { change: (d) => void (get(d).parameters.find((p) => p.name === 'limit')!.schema!.maximum = 50), breaking: true }],
    ['a removed enum value from a request parameter', { change: (d) => void (get(d).parameters.find((p) => p.name === 'sort_type')!.schema!.enum = ['ASC']), breaking: true }],
    ['a removed operation', { change: (d) => void delete (d.paths as Record<string, unknown>)['/v2/{project_id}/export-tasks'], breaking: true }],
    ['a new optional query parameter', { change: (d) => void get(d).parameters.push({ name: 'new_filter', in: 'query', required: false, schema: { type: 'string' } } as never), breaking: false }],
  ])('%s', (_name, { change, breaking }) => {
    const after = operation();
    change(after);
    expect((breakingChanges(workspace, after) as string[]).length > 0).toBe(breaking);
  });
});
