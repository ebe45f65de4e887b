/**
 * Reads the page as a whole: is it selling something (prices, orders, the supplement disclaimer,
 * "results may vary") or informing (review dates, references, an authority as publisher)?
 * The same sentence can be a seller's claim on one and patient education on the other.
 */
import { loadDataFile, phraseList } from '../knowledge/data-file.js';
import type { Document, PageContext } from '../types.js';
import { kindFromWords } from './page-register.js';
import { findProductNames } from './product-names.js';

interface PageSignalsFile {
  threshold: number;
  decisive: string[];
  commerce: Record<string, string>;
  informational: Record<string, string>;
}

const signalMap = { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } };
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['threshold', 'decisive', 'commerce', 'informational'],
  properties: { threshold: { type: 'integer', minimum: 1 }, decisive: phraseList, commerce: signalMap, informational: signalMap },
};

interface CompiledSignals {
  threshold: number;
  decisive: Set<string>;
  commerce: [string, RegExp][];
  informational: [string, RegExp][];
}

let compiled: CompiledSignals | undefined;

function signals(): CompiledSignals {
  if (compiled) return compiled;
  const file = loadDataFile<PageSignalsFile>('lexicons/page-signals.yml', schema);
  const build = (map: Record<string, string>): [string, RegExp][] =>
    Object.entries(map).map(([name, source]) => [name, new RegExp(source, 'i')]);
  compiled = {
    threshold: file.threshold,
    decisive: new Set(file.decisive),
    commerce: build(file.commerce),
    informational: build(file.informational),
  };
  return compiled;
}

/**
 * Commerce signals that mark a single sentence as the seller's own voice. Trademarks are left
 * out: authorities print them too ("PDQ®", "Hope Lodge®").
 */
export function sellerSentencePatterns(): RegExp[] {
  return signals()
    .commerce.filter(([name]) => name !== 'trademark')
    .map(([, re]) => re);
}

/** The prose of a page: sentences for Markdown and HTML (not markup), the source for text. */
function pageText(document: Document): string {
  return document.sentences.map((s) => s.text).join('\n');
}

export function pageContext(document: Document): PageContext {
  const { threshold, decisive, commerce, informational } = signals();
  const text = pageText(document);
  const commerceSignals = commerce.filter(([, re]) => re.test(text)).map(([name]) => name);
  const informationalSignals = informational.filter(([, re]) => re.test(text)).map(([name]) => name);
  const isCommerce =
    commerceSignals.some((s) => decisive.has(s)) ||
    (commerceSignals.length >= threshold && commerceSignals.length > informationalSignals.length);
  const kind = isCommerce ? 'commerce' : informationalSignals.length >= threshold ? 'informational' : 'unknown';
  // The signals said nothing sure: the page's words may (page-register.ts).
  const fromWords = kind === 'unknown' ? kindFromWords(text) : undefined;
  const finalKind = fromWords?.kind ?? kind;
  return {
    kind: finalKind,
    readFrom: kind !== 'unknown' ? 'signals' : finalKind !== 'unknown' ? 'words' : 'nothing',
    commerceSignals,
    informationalSignals,
    productNames: findProductNames(text),
    ...(fromWords ? { sellerLikeness: fromWords.sellerLikeness } : {}),
  };
}
