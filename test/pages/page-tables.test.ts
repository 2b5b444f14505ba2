/** The table reader on each extraction style, on cells that span lines, and on rows that lack a cell. */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../scripts/pages/diagnostics.js';
import { readTable, tableStartAt } from '../../scripts/pages/page-tables.js';
import { LineLedger, readPageText } from '../../scripts/pages/page-text.js';

const STOP = new Set(['Request Parameters', 'Status Codes']);

function read(text: string) {
  const page = readPageText(text);
  const ledger = new LineLedger(page.lines);
  const diagnostics = new Diagnostics();
  const found = readTable(page.lines, 0, (t) => STOP.has(t), ledger, diagnostics);
  return {
    style: found?.table.style,
    columns: found?.table.columns,
    rows: found?.table.rows.map((r) => [r.line, ...r.cells.map((c) => c?.text ?? null)]),
    next: found ? page.lines[found.next]?.text : undefined,
    messages: diagnostics.list.map((d) => `${d.line} ${d.severity}: ${d.message}`),
    unread: ledger.unread().map((i) => page.lines[i]?.no),
  };
}

const cases: [string, { text: string; want: Partial<ReturnType<typeof read>> }][] = [
  [
    'cell-per-line, with a bullet list closed by a lone bar',
    {
      text: ['|', 'Parameter |', 'Type |', 'Description |', '|---|---|---|', '|', 'error_code |', 'String |', 'Return code.', '- A: a', '- B: b', '|', '|', 'error_msg |', 'String |', 'Message |', 'Status Codes'].join('\n'),
      want: {
        style: 'cell-per-line',
        columns: ['Parameter', 'Type', 'Description'],
        rows: [
          [7, 'error_code', 'String', 'Return code.\n- A: a\n- B: b'],
          [14, 'error_msg', 'String', 'Message'],
        ],
        next: 'Status Codes',
        messages: [],
        unread: [17],
      },
    },
  ],
  [
    'row-per-line, with the last cell continued below',
    {
      text: ['Parameter | Type | Description |', '|---|---|---|', 'task_id | String | Task ID. |', 'task_status | String | Status. Range', '- success: ok', '|', 'Status Codes'].join('\n'),
      want: {
        style: 'row-per-line',
        rows: [
          [3, 'task_id', 'String', 'Task ID.'],
          [4, 'task_status', 'String', 'Status. Range\n- success: ok'],
        ],
        next: 'Status Codes',
        messages: [],
      },
    },
  ],
  [
    'bare-cells, ending where a line is no single cell',
    {
      text: ['Parameter |', 'Type |', 'Description |', '---|---|---|', 'id |', 'String |', 'Task ID. |', 'status |', 'Integer |', 'Result. Enumerated values:', '- -1', '- 0', '|', 'Example Request'].join('\n'),
      want: {
        style: 'bare-cells',
        rows: [
          [5, 'id', 'String', 'Task ID.'],
          [8, 'status', 'Integer', 'Result. Enumerated values:\n- -1\n- 0'],
        ],
        next: 'Example Request',
        messages: [],
      },
    },
  ],
  [
    'bare-cells: a table right after another is its own table',
    {
      text: ['Parameter |', 'Type |', '---|---|', 'id |', 'String |', 'Parameter |', 'Type |', '---|---|', 'x |', 'String |'].join('\n'),
      want: { rows: [[4, 'id', 'String']], next: 'Parameter |' },
    },
  ],
  [
    'row-per-line: a row without its Type cell keeps its description in place',
    {
      text: ['Parameter | Mandatory | Type | Description |', '|---|---|---|---|', 'task_id | Yes | Task ID. |', 'Status Codes'].join('\n'),
      want: { rows: [[3, 'task_id', 'Yes', null, 'Task ID.']], messages: ['3 error: the row lacks its Type cell'] },
    },
  ],
  [
    'bare-cells: a row without its Mandatory cell does not shift the next row',
    {
      text: ['Parameter |', 'Mandatory |', 'Type |', 'Description |', '---|---|---|---|', 'limit |', 'Integer |', 'Page size. |', 'offset |', 'No |', 'Integer |', 'Offset. |'].join('\n'),
      want: {
        rows: [
          [6, 'limit', null, 'Integer', 'Page size.'],
          [9, 'offset', 'No', 'Integer', 'Offset.'],
        ],
        messages: ['6 error: the row lacks its Mandatory cell'],
      },
    },
  ],
  [
    'a header with no rows',
    { text: ['|', 'Parameter |', 'Type |', '|---|---|', 'Request Parameters'].join('\n'), want: { rows: [], messages: ['1 error: the table (Parameter | Type) has no rows'] } },
  ],
  [
    'a cell that never closes stops at the next heading and says so',
    {
      text: ['Parameter |', 'Type |', 'Description |', '---|---|---|', 'state |', 'String |', 'State.', '- on: running', 'Status Codes'].join('\n'),
      want: {
        rows: [[5, 'state', 'String', 'State.\n- on: running']],
        next: 'Status Codes',
        messages: ['7 error: a table cell starting here never ends (no closing "|" before the next heading or table)'],
      },
    },
  ],
  [
    'cell-per-line: a blank before the bar is an empty cell, a lone bar at the line start the next row',
    {
      text: ['|', 'Parameter |', 'Type |', 'Description |', '|---|---|---|', '|', '- |', 'File |', ' |', 'Status Codes'].join('\n'),
      want: { rows: [[7, '-', 'File', '']], next: 'Status Codes', messages: [] },
    },
  ],
  [
    'cell-per-line: a stored excerpt that ends inside the last cell ends the cell at its note',
    {
      text: ['|', 'Parameter |', 'Type |', 'Description |', '|---|---|---|', '|', 'encoded_authorization_message |', 'String |', 'Encrypted reason.', '[Not in stored copy: the rest of the page.]', 'Error Codes'].join('\n'),
      want: {
        rows: [[7, 'encoded_authorization_message', 'String', 'Encrypted reason.']],
        next: '[Not in stored copy: the rest of the page.]',
        messages: ['10 warning: the cell before this note lacks its closing "|" (the stored excerpt ends here); it is read up to the note'],
      },
    },
  ],
];

describe('readTable', () => {
  it.each(cases)('%s', (_name, { text, want }) => {
    expect(read(text)).toMatchObject(want);
  });

  it('finds no table in prose or in a lone bar without a header', () => {
    const page = readPageText(['Function', 'Lists tasks.', '|', 'not a header'].join('\n'));
    expect(page.lines.map((_, i) => tableStartAt(page.lines, i))).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('readPageText', () => {
  it('splits off the provenance header and headings glued to a request line or a closing brace', () => {
    const page = readPageText(
      ['Source: https://example.invalid/a/B.html (newest copy: x)', 'Updated: 2026-04-03', '# a note', 'Title', 'GET https://{endpoint}/v1/x Example Responses', '} Status Codes', 'see the Status Codes'].join('\n'),
    );
    expect(page.provenance).toEqual({ source: 'https://example.invalid/a/B.html', updated: '2026-04-03', notes: ['a note'] });
    expect(page.lines).toEqual([
      { no: 4, text: 'Title' },
      { no: 5, text: 'GET https://{endpoint}/v1/x' },
      { no: 5, text: 'Example Responses' },
      { no: 6, text: '}' },
      { no: 6, text: 'Status Codes' },
      { no: 7, text: 'see the Status Codes' },
    ]);
  });
});
