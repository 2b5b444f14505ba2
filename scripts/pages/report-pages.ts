/**
 * `npm run pages:report`: imports every stored page and prints, per page, the facts the draft found, the
 * facts in the hand-written spec, and what differs; then the agreement on the pages the importer was
 * developed on (target 100 % once the spec's notes are counted) and on the pages it has never seen
 * (target ≥ 95 % of the documented facts, notes not counted), each MET or MISSED.
 *
 * Agreement = facts with the same value on both sides / every fact either side states, leaving out the
 * spec's facts that `x-doc-provenance` declares as not from the page.
 */
import path from 'node:path';
import type { Compared } from './compare-facts.js';
import { checkPages, defaultRepo, tally, type PageResult } from './check-pages.js';
import { runCommand } from './command.js';

/** The five read pages the importer was first written on. */
export const FIRST_PAGES = [
  'metastudio/SearchTask',
  'metastudio/ShowTask',
  'workspace/ListExportTasks',
  'hss/ListQueryExportTask',
  'dataarts-insight/ListImportResourceTaskDetail',
] as const;

/**
 * The lifecycle pages: held out until their hand transcriptions existed and their figure was taken
 * (docs/pages-held-out.md), then used to tune the importer, so no longer held out.
 */
export const LIFECYCLE_PAGES = [
  'metastudio/DownloadResultFile',
  'metastudio/DownloadTemplate',
  'metastudio/ExportResource',
  'metastudio/ImportResource',
  'workspace/DeleteExportTasks',
  'workspace/DownloadExportFile',
  'workspace/ExportDesktopListNew',
  'workspace/ExportUserGroupUsersNew',
  'workspace/ExportUsersNew',
  'hss/ExportVulHandleHistory',
  'hss/ExportVuls',
  'hss/ListDownloadExportedFile',
  'dataarts-insight/CreateAndUpdateExportConfig',
  'dataarts-insight/ExportResourcePackage',
  'dataarts-insight/ImportResourcePackage',
] as const;

/** The pages the importer was written and tuned on; every other stored page is held out. */
export const DEVELOPMENT_PAGES = [...FIRST_PAGES, ...LIFECYCLE_PAGES] as const;

export interface PageScore {
  page: string;
  pageFacts: number;
  specFacts: number;
  agree: number;
  annotated: number;
  differ: number;
  /** Facts the spec declares as not from the page (x-doc-provenance), left out of `documented`. */
  declaredElsewhere: number;
  documented: number;
}

export function scoreOf(result: PageResult): PageScore {
  const c = result.compared;
  const elsewhere = (x: Compared) => !x.page && x.spec?.note?.kind === 'provenance';
  const counts = tally(c);
  const declaredElsewhere = c.filter(elsewhere).length;
  return {
    page: `${result.service}/${result.operationId}`,
    pageFacts: c.filter((x) => x.page).length,
    specFacts: c.filter((x) => x.spec).length,
    ...counts,
    declaredElsewhere,
    documented: c.length - declaredElsewhere,
  };
}

const percent = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

function summary(label: string, scores: PageScore[], target: number, afterNotes: boolean, untranscribed: number): string {
  if (scores.length === 0 && untranscribed === 0) return `${label}: none: every stored page has been used to tune the importer (their held-out figure: docs/pages-held-out.md)`;
  if (scores.length === 0) return `${label}: not measured: none of its ${untranscribed} pages has a hand transcription in specs/ yet`;
  const agree = scores.reduce((n, s) => n + s.agree + (afterNotes ? s.annotated - s.declaredElsewhere : 0), 0);
  const total = scores.reduce((n, s) => n + s.documented, 0);
  const ratio = total === 0 ? 0 : agree / total;
  const verdict = ratio * 100 >= target ? 'MET' : 'MISSED';
  const pending = untranscribed > 0 ? `; ${untranscribed} more not transcribed yet` : '';
  return `${label}: ${agree} of ${total} documented facts agree${afterNotes ? ' after the spec\'s notes' : ''} = ${percent(agree, total)} (target ${afterNotes ? '' : '≥ '}${target} %) ${verdict}${pending}`;
}

function main(argv: string[]): number {
  const repoAt = argv.indexOf('--repo');
  const repo = repoAt >= 0 ? path.resolve(argv[repoAt + 1] ?? '.') : defaultRepo;
  const result = checkPages(repo);
  const rows: string[] = [];
  const own: PageScore[] = [];
  const heldOut: PageScore[] = [];
  let heldOutPending = 0;
  let ownPending = 0;
  for (const page of result.pages) {
    const name = `${page.service}/${page.operationId}`;
    const isOwn = (DEVELOPMENT_PAGES as readonly string[]).includes(name);
    if (page.state === 'not transcribed') {
      if (isOwn) ownPending++;
      else heldOutPending++;
      rows.push(`${name.padEnd(48)} ${isOwn ? 'own     ' : 'held out'}  not transcribed`);
      continue;
    }
    const s = scoreOf(page);
    (isOwn ? own : heldOut).push(s);
    rows.push(
      `${name.padEnd(48)} ${isOwn ? 'own     ' : 'held out'}  page ${String(s.pageFacts).padStart(4)}  spec ${String(s.specFacts).padStart(4)}  agree ${String(s.agree).padStart(4)}  noted ${String(s.annotated).padStart(3)}  differ ${String(s.differ).padStart(3)}  agreement ${percent(s.agree, s.documented).padStart(8)}`,
    );
    for (const c of page.compared.filter((x) => x.verdict !== 'agree' && !x.underMissingNode)) {
      const side = c.page && c.spec ? `page ${c.page.value} / spec ${c.spec.value}` : c.page ? `page only: ${c.page.value}` : `spec only: ${c.spec?.value ?? ''}`;
      const note = c.verdict === 'annotated' ? ` [${c.spec?.note?.kind ?? 'note'}]` : ' [DIFFERS]';
      rows.push(`    ${c.where} · ${c.what}: ${side.length > 100 ? `${side.slice(0, 97)}...` : side}${note}`);
    }
  }
  process.stdout.write(`${rows.join('\n')}\n\n`);
  process.stdout.write(`${summary('own pages (the importer was developed on them)', own, 100, true, ownPending)}\n`);
  process.stdout.write(`${summary('held-out pages (never used to tune the importer)', heldOut, 95, false, heldOutPending)}\n`);
  return 0;
}

runCommand('report-pages.ts', main);
