/**
 * Reads a stored page text (any extraction style) into a `PageModel`: sections by their headings,
 * tables by `page-tables.ts`, and every line marked in the ledger as read, or reported.
 */
import { Diagnostics } from './diagnostics.js';
import type {
  Body,
  FieldRow,
  JsonBlock,
  ObjectTable,
  PageModel,
  ParameterIn,
  ParameterRow,
  RequestExample,
  ResponseDoc,
  ResponseExample,
} from './page-model.js';
import { readTable, tableStartAt, type Cell, type Table } from './page-tables.js';
import { isEditorialNote, LineLedger, readPageText, type PageLine } from './page-text.js';
import { readTypeName } from './type-names.js';

type SectionKind =
  | 'function'
  | 'constraints'
  | 'chrome'
  | 'authorization'
  | 'uri'
  | 'request'
  | 'response'
  | 'example-requests'
  | 'example-responses'
  | 'status-codes'
  | 'error-codes';

// The headings of the Huawei Cloud API reference page template.
const HEADINGS: Record<string, SectionKind> = {
  Function: 'function',
  Constraints: 'constraints',
  'Constraints and Limitations': 'constraints',
  'Calling Method': 'chrome',
  Debugging: 'chrome',
  'SDK Sample Code': 'chrome',
  'Authorization Information': 'authorization',
  URI: 'uri',
  'Request Parameters': 'request',
  'Response Parameters': 'response',
  'Example Requests': 'example-requests',
  'Example Request': 'example-requests',
  'Example Responses': 'example-responses',
  'Example Response': 'example-responses',
  'Status Codes': 'status-codes',
  'Error Codes': 'error-codes',
  Feedback: 'chrome',
};

const STATUS_LINE = /^Status code:\s*(\d{3})$/i;
const CAPTION = /^Table \d+\s+(.+)$/;
const REQUEST_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) (\S+)/;
/** A request line with its JSON body printed on the same line. */
const REQUEST_LINE_WITH_BODY = /^((?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \S+)\s+([{[].*)$/;
const URI_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(\/\S*)$/;
const HEADER_NAME = /^(X-[A-Za-z0-9-]+|Authorization|Content-Type|Accept|Host|User-Agent)$/i;
const STATUS_CODE = /^([1-5]\d\d|[1-5]XX)$/i;
// Lines of the page's site furniture, not of the API.
const CHROME_LINES = new Set(['See Error Codes.', 'For details, see Calling APIs.']);
const POLICY_COLUMNS = ['Action', 'Access Level', 'Resource Type (*: required)', 'Condition Key', 'Alias', 'Dependencies'];

const isStop = (text: string): boolean => text in HEADINGS || STATUS_LINE.test(text) || CAPTION.test(text);

interface Section {
  kind: SectionKind;
  heading: string;
  from: number;
  to: number;
}

interface CaptionedTable {
  table: Table;
  caption?: string;
}

/** Parses one page text; `fileName` is the file's stem, which names the operation when the page does not. */
export function parsePage(text: string, fileName: string): PageModel {
  const page = readPageText(text);
  const lines = page.lines;
  const ledger = new LineLedger(lines, page.headerLines);
  const diagnostics = new Diagnostics();
  const reader = new PageReader(lines, ledger, diagnostics);
  const model = reader.read();
  for (const i of ledger.unread()) {
    const line = lines[i] as PageLine;
    diagnostics.warning(line.no, `not read: "${clip(line.text)}"`);
  }
  return { ...model, fileName, provenance: page.provenance, ledger, diagnostics, lineCount: page.lineCount };
}

const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

type ReadModel = Omit<PageModel, 'fileName' | 'provenance' | 'ledger' | 'diagnostics' | 'lineCount'>;

class PageReader {
  private readonly model: ReadModel;
  private readonly pendingResponses: { status: string; line: number; body?: Body; noBody?: boolean; file?: { description: string; line: number } }[] = [];
  private readonly statusCodes: { status: string; line: number; description: string }[] = [];

  constructor(
    private readonly lines: readonly PageLine[],
    private readonly ledger: LineLedger,
    private readonly diagnostics: Diagnostics,
  ) {
    this.model = {
      title: { value: '', line: 0 },
      description: [],
      method: { value: '', line: 0 },
      path: { value: '', line: 0 },
      parameters: [],
      responses: [],
      requestExamples: [],
      noRequestExample: false,
      responseExamples: [],
      tableStyles: [],
    };
  }

  read(): ReadModel {
    const titleAt = this.lines.findIndex((l) => l.text.trim() !== '');
    if (titleAt < 0) {
      this.diagnostics.error(1, 'the page is empty');
      return this.model;
    }
    const title = this.lines[titleAt] as PageLine;
    this.model.title = { value: title.text.trim(), line: title.no };
    this.ledger.mark(titleAt, 'title');
    const sections = this.sections(titleAt + 1);
    const firstHeading = sections[0] ? sections[0].from - 1 : this.lines.length;
    this.prose(titleAt + 1, firstHeading, '');
    for (const section of sections) this.section(section);
    this.finishResponses();
    if (!this.model.method.value) this.diagnostics.error(title.no, 'no "URI" section with a method and path (e.g. "GET /v1/{project_id}/tasks")');
    return this.model;
  }

  private sections(from: number): Section[] {
    const found: Section[] = [];
    for (let i = from; i < this.lines.length; i++) {
      const text = (this.lines[i] as PageLine).text.trim();
      const kind = HEADINGS[text];
      if (!kind) continue;
      const last = found[found.length - 1];
      if (last) last.to = i;
      // Everything after the feedback block is site furniture too.
      found.push({ kind, heading: text, from: i + 1, to: this.lines.length });
      this.ledger.mark(i, 'heading');
    }
    return found;
  }

  private section(s: Section): void {
    switch (s.kind) {
      case 'function':
        this.prose(s.from, s.to, '');
        break;
      case 'constraints':
        this.prose(s.from, s.to, 'Constraints: ');
        break;
      case 'chrome':
        this.ledger.markRange(s.from, s.to, 'chrome');
        break;
      case 'authorization':
        this.authorization(s);
        break;
      case 'uri':
        this.uri(s);
        break;
      case 'request':
        this.request(s);
        break;
      case 'response':
        this.response(s);
        break;
      case 'example-requests':
        this.exampleRequests(s);
        break;
      case 'example-responses':
        this.exampleResponses(s);
        break;
      case 'status-codes':
        this.statusCodeTable(s);
        break;
      case 'error-codes':
        this.prose(s.from, s.to, 'Error codes: ');
        break;
    }
  }

  /** Prose lines go to the operation description (site furniture to the ledger only). */
  private prose(from: number, to: number, prefix: string): void {
    for (let i = from; i < to; i++) {
      const line = this.lines[i] as PageLine;
      const text = line.text.trim();
      if (text === '' || this.ledger.roleOf(i) !== 'unread') continue;
      if (CHROME_LINES.has(text)) {
        this.ledger.mark(i, 'chrome');
        continue;
      }
      this.model.description.push({ value: `${prefix}${text}`, line: line.no });
      this.ledger.mark(i, 'prose');
    }
  }

  private authorization(s: Section): void {
    for (let i = s.from; i < s.to; i++) {
      const at = POLICY_COLUMNS.every((c, k) => this.lines[i + k]?.text.trim() === c);
      if (!at) continue;
      this.ledger.markRange(i, i + POLICY_COLUMNS.length, 'table');
      let j = i + POLICY_COLUMNS.length;
      while (j + POLICY_COLUMNS.length <= s.to) {
        const cells = this.lines.slice(j, j + POLICY_COLUMNS.length).map((l) => l.text.trim());
        if (!/^[a-z0-9-]+:[A-Za-z0-9:*-]+$/.test(cells[0] ?? '')) break;
        const details = POLICY_COLUMNS.slice(1).map((c, k) => `${c.toLowerCase()} ${cells[k + 1] ?? ''}`);
        this.model.description.push({ value: `Identity-policy action \`${cells[0] ?? ''}\` (${details.join('; ')}).`, line: (this.lines[j] as PageLine).no });
        this.ledger.markRange(j, j + POLICY_COLUMNS.length, 'table');
        j += POLICY_COLUMNS.length;
      }
      i = j - 1;
    }
    this.prose(s.from, s.to, 'Authorization: ');
  }

  /** Tables of a section with the caption line before each, if any; other lines are left unread. */
  private tables(s: Section, onLine?: (i: number, line: PageLine) => boolean): CaptionedTable[] {
    const found: CaptionedTable[] = [];
    let caption: string | undefined;
    for (let i = s.from; i < s.to; ) {
      const line = this.lines[i] as PageLine;
      const captionMatch = CAPTION.exec(line.text.trim());
      if (captionMatch) {
        caption = (captionMatch[1] ?? '').trim();
        this.ledger.mark(i, 'heading');
        i++;
        continue;
      }
      if (onLine?.(i, line)) {
        caption = undefined;
        i++;
        continue;
      }
      if (tableStartAt(this.lines, i)) {
        const read = readTable(this.lines.slice(0, s.to), i, isStop, this.ledger, this.diagnostics);
        if (read) {
          if (!this.model.tableStyles.includes(read.table.style)) this.model.tableStyles.push(read.table.style);
          found.push(caption === undefined ? { table: read.table } : { table: read.table, caption });
          caption = undefined;
          i = read.next;
          continue;
        }
      }
      i++;
    }
    return found;
  }

  private uri(s: Section): void {
    const tables = this.tables(s, (i, line) => {
      const match = URI_LINE.exec(line.text.trim());
      if (!match || this.model.method.value) return false;
      this.model.method = { value: (match[1] ?? '').toLowerCase(), line: line.no };
      this.model.path = { value: match[2] ?? '', line: line.no };
      this.ledger.mark(i, 'prose');
      return true;
    });
    const template = new Set([...this.model.path.value.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? ''));
    for (const { table, caption } of tables) {
      const rows = this.fieldRows(table, true);
      for (const row of rows) {
        const where: ParameterIn = caption && /path/i.test(caption) ? 'path' : caption && /query/i.test(caption) ? 'query' : template.has(row.name) ? 'path' : 'query';
        this.addParameter({ ...row, in: where });
      }
    }
    for (const name of template) {
      if (!this.model.parameters.some((p) => p.in === 'path' && p.name === name)) {
        this.diagnostics.error(this.model.path.line, `the path parameter {${name}} has no row in the page's tables`);
      }
    }
    this.prose(s.from, s.to, 'URI: ');
  }

  private addParameter(row: ParameterRow): void {
    const twin = this.model.parameters.find((p) => p.in === row.in && p.name === row.name);
    if (twin) {
      this.diagnostics.error(row.line, `the ${row.in} parameter ${row.name} is listed twice (first on line ${twin.line}); this row is ignored`);
      return;
    }
    this.model.parameters.push(row);
  }

  private request(s: Section): void {
    const tables = this.tables(s, (i, line) => this.noneLine(i, line));
    if (tables.length === 0) {
      this.prose(s.from, s.to, 'Request: ');
      return;
    }
    let bodyTables = tables;
    const first = tables[0] as CaptionedTable;
    const headerByCaption = first.caption !== undefined && /header/i.test(first.caption);
    const headerByNames = first.caption === undefined && first.table.rows.some((r) => HEADER_NAME.test(r.cells[0]?.text ?? ''));
    if (headerByCaption || headerByNames) {
      for (const row of this.fieldRows(first.table, true)) this.addParameter({ ...row, in: 'header' });
      bodyTables = tables.slice(1);
    }
    if (bodyTables.length > 0) {
      const body = this.body(bodyTables, true);
      const contentType = this.model.parameters.find((p) => p.in === 'header' && /^content-type$/i.test(p.name));
      const declared = /multipart\/form-data|application\/json|application\/octet-stream/i.exec(contentType?.description.text ?? '')?.[0];
      const hasFile = [body.root, ...body.objects].some((t) => t.rows.some((r) => r.type.schema.format === 'binary'));
      const mediaType = declared?.toLowerCase() ?? (hasFile ? 'multipart/form-data' : 'application/json');
      this.model.requestBody = { ...body, mediaType };
    }
    this.prose(s.from, s.to, 'Request: ');
  }

  private noneLine(i: number, line: PageLine): boolean {
    if (line.text.trim() !== 'None') return false;
    this.ledger.mark(i, 'prose');
    return true;
  }

  private response(s: Section): void {
    let current: { status: string; line: number; from: number } = { status: '', line: this.lines[s.from - 1]?.no ?? 0, from: s.from };
    const groups: { status: string; line: number; from: number; to: number }[] = [];
    for (let i = s.from; i < s.to; i++) {
      const match = STATUS_LINE.exec((this.lines[i] as PageLine).text.trim());
      if (!match) continue;
      groups.push({ ...current, to: i });
      this.ledger.mark(i, 'heading');
      current = { status: match[1] ?? '', line: (this.lines[i] as PageLine).no, from: i + 1 };
    }
    groups.push({ ...current, to: s.to });
    for (const g of groups) {
      let none = false;
      const tables = this.tables({ ...s, from: g.from, to: g.to }, (i, line) => {
        const isNone = this.noneLine(i, line);
        if (isNone) none = true;
        return isNone;
      });
      if (g.status === '' && tables.length === 0 && !none) continue;
      const response: { status: string; line: number; body?: Body; noBody?: boolean; file?: { description: string; line: number } } = { status: g.status, line: g.line };
      if (tables.length > 0) response.body = this.body(tables, false);
      // A body documented as one nameless File row is the file itself, not a JSON object.
      const only = response.body?.objects.length === 0 ? response.body.root.rows : [];
      if (only.length === 1 && only[0]?.name === '-' && only[0].type.schema.format === 'binary') {
        response.file = { description: only[0].description.text, line: only[0].line };
        delete response.body;
      }
      if (none) response.noBody = true;
      this.pendingResponses.push(response);
      this.prose(g.from, g.to, `Response${g.status ? ` ${g.status}` : ''}: `);
    }
  }

  /** A body: the first table is the object itself, each later one the object a row refers to. */
  private body(tables: CaptionedTable[], withMandatory: boolean): Body {
    const [first, ...rest] = tables as [CaptionedTable, ...CaptionedTable[]];
    const root: ObjectTable = { name: '', line: first.table.line, rows: this.fieldRows(first.table, withMandatory) };
    const objects: ObjectTable[] = [];
    const pending: { name: string; line: number }[] = root.rows.flatMap((r) => r.type.refs.map((name) => ({ name, line: r.line })));
    for (const { table, caption } of rest) {
      const byCaption = caption !== undefined ? pending.find((p) => p.name === caption) : undefined;
      const target = byCaption ?? pending.find((p) => !objects.some((o) => o.name === p.name)) ?? this.nameAnonymous([root, ...objects], caption, table.line);
      if (!target) {
        this.diagnostics.error(table.line, `no field refers to this table (${caption ?? 'no caption'}); its rows are left out of the draft`);
        continue;
      }
      pending.splice(pending.indexOf(target), 1);
      if (objects.some((o) => o.name === target.name)) {
        this.diagnostics.error(table.line, `a second table for ${target.name}; it is left out of the draft`);
        continue;
      }
      const object: ObjectTable = { name: target.name, line: table.line, rows: this.fieldRows(table, withMandatory) };
      objects.push(object);
      pending.push(...object.rows.flatMap((r) => r.type.refs.map((name) => ({ name, line: r.line }))));
    }
    for (const p of pending) {
      if (!objects.some((o) => o.name === p.name)) {
        this.diagnostics.error(p.line, `${p.name} has no table on the page; the draft leaves it an object without properties`);
      }
    }
    return { line: first.table.line, root, objects };
  }

  /**
   * A field typed as a bare `object` (or `Array of objects`) whose table has no caption naming it: the
   * next unclaimed table is its table, named after the field (or the caption). Returns undefined when
   * no such field is left.
   */
  private nameAnonymous(tables: ObjectTable[], caption: string | undefined, line: number): { name: string; line: number } | undefined {
    for (const row of tables.flatMap((t) => t.rows)) {
      const schema = row.type.schema;
      const array = schema.type === 'array' && typeof schema.items === 'object' && schema.items !== null ? (schema.items as Record<string, unknown>) : undefined;
      const object = array ?? schema;
      if (row.type.refs.length > 0 || object.type !== 'object' || 'properties' in object || 'additionalProperties' in object) continue;
      const name = caption ?? row.name;
      const ref = { $ref: `#/components/schemas/${name}` };
      row.type = { ...row.type, schema: array ? { ...schema, items: ref } : ref, refs: [name] };
      this.diagnostics.note(line, `this table has no caption; it is taken as the table of ${row.name} (line ${row.line}), typed "${row.typeText}"`);
      return { name, line: row.line };
    }
    return undefined;
  }

  /** The rows of a parameter or field table, with their name, Mandatory, Type and Description cells. */
  private fieldRows(table: Table, withMandatory: boolean): FieldRow[] {
    const column = (pattern: RegExp) => table.columns.findIndex((c) => pattern.test(c));
    const name = column(/^(parameter|name|field)$/i);
    const mandatory = column(/^(mandatory|required)$/i);
    const type = column(/^type$/i);
    const description = column(/^description$/i);
    if (name < 0 || type < 0) {
      this.diagnostics.error(table.line, `a table without Parameter and Type columns (${table.columns.join(' | ')}); its rows are left out of the draft`);
      return [];
    }
    if (withMandatory && mandatory < 0) this.diagnostics.warning(table.line, 'the table has no Mandatory column; every row is taken as optional');
    const rows: FieldRow[] = [];
    for (const row of table.rows) {
      const cell = (i: number): Cell | undefined => (i >= 0 ? row.cells[i] : undefined);
      const rowName = cell(name)?.text ?? '';
      if (rowName === '') {
        this.diagnostics.error(row.line, 'a row without a parameter name; it is left out of the draft');
        continue;
      }
      if (!/^[A-Za-z0-9_.\-[\]$@]+$/.test(rowName)) this.diagnostics.warning(row.line, `"${clip(rowName)}" does not look like a parameter name`);
      const twin = rows.find((r) => r.name === rowName);
      if (twin) {
        this.diagnostics.error(row.line, `${rowName} is listed twice in this table (first on line ${twin.line}); this row is ignored`);
        continue;
      }
      const typeText = cell(type)?.text ?? '';
      const reading = readTypeName(typeText);
      // A missing Type cell is reported with the row.
      if (reading.unknown !== undefined && cell(type) !== undefined) {
        const shown = typeText === '' ? 'an empty Type cell' : `unknown type "${clip(reading.unknown)}"`;
        this.diagnostics.error(cell(type)?.lines[0]?.no ?? row.line, `${rowName}: ${shown}; the draft leaves its schema untyped`);
      }
      const descriptionCell = cell(description) ?? { text: '', lines: [] };
      const field: FieldRow = { name: rowName, line: row.line, typeText, type: reading, description: descriptionCell };
      const required = this.mandatory(cell(mandatory), rowName, row.line);
      if (required !== undefined) field.required = required;
      rows.push(field);
    }
    return rows;
  }

  private mandatory(cell: Cell | undefined, name: string, line: number): boolean | undefined {
    if (!cell) return undefined;
    const text = cell.text.trim();
    if (/^yes$/i.test(text)) return true;
    if (/^no$/i.test(text)) return false;
    this.diagnostics.error(cell.lines[0]?.no ?? line, `${name}: "${clip(text)}" where Mandatory (Yes or No) is expected; taken as optional`);
    return false;
  }

  private exampleRequests(s: Section): void {
    let description: string[] = [];
    let current: RequestExample | undefined;
    for (let i = s.from; i < s.to; i++) {
      const line = this.lines[i] as PageLine;
      const text = line.text.trim();
      if (text === '') continue;
      if ((text === 'None' || isEditorialNote(text)) && !current && description.length === 0) {
        this.model.noRequestExample = true;
        this.ledger.mark(i, 'prose');
        continue;
      }
      const inline = REQUEST_LINE_WITH_BODY.exec(text);
      if (inline) {
        current = { line: line.no, description: description.join(' '), requestLine: { value: inline[1] ?? '', line: line.no }, body: this.inlineJson(inline[2] ?? '', line.no) };
        this.model.requestExamples.push(current);
        description = [];
        this.ledger.mark(i, 'example');
        continue;
      }
      const request = REQUEST_LINE.exec(text);
      if (request) {
        current = { line: line.no, description: description.join(' '), requestLine: { value: text, line: line.no } };
        this.model.requestExamples.push(current);
        description = [];
        this.ledger.mark(i, 'example');
        continue;
      }
      if (/^[{[]/.test(text)) {
        const block = this.jsonBlock(i, s.to);
        i = block.next - 1;
        if (current && !current.body) current.body = block.json;
        else this.diagnostics.warning(line.no, 'a JSON body with no request line before it; it is left out of the draft');
        continue;
      }
      description.push(text);
      this.ledger.mark(i, 'example');
      current = undefined;
    }
    if (description.length > 0) this.model.description.push({ value: `Example request: ${description.join(' ')}`, line: this.lines[s.to - 1]?.no ?? 0 });
  }

  private exampleResponses(s: Section): void {
    let status = '';
    let statusLine = this.lines[s.from - 1]?.no ?? 0;
    let description: string[] = [];
    for (let i = s.from; i < s.to; i++) {
      const line = this.lines[i] as PageLine;
      const text = line.text.trim();
      if (text === '') continue;
      const match = STATUS_LINE.exec(text);
      if (match) {
        status = match[1] ?? '';
        statusLine = line.no;
        description = [];
        this.ledger.mark(i, 'heading');
        continue;
      }
      if (text === 'None' || isEditorialNote(text)) {
        this.ledger.mark(i, 'prose');
        continue;
      }
      if (/^[{[]/.test(text)) {
        const block = this.jsonBlock(i, s.to);
        i = block.next - 1;
        const example: ResponseExample = { status, line: statusLine, description: description.join(' '), body: block.json };
        this.model.responseExamples.push(example);
        description = [];
        continue;
      }
      description.push(text);
      this.ledger.mark(i, 'example');
    }
    if (description.length > 0) {
      this.model.responseExamples.push({ status, line: statusLine, description: description.join(' ') });
    }
  }

  /** A JSON text printed on one line after a request line. */
  private inlineJson(text: string, line: number): JsonBlock {
    try {
      return { line, text, value: JSON.parse(text) as unknown };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      this.diagnostics.warning(line, `the example is not valid JSON (${error}); it is kept verbatim in the example's description`);
      return { line, text, error };
    }
  }

  /** A JSON text from line `from`: up to the line where its brackets balance. */
  private jsonBlock(from: number, to: number): { json: JsonBlock; next: number } {
    let depth = 0;
    let inString = false;
    let escaped = false;
    const taken: string[] = [];
    let i = from;
    for (; i < to; i++) {
      const text = (this.lines[i] as PageLine).text;
      if (taken.length > 0 && isStop(text.trim())) break;
      taken.push(text);
      this.ledger.mark(i, 'example');
      for (const ch of text) {
        if (escaped) escaped = false;
        else if (ch === '\\' && inString) escaped = true;
        else if (ch === '"') inString = !inString;
        else if (!inString && (ch === '{' || ch === '[')) depth++;
        else if (!inString && (ch === '}' || ch === ']')) depth--;
      }
      if (depth <= 0 && !inString) {
        i++;
        break;
      }
    }
    const line = (this.lines[from] as PageLine).no;
    const text = taken.join('\n');
    try {
      return { json: { line, text, value: JSON.parse(text) as unknown }, next: i };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      this.diagnostics.warning(line, `the example is not valid JSON (${error}); it is kept verbatim in the example's description`);
      return { json: { line, text, error }, next: i };
    }
  }

  private statusCodeTable(s: Section): void {
    for (const { table } of this.tables(s)) {
      const code = table.columns.findIndex((c) => /^status code$/i.test(c));
      const description = table.columns.findIndex((c) => /^description$/i.test(c));
      if (code < 0) {
        this.diagnostics.warning(table.line, `a table without a Status Code column (${table.columns.join(' | ')}); left out of the draft`);
        continue;
      }
      for (const row of table.rows) {
        const status = row.cells[code]?.text.trim() ?? '';
        if (!STATUS_CODE.test(status)) {
          this.diagnostics.error(row.line, `"${clip(status)}" is not a status code`);
          continue;
        }
        if (this.statusCodes.some((c) => c.status === status)) {
          this.diagnostics.error(row.line, `status code ${status} is listed twice; this row is ignored`);
          continue;
        }
        const text = row.cells[description]?.text ?? '';
        this.statusCodes.push({ status, line: row.line, description: isEditorialNote(text) ? '' : text });
      }
    }
    this.prose(s.from, s.to, 'Status codes: ');
  }

  /** Joins the Response Parameters, the Status Codes table and the examples by status code. */
  private finishResponses(): void {
    const successes = this.statusCodes.filter((c) => /^2/.test(c.status));
    const implied = successes.length === 1 ? (successes[0]?.status as string) : '200';
    const resolve = (status: string, line: number, what: string): string => {
      if (status !== '') return status;
      if (successes.length !== 1) {
        this.diagnostics.warning(line, `${what} names no status code and the page has ${successes.length} success codes; taken as 200`);
      }
      return implied;
    };
    const responses = new Map<string, ResponseDoc>();
    for (const r of this.pendingResponses) {
      const status = resolve(r.status, r.line, 'a response table');
      if (responses.has(status)) {
        this.diagnostics.error(r.line, `a second set of response parameters for ${status}; left out of the draft`);
        continue;
      }
      responses.set(status, { ...r, status });
    }
    for (const c of this.statusCodes) {
      const doc = responses.get(c.status) ?? { status: c.status, line: c.line };
      doc.description = { value: c.description, line: c.line };
      responses.set(c.status, doc);
    }
    for (const example of this.model.responseExamples) {
      example.status = resolve(example.status, example.line, 'an example response');
      if (!responses.has(example.status)) {
        this.diagnostics.warning(example.line, `an example for status ${example.status}, which the Status Codes table does not list`);
        responses.set(example.status, { status: example.status, line: example.line });
      }
    }
    for (const doc of responses.values()) {
      if (!doc.description) this.diagnostics.warning(doc.line, `status ${doc.status} is not in the Status Codes table; its description is missing`);
    }
    this.model.responses = [...responses.values()].sort((a, b) => a.status.localeCompare(b.status));
  }
}
