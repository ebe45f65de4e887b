/**
 * Implied disease claims: a disease named beside a promise of benefit in one clause ("a real
 * solution for the millions who suffer from genital herpes"). The words come from
 * rules/lexicons/implied.yml; whether such a sentence is a possible claim is the verdict's to
 * decide (only on a sales page, src/claims/verdict.ts).
 */
import { loadDataFile, phraseList } from '../knowledge/data-file.js';
import type { Target, TextRange } from '../types.js';
import { diseasesIn } from './effects.js';
import { lexicon, normalizeForMatching } from './lexicon.js';

interface ImpliedFile {
  window: number;
  cues: string[];
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['window', 'cues'],
  properties: { window: { type: 'integer', minimum: 1, maximum: 20 }, cues: phraseList },
};

interface CompiledImplied {
  window: number;
  cue: RegExp;
}

let compiled: CompiledImplied | undefined;

function implied(): CompiledImplied {
  if (compiled) return compiled;
  const file = loadDataFile<ImpliedFile>('lexicons/implied.yml', schema);
  const words = [...new Set(file.cues.map((c) => c.toLowerCase().trim()))].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  compiled = { window: file.window, cue: new RegExp(`(?<![a-z0-9'-])(?:${words.join('|')})(?![a-z0-9'-])`, 'g') };
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

/** The benefit word nearest a disease in the same clause, if any stands within the window. */
export function findImpliedBenefit(text: string): ImpliedBenefit | undefined {
  const normalized = normalizeForMatching(text);
  // "Help with diabetes care": a disease that only names which treatment or service is meant is
  // not what the benefit is for.
  const { diseaseAsModifier } = lexicon();
  const nextWord = (at: number): string => /^[^a-z0-9'-]*([a-z0-9'-]*)/.exec(normalized.slice(at))![1]!;
  const targets = diseasesIn(text, normalized).filter((t) => !diseaseAsModifier.test(nextWord(t.range.end)));
  if (targets.length === 0) return undefined;
  const { window, cue } = implied();
  let best: (ImpliedBenefit & { words: number }) | undefined;
  for (const m of normalized.matchAll(cue)) {
    const start = m.index!;
    const end = start + m[0].length;
    // A word inside a disease's own name ("treatment-resistant depression" aside) is no promise.
    if (targets.some((t) => t.range.start <= start && end <= t.range.end)) continue;
    if (!STANDS_ALONE_OR_POINTS.test(normalized.slice(end, end + 40))) continue;
    for (const target of targets) {
      const between = target.range.start >= end ? normalized.slice(end, target.range.start) : normalized.slice(target.range.end, start);
      // "effective, proven treatments for diabetes": the benefit is the treatment's.
      if (CLAUSE_BREAK.test(between) || diseaseAsModifier.test(between)) continue;
      const words = between.split(/[^a-z0-9'-]+/).filter(Boolean).length;
      if (words > window || (best && words >= best.words)) continue;
      best = { cue: { start, end, text: text.slice(start, end) }, target, words };
    }
  }
  return best && { cue: best.cue, target: best.target };
}
