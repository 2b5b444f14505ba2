/** Which page line each part of a draft came from, by JSON pointer into the draft. */
import { joinPointer, splitPointer } from '../lint/json-pointer.js';

export class FactLines {
  private readonly lines = new Map<string, number>();

  /** Records `line` for `pointer`; the first record wins (a schema shared by several tables keeps its first). */
  set(pointer: string, line: number): void {
    if (line > 0 && !this.lines.has(pointer)) this.lines.set(pointer, line);
  }

  /** The line of `pointer`, else of its nearest ancestor that has one. */
  lineOf(pointer: string): number | undefined {
    const tokens = splitPointer(pointer);
    for (let n = tokens.length; n >= 0; n--) {
      const line = this.lines.get(joinPointer(tokens.slice(0, n)));
      if (line !== undefined) return line;
    }
    return undefined;
  }
}
