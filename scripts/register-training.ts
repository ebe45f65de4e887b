/**
 * Trains the claim-register model (src/claims/register.ts): logistic regression
 * (logistic-regression.ts). Deterministic: the same corpus gives the same model, byte for byte, so
 * the committed model can be checked against the corpus it claims to come from.
 */
import { analyzeDocument } from '../src/claims/analyze.js';
import { registerFeatures, withRegisterModel, type RegisterModel } from '../src/claims/register.js';
import { readingFeatures } from '../src/claims/register-reading.js';
import { parseDocument } from '../src/parse/index.js';
import { CORPUS_SETS, loadCorpus, type CorpusItem } from './corpus.js';
import { loadPages, PAGE_SETS, pageSentenceItems } from './page-corpus.js';
import { trainLogisticRegression, type TrainingRow } from './logistic-regression.js';

export const TRAINING = {
  epochs: 30,
  learningRate: 0.1,
  l2: 3e-3,
  /** A word or pair used by fewer source documents is one seller's or one page's vocabulary ("Nobetes"), not a register. */
  minSources: 2,
  /**
   * How much a page's sentence counts against a corpus item. The corpus items were each chosen as
   * a claim or as information; a page's other sentences are whatever stood beside its claims
   * (menus, headings, a seller's small talk), and a page labelled in one pass may miss a claim.
   */
  pageSentenceWeight: 0.3,
  /**
   * Chosen by grouped cross-validation over the development and validation sets and the development
   * pages (docs/claim-register.md, "Learning from whole pages").
   */
  informationBelow: 0.5,
  informationOnSalePageBelow: 0.1,
  claimFrom: 0.45,
  claimOnUnknownPageFrom: 0.85,
};

export const MODEL_ABOUT =
  'Claim register: logistic regression over the words and word pairs of a sentence (diseases masked) and the grammar’s reading of it, ' +
  'trained by `npm run train` on the development and validation sets of fixtures/corpus and the sentences of its development pages, never a test set. See docs/claim-register.md.';

/**
 * What the model learns from: every set but the test sets, which only measure. The development
 * pages' sentences teach it what sellers write around their claims, which the sentence sets, quoted
 * for their claims, hold few of.
 */
export function trainingItems(): CorpusItem[] {
  return [...loadCorpus(CORPUS_SETS.development), ...loadCorpus(CORPUS_SETS.validation), ...pageSentenceItems(loadPages(PAGE_SETS.development))];
}

/** The document an item was quoted from. */
export const sourceOf = (item: CorpusItem): string => item.source.url ?? item.source.title ?? item.source.publisher;

export const FOLDS = 5;

/** The cross-validation fold of an item: by its source document, so that one document's vocabulary stays in one fold. */
export function foldOf(item: CorpusItem): number {
  let hash = 0;
  for (const c of sourceOf(item)) hash = (hash * 31 + c.charCodeAt(0)) | 0;
  return Math.abs(hash) % FOLDS;
}

/**
 * What the grammar makes of an item, read as on a sales page (register-reading.ts): the reading a
 * seller's sentence gets where the register matters most.
 */
export function readingOf(text: string): string[] {
  // Read with no model at all: the grammar's reading must not depend on the model it trains.
  const analysis = withRegisterModel(NO_MODEL, () => analyzeDocument(parseDocument(text, 'text', 'item.txt'), undefined, { pageKind: 'commerce' }));
  return readingFeatures(analysis.frames, analysis.page);
}

/** A model that weighs nothing and reads nothing as a claim. */
const NO_MODEL: RegisterModel = { about: 'none', informationBelow: 0, informationOnSalePageBelow: 0, claimFrom: 1.1, claimOnUnknownPageFrom: 1.1, bias: 0, weights: {} };

/** Each item's features, read once: the grammar's reading costs a compromise pass. */
const featureCache = new Map<string, string[]>();
export function itemFeatures(text: string): string[] {
  let features = featureCache.get(text);
  if (!features) featureCache.set(text, (features = registerFeatures(text, readingOf(text))));
  return features;
}

export function trainRegister(items: readonly CorpusItem[], about: string): RegisterModel {
  const featuresOf = items.map((item) => itemFeatures(item.text));
  const sources = new Map<string, Set<string>>();
  items.forEach((item, i) => {
    for (const f of featuresOf[i]!) {
      if (!sources.has(f)) sources.set(f, new Set());
      sources.get(f)!.add(sourceOf(item));
    }
  });
  const data: TrainingRow[] = items.map((item, i) => ({
    features: featuresOf[i]!.filter((f) => sources.get(f)!.size >= TRAINING.minSources),
    label: item.label === 'violative' ? 1 : 0,
    weight: item.fromPage ? TRAINING.pageSentenceWeight : 1,
  }));
  const { bias, weights } = trainLogisticRegression(data, { epochs: TRAINING.epochs, learningRate: TRAINING.learningRate, l2: TRAINING.l2, seed: 1 });
  const { informationBelow, informationOnSalePageBelow, claimFrom, claimOnUnknownPageFrom } = TRAINING;
  return { about, informationBelow, informationOnSalePageBelow, claimFrom, claimOnUnknownPageFrom, bias, weights };
}

export const WORDS_DOC = 'docs/claim-register-words.md';

/** The heaviest words each way, for a reviewer: docs/claim-register-words.md, written by `npm run train`. */
export function renderRegisterWords(model: RegisterModel, count = 60): string {
  const byWeight = Object.entries(model.weights).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const table = (rows: [string, number][]): string =>
    ['| word or pair | weight |', '| :--- | ---: |', ...rows.map(([f, w]) => `| \`${f}\` | ${w.toFixed(2)} |`)].join('\n');
  return [
    '# The claim register’s heaviest words',
    '',
    'Written by `npm run train` from rules/models/claim-register.json; do not edit by hand. See',
    '[claim-register.md](claim-register.md) for what the model is and how it is used. `{disease}` stands',
    'for any disease named. A positive weight pushes a sentence towards reading as a seller’s claim, a',
    'negative one towards information.',
    '',
    `Bias ${model.bias.toFixed(2)}; ${byWeight.length} weights in all.`,
    '',
    `## Towards a claim (the ${count} heaviest)`,
    '',
    table(byWeight.slice(0, count)),
    '',
    `## Towards information (the ${count} heaviest)`,
    '',
    table(byWeight.slice(-count).reverse()),
    '',
  ].join('\n');
}
