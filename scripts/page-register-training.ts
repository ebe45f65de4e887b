/**
 * Trains the page register (src/claims/page-register.ts): is a page a seller's or an informational
 * one, from its words. Logistic regression (logistic-regression.ts), like the claim register.
 *
 * It learns from two kinds of page. The labelled pages of the development set are real pages'
 * openings, each a seller's or an informational page. The sentence corpus's source documents add
 * breadth: the sentences quoted from one document, read together, are a small page of that
 * document's kind (claims quoted from a seller, or sentences from an authority's page). A
 * document whose quoted sentences carry both labels is left out, as are FDA's example
 * structure/function statements, which are no one's page.
 */
import { CORPUS_SETS, loadCorpus, type CorpusItem } from './corpus.js';
import { loadPages, PAGE_SETS } from './page-corpus.js';
import { pageWords, type PageRegisterModel } from '../src/claims/page-register.js';
import { trainLogisticRegression, type TrainingRow } from './logistic-regression.js';

export interface TrainingPage {
  /** The document's address: pages and the corpus's sources from one address share a fold. */
  url: string;
  seller: boolean;
  text: string;
  /** A labelled page, as against a corpus source read as one. */
  labelled: boolean;
}

export const PAGE_TRAINING = {
  epochs: 30,
  learningRate: 0.05,
  l2: 0.01,
  /** A word on fewer pages is one page's vocabulary, not a register. */
  minPages: 3,
  /** A labelled page weighs as much as this many corpus sources: it is a whole real page. */
  labelledPageWeight: 5,
  minWords: 80,
  /** Chosen by grouped cross-validation over the development pages (docs/claim-register.md). */
  sellerFrom: 0.65,
  informationalBelow: 0.55,
};

export const PAGE_MODEL_ABOUT =
  'Page register: logistic regression over the words of a page (diseases masked), trained by `npm run train` on the labelled ' +
  'development pages and the development and validation sentence sets’ source documents, never the test sets. See docs/claim-register.md.';

const addressOf = (item: CorpusItem): string => item.source.url ?? item.source.title ?? item.source.publisher;

/** The sentence corpus's source documents, each read as one page of its kind. */
function corpusSourcePages(): TrainingPage[] {
  const bySource = new Map<string, CorpusItem[]>();
  for (const item of [...loadCorpus(CORPUS_SETS.development), ...loadCorpus(CORPUS_SETS.validation)]) {
    if (item.label === 'compliant') continue;
    const address = addressOf(item);
    bySource.set(address, [...(bySource.get(address) ?? []), item]);
  }
  const pages: TrainingPage[] = [];
  for (const [url, items] of [...bySource].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const seller = items.every((i) => i.label === 'violative');
    if (!seller && items.some((i) => i.label === 'violative')) continue;
    pages.push({ url, seller, text: items.map((i) => i.text).join('\n'), labelled: false });
  }
  return pages;
}

/** What the page register learns from: the development pages and the corpus's sources, never a test set. */
export function pageTrainingSet(): TrainingPage[] {
  const labelled = loadPages(PAGE_SETS.development).map((p) => ({ url: p.source.url, seller: p.kind === 'seller', text: p.text, labelled: true }));
  return [...labelled, ...corpusSourcePages()];
}

export const PAGE_FOLDS = 5;

/** A page's cross-validation fold, by its address, so that a page and the corpus's sentences from it stay together. */
export function pageFoldOf(url: string): number {
  let hash = 0;
  for (const c of url) hash = (hash * 31 + c.charCodeAt(0)) | 0;
  return Math.abs(hash) % PAGE_FOLDS;
}

export function trainPageRegister(pages: readonly TrainingPage[], about = PAGE_MODEL_ABOUT): PageRegisterModel {
  const wordsOf = pages.map((p) => pageWords(p.text));
  const pagesWith = new Map<string, number>();
  for (const words of wordsOf) for (const w of words) pagesWith.set(w, (pagesWith.get(w) ?? 0) + 1);
  const rows: TrainingRow[] = pages.map((page, i) => ({
    features: wordsOf[i]!.filter((w) => pagesWith.get(w)! >= PAGE_TRAINING.minPages),
    scale: 1 / Math.sqrt(wordsOf[i]!.length || 1),
    label: page.seller ? 1 : 0,
    weight: page.labelled ? PAGE_TRAINING.labelledPageWeight : 1,
  }));
  const { epochs, learningRate, l2 } = PAGE_TRAINING;
  const { bias, weights } = trainLogisticRegression(rows, { epochs, learningRate, l2, seed: 7 });
  const { minWords, sellerFrom, informationalBelow } = PAGE_TRAINING;
  return { about, minWords, sellerFrom, informationalBelow, bias, weights };
}
