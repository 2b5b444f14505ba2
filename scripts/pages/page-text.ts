/**
 * A stored page text as numbered lines: the provenance header (`Source:`, `Updated:`, `#` lines) split
 * off, headings that an extraction glued to the end of the previous line split out, and a ledger that
 * records what every line was read as, so no line goes unaccounted for.
 */

/** One logical line of the page; a glued heading shares the number of the line it was glued to. */
export interface PageLine {
  no: number;
  text: string;
}

export interface Provenance {
  /** The page's URL: the first URL on the `Source:` line. */
  source?: string;
  /** The page's update date (`YYYY-MM-DD`) from the `Updated:` line. */
  updated?: string;
  /** The `#` lines, without the `#`. */
  notes: string[];
}

/** What a line was read as. `unread` lines are reported on stderr by the importer. */
export type LineRole =
  | 'provenance'
  | 'title'
  | 'heading'
  | 'prose'
  | 'table'
  | 'example'
  | 'chrome'
  | 'blank'
  | 'unread';

export interface PageText {
  provenance: Provenance;
  lines: PageLine[];
  /** Number of physical lines in the file. */
  lineCount: number;
  /** Number of provenance header lines at the top. */
  headerLines: number;
}

// Headings the table-style extraction leaves at the end of a request line or a closing brace.
const GLUED_HEADINGS = ['Example Responses', 'Example Response', 'Status Codes', 'Example Requests', 'Example Request'];
const REQUEST_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \S/;

export function readPageText(text: string): PageText {
  const physical = text.replace(/\r\n?/g, '\n').split('\n');
  if (physical.length > 0 && physical[physical.length - 1] === '') physical.pop();
  const provenance: Provenance = { notes: [] };
  let first = 0;
  for (; first < physical.length; first++) {
    const line = physical[first] ?? '';
    if (line.startsWith('Source:')) {
      const url = /https?:\/\/[^\s)]+/.exec(line)?.[0];
      if (url) provenance.source = url.replace(/[.,;]+$/, '');
    } else if (line.startsWith('Updated:')) {
      const date = /\d{4}-\d{2}-\d{2}/.exec(line)?.[0];
      if (date) provenance.updated = date;
    } else if (line.startsWith('#')) {
      provenance.notes.push(line.replace(/^#\s?/, ''));
    } else break;
  }
  const lines: PageLine[] = [];
  for (let i = first; i < physical.length; i++) {
    const no = i + 1;
    const text = (physical[i] ?? '').replace(/\s+$/, '');
    const glued = splitGluedHeading(text);
    if (glued) {
      lines.push({ no, text: glued[0] }, { no, text: glued[1] });
    } else lines.push({ no, text });
  }
  return { provenance, lines, lineCount: physical.length, headerLines: first };
}

function splitGluedHeading(text: string): [string, string] | undefined {
  for (const heading of GLUED_HEADINGS) {
    if (!text.endsWith(` ${heading}`)) continue;
    const before = text.slice(0, -heading.length - 1).trimEnd();
    if (/[}\]]$/.test(before) || REQUEST_LINE.test(before)) return [before, heading];
  }
  return undefined;
}

/** The role of every logical line, filled in by the parser; `unread` until something reads it. */
export class LineLedger {
  private readonly roles: LineRole[];

  constructor(
    readonly lines: readonly PageLine[],
    private readonly headerLines = 0,
  ) {
    this.roles = lines.map((l) => (l.text.trim() === '' ? 'blank' : 'unread'));
  }

  mark(index: number, role: LineRole): void {
    if (index >= 0 && index < this.roles.length) this.roles[index] = role;
  }

  markRange(from: number, to: number, role: LineRole): void {
    for (let i = from; i < to; i++) this.mark(i, role);
  }

  roleOf(index: number): LineRole | undefined {
    return this.roles[index];
  }

  /** Indexes of the lines nothing has read yet. */
  unread(): number[] {
    return this.roles.flatMap((role, i) => (role === 'unread' ? [i] : []));
  }

  /** Physical line numbers with their roles (a line split in two has both roles, joined by `+`). */
  byLineNumber(): Map<number, string> {
    const out = new Map<number, string>();
    for (let no = 1; no <= this.headerLines; no++) out.set(no, 'provenance');
    this.lines.forEach((line, i) => {
      const role = this.roles[i] ?? 'unread';
      const had = out.get(line.no);
      out.set(line.no, had ? `${had}+${role}` : role);
    });
    return out;
  }
}

/**
 * A line that is wholly a bracketed note of whoever stored the text (`[Not in stored copy.]`,
 * `[Assumed, by analogy with …]`), not text of the page: it states no page fact.
 */
export const isEditorialNote = (text: string): boolean => /^\[[A-Z][^\]]*\]$/.test(text.trim());
