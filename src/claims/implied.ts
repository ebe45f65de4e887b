/**
 * Implied disease claims: a disease named beside a promise of benefit in one clause ("a real
 * solution for the millions who suffer from genital herpes"). The words come from
 * rules/lexicons/implied.yml; whether such a sentence is a possible claim is the verdict's to
 * decide (only on a sales page, src/claims/verdict.ts).
 */
import { loadDataFile, phraseList } from '../knowledge/data-file.js';
import type { Target, TextRange } from '../types.js';
import { diseasesSpokenOf } from './effects.js';
import { endsAsQuestion } from './framing.js';
import { lexicon } from './lexicon.js';
import { normalizeForMatching } from './normalize.js';
import { alternation, wholeWord } from './patterns.js';

interface ImpliedFile {
  window: number;
  cues: string[];
  sellerWords: string[];
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['window', 'cues', 'sellerWords'],
  properties: { window: { type: 'integer', minimum: 1, maximum: 20 }, cues: phraseList, sellerWords: phraseList },
};

interface CompiledImplied {
  window: number;
  cue: RegExp;
  seller: RegExp;
}

let compiled: CompiledImplied | undefined;

function implied(): CompiledImplied {
  if (compiled) return compiled;
  const file = loadDataFile<ImpliedFile>('lexicons/implied.yml', schema);
  const anyOf = (phrases: string[]): RegExp => new RegExp(wholeWord(alternation(phrases)), 'g');
  compiled = { window: file.window, cue: anyOf(file.cues), seller: anyOf(file.sellerWords) };
  return compiled;
}

/**
 * Between the benefit word and the disease: no end of a clause ("helps digestion; people with
 * diabetes should …") and no word that opens a contrasting or causal one ("…, but people with
 * diabetes …"). Commas stay: diseases come in lists.
 */
const CLAUSE_BREAK = /[;!?]|\.(?:\s|$)|\b(?:but|although|though|however|whereas|because|unless|except)\b/;

/**
 * What may follow a benefit word, after an adverb perhaps ("recovered fully from"): nothing (the
 * end of its clause: "often find improvement.", "Autism focused,") or a preposition that points to
 * whom or what it is for ("a real solution for …", "relief from …", "beneficial in …", "relevance
 * to people with …"; "to" only before whom, since "help to" opens an infinitive). A benefit word that governs another verb ("help indicate
 * the presence of cancer", "help you cope with …") is that verb's, and says nothing of a benefit.
 */
const STANDS_ALONE_OR_POINTS =
  /^\s*(?:[a-z]+ly\s+)?(?:$|[,.;:!?)\]"”’…]|-\s|(?:for|from|with|in|against|among)(?![a-z0-9'-])|to\s+(?:the|a|an|your|their|his|her|those|people|patients|anyone|everyone|all|sufferers)(?![a-z0-9'-]))/;

export interface ImpliedBenefit {
  cue: TextRange;
  target: Target;
}

/**
 * The benefit word nearest a disease in the same clause, if any stands within the window; else
 * the seller or the product named in the clause of a disease ("People with depression are often
 * low in Omega 3's, which is why we made this fish oil product"): what a seller says of a disease
 * beside its product suggests an effect on it, 21 CFR 101.93(g)(2)(x).
 */
export function findImpliedBenefit(text: string): ImpliedBenefit | undefined {
  const normalized = normalizeForMatching(text);
  // "Help with diabetes care": a disease that only names which treatment or service is meant is
  // not what the benefit is for.
  const { diseaseAsModifier } = lexicon();
  const targets = diseasesSpokenOf(text, normalized);
  if (targets.length === 0) return undefined;
  const { window, cue, seller } = implied();
  const cues = [...normalized.matchAll(cue)].filter((m) => STANDS_ALONE_OR_POINTS.test(normalized.slice(m.index! + m[0].length, m.index! + m[0].length + 40)));
  const nearest = (found: { index: number; length: number }[], limit: number): ImpliedBenefit | undefined => {
    let best: (ImpliedBenefit & { words: number }) | undefined;
    for (const { index: start, length } of found) {
      const end = start + length;
      // A word inside a disease's own name is no promise.
      if (targets.some((t) => t.range.start <= start && end <= t.range.end)) continue;
      for (const target of targets) {
        const between = target.range.start >= end ? normalized.slice(end, target.range.start) : normalized.slice(target.range.end, start);
        // "effective, proven treatments for diabetes": the benefit is the treatment's.
        if (CLAUSE_BREAK.test(between) || diseaseAsModifier.test(between)) continue;
        const words = between.split(/[^a-z0-9'-]+/).filter(Boolean).length;
        if (words > limit || (best && words >= best.words)) continue;
        best = { cue: { start, end, text: text.slice(start, end) }, target, words };
      }
    }
    return best && { cue: best.cue, target: best.target };
  };
  const benefit = nearest(cues.map((m) => ({ index: m.index!, length: m[0].length })), window);
  if (benefit) return benefit;
  // The whole clause: a seller names its product where it likes. (Not the page's product names:
  // a drug's brand in parentheses, "donepezil (Aricept®)", is one too.)
  const sellers = [...normalized.matchAll(seller)].map((m) => ({ index: m.index!, length: m[0].length }));
  return nearest(sellers, Number.POSITIVE_INFINITY);
}

/** An answer longer than this is a paragraph of its own, not a headline's reply. */
const ANSWER_MAX_WORDS = 25;

/**
 * A question that names a disease, answered at once by a promise of benefit: "Suffering From
 * Arthritis Pain? Magnetic Therapy Can Help Manage Your Pain.", "do you have diabetes, high blood
 * pressure, arthritis, obesity, Alzheimer’s? Help has arrived". The ad's question names the
 * reader's disease and its answer offers the remedy: the net impression is a claim (FTC), though
 * neither sentence says it alone. The benefit word is the answer's; the disease the question's.
 */
export function findAnsweredQuestion(question: string, answer: string): ImpliedBenefit | undefined {
  if (!endsAsQuestion(question) || endsAsQuestion(answer)) return undefined;
  if (answer.split(/\s+/).filter(Boolean).length > ANSWER_MAX_WORDS) return undefined;
  const [target] = diseasesSpokenOf(question);
  if (!target) return undefined;
  const { cue } = implied();
  const m = [...normalizeForMatching(answer).matchAll(cue)][0];
  if (!m) return undefined;
  return { cue: { start: m.index!, end: m.index! + m[0].length, text: answer.slice(m.index!, m.index! + m[0].length) }, target };
}
