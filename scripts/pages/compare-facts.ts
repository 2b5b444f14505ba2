/**
 * Fact-by-fact comparison of a page's draft with the hand-written spec of the same operation.
 *
 * - The same fact on both sides with the same value: `agree` (both read in their documented forms, so an
 *   `x-doc-schema`/`x-doc-parameter` overlay that gives the page's value agrees).
 * - A fact only the spec has: `annotated` when a note (`x-doc-provenance` or `x-doc-errata`) sits on its
 *   node or an ancestor, else `differ`.
 * - Different values, or a fact only the page has: `differ`, except for a response's or an example's own
 *   facts (description, media types, examples) when that response or example carries `x-doc-errata`.
 */
import { factKey, type Fact } from './operation-facts.js';

export interface PageFact extends Fact {
  /** The page line the fact was read from. */
  line?: number;
}

export type Verdict = 'agree' | 'annotated' | 'differ';

export interface Compared {
  where: string;
  what: string;
  page?: PageFact;
  spec?: Fact;
  verdict: Verdict;
  /** Set on facts under a node that only one side has: the node's own fact already says it. */
  underMissingNode?: boolean;
}

const RESPONSE_LEVEL = new Set(['description', 'media types', 'examples']);

export function compareFacts(page: readonly PageFact[], spec: readonly Fact[]): Compared[] {
  const pageByKey = byKey(page);
  const specByKey = byKey(spec);
  const keys = [...new Set([...pageByKey.keys(), ...specByKey.keys()])];
  const oneSided = keys
    .filter((k) => k.endsWith(' · exists') && pageByKey.has(k) !== specByKey.has(k))
    .map((k) => k.slice(0, -' · exists'.length));
  const under = (where: string): boolean => oneSided.some((w) => where !== w && (where.startsWith(`${w} `) || where.startsWith(`${w}/`)));

  return keys.map((key) => {
    const p = pageByKey.get(key);
    const s = specByKey.get(key);
    const base = (p ?? s) as Fact;
    const compared: Compared = { where: base.where, what: base.what, verdict: verdictOf(p, s, specByKey) };
    if (p) compared.page = p;
    if (s) compared.spec = s;
    if (under(base.where) || (base.what !== 'exists' && oneSided.includes(base.where))) compared.underMissingNode = true;
    return compared;
  });
}

function byKey<T extends Fact>(facts: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const f of facts) if (!map.has(factKey(f))) map.set(factKey(f), f);
  return map;
}

function verdictOf(p: PageFact | undefined, s: Fact | undefined, specByKey: Map<string, Fact>): Verdict {
  if (p && s) {
    if (p.value === s.value) return 'agree';
    return s.note && s.noteCoversDifference ? 'annotated' : 'differ';
  }
  if (s) return s.note ? 'annotated' : 'differ';
  if (p && RESPONSE_LEVEL.has(p.what)) {
    const node = specByKey.get(factKey({ where: p.where.replace(/ body$/, ''), what: 'exists' }));
    if (node?.note?.kind === 'errata' && node.note.place.pointer === node.place.pointer && node.note.place.file === node.place.file) return 'annotated';
  }
  return 'differ';
}
