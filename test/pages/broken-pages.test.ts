/**
 * Pages written to break the importer (test/fixtures/pages/broken): each gets a clear message naming the
 * right line, never a crash, and the draft never states what the page does not.
 */
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../scripts/lint/json-pointer.js';
import { draftPage } from '../../scripts/pages/draft-document.js';
import { lineOf, readPage } from './helpers.js';

interface Want {
  /** The text of the line the message names (with its occurrence, when it is not the only one). */
  at: string | [string, number];
  severity: 'error' | 'warning';
  message: string;
  /** What the draft holds (or does not) because of it. */
  draft?: (doc: JsonObject) => void;
}

type Schemas = Record<string, { properties: Record<string, JsonObject> }>;
const schemasOf = (doc: JsonObject) => (doc.components as { schemas: Schemas }).schemas;
const parametersOf = (doc: JsonObject) =>
  Object.values(doc.paths as Record<string, Record<string, { parameters: JsonObject[] }>>).flatMap((item) => Object.values(item))[0]?.parameters ?? [];

const cases: [string, Want][] = [
  ['EmptyTable', { at: ['|', 2], severity: 'error', message: 'the table (Parameter | Mandatory | Type | Description) has no rows' }],
  [
    'MissingCell',
    {
      at: 'task_id | Yes | Task ID. |',
      severity: 'error',
      message: 'the row lacks its Type cell',
      draft: (doc) => {
        // No type rather than a wrong one; the description stays where it belongs.
        const taskId = parametersOf(doc).find((p) => p.name === 'task_id');
        expect(taskId?.schema).toEqual({});
        expect(taskId?.description).toBe('Task ID.');
      },
    },
  ],
  [
    'MissingCellBareCells',
    {
      at: 'limit |',
      severity: 'error',
      message: 'the row lacks its Mandatory cell',
      draft: (doc) =>
        // The rows after the broken one are read in step.
        expect(parametersOf(doc).map((p) => [p.name, p.required, (p.schema as JsonObject).type])).toEqual([
          ['project_id', true, 'string'],
          ['limit', false, 'integer'],
          ['offset', false, 'integer'],
        ]),
    },
  ],
  [
    'UnknownType',
    {
      at: 'created | Timestamp | Creation time. |',
      severity: 'error',
      message: 'created: unknown type "Timestamp"; the draft leaves its schema untyped',
      draft: (doc) => expect(schemasOf(doc).ShowTaskResponse ?? Object.values(schemasOf(doc))[0]).toMatchObject({ properties: { created: { description: 'Creation time.' } } }),
    },
  ],
  [
    'DuplicatedRows',
    {
      at: ['size |', 1],
      severity: 'error',
      message: 'size is listed twice in this table (first on line 29); this row is ignored',
      draft: (doc) => expect(Object.values(schemasOf(doc))[0]?.properties.size).toMatchObject({ type: 'integer', description: 'Size in bytes.' }),
    },
  ],
  ['UnterminatedCell', { at: 'State.', severity: 'error', message: 'a table cell starting here never ends' }],
  ['BadMandatory', { at: 'limit | Maybe | Integer | Page size. |', severity: 'error', message: 'limit: "Maybe" where Mandatory (Yes or No) is expected; taken as optional' }],
  ['NoUri', { at: 'Listing Things', severity: 'error', message: 'no "URI" section with a method and path' }],
  [
    'InvalidJsonExample',
    {
      at: '{',
      severity: 'warning',
      message: "the example is not valid JSON (Expected double-quoted property name in JSON at position 16); it is kept verbatim in the example's description",
      draft: (doc) => expect(JSON.stringify(doc)).toContain('The page prints'),
    },
  ],
  ['UnreferencedTable', { at: ['Parameter | Type | Description |', 1], severity: 'error', message: 'no field refers to this table' }],
  [
    'MissingSubTable',
    {
      at: 'owner | Owner object | Owner. |',
      severity: 'error',
      message: 'Owner has no table on the page',
      draft: (doc) => expect(schemasOf(doc).Owner).toEqual({ type: 'object', description: 'Owner. (the page has no table for Owner).' }),
    },
  ],
  [
    'UnknownDefault',
    {
      at: 'order | No | String | Sort order. The default value is random.',
      severity: 'warning',
      message: 'the default "random" is not one of the documented values; it stays in the description',
      draft: (doc) => expect(parametersOf(doc).find((p) => p.name === 'order')?.schema).toEqual({ type: 'string', enum: ['ASC', 'DESC'] }),
    },
  ],
];

describe('pages written to break the importer', () => {
  it.each(cases)('%s', (name, want) => {
    const file = `test/fixtures/pages/broken/${name}.txt`;
    const text = readPage(file);
    const draft = draftPage(text, name);
    const line = typeof want.at === 'string' ? lineOf(text, want.at) : lineOf(text, ...want.at);
    const messages = draft.page.diagnostics.list.map((d) => `${d.line} ${d.severity}: ${d.message}`);
    expect(messages).toContainEqual(expect.stringContaining(`${line} ${want.severity}: ${want.message}`));
    want.draft?.(draft.document);
  });
});
