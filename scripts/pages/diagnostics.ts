/** What the importer says about a page: each message names the page line it is about. */

export type Severity = 'error' | 'warning' | 'note';

export interface Diagnostic {
  line: number;
  severity: Severity;
  message: string;
}

/** Collects the importer's messages; errors mean the draft may miss or misstate a page fact. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  error(line: number, message: string): void {
    this.list.push({ line, severity: 'error', message });
  }

  warning(line: number, message: string): void {
    this.list.push({ line, severity: 'warning', message });
  }

  note(line: number, message: string): void {
    this.list.push({ line, severity: 'note', message });
  }

  get errors(): Diagnostic[] {
    return this.list.filter((d) => d.severity === 'error');
  }

  /** `file:line: severity: message` lines, in page order. */
  format(file: string): string[] {
    return [...this.list]
      .sort((a, b) => a.line - b.line)
      .map((d) => `${file}:${d.line}: ${d.severity}: ${d.message}`);
  }
}
