/**
 * Is a page a seller's or an informational one, when its signals do not say? The signals
 * (page-context.ts: a price, an order button, the supplement disclaimer, a review date) are
 * decisive when present, but a page's opening — what a crawler's excerpt, a draft or a blog post
 * holds — often carries none: a clinic's page on ozone for Lyme disease and an encyclopedia's
 * page on the same therapy both open on the disease. Their words still differ ("our clinic",
 * "call", "natural", "healing" against "studies", "claimed", "according to", "FDA"), and the
 * same sentence is a claim on one and information on the other, so the page's kind decides much.
 *
 * A logistic regression over the words of the whole page (every disease named one token, each word
 * counted once), learned from the labelled pages of the development set and from the sentence
 * corpus's source documents, each read as a page of its seller's or publisher's kind
 * (rules/models/page-register.json, written by `npm run train`). It speaks only where the signals
 * left the page unknown, only on a page long enough to have a register, and only when sure:
 * between its two thresholds the page stays unknown.
 */
import { type LoadedModel, modelSlot } from '../knowledge/model-file.js';
import type { PageContext } from '../types.js';
import { maskedWords } from './register.js';

export interface PageRegisterModel {
  about: string;
  /** Below this many words a text is a sentence or a snippet, not a page with a register. */
  minWords: number;
  /** A page that reads as a seller's from this score is read as a sales page. */
  sellerFrom: number;
  /** A page that reads as a seller's below this score is read as an informational page. */
  informationalBelow: number;
  bias: number;
  weights: Record<string, number>;
}

export const PAGE_MODEL_FILE = 'models/page-register.json';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['about', 'minWords', 'sellerFrom', 'informationalBelow', 'bias', 'weights'],
  properties: {
    about: { type: 'string' },
    minWords: { type: 'integer', minimum: 1 },
    sellerFrom: { type: 'number', minimum: 0, maximum: 1 },
    informationalBelow: { type: 'number', minimum: 0, maximum: 1 },
    bias: { type: 'number' },
    weights: { type: 'object', additionalProperties: { type: 'number' } },
  },
};

const slot = modelSlot<PageRegisterModel>(PAGE_MODEL_FILE, schema);

/** Runs `fn` with another model (cross-validation, threshold sweeps), then restores the committed one. */
export function withPageRegisterModel<T>(other: PageRegisterModel, fn: () => T): T {
  return slot.swap(other, fn);
}

export function pageRegisterModel(): LoadedModel<PageRegisterModel> {
  return slot.current();
}

/** The words of a page as the model sees them: each once, diseases masked, no word pairs. */
export function pageWords(text: string): string[] {
  return [...new Set(maskedWords(text))];
}

/**
 * How much a page reads like a seller's, from 0 to 1. The weights are scaled by the square root of
 * the number of distinct words, so that a long page is not read as sure merely for being long.
 */
export function sellerLikeness(words: readonly string[], { bias, table }: { bias: number; table: ReadonlyMap<string, number> } = pageRegisterModel()): number {
  let z = 0;
  const scale = 1 / Math.sqrt(words.length || 1);
  for (const word of words) z += table.get(word) ?? 0;
  return 1 / (1 + Math.exp(-(bias + z * scale)));
}

/** What a page's words say it is, when its signals left it unknown; undefined for a text too short to say. */
export function kindFromWords(text: string): { kind: PageContext['kind']; sellerLikeness: number } | undefined {
  const current = pageRegisterModel();
  if ((text.match(/\p{L}+/gu)?.length ?? 0) < current.minWords) return undefined;
  const score = sellerLikeness(pageWords(text), current);
  const kind = score >= current.sellerFrom ? 'commerce' : score < current.informationalBelow ? 'informational' : 'unknown';
  return { kind, sellerLikeness: score };
}
