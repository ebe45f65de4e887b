/**
 * The shared mechanism behind the claim rules: a rule names the claim category it polices and
 * how to describe it; this turns the document's claim frames of that category into findings,
 * with the verdict (claim, possible claim, not a claim) deciding the severity.
 */
import { opensWithPreposition } from '../claims/agent.js';
import { inProseCase } from '../claims/prose-case.js';
import { pluralVerbs, takesPluralVerb, tidyPhrase } from '../claims/agent-name.js';
import { grammarVerdict, verdictFor } from '../claims/verdict.js';
import { evidenceFor, type DiseaseScope } from '../knowledge/authorities.js';
import { citations, finding } from './finding.js';
import type { ClaimFrame } from '../types.js';
import type { Finding, Rule, RuleExample, RuleMeta } from './types.js';

export interface ClaimRuleDefinition {
  meta: RuleMeta;
  /** What the claim says, completing "… says that <agent> …": "stops the spread of cancer". */
  says: (frame: ClaimFrame) => string;
  examples: { incorrect: RuleExample[]; correct: RuleExample[] };
  /**
   * What the claim says when the sentence names nobody, completing "this …", for a claim the
   * sentence only implies: "this suggests an effect on arthritis", not "this says that something …".
   */
  unnamed?: (frame: ClaimFrame) => string;
  /** The whole message, for a rule whose finding is not "… says that <agent> …". */
  message?: (frame: ClaimFrame) => string;
}

const POINTING = /^(?:it|this|that|they|these|those)$/i;

/** The sentence names nobody the grammar could find: a message says so, rather than "the text". */
const NOBODY = { name: 'something', plural: false };

/** How a message names whoever makes the claim, and whether its verb is plural. */
export function describeAgent(frame: ClaimFrame): { name: string; plural: boolean } {
  const { kind, text } = frame.agent;
  const quoted = (phrase: string): { name: string; plural: boolean } => ({ name: `“${phrase}”`, plural: takesPluralVerb(phrase) });
  switch (kind) {
    case 'product': {
      // "According to …, it": a pronoun adds nothing to "the product".
      const name = text ? tidyPhrase(text) : '';
      return { name: name && !POINTING.test(name) ? `the product (${name})` : 'the product', plural: false };
    }
    case 'imperative':
      return { name: frame.instrument ? `the product (${frame.instrument})` : 'the product being sold', plural: false };
    case 'seller':
      return { name: 'the seller', plural: false };
    case 'testimonial':
      // A story told in the first person: a customer's, or the practitioner's own ("How I treat …").
      return { name: 'the writer (“I”)', plural: false };
    case 'substance': {
      const name = text ? tidyPhrase(text) : '';
      return name ? { name, plural: takesPluralVerb(name) } : { name: 'the product', plural: false };
    }
    default: {
      // The sentence names nobody that the grammar could find: say so, rather than "the text".
      const name = text && !opensWithPreposition(text) ? tidyPhrase(text) : '';
      return name ? quoted(name) : NOBODY;
    }
  }
}

/** Words that name cancer inside a claim that names no target ("anticancer", "Breast Cancer Tea"). */
const CANCER_WORD = /canc|tumou?r|onco|chemo|carcino|neoplas|metasta|leuk|lymphom|melanom|sarcom|malignan/i;

/** Is the claim about cancer, or about some other disease? Its evidence depends on it. */
export function diseasesOf(frame: ClaimFrame): DiseaseScope {
  if (frame.target) return frame.target.kind === 'disease' ? 'any disease' : 'cancer';
  return CANCER_WORD.test(frame.effect.text) ? 'cancer' : 'any disease';
}

export function targetName(frame: ClaimFrame, fallback = 'a disease'): string {
  const target = frame.target;
  // A sign stands for the page's disease: the claim is about the disease (21 CFR 101.93(g)(2)(ii)).
  if (target?.signOf) return `${target.signOf} (by its sign “${target.range.text}”, on a page about ${target.signOf})`;
  return target ? inProseCase(target.range.text, frame.sentence.text) : fallback;
}

/** The words that made a sentence read as a claim (register.ts), for a message: ` (“now”, “!”)`. */
export function claimWords(frame: ClaimFrame): string {
  const words = frame.register?.claimWords ?? [];
  return words.length ? ` (${words.map((w) => `“${w}”`).join(', ')})` : '';
}

/** Why the grammar alone reads a frame as information, for the message of one the register reads as a claim. */
function wordedAs(frame: ClaimFrame): string {
  const has = (f: string): boolean => frame.framing.includes(f as never);
  if (has('negated')) return 'a denial';
  if (has('question')) return 'a question';
  if (has('research') || has('reported') || has('warning')) return 'a report of what others found or said';
  if (frame.passive) return 'a statement naming nobody as acting';
  return 'information';
}

export function claimRule(definition: ClaimRuleDefinition): Rule {
  const { meta } = definition;
  return {
    meta,
    examples: definition.examples,
    check(analysis) {
      const findings: Finding[] = [];
      const seen = new Set<number>();
      for (const frame of analysis.frames) {
        if (frame.category !== meta.category || seen.has(frame.sentence.index)) continue;
        const verdict = verdictFor(frame, analysis.page);
        if (verdict === 'not-a-claim') continue;
        seen.add(frame.sentence.index);
        const sure = verdict === 'claim' && !meta.possibleOnly;
        const agent = describeAgent(frame);
        const says = definition.says(frame);
        const claim =
          definition.unnamed && agent === NOBODY ? definition.unnamed(frame) : `says that ${agent.name} ${agent.plural ? pluralVerbs(says) : says}`;
        const message =
          definition.message?.(frame) ??
          (sure
            ? `Disease claim: this ${claim}. Only an approved drug may make that claim.`
            : grammarVerdict(frame, analysis.page) === 'not-a-claim'
              ? `Possible disease claim: this sentence reads like a seller’s claim that what is sold ${definition.says(frame)}${claimWords(frame)}, though it is worded as ${wordedAs(frame)}. If it describes what you sell, it is a disease claim; if it is information, say whose statement it is.`
              : `Possible disease claim: this ${claim}. If it describes what you sell, it is a disease claim; if it is information, say whose statement it is.`);
        const rescue = analysis.disclaimers.length
          ? ' The supplement disclaimer on this page does not make the claim lawful.'
          : '';
        findings.push({
          ...finding(meta, { message: message + rescue, sentence: frame.sentence, evidence: evidenceFor(meta.category, diseasesOf(frame)) }),
          severity: sure ? meta.severity : 'warning',
          possible: !sure,
          focus: frame.effect,
          ...(frame.register ? { claimLikeness: Math.round(frame.register.claimLikeness * 1000) / 1000 } : {}),
          ...(analysis.disclaimers.length ? { regulations: citations([...meta.regulations, 'cfr-101.93f']) } : {}),
        });
      }
      return findings;
    },
  };
}
