/**
 * `npm run pages:check`: drafts every stored page (`pages/<service>/<OperationId>.txt`) and compares it,
 * fact by fact, with the hand-written spec of the same operation (`compare-facts.ts`). Fails, naming the
 * page line and the spec file and JSON pointer, when a fact differs without a note; when a spec operation
 * has no page; when the importer cannot read a transcribed page. A page whose operation has no spec yet is
 * reported as not transcribed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareFacts, type Compared, type PageFact } from './compare-facts.js';
import type { Diagnostic } from './diagnostics.js';
import { DocTree, operationsOf, showPlace, specOperations, type OperationAt, type Place } from './doc-tree.js';
import { draftPage, type Draft } from './draft-document.js';
import { operationFacts, type Fact } from './operation-facts.js';
import { runCommand } from './command.js';

export interface StoredPage {
  /** Repository-relative path, `pages/<service>/<OperationId>.txt`. */
  file: string;
  service: string;
  operationId: string;
}

export interface PageResult extends StoredPage {
  state: 'checked' | 'not transcribed';
  /** Where the spec operation lives (when there is one). */
  spec?: Place;
  compared: Compared[];
  /** Importer errors: page facts the draft may miss or misstate. */
  importErrors: Diagnostic[];
  /** One line per failure; empty when the page agrees with its spec. */
  problems: string[];
}

export interface CheckResult {
  pages: PageResult[];
  /** Spec operations with no stored page. */
  orphans: string[];
  ok: boolean;
}

export const defaultRepo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every `pages/<service>/<OperationId>.txt` in `repo`, sorted. */
export function storedPages(repo: string): StoredPage[] {
  const root = path.join(repo, 'pages');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(root, d.name))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ file: `pages/${d.name}/${f}`, service: d.name, operationId: f.replace(/\.txt$/, '') })),
    )
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The facts of a draft, each with the page line it came from. */
export function draftFacts(draft: Draft, service: string): PageFact[] {
  const tree = new DocTree('', { draft: draft.document });
  const [op] = operationsOf(tree, 'draft', service);
  if (!op) return [];
  return operationFacts(tree, op).map((f) => {
    const line = draft.lines.lineOf(f.place.pointer);
    return line === undefined ? f : { ...f, line };
  });
}

/** Compares one stored page with the spec operation of the same operationId (if any). */
export function checkPage(repo: string, stored: StoredPage, operations: readonly OperationAt[], tree: DocTree): PageResult {
  const draft = draftPage(readFileSync(path.join(repo, stored.file), 'utf8'), stored.operationId);
  const importErrors = draft.page.diagnostics.errors;
  const drafted = operationIdOfDraft(draft);
  const ops = operations.filter((o) => o.operationId === stored.operationId);
  const result: PageResult = { ...stored, state: 'not transcribed', compared: [], importErrors, problems: [] };
  if (drafted !== stored.operationId) {
    result.problems.push(`${stored.file}:1: the page names its operation ${drafted}, its file name ${stored.operationId}; rename the file`);
  }
  if (ops.length === 0) return result;
  result.state = 'checked';
  const op = ops[0] as OperationAt;
  result.spec = op.at.place;
  if (ops.length > 1) result.problems.push(`${stored.file}: ${ops.length} spec operations are named ${stored.operationId}: ${ops.map((o) => showPlace(o.at.place)).join(', ')}`);
  if (op.service !== stored.service) {
    result.problems.push(`${stored.file}: the page is stored under pages/${stored.service}/ but its operation is in specs/${op.service}/`);
  }
  for (const e of importErrors) result.problems.push(`${stored.file}:${e.line}: the importer cannot read this line: ${e.message}`);
  const specFacts = operationFacts(tree, op);
  result.compared = compareFacts(draftFacts(draft, stored.service), specFacts);
  for (const c of result.compared) {
    if (c.verdict === 'differ' && !c.underMissingNode) result.problems.push(describeDifference(stored.file, c, specFacts, op));
  }
  return result;
}

function operationIdOfDraft(draft: Draft): string {
  const tree = new DocTree('', { draft: draft.document });
  return operationsOf(tree, 'draft', '')[0]?.operationId ?? '';
}

/** Checks every stored page of `repo` against `repo/specs`. */
export function checkPages(repo: string = defaultRepo): CheckResult {
  const tree = new DocTree(repo);
  const operations = specOperations(repo, tree);
  const pages = storedPages(repo).map((p) => checkPage(repo, p, operations, tree));
  const orphans = operations
    .filter((o) => !pages.some((p) => p.operationId === o.operationId && p.service === o.service))
    .map((o) => `${showPlace(o.at.place)}: operation ${o.operationId} has no page; store its text as pages/${o.service}/${o.operationId}.txt`);
  return { pages, orphans, ok: orphans.length === 0 && pages.every((p) => p.problems.length === 0) };
}

const shown = (value: string): string => (value.length > 120 ? `${value.slice(0, 117)}...` : value);

function describeDifference(file: string, c: Compared, specFacts: readonly Fact[], op: OperationAt): string {
  const what = `${c.where} · ${c.what}`;
  if (c.page && c.spec) {
    const overlay = c.spec.note?.kind === 'errata' ? ' (x-doc-schema does not give the page\'s value)' : '';
    return `${file}:${c.page.line ?? '?'}: ${what}: the page says ${shown(c.page.value)}, ${showPlace(c.spec.place)} says ${shown(c.spec.value)}${overlay}; fix the spec, or add x-doc-errata with the page's value in x-doc-schema (x-doc-parameter on a parameter)`;
  }
  if (c.page) {
    const near = nearestSpecNode(c.where, specFacts) ?? op.at.place;
    return `${file}:${c.page.line ?? '?'}: ${what}: the page documents ${shown(c.page.value)}; the spec has nothing there (nearest: ${showPlace(near)})`;
  }
  const spec = c.spec as Fact;
  return `${showPlace(spec.place)}: ${what}: ${shown(spec.value)} is not on the page ${file}; say where it comes from with x-doc-provenance, or remove it`;
}

function nearestSpecNode(where: string, specFacts: readonly Fact[]): Place | undefined {
  let best: Fact | undefined;
  for (const f of specFacts) {
    if (f.what !== 'exists' || !(where === f.where || where.startsWith(`${f.where} `) || where.startsWith(`${f.where}/`))) continue;
    if (!best || f.where.length > best.where.length) best = f;
  }
  return best?.place;
}

/** Counts of one page's comparison. */
export function tally(compared: readonly Compared[]): Record<'agree' | 'annotated' | 'differ', number> {
  const counts = { agree: 0, annotated: 0, differ: 0 };
  for (const c of compared) counts[c.verdict]++;
  return counts;
}

function main(argv: string[]): number {
  const repoAt = argv.indexOf('--repo');
  const repo = repoAt >= 0 ? path.resolve(argv[repoAt + 1] ?? '.') : defaultRepo;
  const result = checkPages(repo);
  for (const page of result.pages) {
    const name = `${page.service}/${page.operationId}`;
    if (page.state === 'not transcribed' && page.problems.length === 0) {
      process.stdout.write(`not transcribed  ${name} (no operation ${page.operationId} in specs/ yet)\n`);
      continue;
    }
    const t = tally(page.compared);
    const status = page.problems.length === 0 ? 'ok    ' : 'FAIL  ';
    process.stdout.write(`${status}           ${name}: ${page.compared.length} facts, ${t.agree} agree, ${t.annotated} annotated, ${t.differ} differ\n`);
    for (const problem of page.problems) process.stdout.write(`  ${problem}\n`);
  }
  for (const orphan of result.orphans) process.stdout.write(`FAIL  ${orphan}\n`);
  process.stdout.write(result.ok ? 'pages:check: every transcribed page agrees with its spec\n' : 'pages:check: FAILED\n');
  return result.ok ? 0 : 1;
}

runCommand('check-pages.ts', main);
