/**
 * The NLP pass: runs once per document and is shared by every rule. A cheap lexicon screen
 * picks the sentences that can hold a claim; only those are read by compromise.
 */
import { timed, type Timing } from '../engine/timing.js';
import type { ClaimFrame, Document, PageContext, Register, Sentence, Target, TextRange } from '../types.js';
import { type Agent, agentOf, classifyPhrase, leadSubject, medicineNounAfter, passiveAgentOf } from './agent.js';
import { antecedentOf } from './antecedent.js';
import { parseSentence, type ParsedSentence } from './sentence-parse.js';
import { diseasesIn, findEffects } from './effects.js';
import { pageTopics, signsIn, type PageTopic } from './page-topic.js';
import { findAnsweredQuestion, findImpliedBenefit } from './implied.js';
import { endsAsQuestion, framingOf } from './framing.js';
import { isFragment } from './fragment.js';
import { lexicon } from './lexicon.js';
import { normalizeForMatching } from './normalize.js';
import { findCopiedBlocks, type CopiedBlock, type ReferencePage } from './copied.js';
import { findDisclaimers, type Disclaimer } from './disclaimer.js';
import { pageContext, sellerSentencePatterns } from './page-context.js';
import { findMentions, type Mentions } from './phrase-lists.js';
import { endsWithProductNoun } from './product-names.js';
import { claimThreshold, registerOf } from './register.js';
import { readingFeatures } from './register-reading.js';
import { isStructureFunctionStatement } from './structure-function.js';

export interface AnalyzedDocument {
  document: Document;
  page: PageContext;
  frames: ClaimFrame[];
  /** How many sentences passed the screen and were parsed, for --timing and the benchmark. */
  screened: number;
  /** The supplement disclaimers on the page, exact or not. */
  disclaimers: Disclaimer[];
  /** Structure/function statements ("supports healthy immune function"). */
  structureFunction: Sentence[];
  /** Compliance phrase-list hits, by list. */
  mentions: Mentions;
  /** Blocks of authoritative text copied onto a sales page. */
  copied: CopiedBlock[];
  /** The diseases a sales page is about, whose signs its sentences are read as naming. */
  topics: PageTopic[];
  /** How a sentence reads, claim or information (register.ts), scored on first asking. */
  registerFor: (sentence: Sentence) => Register;
}

export interface AnalyzeOptions {
  /** Pages whose text, copied onto a sales page, is someone else's (--reference). */
  references?: ReferencePage[];
  /** What the page is, when the caller knows better than the signals (a repository of product copy). */
  pageKind?: PageContext['kind'];
}

/**
 * How much of a sentence compromise reads around an effect. A "sentence" far longer than any
 * real one is a list or run-on text (a page with no full stops); reading all of it for every
 * effect in it would cost time quadratic in its length.
 */
const LONG_SENTENCE = 600;
/** Windows start on a grid, so that the effects near each other share one reading. */
const WINDOW_STEP = 300;
const WINDOW_LENGTH = 750;

export function readingWindow(text: string, range?: TextRange): { start: number; end: number } {
  if (text.length <= LONG_SENTENCE) return { start: 0, end: text.length };
  const base = range ? Math.floor(range.start / WINDOW_STEP) * WINDOW_STEP : 0;
  const from = Math.max(0, base - WINDOW_STEP);
  const to = Math.min(text.length, Math.max(from + WINDOW_LENGTH, (range?.end ?? 0) + WINDOW_STEP / 2));
  // Whole words only: start after a space, end before one (keeping the effect inside).
  const start = from === 0 ? 0 : text.indexOf(' ', from) + 1 || from;
  const space = text.lastIndexOf(' ', to);
  const end = to === text.length || space <= (range?.end ?? 0) ? to : space;
  return { start: Math.min(start, range?.start ?? start), end };
}

const shift = (range: TextRange, by: number): TextRange => ({ ...range, start: range.start + by, end: range.end + by });

/**
 * A list item (a fragment: fragment.ts isFragment) after "…, treatment can sometimes:" takes its
 * subject from that lead-in, found within this many sentences before it.
 */
const LEAD_IN_LOOKBACK = 10;

/**
 * A heading or menu item ("Pancreatic Cancer", "Treatment for metastatic cancer"): few words and
 * no full stop. Pages are full of them, informational ones as much as sales ones, and their
 * words say nothing of who is speaking.
 */
const HEADING_MAX_WORDS = 7;

/** A lead-in ends with a colon, perhaps with a quotation's ellipsis after it ("such as: …"). */
const LEAD_IN_END = /:\s*(?:…|\.\s?\.\s?\.)?\s*$/;

function leadInFor(sentences: Sentence[], index: number): Sentence | undefined {
  for (let i = index - 1; i >= Math.max(0, index - LEAD_IN_LOOKBACK); i--) {
    const candidate = sentences[i]!;
    if (LEAD_IN_END.test(candidate.text)) return candidate;
    if (!isFragment(candidate.text)) return undefined;
  }
  return undefined;
}

/** `timing` (optional, for --timing) charges page context and compromise to their own stages. */
export function analyzeDocument(document: Document, timing?: Timing, options: AnalyzeOptions = {}): AnalyzedDocument {
  const lex = lexicon();
  const detected = timed(timing, 'page', () => pageContext(document));
  const page: PageContext = options.pageKind ? { ...detected, kind: options.pageKind, readFrom: 'option' } : detected;
  const frames: ClaimFrame[] = [];
  const parsedCache = new Map<string, ParsedSentence>();
  /** compromise's reading of a sentence, or of the window of a long one around `range`. */
  const parsed = (s: Sentence, range?: TextRange): { sentence: ParsedSentence; offset: number } => {
    const { start, end } = readingWindow(s.text, range);
    const key = `${s.index}:${start}`;
    let p = parsedCache.get(key);
    if (!p) parsedCache.set(key, (p = timed(timing, 'nlp', () => parseSentence(s.text.slice(start, end)))));
    return { sentence: p, offset: start };
  };

  // "Ginkgo biloba provides … It may also offer some benefit for men with erectile dysfunction":
  // a pronoun stands for what a sentence just before `at` named.
  const resolvePronoun = (agent: Agent, at: Sentence): Agent =>
    agent.kind === 'pronoun' ? (antecedentOf(document.sentences, at.index, (s) => parsed(s).sentence, page) ?? agent) : agent;
  const reader: Reader = { parsed, page, timing, resolvePronoun };

  const sellerVoice = sellerSentencePatterns();
  let screened = 0;
  const passed: Sentence[] = [];
  const passesScreen = document.sentences.map((sentence) => lex.screen.test(normalizeForMatching(sentence.text)));
  // The diseases a screened sentence names (a sentence that names one passes the screen), read
  // once for the page's topic and for its signs.
  const named = new Map<number, Target[]>();
  const diseasesNamed = (sentence: Sentence): Target[] => {
    if (!passesScreen[sentence.index]) return [];
    let found = named.get(sentence.index);
    if (!found) named.set(sentence.index, (found = diseasesIn(sentence.text)));
    return found;
  };
  const topics = timed(timing, 'page', () => (page.kind === 'commerce' ? pageTopics(document.sentences, diseasesNamed) : []));
  for (const sentence of document.sentences) {
    // On a sales page about a disease, a sentence that names none may name its signs; on other
    // pages a sign is what structure/function statements speak of.
    const signs = topics.length > 0 && diseasesNamed(sentence).length === 0 ? signsIn(sentence.text, topics) : [];
    if (!passesScreen[sentence.index] && signs.length === 0) continue;
    passed.push(sentence);
    const effects = findEffects(sentence.text, signs);
    if (effects.length === 0) {
      // "Our tea helps with:" and a list of diseases, one item a sentence.
      const frame =
        listItemFrame(document.sentences, sentence.index, reader) ?? impliedFrame(sentence, reader) ?? answeredQuestionFrame(document.sentences, sentence.index, reader);
      if (frame) {
        screened++;
        frames.push(frame);
      }
      continue;
    }
    screened++;
    const verbFrames: ClaimFrame[] = [];
    for (const effect of effects) {
      const reading = parsed(sentence, effect.range);
      const inWindow = shift(effect.range, -reading.offset);
      const found = timed(timing, 'nlp', () =>
        effect.verbRange
          ? passiveAgentOf(reading.sentence, shift(effect.verbRange, -reading.offset), page)
          : agentOf(reading.sentence, inWindow, effect.isVerb, page),
      );
      let { agent } = found;
      // "Tumor shrinking": the disease a label's phrase opens with is what it acts on; the phrase
      // has no subject of its own.
      if (agent.kind === 'disease' && lex.diseaseFirst.has(effect.effectId)) agent = { kind: 'unknown' };
      // "Depression Treatment & Help – Depression Relief from £295.00": a treatment offered in the
      // seller's own voice (a price, an order, a consultation to book) is what the seller sells.
      if (agent.kind === 'treatment' && sellerVoice.some((re) => re.test(sentence.text))) agent = { kind: 'seller', text: agent.text };
      // A drug-class word on a medicine noun names medicines, whatever the sentence says of them.
      if (effect.category === 'drug-class' && medicineNounAfter(sentence.text, effect.range.end)) agent = { kind: 'treatment', text: effect.range.text };
      // "… kills cancer cells while leaving normal tissue unharmed": a phrase after an effect verb
      // says more about that claim, and has its agent.
      const claimBefore = verbFrames.find((f) => f.effect.end <= effect.range.start);
      if (!effect.isVerb && claimBefore) agent = claimBefore.agent;
      agent = resolvePronoun(agent, sentence);
      const { instrument, passive } = found;
      if (agent.kind === 'imperative' && !instrument && isFragment(sentence.text)) {
        const leadIn = leadInFor(document.sentences, sentence.index);
        const subject = leadIn && leadSubject(parsed(leadIn).sentence);
        const kind = subject && classifyPhrase(subject, page);
        if (kind) agent = { kind, text: subject };
      }
      const frame: ClaimFrame = {
        sentence,
        category: effect.category,
        effectId: effect.effectId,
        effect: effect.range,
        target: effect.target,
        agent,
        // A passive's negation stands between the disease and the verb: "diseases that cannot be
        // completely cured".
        framing: timed(timing, 'nlp', () => framingOf(reading.sentence.text, effect.verbRange ? shift(effect.verbRange, -reading.offset) : inWindow)),
        instrument,
        passive,
      };
      if (effect.isVerb) verbFrames.push(frame);
      frames.push(frame);
    }
  }
  frames.push(...productNameFrames(document, page));

  // How each sentence with a frame reads (claim or information), scored once a sentence from its
  // words and what the grammar made of it.
  const framesOf = new Map<number, ClaimFrame[]>();
  for (const frame of frames) framesOf.set(frame.sentence.index, [...(framesOf.get(frame.sentence.index) ?? []), frame]);
  const registers = new Map<number, Register>();
  const registerFor = (sentence: Sentence): Register => {
    let register = registers.get(sentence.index);
    if (!register) {
      const reading = readingFeatures(framesOf.get(sentence.index) ?? [], page);
      registers.set(sentence.index, (register = timed(timing, 'register', () => registerOf(sentence.text, reading))));
    }
    return register;
  };
  for (const frame of frames) frame.register = registerFor(frame.sentence);
  // A sentence the grammar read, whatever it made of it, is the grammar's.
  const read = new Set(frames.map((f) => f.sentence.index));
  if (page.kind !== 'informational') frames.push(...claimLikeFrames(passed.filter((s) => !read.has(s.index) && !isFragment(s.text, HEADING_MAX_WORDS)), page, registerFor));

  // Sentences copied from an authority are its words, not the seller's claims.
  const copied = findCopiedBlocks(document.sentences, page, frames, sellerSentencePatterns(), options.references);
  for (const frame of frames) {
    const block = copied.find((b) => b.first.index <= frame.sentence.index && frame.sentence.index <= b.last.index);
    if (block) frame.copiedFrom = block.source.publisher;
  }
  return {
    document,
    page,
    frames,
    screened,
    disclaimers: findDisclaimers(document),
    structureFunction: document.sentences.filter(isStructureFunctionStatement),
    mentions: findMentions(document.sentences),
    copied,
    topics,
    registerFor,
  };
}

/** What the helpers below read a sentence with: the document's shared readings and its page. */
interface Reader {
  /** compromise's reading of a sentence, or of the window of a long one around `range`. */
  parsed: (s: Sentence, range?: TextRange) => { sentence: ParsedSentence; offset: number };
  page: PageContext;
  timing?: Timing;
  /** The agent a pronoun subject stands for, from the sentences before `at`. */
  resolvePronoun: (agent: Agent, at: Sentence) => Agent;
}

/**
 * A list item that names a disease, after a lead-in whose effect it completes ("Helps relieve:" …
 * "Arthritis"): the effect is read across the two, its agent and framing in the lead-in, and the
 * finding is placed on the item.
 */
function listItemFrame(sentences: Sentence[], index: number, { parsed, page, timing, resolvePronoun }: Reader): ClaimFrame | undefined {
  const item = sentences[index]!;
  if (!isFragment(item.text)) return undefined;
  const leadIn = leadInFor(sentences, index);
  if (!leadIn) return undefined;
  const leadText = leadIn.text.replace(/[\s….]+$/, '');
  const itemStart = leadText.length + 1;
  const effect = findEffects(`${leadText} ${item.text}`).find((e) => e.range.start < leadText.length && e.target && e.target.range.start >= itemStart);
  if (!effect) return undefined;
  const end = Math.min(effect.range.end, leadText.length);
  const inLeadIn = { start: effect.range.start, end, text: leadText.slice(effect.range.start, end) };
  const reading = parsed(leadIn, inLeadIn);
  const inWindow = shift(inLeadIn, -reading.offset);
  const { agent, instrument } = timed(timing, 'nlp', () => agentOf(reading.sentence, inWindow, effect.isVerb, page));
  const target = shift(effect.target!.range, -itemStart);
  return {
    sentence: item,
    category: effect.category,
    effectId: effect.effectId,
    effect: target,
    target: { ...effect.target!, range: target },
    agent: resolvePronoun(agent, leadIn),
    framing: timed(timing, 'nlp', () => framingOf(reading.sentence.text, inWindow)),
    instrument,
  };
}

/**
 * A disease named beside a promise of benefit, with no claim wording around it: its agent and
 * framing are read as for a claim phrase. Such words imply a claim only where something is sold
 * (verdict.ts), so they are looked for only there.
 */
function impliedFrame(sentence: Sentence, { parsed, page, timing, resolvePronoun }: Reader): ClaimFrame | undefined {
  const implied = page.kind === 'commerce' ? findImpliedBenefit(sentence.text) : undefined;
  if (!implied) return undefined;
  const reading = parsed(sentence, implied.cue);
  const cue = shift(implied.cue, -reading.offset);
  const { agent, instrument } = timed(timing, 'nlp', () => agentOf(reading.sentence, cue, false, page));
  // Negation, hedges and reporting are read before whichever of the two words comes first.
  const first = implied.target.range.start < implied.cue.start ? shift(implied.target.range, -reading.offset) : cue;
  return {
    sentence,
    category: 'implied-disease',
    effectId: 'benefit-beside-disease',
    effect: implied.cue,
    target: implied.target,
    agent: resolvePronoun(agent, sentence),
    framing: timed(timing, 'nlp', () => framingOf(reading.sentence.text, first)),
    instrument,
  };
}

/**
 * A question naming a disease, answered at once with a promise of benefit (implied.ts): the frame
 * is the answer's, whose subject is the agent ("Magnetic Therapy Can Help …"), about the question's
 * disease. Only where something is sold, as for any implied claim.
 */
function answeredQuestionFrame(sentences: Sentence[], index: number, { parsed, page, timing, resolvePronoun }: Reader): ClaimFrame | undefined {
  const question = sentences[index]!;
  const answer = sentences[index + 1];
  if (page.kind !== 'commerce' || !answer) return undefined;
  const implied = findAnsweredQuestion(question.text, answer.text);
  if (!implied) return undefined;
  const reading = parsed(answer, implied.cue);
  const cue = shift(implied.cue, -reading.offset);
  const { agent, instrument } = timed(timing, 'nlp', () => agentOf(reading.sentence, cue, false, page));
  return {
    sentence: answer,
    category: 'implied-disease',
    effectId: 'question-answered',
    effect: implied.cue,
    target: implied.target,
    agent: resolvePronoun(agent, answer),
    framing: timed(timing, 'nlp', () => framingOf(reading.sentence.text, cue)),
    instrument,
  };
}

/**
 * Claims in words no grammar rule knows: on a sales page, a sentence that names a disease, that
 * no frame reads, and that reads like a seller's claim (src/claims/register.ts). Reported by
 * rules/no-claim-like-disease-mention.ts.
 */
function claimLikeFrames(sentences: Sentence[], page: PageContext, registerFor: (s: Sentence) => Register): ClaimFrame[] {
  const threshold = claimThreshold(page.kind);
  const frames: ClaimFrame[] = [];
  for (const sentence of sentences) {
    // A question asserts nothing, here as in the grammar (framing.ts).
    if (endsAsQuestion(sentence.text)) continue;
    const [disease] = diseasesIn(sentence.text);
    if (!disease) continue;
    const register = registerFor(sentence);
    if (register.claimLikeness < threshold) continue;
    frames.push({
      sentence,
      category: 'claim-like',
      effectId: 'claim-like-register',
      effect: disease.range,
      target: disease,
      agent: { kind: 'unknown' },
      framing: [],
      register,
    });
  }
  return frames;
}

/** 21 CFR 101.93(g)(2)(iv)(A): a disease word in a product's name, at its first mention. */
function productNameFrames(document: Document, page: PageContext): ClaimFrame[] {
  const { diseaseWordInName } = lexicon();
  const frames: ClaimFrame[] = [];
  for (const name of page.productNames) {
    if (!diseaseWordInName.test(name)) continue;
    // Coined and marked names (CancerCare®) on an informational page are its publishers' programs.
    if (page.kind === 'informational' && !endsWithProductNoun(name)) continue;
    const sentence = document.sentences.find((s) => s.text.includes(name));
    if (!sentence) continue;
    const start = sentence.text.indexOf(name);
    const range = { start, end: start + name.length, text: name };
    frames.push({
      sentence,
      category: 'product-name',
      effectId: 'disease-in-name',
      effect: range,
      agent: { kind: 'product', text: name },
      framing: [],
    });
  }
  return frames;
}
