/** Prose in a description cell becomes schema keywords, and only what it really states. */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../scripts/pages/diagnostics.js';
import type { Cell } from '../../scripts/pages/page-tables.js';
import { readProseFacts, type ProseTarget } from '../../scripts/pages/prose-facts.js';
import { readTypeName } from '../../scripts/pages/type-names.js';

const cellOf = (text: string): Cell => ({ text, lines: text.split('\n').map((t, i) => ({ no: 10 + i, text: t })) });

function facts(text: string, valueType: string, inArray = false): Record<string, unknown> & { warnings: string[] } {
  const diagnostics = new Diagnostics();
  const target: ProseTarget = { valueType, inArray };
  const read = readProseFacts(cellOf(text), target, diagnostics);
  return { ...read.value, ...read.array, warnings: diagnostics.list.map((d) => `${d.line}: ${d.message}`) };
}

// Sentences as the five pages write them, and traps that must not become keywords.
const cases: [string, string, string, Record<string, unknown>][] = [
  ['Value range: a~b', 'Number of items displayed on each page. Value range: 0~1000000 Default value: 10', 'integer', { minimum: 0, maximum: 1000000, default: 10 }],
  ['ranges from … The default value is …', 'Page size. The value ranges from 1 to 100. The default value is 20.', 'integer', { minimum: 1, maximum: 100, default: 20 }],
  ['starts from', 'No. of the query start page. The value starts from 0. Value range: 0~1000000', 'integer', { minimum: 0, maximum: 1000000 }],
  ['Length: a to b characters', 'Definition Task ID Range Length: 1 to 64 characters', 'string', { minLength: 1, maxLength: 64 }],
  ['can contain a to b characters', 'Definition Task Name Range The value can contain 1 to 128 characters.', 'string', { minLength: 1, maxLength: 128 }],
  ['The value can be A, B, or C', 'Export task status. The value can be CREATING, SUCCESS, FAIL, or EXPIRED.', 'string', { enum: ['CREATING', 'SUCCESS', 'FAIL', 'EXPIRED'] }],
  ['true or false (default)', 'Whether the file has been downloaded. The value can be true or false (default).', 'boolean', { default: false }],
  ['bullets of value: meaning', 'Return code.\n- MSS.000000001: failure\n- MSS.000000002: internal error', 'string', { enum: ['MSS.000000001', 'MSS.000000002'] }],
  ['a default named by its meaning', 'Sorting type. The default value is ascending.\n- ASC ascending order.\n- DESC: descending order.', 'string', { enum: ['ASC', 'DESC'], default: 'ASC' }],
  ['Range followed by bullets', 'Definition Status of the export task. Range\n- success: succeeded\n- failure: failed\n- running: running', 'string', { enum: ['success', 'failure', 'running'] }],
  ['The options include … and Enumerated values', 'Result status. The options include -1 (not activated), 0 (to be processed), and 1 (successful). Enumerated values:\n- -1\n- 0\n- 1', 'integer', { enum: [-1, 0, 1] }],
  ['options with meanings in parentheses', 'Import type. The options include import (resource package import) and crossSpaceImport (cross-workspace one-click import).', 'string', { enum: ['import', 'crossSpaceImport'] }],
  ['items of an array', 'IDs. The array can contain up to 100 items.', 'string', { maxItems: 100 }],
  // As the lifecycle pages write them.
  ['items of an array counted in any plural noun', 'Desktop user. Up to 100 users can be filtered in batches.', 'string', { maxItems: 100 }],
  ['a length with a thousands separator', 'Definition User token. Range The value can contain 1 to 32,768 characters. Default Value N/A', 'string', { minLength: 1, maxLength: 32768 }],
  ['"Default Value X: meaning"', 'Definition Enterprise project ID. Range The value can contain 1 to 256 characters. Default Value 0: default enterprise project.', 'string', { minLength: 1, maxLength: 256, default: '0' }],
  ['bullets that lost the space after the dash', 'Vulnerability type. The options are as follows:\n-linux_vul: Linux vulnerability\n-web_cms: Web-CMS vulnerability', 'string', { enum: ['linux_vul', 'web_cms'] }],
  ['values one per line after "Its value can be:"', 'Fixing priority. Its value can be:\nCritical\nHigh\nLow', 'string', { enum: ['Critical', 'High', 'Low'] }],
  ['lines after "Its value can be:" that are sentences are no values', 'Priority. Its value can be:\nthe highest one\nor the lowest one', 'string', {}],
  ['"Default Value N/A" names no value', 'Definition Project ID. Constraints N/A Default Value N/A', 'string', {}],
  ['"the default enterprise project" is no default value', 'The value 0 indicates the default enterprise project. To query all, set this parameter to all_granted_eps.', 'string', {}],
  ['"can be obtained" is no value list', 'User token. The value can be obtained by calling the IAM API.', 'string', {}],
  ['a bullet list of notes is no value list', 'Notes.\n- If you are using role-based authorization, see X.\n- If you are using identity policies, see Y.', 'string', {}],
  ['"the default value is used" names no value', 'If this parameter is not set, the default value is used.', 'string', {}],
  ['a range on a String stays in the description', 'Version. Value range: 1~3', 'string', { warnings: ['10: a value range on a string is kept in the description only'] }],
  ['a default that is none of the values', 'Order. The default value is random.\n- ASC: ascending\n- DESC: descending', 'string', { enum: ['ASC', 'DESC'], warnings: ['10: the default "random" is not one of the documented values; it stays in the description'] }],
  ['values that are not integers for an Integer', 'Level. The value can be low, high.', 'integer', { warnings: ['10: "low" in the value list is not of the documented type (integer); the list stays in the description'] }],
];

describe('readProseFacts', () => {
  it.each(cases)('%s', (_name, text, valueType, want) => {
    const got = facts(text, valueType, want.maxItems !== undefined);
    expect(got).toEqual({ warnings: [], ...want });
  });

  it('says which lines disagree when the bullets and the sentence list different values', () => {
    const got = facts('Status. The value can be A or B.\n- A: a\n- C: c', 'string');
    expect(got.enum).toEqual(['A', 'C']);
    expect(got.warnings).toEqual(['11: the bullet values ("A", "C") differ from the values listed on line 10 ("A", "B"); the bullets are used']);
  });
});

describe('readTypeName', () => {
  const types: [string, unknown, string[]][] = [
    ['String', { type: 'string' }, []],
    ['Integer', { type: 'integer', format: 'int32' }, []],
    ['Long', { type: 'integer', format: 'int64' }, []],
    ['Boolean', { type: 'boolean' }, []],
    ['Number', { type: 'number' }, []],
    ['Array of strings', { type: 'array', items: { type: 'string' } }, []],
    ['Array of integers', { type: 'array', items: { type: 'integer', format: 'int32' } }, []],
    ['Array of QueryTaskResultDTO objects', { type: 'array', items: { $ref: '#/components/schemas/QueryTaskResultDTO' } }, ['QueryTaskResultDTO']],
    ['Array of arrays of strings', { type: 'array', items: { type: 'array', items: { type: 'string' } } }, []],
    ['WidgetFilter object', { $ref: '#/components/schemas/WidgetFilter' }, ['WidgetFilter']],
    ['Map<String,String>', { type: 'object', additionalProperties: { type: 'string' } }, []],
    ['File', { type: 'string', format: 'binary' }, []],
  ];
  it.each(types)('%s', (name, schema, refs) => {
    expect(readTypeName(name)).toEqual({ schema, refs });
  });

  it.each(['Timestamp', 'Task ID.', ''])('"%s" is unknown, with an untyped schema', (name) => {
    expect(readTypeName(name)).toMatchObject({ schema: {}, unknown: name });
  });
});
