/**
 * The page half of `npm run eval`: each labelled page is linted whole, as a user lints it, with its
 * kind read by the linter (its signals, then its words) and with its labelled kind given. A claim
 * counts as caught when an error or warning covers any of its text; every other sentence of the
 * page (the parser's sentences, less those a claim or a borderline label touches) counts as a
 * false alarm when one covers it. Beside each figure, the same sentence linted alone says what the
 * page added.
 */
import { location } from 'vfile-location';
import { pageContext } from '../src/claims/page-context.js';
import { lintSource } from '../src/engine/lint.js';
import { parseDocument } from '../src/parse/index.js';
import type { LintMessage } from '../src/types.js';
import { labelledSentences, type LabelledPage, rangesOf } from './page-corpus.js';
import { pct, printColumns } from './report-table.js';

type Range = [number, number];

export interface Tally {
  total: number;
  /** Flagged on the page, its kind read by the linter (its signals, then its words). */
  onPage: number;
  /** Flagged on the page, its kind given as labelled (what `--page-kind` does). */
  kindGiven: number;
  alone: number;
}

const overlaps = (a: Range, b: Range): boolean => a[0] < b[1] && b[0] < a[1];

/**
 * The findings that say a sentence makes a disease claim, which is what the pages are labelled
 * for. Left out: the disclaimer rules and copied authority text, which judge the page, and hype,
 * results-not-typical and substantiation warnings, which are right to fire on a seller's
 * sentence that claims nothing of a disease.
 */
const NOT_DISEASE_CLAIMS = new Set(['disclaimer', 'copied-text', 'hype', 'endorsement', 'substantiation', 'approval']);

function judgesSentence(m: LintMessage): boolean {
  return Boolean(m.ruleId) && !NOT_DISEASE_CLAIMS.has(m.category ?? '') && (m.severity === 'error' || m.severity === 'warning');
}

function lint(text: string, pageKind?: 'commerce' | 'informational'): LintMessage[] {
  const result = lintSource(text, 'page.txt', pageKind ? { pageKind } : {});
  const fatal = result.messages.find((m) => m.fatal);
  // A broken lexicon must fail the evaluation, not read as "nothing flagged".
  if (fatal) throw new Error(`healthlint failed on a labelled page: ${fatal.message}`);
  return result.messages;
}

function flaggedAlone(text: string): boolean {
  return lint(text).some(judgesSentence);
}

/** The page's kind as `--page-kind` names it. */
const GIVEN_KIND = { seller: 'commerce', informational: 'informational' } as const;

/** Where each sentence-judging finding sits in the page, as offsets. */
function findingRanges(page: LabelledPage, kindGiven: boolean): { range: Range; message: LintMessage }[] {
  const place = location(page.text);
  return lint(page.text, kindGiven ? GIVEN_KIND[page.kind] : undefined)
    .filter(judgesSentence)
    .map((message) => ({
      message,
      range: [
        place.toOffset({ line: message.line, column: message.column }) ?? 0,
        place.toOffset({ line: message.endLine ?? message.line, column: message.endColumn ?? message.column }) ?? page.text.length,
      ] as Range,
    }));
}

const bump = (tally: Map<string, Tally>, key: string, onPage: boolean, kindGiven: boolean, alone: boolean): void => {
  const t = tally.get(key) ?? { total: 0, onPage: 0, kindGiven: 0, alone: 0 };
  t.total++;
  if (onPage) t.onPage++;
  if (kindGiven) t.kindGiven++;
  if (alone) t.alone++;
  tally.set(key, t);
};

/** What the labelled pages scored: claims by category, other sentences by the page's kind. */
export interface PageScores {
  claims: Map<string, Tally>;
  clean: Map<string, Tally>;
  /** "seller → commerce": how often each kind of page was read as each kind. */
  kindsRead: Map<string, number>;
  /** Every claim missed and every false alarm, a line each, for --verbose. */
  listed: string[];
}

/** Runs the scoring of one page, with whatever models that page should be read with (cross-validation). */
export type PageModels = (page: LabelledPage, score: () => void) => void;

export function scorePages(pages: LabelledPage[], withModels: PageModels = (_page, score) => score()): PageScores {
  const scores: PageScores = { claims: new Map(), clean: new Map(), kindsRead: new Map(), listed: [] };
  for (const page of pages) withModels(page, () => scorePage(page, scores));
  return scores;
}

function scorePage(page: LabelledPage, { claims, clean, kindsRead, listed }: PageScores): void {
  const findings = findingRanges(page, false);
  const findingsKindGiven = findingRanges(page, true);
  const covers = (found: { range: Range }[], ranges: Range[]): boolean => found.some((f) => ranges.some((r) => overlaps(f.range, r)));
  const document = parseDocument(page.text, 'text', 'page.txt');
  const read = `${page.kind} → ${pageContext(document).kind}`;
  kindsRead.set(read, (kindsRead.get(read) ?? 0) + 1);
  for (const claim of page.claims) {
    const ranges = rangesOf(page.text, claim.text);
    const onPage = covers(findings, ranges);
    const kindGiven = covers(findingsKindGiven, ranges);
    bump(claims, claim.category, onPage, kindGiven, flaggedAlone(claim.text));
    if (!onPage) listed.push(`MISSED${kindGiven ? ' (caught with the kind given)' : ''} [${page.id}/${claim.category}] ${claim.text}`);
  }
  for (const { sentence, label } of labelledSentences(page, document)) {
    if (label !== 'not-a-claim') continue;
    const range: Range = [sentence.span.start.offset, sentence.span.end.offset];
    const alarm = findings.find((f) => overlaps(f.range, range));
    const alarmKindGiven = findingsKindGiven.find((f) => overlaps(f.range, range));
    bump(clean, `${page.kind} pages`, Boolean(alarm), Boolean(alarmKindGiven), flaggedAlone(sentence.text));
    if (alarm) listed.push(`FALSE ALARM${alarmKindGiven ? '' : ' (none with the kind given)'} [${page.id}/${page.kind}, ${alarm.message.ruleId}] ${sentence.text}`);
    else if (alarmKindGiven) listed.push(`FALSE ALARM with the kind given [${page.id}/${page.kind}, ${alarmKindGiven.message.ruleId}] ${sentence.text}`);
  }
}

export function evaluatePages(pages: LabelledPage[], verbose: boolean, withModels?: PageModels): void {
  const scores = scorePages(pages, withModels);
  printPageTable(pages, scores);
  if (verbose) for (const line of scores.listed) console.log(line);
}

function printPageTable(pages: LabelledPage[], { claims, clean, kindsRead }: PageScores): void {
  const sellers = pages.filter((p) => p.kind === 'seller').length;
  console.log(`${pages.length} pages: ${sellers} sellers', ${pages.length - sellers} informational.`);
  console.log(`Page kind read (its signals, then its words): ${[...kindsRead].sort().map(([k, n]) => `${k} ${n}`).join(', ')}.\n`);
  const header = ['label', 'category', 'sentences', 'on the page', 'page kind given', 'alone'];
  const rows: string[][] = [header];
  const cells = (rate: string, t: Tally): string[] => [String(t.total), ...[t.onPage, t.kindGiven, t.alone].map((n) => `${rate} ${pct(n, t.total)}`)];
  const all: Tally = { total: 0, onPage: 0, kindGiven: 0, alone: 0 };
  for (const [category, t] of [...claims].sort(([a], [b]) => a.localeCompare(b))) {
    rows.push(['claim', category, ...cells('recall', t)]);
    for (const key of ['total', 'onPage', 'kindGiven', 'alone'] as const) all[key] += t[key];
  }
  rows.push(['all', 'claims', ...cells('recall', all)]);
  for (const [kind, t] of [...clean].sort(([a], [b]) => b.localeCompare(a))) rows.push(['not a claim', kind, ...cells('false alarms', t)]);
  printColumns(rows);
  console.log(
    '\non the page: the page linted whole, its kind read from its signals, then its words (the page register);' +
      '\na claim is caught when an error or warning covers any of it, a sentence that is not a claim is a false' +
      '\nalarm when one covers it. page kind given: the same, with the page\'s labelled kind given (--page-kind' +
      '\ncommerce or informational). alone: the same sentence linted as a one-sentence document. Borderline' +
      '\nsentences are left out.',
  );
}
