/**
 * How much a sentence reads like a seller's disease claim rather than information: a second
 * opinion learned from the labelled corpus, beside the grammar.
 *
 * The grammar (effects, agents, framing) knows the wordings it was written for; claims in other
 * words slip past it, and information that happens to share a claim's shape ("DNA damage stops
 * tumor cells from dividing") can be read as one. The register of a sentence — "our", "now",
 * "!", "naturally" against "studies", "claimed", "risk", "may" — tells the two apart in words
 * the grammar does not model. It is a logistic regression over the sentence's words and word
 * pairs, with every disease named replaced by one token so that it learns how claims are made,
 * not which diseases they were made about, and over what the grammar made of the sentence
 * (register-reading.ts), so that a clinician's agent or a seller's question weighs as it should.
 *
 * The model is data (rules/models/claim-register.json), written by `npm run train` from the
 * development and validation sets and the development pages' sentences, never a test set, and reviewable: its heaviest features are
 * listed in docs/claim-register-words.md.
 * It never overrules a sure claim of the grammar, and it reports only possible claims: it drops
 * a possible claim that reads as information, and, where the page is not informational, reports
 * a sentence that reads like a claim though the grammar read none in it (verdict.ts,
 * claimThreshold and possibleClaimFrom below).
 */
import { type LoadedModel, modelSlot } from '../knowledge/model-file.js';
import type { PageContext, Register } from '../types.js';
import { diseasesIn } from './effects.js';
import { normalizeForMatching, withoutEditorialMarks } from './normalize.js';
import { maskTargets } from './patterns.js';

/** The token every disease named becomes. */
export const DISEASE_TOKEN = '{disease}';

/** A text's words as the registers see them: lower-cased, editors' marks removed, every disease named one token. */
export function maskedWords(text: string): string[] {
  const cleaned = withoutEditorialMarks(text);
  const normalized = normalizeForMatching(cleaned);
  const diseases = diseasesIn(cleaned, normalized);
  const masked = diseases.length ? maskTargets(normalized, diseases.map((d) => d.range)).replace(/\u0001+/g, ` ${DISEASE_TOKEN} `) : normalized;
  return masked.match(/\{disease\}|[a-z0-9'%$-]+|[!?]/g) ?? [];
}

/**
 * The words and word pairs of a sentence, as the model sees them, without editors' marks, and what
 * the grammar made of it (`reading`, from register-reading.ts).
 */
export function registerFeatures(text: string, reading: readonly string[]): string[] {
  const words = maskedWords(text);
  const features = new Set<string>(words);
  for (let i = 0; i + 1 < words.length; i++) features.add(`${words[i]} ${words[i + 1]}`);
  for (const feature of reading) features.add(feature);
  return [...features];
}

export interface RegisterModel {
  /** What the model is and what it was trained on, for whoever reviews it. */
  about: string;
  /** Below this, a possible claim reads as information and is not reported. */
  informationBelow: number;
  /** The same on a sales page. */
  informationOnSalePageBelow: number;
  /** From this up, a sentence on a sales page reads as a claim, whatever the grammar made of it. */
  claimFrom: number;
  /**
   * The same on a page that neither sells nor informs (a draft, a post with no signals): higher,
   * because nothing on the page says a seller is speaking.
   */
  claimOnUnknownPageFrom: number;
  bias: number;
  /** Feature → weight: positive for claims, negative for information. */
  weights: Record<string, number>;
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['about', 'informationBelow', 'informationOnSalePageBelow', 'claimFrom', 'claimOnUnknownPageFrom', 'bias', 'weights'],
  properties: {
    about: { type: 'string', minLength: 1 },
    informationBelow: { type: 'number', minimum: 0, maximum: 1 },
    informationOnSalePageBelow: { type: 'number', minimum: 0, maximum: 1 },
    claimFrom: { type: 'number', minimum: 0, maximum: 1 },
    claimOnUnknownPageFrom: { type: 'number', minimum: 0, maximum: 1 },
    bias: { type: 'number' },
    weights: { type: 'object', minProperties: 1, additionalProperties: { type: 'number' } },
  },
};

export const MODEL_FILE = 'models/claim-register.json';

const slot = modelSlot<RegisterModel>(MODEL_FILE, schema);

/**
 * Runs `fn` with another model in place of the committed one: for measuring the register on text
 * it was not trained on (`npm run eval -- --cross-validate`). Not for linting.
 */
export function withRegisterModel<T>(other: RegisterModel, fn: () => T): T {
  return slot.swap(other, fn);
}

export function registerModel(): LoadedModel<RegisterModel> {
  return slot.current();
}

/**
 * From what score a sentence on a page of this kind reads as a seller's claim; never on an
 * informational page, where a seller's words are quoted, not used.
 */
export function claimThreshold(kind: PageContext['kind'], { claimFrom, claimOnUnknownPageFrom }: RegisterModel = registerModel()): number {
  return kind === 'commerce' ? claimFrom : kind === 'unknown' ? claimOnUnknownPageFrom : Infinity;
}

/**
 * From what score the grammar's possible claim is kept: lower on a sales page, where whatever the
 * grammar is unsure of is more likely the seller's.
 */
export function possibleClaimFrom(kind: PageContext['kind'], { informationBelow, informationOnSalePageBelow }: RegisterModel = registerModel()): number {
  return kind === 'commerce' ? informationOnSalePageBelow : informationBelow;
}

/**
 * Words too common to explain anything to a reader, though the model weighs them: the message
 * shows the words that carry a register ("now", "!", "our"), not "and".
 */
const FUNCTION_WORDS = new Set(
  ['a', 'an', 'the', 'and', 'or', 'of', 'in', 'to', 'for', 'with', 'on', 'at', 'by', 'from', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'that', 'this', 'these', 'those', 'as', 'have', 'has', 'each', 'all', 'their', 'there', 'than', 'so', 'which', 'who', 'into', 'about', 'also', 'such', 'other', 'some', 'any', 'but', 'can', 'will', 'may', 'do'],
);
/**
 * A word, or a pair of words neither of which is a function word: "tea for", "to each" and "address
 * the" tell a reader less than the word they hold, which is shown on its own if it weighs.
 */
const shown = (feature: string): boolean =>
  !feature.startsWith('~') &&
  !feature.includes(DISEASE_TOKEN) &&
  // A letter alone ("h" of "H. pylori") is part of a name, and "-related" part of a word; "!" and
  // "?" speak.
  !feature.split(' ').some((w) => FUNCTION_WORDS.has(w) || /^(?:[a-z0-9]|-.*)$/.test(w));

/** Scores one sentence, given what the grammar made of it (register-reading.ts). */
export function registerOf(
  text: string,
  reading: readonly string[],
  { bias, table }: { bias: number; table: ReadonlyMap<string, number> } = registerModel(),
): Register {
  let z = bias;
  const pushes: [string, number][] = [];
  for (const feature of registerFeatures(text, reading)) {
    const weight = table.get(feature);
    if (weight === undefined) continue;
    z += weight;
    if (weight > 0 && shown(feature)) pushes.push([feature, weight]);
  }
  pushes.sort((a, b) => b[1] - a[1]);
  // "fight" and "you fight", "cell treatment" and "treatment": a word shown once is enough.
  const words: string[] = [];
  const used = new Set<string>();
  for (const [feature] of pushes) {
    if (words.length === 3) break;
    const parts = feature.split(' ');
    if (parts.some((w) => used.has(w))) continue;
    words.push(feature);
    for (const w of parts) used.add(w);
  }
  return { claimLikeness: 1 / (1 + Math.exp(-z)), claimWords: words };
}
