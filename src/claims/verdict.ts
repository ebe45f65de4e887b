/**
 * The line the linter draws: is a claim frame the seller's own claim, possibly one, or not a
 * claim at all? Informational statements must never be reported as errors or warnings.
 */
import type { ClaimFrame, PageContext, Verdict } from '../types.js';
import { OFFERED } from './agent.js';
import { lexicon } from './lexicon.js';
import { claimThreshold, possibleClaimFrom } from './register.js';

/** Framings under which nobody is asserting the effect. */
const NOT_ASSERTED = ['negated', 'question'] as const;
/** Framings that set a statement in research, reporting or warning: someone else's words. */
const SOMEONE_ELSES = ['research', 'reported', 'warning'] as const;
/** Framings that report or warn about a claim, as regulators and journalists do. */
const REPORTING = ['reported', 'warning'] as const;

/** Agents whose efficacy statements are information: treatments, research, clinicians, the body. */
const ESTABLISHED: string[] = ['treatment', 'research', 'clinician', 'body'];

const INHERENTLY_PROMOTIONAL: string[] = ['drug-class', 'substitute-therapy', 'augment-therapy', 'testimonial'];

/** "Over 30% of cancer", "Most skin cancers", "many diseases": a share of all cases, not a case. */
const SHARE_OF_CASES = /(?:\d+\s*(?:%|percent\b|per cent\b)|\b(?:most|many|some|half|third|quarter|majority|minority|few|several|all)\b)(?:\s+of)?(?:\s+(?:the|these|those|all))?(?:\s+[\w-]+){0,2}\s*$/i;

function quantified(frame: ClaimFrame): boolean {
  const start = frame.target?.range.start ?? frame.effect.start;
  return SHARE_OF_CASES.test(frame.sentence.text.slice(Math.max(0, start - 60), start));
}

/**
 * "Can CBD help treat or even cure cancer?", "Does CBD help with tumours and cancer?": on a sales
 * page, a headline that asks whether what is sold acts on a disease conveys that it does (the FTC
 * judges an ad by its net impression, and the answer is the page). Only a possible claim: a
 * seller's page may also ask in order to answer no. Elsewhere a question is a topic.
 */
function askedOfWhatIsSold(frame: ClaimFrame, page: PageContext): boolean {
  const framing = frame.framing;
  return (
    page.kind === 'commerce' &&
    framing.includes('question') &&
    framing.every((f) => f === 'question') &&
    OFFERED.includes(frame.agent.kind) &&
    !frame.copiedFrom
  );
}

/** A heading that offers a therapy for a disease, on a page that does not sell: a topic. */
function isHeadingTopic(frame: ClaimFrame, page: PageContext): boolean {
  return lexicon().headingOnly.has(frame.effectId) && page.kind !== 'commerce';
}

/**
 * The grammar's verdict, with the claim register's second opinion on what the grammar is unsure
 * of (src/claims/register.ts): a possible claim in a sentence that reads as information is not
 * reported, and a frame the grammar reads as no claim is a possible one when the sentence reads
 * like a seller's claim on this page. A sure claim stays one whatever its register: the grammar
 * found who claims what.
 */
export function verdictFor(frame: ClaimFrame, page: PageContext): Verdict {
  const verdict = grammarVerdict(frame, page);
  if (!frame.register || verdict === 'claim') return verdict;
  if (verdict === 'possible-claim') return frame.register.claimLikeness >= possibleClaimFrom(page.kind) ? verdict : 'not-a-claim';
  return readsAsSellersClaim(frame, frame.register.claimLikeness, page) ? 'possible-claim' : verdict;
}

/**
 * The grammar found no claim, but the sentence, its words and the grammar's reading of it taken
 * together, reads like a seller's claim on this page ("How will you fight off corona? Use …" on a
 * page that sells). Never text copied from an authority: those are its words. Never a heading that
 * offers a therapy on a page that does not sell ("Multiple Sclerosis Treatment"): a topic there,
 * however much its words read like a seller's.
 */
function readsAsSellersClaim(frame: ClaimFrame, claimLikeness: number, page: PageContext): boolean {
  return !frame.copiedFrom && !isHeadingTopic(frame, page) && claimLikeness >= claimThreshold(page.kind);
}

/** The grammar's verdict alone, before the register's second opinion: for tests and explanations. */
export function grammarVerdict(frame: ClaimFrame, page: PageContext): Verdict {
  const has = (f: string): boolean => frame.framing.includes(f as never);
  if (askedOfWhatIsSold(frame, page)) return 'possible-claim';
  if (NOT_ASSERTED.some(has)) return 'not-a-claim';
  // Copied from an authority's page: its words, reported once as copied text, not as claims.
  if (frame.copiedFrom) return 'not-a-claim';
  const selling = page.kind === 'commerce';
  const informing = page.kind === 'informational';
  const framedAsOthers = SOMEONE_ELSES.some(has);
  // "Ozone Therapy For Lyme Disease" heads a page that offers the therapy only where one sells;
  // elsewhere it heads a topic ("Alternative Therapies for Psoriasis").
  if (isHeadingTopic(frame, page)) return 'not-a-claim';
  // A sentence that names a disease and reads like a claim, in words no grammar rule knows (the
  // frame is made only for such sentences, and only on a sales page): never more than possible.
  if (frame.category === 'claim-like') return 'possible-claim';
  // A disease beside a promise of benefit implies a claim only where a product is sold, and only
  // the seller's: never a treatment's, research's, a clinician's or the body's.
  if (frame.category === 'implied-disease') {
    return selling && !framedAsOthers && !ESTABLISHED.includes(frame.agent.kind) ? 'possible-claim' : 'not-a-claim';
  }
  // "Intravenous Nutrient Treatments, a proven alternative to chemo": patient education does not
  // speak so of any treatment, so whatever is named is what is sold.
  if (lexicon().promotional.has(frame.effectId) && !framedAsOthers && ESTABLISHED.includes(frame.agent.kind)) {
    return informing ? 'not-a-claim' : 'possible-claim';
  }

  switch (frame.agent.kind) {
    case 'product':
    case 'testimonial':
      // "Studies show MyTea kills cancer cells" is still the seller's claim. Reporting what a
      // seller claimed ("Ebola-C claims on its website that the product … protects against the
      // virus", "advertised that the supplement Joint Ease could … relieve the pain from
      // arthritis") is how regulators and journalists write, not sellers: a report anywhere but
      // on a sales page.
      if (REPORTING.some(has) && !selling) return 'not-a-claim';
      // A person's own story on an informational page is a patient's, told to inform ("My mother
      // battled cancer for three years"): a seller's testimonial stands on a page that sells.
      if (frame.agent.kind === 'testimonial' && informing) return 'not-a-claim';
      return 'claim';
    case 'seller':
      // On an informational page "we" is the publisher informing ("Together we are beating
      // cancer", a cancer charity's line), not a seller.
      if (framedAsOthers || informing) return 'not-a-claim';
      return selling ? 'claim' : 'possible-claim';
    case 'imperative':
      if (framedAsOthers) return 'not-a-claim';
      if (frame.instrument || selling) return 'claim';
      return informing ? 'not-a-claim' : 'possible-claim';
    case 'substance':
      if (framedAsOthers) return 'not-a-claim';
      if (selling) return 'claim';
      // "may inhibit tumors" from a seller is still a claim (FTC: hedges do not qualify it).
      return informing ? 'not-a-claim' : 'possible-claim';
    case 'pronoun':
    case 'unknown':
      if (framedAsOthers || has('conditional')) return 'not-a-claim';
      // "Diabetes can now be reversed!" names no agent: on a sales page, what it is done with is
      // what is sold; elsewhere it is the way information speaks of treatment. A purpose ("it is
      // used to treat cancer") and a share of all cases ("30% of cancers can be prevented") are
      // how information speaks anywhere.
      // A product-name claim names no agent by its nature; drug-class words, therapy
      // substitutes and remission stories are the language of selling, not of informing, in a
      // passive sentence too ("Used in cancer treatmet because it contains anti-cancer
      // polysaccharide PSK").
      if (frame.category === 'product-name') return 'claim';
      if (INHERENTLY_PROMOTIONAL.includes(frame.category)) return informing ? 'not-a-claim' : 'possible-claim';
      if (frame.passive) return selling && lexicon().passiveEffects.has(frame.effectId) && !quantified(frame) ? 'possible-claim' : 'not-a-claim';
      // An unattributed efficacy statement: on a sales page or in a draft with no page around it,
      // it may well be about the product; on an informational page it is information.
      return informing ? 'not-a-claim' : 'possible-claim';
    case 'body':
      // "Your immune system is your best weapon against … cancer": on a sales page, the buyer's own
      // body fighting a disease is the product's role in the body's response to it, 21 CFR
      // 101.93(g)(2)(viii). Patient education speaks so too, so it is a claim only where one sells.
      if (framedAsOthers || !selling || !/\byour\b/i.test(frame.agent.text ?? '')) return 'not-a-claim';
      return 'possible-claim';
    case 'disease':
      // "Skin cancers disappear", "my tumor shrank": in an outcome story the disease is the
      // subject by nature, and the story is the claim.
      if (frame.category !== 'testimonial' || framedAsOthers || frame.passive) return 'not-a-claim';
      return informing ? 'not-a-claim' : 'possible-claim';
    default:
      // Established treatments, researchers, clinicians, the body, the disease itself.
      return 'not-a-claim';
  }
}
