/**
 * Whatever is done to a page text (lines dropped, repeated, swapped, cut short, bars removed), the
 * importer does not throw, reads or reports every line, and names only lines the text has.
 */
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftPage } from '../../scripts/pages/draft-document.js';
import { DEVELOPMENT_PAGES } from '../../scripts/pages/report-pages.js';
import { fixturePagesDir, pageFiles, readPage } from './helpers.js';

const sources = [...DEVELOPMENT_PAGES.map((p) => `pages/${p}.txt`), ...pageFiles(path.join(fixturePagesDir, 'synthetic'))].map((f) => readPage(f).split('\n'));

type Edit = { kind: 'drop' | 'repeat' | 'swap' | 'strip-bar' | 'truncate'; at: number };
const edit = fc.record({ kind: fc.constantFrom<Edit['kind']>('drop', 'repeat', 'swap', 'strip-bar', 'truncate'), at: fc.nat() });

function apply(lines: string[], edits: Edit[]): string[] {
  const out = [...lines];
  for (const e of edits) {
    if (out.length === 0) break;
    const i = e.at % out.length;
    if (e.kind === 'drop') out.splice(i, 1);
    if (e.kind === 'repeat') out.splice(i, 0, out[i] as string);
    if (e.kind === 'swap' && i + 1 < out.length) [out[i], out[i + 1]] = [out[i + 1] as string, out[i] as string];
    if (e.kind === 'strip-bar') out[i] = (out[i] as string).replace(/\|\s*$/, '');
    if (e.kind === 'truncate') out.length = i;
  }
  return out;
}

describe('the importer on damaged page texts', () => {
  it('never throws, and accounts for every line', () => {
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (which, edits) => {
        const text = apply(sources[which] as string[], edits).join('\n');
        const draft = draftPage(text, 'Damaged');
        const roles = draft.page.ledger.byLineNumber();
        const reported = new Set(draft.page.diagnostics.list.map((d) => d.line));
        for (let no = 1; no <= draft.page.lineCount; no++) {
          if ((roles.get(no) ?? 'unread').includes('unread')) expect(reported.has(no), `line ${no}`).toBe(true);
        }
        for (const d of draft.page.diagnostics.list) expect(d.line).toBeLessThanOrEqual(Math.max(draft.page.lineCount, 1));
      }),
      { numRuns: 300, seed: 20260403 },
    );
  });
});
