/**
 * The labelled page corpus: real web-page openings, each labelled sentence by sentence. Sentence
 * items (corpus.ts) measure the analysis of one sentence; pages measure the whole pipeline as a
 * user meets it: the page's kind read from its own signals, claims that only read as claims in
 * their page's context, and a seller's informational sentences beside its claims.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import { parseDocument } from '../src/parse/index.js';
import type { Document, Sentence } from '../src/types.js';
import type { CorpusItem } from './corpus.js';

export interface LabelledPage {
  id: string;
  /** What the page is: a seller's (product, clinic, practitioner, device) or an informational one. */
  kind: 'seller' | 'informational';
  source: { publisher: string; title: string; url: string; date?: string };
  /** The page's opening as stored, character for character. */
  text: string;
  /** Every claim on the page: a verbatim span of `text` (a sentence, headline or bullet). */
  claims: { text: string; category: string }[];
  /** Spans a careful reviewer could read either way: left out of both measures. */
  borderline?: string[];
}

/** The page sets, split like the sentence sets: tuned on development, never read on test. */
export const PAGE_SETS = {
  development: join(PACKAGE_ROOT, 'fixtures', 'corpus', 'pages', 'pages.jsonl'),
  test: join(PACKAGE_ROOT, 'fixtures', 'corpus', 'test', 'pages', 'pages.jsonl'),
};

export function loadPages(file: string): LabelledPage[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const page = JSON.parse(line) as LabelledPage;
      // A label that is not in its page's text would silently count as neither caught nor missed.
      for (const span of [...page.claims.map((c) => c.text), ...(page.borderline ?? [])]) {
        if (rangesOf(page.text, span).length === 0) throw new Error(`${file}:${i + 1} (${page.id}): a label is not in the page's text: ${span.slice(0, 60)}`);
      }
      return page;
    });
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Every [start, end) range at which `span` occurs in `text`. A one-word label ("Burns", in a list
 * of conditions) counts only as a whole word, not inside another ("Burnside"); a longer one counts
 * wherever it stands, as scraped pages run words together ("Flaxseed OilIn this familiar …").
 */
export function rangesOf(text: string, span: string): [number, number][] {
  const ranges: [number, number][] = [];
  const oneWord = !/\s/.test(span.trim());
  for (let at = text.indexOf(span); at !== -1; at = text.indexOf(span, at + 1)) {
    const end = at + span.length;
    const cutsWordBefore = WORD.test(span[0]!) && WORD.test(text[at - 1] ?? '');
    const cutsWordAfter = WORD.test(span.at(-1)!) && WORD.test(text[end] ?? '');
    if (!oneWord || (!cutsWordBefore && !cutsWordAfter)) ranges.push([at, end]);
  }
  return ranges;
}

/** What a page's labels say of one of its sentences. */
export type SentenceLabel = 'claim' | 'borderline' | 'not-a-claim';

/**
 * The parser's sentences of a labelled page, each with what the labels say of it: a claim when a
 * claim's span touches it, borderline when only a borderline span does, and otherwise not a claim.
 * Sentences with no letter (a bullet, a number) are left out. The evaluation counts the sentences
 * that are not claims as possible false alarms, and the claim register learns from them.
 */
export function labelledSentences(page: LabelledPage, document: Document = parseDocument(page.text, 'text', 'page.txt')): { sentence: Sentence; label: SentenceLabel }[] {
  const claims = page.claims.flatMap((c) => rangesOf(page.text, c.text));
  const borderline = (page.borderline ?? []).flatMap((span) => rangesOf(page.text, span));
  return document.sentences
    .filter((sentence) => /\p{L}/u.test(sentence.text))
    .map((sentence) => {
      const touches = ([start, end]: [number, number]): boolean => start < sentence.span.end.offset && sentence.span.start.offset < end;
      const label: SentenceLabel = claims.some(touches) ? 'claim' : borderline.some(touches) ? 'borderline' : 'not-a-claim';
      return { sentence, label };
    });
}

/**
 * The sentences of labelled pages as sentence items (labelledSentences): a claim is `violative`,
 * a sentence that is not a claim `informational`, whichever kind of page it stands on (a seller's
 * sentence that claims nothing is as much not a claim as an authority's); borderline ones are left
 * out, as the evaluation leaves them.
 */
export function pageSentenceItems(pages: readonly LabelledPage[]): CorpusItem[] {
  return pages.flatMap((page) => {
    const source = { publisher: page.source.publisher, title: page.source.title, url: page.source.url };
    return labelledSentences(page)
      .filter(({ label }) => label !== 'borderline')
      .map(({ sentence, label }): CorpusItem => ({ text: sentence.text, label: label === 'claim' ? 'violative' : 'informational', category: label === 'claim' ? 'page-claim' : `${page.kind}-page`, source, fromPage: true }));
  });
}
