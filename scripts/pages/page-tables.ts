/**
 * Tables in the three extraction styles the stored pages show:
 *
 * - `cell-per-line`: a lone `|` opens each row, then one line per cell ending in ` |` (pages SearchTask,
 *   ShowTask, ListExportTasks); header `|`, cells, `|---|---|`.
 * - `row-per-line`: `a | b | c |` on one line (ListQueryExportTask); header row, then `|---|---|`.
 * - `bare-cells`: one line per cell, no row marker (ListImportResourceTaskDetail); separator `---|---|`.
 *
 * In every style a cell that spans lines (a bullet list in a description) ends at a line ending in `|`,
 * often a lone `|`.
 */
import type { Diagnostics } from './diagnostics.js';
import { isEditorialNote, type LineLedger, type PageLine } from './page-text.js';
import { readTypeName } from './type-names.js';

export type TableStyle = 'cell-per-line' | 'row-per-line' | 'bare-cells';

export interface Cell {
  text: string;
  /** The page lines the cell's text came from (one per line of `text`). */
  lines: PageLine[];
}

export interface TableRow {
  line: number;
  /** One entry per column; undefined where the row lacks the cell. */
  cells: (Cell | undefined)[];
  /** The columns the row has no cell for. */
  missing: string[];
}

export interface Table {
  line: number;
  style: TableStyle;
  columns: string[];
  rows: TableRow[];
}

interface TableStart {
  style: TableStyle;
  columns: string[];
  /** Index of the first line after the separator. */
  body: number;
}

const SEPARATOR = /^\|?(\s*:?-{3,}:?\s*\|)+\s*$/;
const MAX_HEADER_CELLS = 10;

export function isSeparator(text: string): boolean {
  return SEPARATOR.test(text);
}

function separatorColumns(text: string): number {
  return (text.match(/-{3,}/g) ?? []).length;
}

const endsCell = (text: string): boolean => text.endsWith('|');
const isLoneBar = (text: string): boolean => text.trim() === '|';
const cellContent = (text: string): string => text.replace(/\s*\|\s*$/, '').trim();
const singleCellLine = (text: string): boolean => endsCell(text) && !isLoneBar(text) && !isSeparator(text) && !cellContent(text).includes(' | ');
/** ` |` (a bar after blanks): an empty cell, where a lone `|` at the line start opens a row. */
const isEmptyCell = (text: string): boolean => /^\s+\|\s*$/.test(text);

/** The table that starts at line `i`, if one does. */
export function tableStartAt(lines: readonly PageLine[], i: number): TableStart | undefined {
  const text = lines[i]?.text;
  if (text === undefined) return undefined;
  if (isLoneBar(text)) {
    for (let j = i + 1; j <= i + MAX_HEADER_CELLS + 1 && j < lines.length; j++) {
      const t = lines[j]?.text ?? '';
      if (isSeparator(t)) {
        const columns = lines.slice(i + 1, j).map((l) => cellContent(l.text));
        return columns.length > 0 && columns.length === separatorColumns(t) ? { style: 'cell-per-line', columns, body: j + 1 } : undefined;
      }
      if (!singleCellLine(t)) return undefined;
    }
    return undefined;
  }
  const next = lines[i + 1]?.text ?? '';
  if (endsCell(text) && text.includes(' | ') && isSeparator(next)) {
    const columns = splitRow(text);
    return columns.length === separatorColumns(next) ? { style: 'row-per-line', columns, body: i + 2 } : undefined;
  }
  if (singleCellLine(text)) {
    for (let j = i + 1; j <= i + MAX_HEADER_CELLS && j < lines.length; j++) {
      const t = lines[j]?.text ?? '';
      if (isSeparator(t)) {
        const columns = lines.slice(i, j).map((l) => cellContent(l.text));
        return columns.length === separatorColumns(t) ? { style: 'bare-cells', columns, body: j + 1 } : undefined;
      }
      if (!singleCellLine(t)) return undefined;
    }
  }
  return undefined;
}

function splitRow(text: string): string[] {
  return cellContent(text)
    .split(/\s\|\s/)
    .map((c) => c.trim());
}

/** Reads the table starting at `start`; returns it and the index of the first line after it. */
export function readTable(
  lines: readonly PageLine[],
  start: number,
  isStop: (text: string) => boolean,
  ledger: LineLedger,
  diagnostics: Diagnostics,
): { table: Table; next: number } | undefined {
  const head = tableStartAt(lines, start);
  if (!head) return undefined;
  ledger.markRange(start, head.body, 'table');
  const table: Table = { line: lines[start]?.no ?? 0, style: head.style, columns: head.columns, rows: [] };
  const next = ROW_READERS[head.style]({ lines, isStop, diagnostics, columns: head.columns }, head.body, table.rows);
  ledger.markRange(head.body, next, 'table');
  if (table.rows.length === 0) diagnostics.error(table.line, `the table (${head.columns.join(' | ')}) has no rows`);
  for (const row of table.rows) {
    if (row.missing.length > 0) diagnostics.error(row.line, `the row lacks its ${row.missing.join(' and ')} cell${row.missing.length > 1 ? 's' : ''}`);
  }
  return { table, next };
}

/** Whether `text` can be the cell of `column`; columns of free text accept anything. */
function plausible(column: string, text: string): boolean {
  if (/^(mandatory|required)$/i.test(column)) return /^(yes|no)$/i.test(text.trim());
  if (/^type$/i.test(column)) return readTypeName(text).unknown === undefined;
  if (/^status code$/i.test(column)) return /^([1-5]\d\d|[1-5]XX)$/i.test(text.trim());
  return true;
}

const hasTest = (column: string): boolean => /^(mandatory|required|type|status code)$/i.test(column);

/** Places a short row's cells in their columns, leaving out a column whose cell the text cannot be. */
function align(found: Cell[], columns: readonly string[]): Pick<TableRow, 'cells' | 'missing'> {
  const cells: (Cell | undefined)[] = [];
  const missing: string[] = [];
  let skips = columns.length - found.length;
  let k = 0;
  for (const column of columns) {
    const cell = found[k];
    if (cell && skips > 0 && hasTest(column) && !plausible(column, cell.text)) {
      cells.push(undefined);
      missing.push(column);
      skips--;
      continue;
    }
    cells.push(cell);
    if (!cell) missing.push(column);
    k++;
  }
  return { cells, missing };
}

type ReadRows = (r: RowReader, pos: number, rows: TableRow[]) => number;

const ROW_READERS: Record<TableStyle, ReadRows> = {
  'cell-per-line': (r, pos, rows) => readCellPerLineRows(r, pos, rows),
  'row-per-line': (r, pos, rows) => readRowPerLineRows(r, pos, rows),
  'bare-cells': (r, pos, rows) => readBareCellRows(r, pos, rows),
};

interface RowReader {
  lines: readonly PageLine[];
  isStop: (text: string) => boolean;
  diagnostics: Diagnostics;
  columns: readonly string[];
}

/** Reads cells from `pos` until a line ending in `|`; the cell and the index after it, or undefined at a stop. */
function readCell(r: RowReader, pos: number): { cell: Cell; next: number } | { unterminated: Cell; next: number } {
  const taken: PageLine[] = [];
  for (; pos < r.lines.length; pos++) {
    const line = r.lines[pos] as PageLine;
    if (taken.length > 0 && (r.isStop(line.text) || isSeparator(line.text))) break;
    // The stored excerpt ends inside this cell: its text is whole up to the note, only the bar is lost.
    if (taken.length > 0 && isEditorialNote(line.text)) {
      r.diagnostics.warning(line.no, 'the cell before this note lacks its closing "|" (the stored excerpt ends here); it is read up to the note');
      return { cell: toCell(taken, line), next: pos };
    }
    if (endsCell(line.text)) {
      if (!isLoneBar(line.text)) taken.push({ no: line.no, text: cellContent(line.text) });
      return { cell: toCell(taken, line), next: pos + 1 };
    }
    taken.push(line);
  }
  return { unterminated: toCell(taken, r.lines[pos - 1]), next: pos };
}

function toCell(taken: PageLine[], last: PageLine | undefined): Cell {
  const lines = taken.length > 0 ? taken : last ? [{ no: last.no, text: '' }] : [];
  return { text: lines.map((l) => l.text.trim()).join('\n').trim(), lines };
}

function reportUnterminated(r: RowReader, cell: Cell): void {
  const line = cell.lines[0]?.no ?? 0;
  r.diagnostics.error(line, `a table cell starting here never ends (no closing "|" before the next heading or table)`);
}

function readCellPerLineRows(r: RowReader, pos: number, rows: TableRow[]): number {
  while (pos < r.lines.length) {
    const line = r.lines[pos] as PageLine;
    if (!isLoneBar(line.text) || tableStartAt(r.lines, pos)) break;
    const rowLine = r.lines[pos + 1]?.no ?? line.no;
    const found: Cell[] = [];
    pos++;
    while (pos < r.lines.length) {
      const t = (r.lines[pos] as PageLine).text;
      if (found.length > 0 && found.length < r.columns.length && isEmptyCell(t)) {
        found.push({ text: '', lines: [{ no: (r.lines[pos] as PageLine).no, text: '' }] });
        pos++;
        continue;
      }
      // A lone bar after a finished cell opens the next row.
      if (isLoneBar(t) || r.isStop(t) || isSeparator(t) || isEditorialNote(t)) break;
      const read = readCell(r, pos);
      pos = read.next;
      if ('unterminated' in read) {
        reportUnterminated(r, read.unterminated);
        found.push(read.unterminated);
        break;
      }
      found.push(read.cell);
    }
    rows.push({ line: rowLine, ...align(found, r.columns) });
  }
  return pos;
}

function readBareCellRows(r: RowReader, pos: number, rows: TableRow[]): number {
  while (pos < r.lines.length) {
    const t = (r.lines[pos] as PageLine).text;
    // A row starts with its name cell on one line; anything else ends the table.
    if (!singleCellLine(t) || r.isStop(t) || tableStartAt(r.lines, pos)) break;
    const row: TableRow = { line: (r.lines[pos] as PageLine).no, cells: [], missing: [] };
    while (row.cells.length < r.columns.length && pos < r.lines.length) {
      const t2 = (r.lines[pos] as PageLine).text;
      if (row.cells.length > 0 && (r.isStop(t2) || isSeparator(t2) || tableStartAt(r.lines, pos))) break;
      const read = readCell(r, pos);
      pos = read.next;
      const cell = 'unterminated' in read ? read.unterminated : read.cell;
      if ('unterminated' in read) reportUnterminated(r, read.unterminated);
      // Rows here have no delimiter: a cell that cannot be its column's but can be the next one's
      // means the row lacks a cell, and reading on in step keeps the later rows right.
      const column = r.columns[row.cells.length] as string;
      const next = r.columns[row.cells.length + 1];
      if (hasTest(column) && !plausible(column, cell.text) && next !== undefined && plausible(next, cell.text)) {
        row.cells.push(undefined);
        row.missing.push(column);
      }
      row.cells.push(cell);
      if ('unterminated' in read) break;
    }
    for (let i = row.cells.length; i < r.columns.length; i++) {
      row.cells.push(undefined);
      row.missing.push(r.columns[i] as string);
    }
    rows.push(row);
  }
  return pos;
}

function readRowPerLineRows(r: RowReader, pos: number, rows: TableRow[]): number {
  while (pos < r.lines.length) {
    const first = r.lines[pos] as PageLine;
    if (!first.text.includes('|') || isLoneBar(first.text) || r.isStop(first.text) || tableStartAt(r.lines, pos)) break;
    const taken: PageLine[] = [first];
    pos++;
    while (!endsCell((taken[taken.length - 1] as PageLine).text)) {
      const line = r.lines[pos];
      if (!line || r.isStop(line.text) || isSeparator(line.text)) {
        r.diagnostics.error(first.no, 'a table row starting here never ends (no closing "|" before the next heading or table)');
        break;
      }
      taken.push(line);
      pos++;
    }
    const joined = taken.map((l) => l.text).join('\n');
    const parts = cellContent(joined).split(/ \| /);
    const width = r.columns.length;
    if (parts.length > width) {
      r.diagnostics.warning(first.no, `the row has ${parts.length} cells for ${width} columns; the extra " | " are kept in the last cell`);
      parts.splice(width - 1, parts.length, parts.slice(width - 1).join(' | '));
    }
    // Every cell but the last sits on the row's first line; the last one may continue below.
    const cells: Cell[] = parts.map((text, i) => {
      const last = i === parts.length - 1;
      const lines = last && taken.length > 1 ? cellLinesOf(text, taken) : [{ no: first.no, text: text.trim() }];
      return { text: text.trim(), lines };
    });
    rows.push({ line: first.no, ...align(cells, r.columns) });
  }
  return pos;
}

function cellLinesOf(text: string, taken: PageLine[]): PageLine[] {
  // The last cell starts on the row's first line and goes on, line for line, below it.
  return text
    .split('\n')
    .map((t, i) => ({ no: (taken[i] ?? taken[taken.length - 1] ?? { no: 0 }).no, text: t.trim() }))
    .filter((l) => l.text !== '');
}
