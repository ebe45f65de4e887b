/**
 * Framing: is the efficacy statement asserted by the speaker, or negated, asked, reported,
 * hedged, set in research or in a warning? Negation and hedging are read only in the stretch of
 * the clause before the effect, so "kills cancer cells, not healthy cells" stays a claim.
 */
import type { Framing, TextRange } from '../types.js';
import { lexicon } from './lexicon.js';
import { normalizeForMatching } from './normalize.js';

/** Where the clause that holds the effect begins, looking back at most a few words. */
// Dashes are left out: they more often set off a parenthesis than start a clause.
const CLAUSE_BREAK = /[;:()\[\]]|\b(?:but|although|though|however|whereas|while|because|so that)\b/g;
const LOOKBACK_WORDS = 26;

function clauseBefore(normalized: string, effectStart: number): string {
  // A short aside in parentheses ("approved by the U.S. Food and Drug Administration (FDA) to
  // treat") does not end the clause around it.
  const before = normalized.slice(0, effectStart).replace(/\([^()]{0,60}\)/g, (aside) => ' '.repeat(aside.length));
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index! + m[0].length;
  const words = before.slice(clauseStart).split(/\s+/);
  return words.slice(-LOOKBACK_WORDS - 1).join(' ');
}

/**
 * "Promoting" reports a seller's act ("charged with promoting …") except where it opens the
 * sentence: "[P]romoting anti-tumor activity" is a label's own verb, as "Supports" is. Where a
 * word reports is a matter of position, which a list of phrases (framing.yml) cannot say.
 */
const LABEL_VERB = /^\W*promoting\b/;
const withoutLabelVerb = (normalized: string): string => normalized.replace(LABEL_VERB, (m) => ' '.repeat(m.length));

/** A sentence that ends with a question mark, perhaps inside quotation marks or brackets. */
export const endsAsQuestion = (text: string): boolean => /\?["'”’)\]]*\s*$/.test(text);

export function framingOf(text: string, effect: TextRange): Framing[] {
  const { framing } = lexicon();
  const normalized = normalizeForMatching(text);
  const clause = clauseBefore(normalized, effect.start);
  const found: Framing[] = [];
  // A question, or a clause that asks one without its mark: "Whether vitamin D is associated with
  // reduced risks … remains unclear".
  if (endsAsQuestion(text) || /^\W*whether\b/.test(normalized)) found.push('question');
  if (isNegatedAt(text, effect.start)) found.push('negated');
  if (setInResearch(normalized)) found.push('research');
  if (framing.reported.test(withoutLabelVerb(normalized)) || inStatutoryFormula(normalized, effect.start)) found.push('reported');
  if (framing.warning.test(normalized)) found.push('warning');
  if (framing.conditional.test(clause) && /^(?:if|unless|whether)\b/.test(clause.trim())) found.push('conditional');
  if (framing.hedged.test(clause)) found.push('hedged');
  return found;
}

const STATUTE_VERB = '(?:diagnos|cur|mitigat|treat|prevent)(?:e|es|ed|ing|s|ion)?';
/**
 * The law's own words, two or more of its verbs with the generic "disease": "products intended to
 * cure, treat, mitigate, or prevent disease are drugs", "a breakthrough to treat, prevent, or cure
 * a disease". Regulators, health pages and disclaimers speak so; a seller names the disease.
 */
const STATUTORY_FORMULA = new RegExp(
  `\\b${STATUTE_VERB}(?:\\s*,\\s*(?:or\\s+|and\\s+)?${STATUTE_VERB}|\\s+(?:or|and)\\s+${STATUTE_VERB})+\\s+(?:any\\s+|a\\s+|all\\s+)?(?:diseases?|illness(?:es)?)\\b`,
  'g',
);

function inStatutoryFormula(normalized: string, at: number): boolean {
  for (const m of normalized.matchAll(STATUTORY_FORMULA)) {
    if (m.index! <= at && at < m.index! + m[0].length) return true;
  }
  return false;
}

/** "No double-blind clinical trials", "without clinical studies": research said to be missing. */
const RESEARCH_DENIED = /\b(?:no|without|lack of|absence of)(?:\s+[a-z-]+){0,2}\s+$/;
let researchAll: RegExp | undefined;

/**
 * Is the statement set in research? Not when the research is said to be missing: "… has proven
 * to be an immensely potent cancer killer …, but as of now, no double-blind clinical trials."
 */
function setInResearch(normalized: string): boolean {
  const { research } = lexicon().framing;
  researchAll ??= new RegExp(research.source, 'g');
  for (const m of normalized.matchAll(researchAll)) {
    if (!RESEARCH_DENIED.test(normalized.slice(Math.max(0, m.index! - 40), m.index!))) return true;
  }
  return false;
}

/**
 * "As good as, if not better than": a comparison, not a negation; nor is "not only … but also",
 * which adds.
 */
const IF_NOT_MORE = /\bif not (?=(?:more|better|even|greater|superior|stronger|faster)\b)|\bnot only\b/g;

/**
 * Is the phrase at `start` negated in its clause ("is not FDA approved")? Only what stands before
 * it counts: a negation inside the phrase is part of it ("no side effects").
 */
export function isNegatedAt(text: string, start: number): boolean {
  const clause = clauseBefore(normalizeForMatching(text), start).replace(IF_NOT_MORE, (m) => ' '.repeat(m.length));
  return lexicon().framing.negation.test(clause);
}
