/**
 * The agent of an efficacy statement: who or what is said to cure, stop or kill. compromise
 * finds the verb phrase and its subject; the subject (or, for an order addressed to the reader,
 * the means named after "with") is classified with the reviewed agent lexicon and the product
 * names found on the page.
 */
import type { AgentKind, PageContext, TextRange } from '../types.js';
import { isOfferedTreatment, namesPractice } from './offered-treatment.js';
import { lexicon } from './lexicon.js';
import { normalizeForMatching, withoutEditorialMarks } from './normalize.js';
import { lexiconNamed, namedByLexicon, subjectName, withoutAttribution } from './agent-name.js';
import type { ParsedSentence } from './sentence-parse.js';

export interface Agent {
  kind: AgentKind;
  text?: string;
}

/** Prepositions that open a phrase saying where, when or for whom, before the subject. */
const FRONTING_PREPOSITIONS = 'at|for|in|with|after|during|unlike|since|from|among|throughout';
/** A prepositional phrase and its comma at the start of a subject phrase. */
const FRONTED_PHRASE = new RegExp(`^\\s*(?:${FRONTING_PREPOSITIONS})\\b[^,]{1,80},\\s+(?=\\S)`, 'i');

/**
 * A phrase that opens with such a preposition and was read where a subject stands ("In this
 * article" before "we’ll review …") says where, not who: a message does not name it as the agent.
 */
const OPENING_PREPOSITION = new RegExp(`^\\s*(?:${FRONTING_PREPOSITIONS})\\b`, 'i');
export function opensWithPreposition(phrase: string): boolean {
  return OPENING_PREPOSITION.test(phrase);
}

/** Classifies a phrase ("Our tea", "Chemotherapy", "my tumor") as an agent kind. */
export function classifyPhrase(phrase: string, page: PageContext): AgentKind | undefined {
  // "At Melbourne Functional Medicine, we’ll …", "For many people, diet and physical activity …":
  // a phrase set before the subject says where or for whom; the subject follows its comma.
  phrase = phrase.replace(FRONTED_PHRASE, '');
  // "[I]t does kill every pathogen": a quoting editor's bracketed capital is part of its word.
  const normalized = normalizeForMatching(withoutEditorialMarks(phrase));
  if (mentionsProduct(phrase, page)) return 'product';
  // The kind named first wins: in "Essiac along with a lifestyle overhaul" the head comes first.
  // In a compound the last noun is the head: "natural immune system supplements" are supplements.
  const named = lexicon()
    .agents.flatMap(({ kind, pattern }) => {
      const match = pattern.exec(normalized);
      return match ? [{ kind, start: match.index, end: match.index + match[0].length }] : [];
    })
    .sort((a, b) => a.start - b.start);
  const compoundHead = named.findIndex((n, i) => i > 0 && /^\s+$/.test(normalized.slice(named[i - 1]!.end, n.start)));
  if (compoundHead > 0 && named[compoundHead - 1]!.kind === 'body') named.unshift(...named.splice(compoundHead, 1));
  const kinds = named.map(({ kind }) => kind);
  // "Preventing HPV infection", "Modifying risk factors": an activity, not a product.
  if (kinds.length === 0 && /^\s*[a-z]+ing\b/i.test(phrase)) return 'treatment';
  // "Acupuncture has been used … to resolve infertility" on a practitioner's page: the practice is
  // what the page sells; elsewhere it is a subject like any other.
  if (kinds.length === 0) return page.kind === 'commerce' && namesPractice(phrase) ? 'seller' : undefined;
  // "Our tea", "our formula": the seller's voice on a product noun is the product itself.
  if (kinds[0] === 'seller' && (kinds.includes('product') || kinds.includes('substance'))) return 'product';
  // "These drugs", "this treatment": a determiner is the agent only when nothing else is named.
  const kind = kinds.find((k) => k !== 'pronoun') ?? 'pronoun';
  // "Saline therapy", "CEASE Therapy" on a sales page: a treatment the seller offers.
  if (kind === 'treatment' && page.kind === 'commerce' && isOfferedTreatment(phrase)) return 'seller';
  return kind;
}

export function mentionsProduct(text: string, page: PageContext): boolean {
  return page.productNames.some((name) => text.includes(name));
}

/** Words that may stand before an order without making it a statement ("Now stop …", "1."). */
const ORDER_PREFIX = /^(?:[\d.)\s•*\[\]-]+|now|naturally|help|helps|helping|and|please|simply|finally|safely|effectively|also|[\w\s]{0,40}:)*\s*$/i;

const ACCOMPANIED = /([\w'’ -]{2,60}?)\s+(?:along|together|combined)\s+with\s+$/i;
const FRONTED_MEANS = /^\s*(?:by|through|after|when|while|in)\s+$/i;
// Raising verbs ("was shown to kill", "is proven to cure") keep their subject as the agent.
const RAISING_VERBS = 'found|shown|proven|proved|known|said|believed|reported|thought|demonstrated|seen|observed|designed|formulated|made|developed|created';
const RAISING = new RegExp(`\\b(?:${RAISING_VERBS})\\b`, 'i');
const PASSIVE_PURPOSE = new RegExp(`\\b(?:is|are|was|were|be|been|being)\\s+(?:[a-z]+ly\\s+)?(?!(?:${RAISING_VERBS})\\b)[a-z]+(?:ed|en|wn)\\s+to\\s+$`, 'i');
/** "one chemical in guanabana was found to": a raising verb left at the end of a subject phrase. */
const RAISED_TAIL = new RegExp(`\\s+(?:(?:was|were|is|are|has been|have been|had been)\\s+)?(?:clinically\\s+|scientifically\\s+)?(?:${RAISING_VERBS})\\s+to$`, 'i');

/**
 * "DOCTORS use it to treat patients", "we use natural herbs to treat cancer": what is used, taken
 * or given for the purpose is its means, and makes the claim; whoever uses it does not. (A passive,
 * "has been used in oriental medicine … to treat", is a passive purpose: PASSIVE_PURPOSE.)
 */
const ACTIVE_MEANS =
  /(?<!\b(?:is|are|was|were|be|been|being)\s+)\b(?:use|uses|used|using|take|takes|took|taking|give|gives|gave|giving|prescribe|prescribes|prescribed|recommend|recommends|recommended)\s+(?!(?:in|for|by|with|as|on|at|over)\b)((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+to\s+$/i;

/** Words that may stand between a subject and its effect verb: "can also help to", "is known to". */
const VERB_HELPERS =
  "(?:(?:not only|only|also|can|could|may|might|will|would|actually|effectively|often|usually|helps?|help to|helps to|is able to|are able to|has been shown to|have been shown to|is known to|are known to)\\s+)*$";

/** A relative clause opening right before an effect verb, and the (up to five) words it describes. */
const RELATIVE_BEFORE = new RegExp(`((?:[\\w'’-]+\\s+){0,4}[\\w'’-]+)\\s*,?\\s+(?:that|which|who)\\s+${VERB_HELPERS}`, 'i');

/** What stands before the noun a relative clause describes: "are drugs …", "including melatonin". */
const LIST_INTRODUCER = /^(?:\w+\s+)*?(?:including|such as|like|especially|particularly|namely|notably|is|are|was|were)\s+/i;

/** The words between the last comma and an effect verb, with the verb's auxiliaries left off. */
const MAIN_CLAUSE_SUBJECT = new RegExp(`,\\s*((?:[\\w'’-]+\\s+){0,4}?[\\w'’-]+)\\s+${VERB_HELPERS}`, 'i');

/** What a seller offers: the product, an unbranded substance, the seller's own "we". */
export const OFFERED: readonly AgentKind[] = ['product', 'substance', 'seller'];
const isOffered = (kind: AgentKind | undefined): kind is AgentKind => kind !== undefined && OFFERED.includes(kind);
/** A kind that names an agent: neither a bare pronoun nor the disease acted on. */
const namesAgent = (kind: AgentKind | undefined): kind is AgentKind => kind !== undefined && kind !== 'pronoun' && kind !== 'disease';

const MEDICINE_AFTER = /^\s+(?:drugs?|medications?|medicines?|vaccines?|pharmaceuticals?|prescriptions?)\b/i;

/** "antiviral drugs", "anticancer medications": does a medicine noun follow the phrase ending at `end`? */
export function medicineNounAfter(text: string, end: number): boolean {
  return MEDICINE_AFTER.test(text.slice(end));
}

/** "Adjuvant Chemotherapy: Help destroy …": a label before a colon names the agent. */
function labelBefore(text: string): string | undefined {
  return /^\s*([^:.!?]{2,40}):/.exec(text)?.[1];
}

/**
 * What the form of a subjectless verb at the start says: "Stop …" is an order to the reader;
 * "Kills cancer cells" (third person, subject left out) is a label or bullet about the product;
 * "Preventing …" or "Used to …" names no agent.
 */
function subjectlessForm(parsed: ParsedSentence, start: number): 'order' | 'elided-product' | 'none' {
  const term = parsed.terms.find((t) => t.start <= start && start < t.end);
  const tags = term?.tags ?? [];
  const word = parsed.text.slice(term?.start ?? start, term?.end ?? start + 1).toLowerCase();
  // "Proven to …", "Clinically shown to …": a label's claim with its subject left out.
  if (RAISING.test(word) && /^\s*(?:clinically\s+|scientifically\s+)?\w+\s+to\b/i.test(parsed.text.slice(term?.start ?? start))) {
    return 'elided-product';
  }
  if (tags.includes('Gerund') || tags.includes('PastTense') || tags.includes('Participle')) return 'none';
  if (tags.includes('Imperative') || tags.includes('Infinitive')) return 'order';
  if (tags.includes('PresentTense') || /[^s]s$/.test(word)) return 'elided-product';
  return 'order';
}

/** The means in "… with MyTea Magic", "… using our tea", "… thanks to X". */
const instrumentPatterns = new Map<number, RegExp>();
function instrumentAfter(text: string, from: number, maxWords = 5): string | undefined {
  let pattern = instrumentPatterns.get(maxWords);
  if (!pattern) {
    pattern = new RegExp(`\\b(?:with|using|by|thanks to|through|via|from)\\s+((?:[\\w'’®™-]+\\s*){1,${maxWords}})`, 'i');
    instrumentPatterns.set(maxWords, pattern);
  }
  const m = pattern.exec(text.slice(from));
  return m?.[1]?.trim();
}

/**
 * compromise may take the object of a preposition for the subject ("Four recent studies in people
 * at risk for coronary disease have shown …" gives "coronary disease"): with no verb before it,
 * the subject runs from the start of the sentence, and its head is named first.
 */
function wholeSubject(parsed: ParsedSentence, subject: string): string {
  const at = subject ? parsed.text.indexOf(subject) : -1;
  if (at <= 0) return subject;
  if (!/\b(?:for|of|in|with|at|on|from|among|about)\s+$/i.test(parsed.text.slice(0, at))) return subject;
  if (parsed.terms.some((t) => t.end <= at && t.tags.includes('Verb'))) return subject;
  return parsed.text.slice(0, at + subject.length);
}


/**
 * The words a subject is read from, as the agent keeps them. The kind is read from all of them;
 * a message names a phrase only where it stands as the subject (agent-name.ts), and a kind the
 * lexicon names by its noun phrase (lexiconNamed, below). The buyer's own body keeps its words,
 * which the verdict reads ("your immune system").
 */
function asRead(parsed: ParsedSentence, words: string, kind: AgentKind): string | undefined {
  return kind === 'body' || namedByLexicon(kind) ? words.trim() : subjectName(parsed, words);
}

/** The agent of an effect, named as a message names it (agent-name.ts). */
export function agentOf(
  parsed: ParsedSentence,
  effect: TextRange,
  isVerb: boolean,
  page: PageContext,
): { agent: Agent; instrument?: string; passive?: boolean } {
  const found = readAgent(parsed, effect, isVerb, page);
  const { kind, text } = found.agent;
  if (!text) return found;
  // "Herbal Medicine for Asthma Herbal Tea Herbal tea" (a heading run into the sentence): the
  // product is the name the page gives it, the longest one the words hold.
  const productName = kind === 'product' ? page.productNames.filter((name) => text.includes(name)).sort((a, b) => b.length - a.length)[0] : undefined;
  return { ...found, agent: { kind, text: productName ?? lexiconNamed(parsed, text, kind) } };
}

function readAgent(
  parsed: ParsedSentence,
  effect: TextRange,
  isVerb: boolean,
  page: PageContext,
): { agent: Agent; instrument?: string; passive?: boolean } {
  const { text, verbs } = parsed;
  const instrumentText = instrumentAfter(text, effect.start);
  const instrumentKind = instrumentText ? classifyPhrase(instrumentText, page) : undefined;
  const instrument = isOffered(instrumentKind) ? instrumentText : undefined;

  const index = isVerb ? verbs.findIndex((v) => v.start <= effect.start && effect.start < v.end) : -1;
  let subject = '';
  if (index >= 0) {
    const verb = verbs[index]!;
    // compromise may fold leading words into the verb phrase ("Sometimes immunotherapy lessens"):
    // what stands before the effect word itself decides whether the sentence opens with it.
    const before = text.slice(0, effect.start);
    const infinitive = verb.infinitive || /\bto\s+$/i.test(before);
    // compromise calls any subjectless base verb an order; in "It can stop …, kill …" the
    // second verb shares the first one's subject, so only a verb at the start is an order.
    if ((verb.form === 'imperative' || !verb.subject) && ORDER_PREFIX.test(before)) {
      const subjectless = subjectless_(parsed, effect.start, before, page, instrument);
      if (subjectless) return subjectless;
    }
    // "It is treated as stage IV cancer", "symptoms can be treated": the subject is what is
    // acted on, not the agent. The agent is only known from "by/with …", else nobody is named.
    if (verb.passive) {
      if (mentionsProduct(text, page)) return { agent: { kind: 'product' }, instrument };
      if (instrument) return { agent: { kind: instrumentKind!, text: instrument }, instrument, passive: true };
      return usedAsMeans(parsed, effect.start, page) ?? { agent: { kind: 'unknown' }, instrument, passive: true };
    }
    subject = infinitive ? '' : verb.subject;
    // "… helps stop …", "… designed to kill …": the subject belongs to the verb that governs.
    // "It can also be given to shrink …", "is used to treat …": a passive purpose names no agent.
    if (infinitive && PASSIVE_PURPOSE.test(before)) return usedAsMeans(parsed, effect.start, page) ?? { agent: { kind: 'unknown' }, instrument, passive: true };
    const means = infinitive ? ACTIVE_MEANS.exec(before)?.[1] : undefined;
    const meansKind = means ? classifyPhrase(means, page) : undefined;
    if (meansKind && meansKind !== 'disease') return { agent: { kind: meansKind, text: means! }, instrument };
    for (let j = index - 1; !subject && j >= 0; j--) {
      // "It can be given to shrink the cancer": whoever gives it is not named.
      const governing = verbs[j]!;
      if (infinitive && governing.passive && !RAISING.test(text.slice(governing.start, governing.end))) {
        return usedAsMeans(parsed, effect.start, page) ?? { agent: { kind: 'unknown' }, instrument, passive: true };
      }
      subject = verbs[j]!.subject;
    }
  } else if (isVerb && ORDER_PREFIX.test(text.slice(0, effect.start))) {
    // compromise read the verb as a noun ("Target tumors …").
    const subjectless = subjectless_(parsed, effect.start, text.slice(0, effect.start), page, instrument);
    if (subjectless) return subjectless;
  } else {
    // A noun phrase claim ("… without surgery, chemo or radiation!") in an order to the reader.
    const first = verbs[0];
    if (first && first.start < effect.start && !first.subject && ORDER_PREFIX.test(text.slice(0, first.start))) {
      const subjectless = subjectless_(parsed, first.start, text.slice(0, first.start), page, instrument);
      if (subjectless) return subjectless;
    }
    // A noun phrase claim ("a cure for cancer"): the subject of the clause it stands in.
    const governing = verbs.filter((v) => v.start < effect.start && v.subject);
    if (governing.length) subject = governing[governing.length - 1]!.subject;
    else {
      // No verb before the phrase: it is part of the subject of the verb after it ("cancer and
      // AIDS sufferers … may wish to take"), which the phrase describes; it is not the agent.
      // Nor is a subject that continues the phrase with no clause break between them: "stronger
      // than drug used in chemotherapy" names what the product is compared with.
      const later = verbs.find((v) => v.subject);
      const subjectAt = later ? text.indexOf(later.subject) : -1;
      const insideSubject = subjectAt >= 0 && subjectAt < effect.start;
      const continuesPhrase = subjectAt >= effect.end && !/[,;:.!?]/.test(text.slice(effect.end, subjectAt));
      subject = later && (isVerb || !(insideSubject || continuesPhrase)) ? later.subject : '';
    }
  }

  subject = withoutAttribution(wholeSubject(parsed, subject));
  // "boosts the immune system and kills infections and cancer cells": a label's verbs share the
  // product as their subject, and compromise may take the first verb's object for the second's
  // subject. A lone word in -s before that "subject", naming nobody, is the first verb.
  if (isVerb && subject) {
    const lead = text.slice(0, text.indexOf(subject)).trim();
    const joined = /^\s*,?\s*and\s+$/i.test(text.slice(text.indexOf(subject) + subject.length, effect.start));
    if (joined && /^[a-z]+s$/i.test(lead) && !classifyPhrase(lead, page)) return { agent: { kind: 'product', text: instrument }, instrument };
  }
  // "This all-natural cancer fighter has …", "Antiviral drugs are …": the claim phrase is part of
  // the subject itself, so the agent is whatever the phrase describes ("drugs": a treatment),
  // not the disease it names.
  if (!isVerb && subject.includes(effect.text)) subject = subject.replace(effect.text, ' ').replace(/\([^)]*\)/g, ' ').trim();
  // "By destroying cancer cells …, chemotherapy works …": a fronted means clause belongs to the
  // subject of the main clause after it.
  if (FRONTED_MEANS.test(text.slice(0, effect.start))) {
    // The main clause starts after the comma that closes the fronted one.
    const afterComma = /,\s*([^,]{2,60}?)\s+(?:works|is|are|was|were|can|could|will|may|helps?|uses?|has|have)\b/i.exec(text.slice(effect.end));
    const headKind = afterComma ? classifyPhrase(afterComma[1]!, page) : undefined;
    if (headKind) return { agent: { kind: headKind, text: afterComma![1]! }, instrument };
  }
  // "Essiac along with a lifestyle overhaul has cured cancer": compromise may take the added
  // phrase for the subject; the head named before "along with" is the agent.
  const accompanied = subject ? ACCOMPANIED.exec(text.slice(0, text.indexOf(subject))) : null;
  if (accompanied) {
    const headKind = classifyPhrase(accompanied[1]!, page);
    if (headKind === 'product' || headKind === 'substance') return { agent: { kind: headKind, text: accompanied[1]!.trim() }, instrument };
  }
  // "drugs or other materials that stop the growth …", "a natural chemical that … helps stunt the
  // growth …": in a relative clause the agent is the noun the clause describes.
  if (isVerb) {
    // "antioxidants, including melatonin, which …", "are drugs … that": the noun, not the words
    // that introduce it.
    const antecedent = RELATIVE_BEFORE.exec(text.slice(Math.max(0, effect.start - 160), effect.start))?.[1]?.replace(LIST_INTRODUCER, '');
    const antecedentKind = antecedent ? classifyPhrase(antecedent, page) : undefined;
    if (namesAgent(antecedentKind)) {
      return { agent: { kind: antecedentKind, text: antecedent!.trim() }, instrument };
    }
  }
  const kind = subject ? classifyPhrase(subject, page) : undefined;
  // "Research has confirmed that Vitamin C … kills cancer cells": a study reporting a finding
  // is not the agent; the subject of the clause after "that" is.
  if (kind !== 'product') {
    const reported = complementSubject(text, effect.start, page);
    if (reported) return { agent: reported, instrument };
  }
  if (!kind || kind === 'pronoun') {
    const taken = takenInCondition(text.slice(0, effect.start), page);
    if (taken) return { agent: taken, instrument };
    // "When used this way, these drugs can reduce …": compromise may take a word of the fronted
    // clause for the subject; the subject of the main clause follows its comma.
    const afterComma = MAIN_CLAUSE_SUBJECT.exec(text.slice(0, effect.start))?.[1];
    const mainKind = afterComma ? classifyPhrase(afterComma, page) : undefined;
    if (namesAgent(mainKind)) return { agent: { kind: mainKind, text: afterComma!.trim() }, instrument };
  }
  if (kind) return { agent: { kind, text: asRead(parsed, subject, kind) }, instrument };
  // "Preventing HPV infection will protect …": the subject is an activity, unless what it does
  // is take a product ("Adding CBD oil to your routine …", "Drinking our tea …").
  const gerundPhrase = /^\s*(?!according\s+to\b)[a-z]+ing\b((?:\s+[\w'’.-]+){1,6})/i.exec(text);
  if (subject && gerundPhrase && !mentionsProduct(text, page)) {
    const taken = classifyPhrase(gerundPhrase[1]!, page);
    if (taken === 'product' || taken === 'substance') return { agent: { kind: taken, text: gerundPhrase[1]!.trim() }, instrument };
    return { agent: { kind: 'treatment', text: subject }, instrument };
  }
  // No subject we can name: the words before the first verb (where a subject stands) decide.
  const before = withoutAttribution(beforeFirstVerb(parsed, effect.start, page) ?? text.slice(0, effect.start));
  const fallback = classifyPhrase(before, page);
  if (namesAgent(fallback)) {
    return { agent: { kind: fallback, text: asRead(parsed, before, fallback) }, instrument };
  }
  if (mentionsProduct(text, page)) return { agent: { kind: 'product' }, instrument };
  if (instrument) return { agent: { kind: instrumentKind!, text: instrument }, instrument };
  return { agent: { kind: 'unknown', text: subject ? subjectName(parsed, subject) : undefined }, instrument };
}

/**
 * The words before the first verb that starts before `until`, where a subject stands; undefined
 * when no verb does. compromise sometimes tags a treatment noun as a verb ("immunotherapy
 * lessens"): a word the agent lexicon knows is not where the subject ends.
 */
export function beforeFirstVerb(parsed: ParsedSentence, until: number, page: PageContext): string | undefined {
  const { text } = parsed;
  const firstVerb = parsed.terms.find((t) => t.start < until && t.tags.includes('Verb') && !classifyPhrase(text.slice(t.start, t.end), page));
  return firstVerb ? text.slice(0, firstVerb.start) : undefined;
}

/**
 * The agent of a passive the lexicon reads as one ("diabetes can be reversed with our tea"):
 * whoever is named after "by" or "with", the product when the sentence names it, else nobody.
 * compromise does not always see such a passive (in a relative clause, after a title-cased
 * headline), so the grammar of the match decides.
 */
export function passiveAgentOf(parsed: ParsedSentence, verb: TextRange, page: PageContext): { agent: Agent; instrument?: string; passive: true } {
  // The means may stand behind a use or a dose: "with the immediate widespread use of high doses
  // of Vitamin C". The kind named first in the phrase wins, so a longer reach is safe.
  const named = instrumentAfter(parsed.text, verb.start, 12);
  const kind = named ? classifyPhrase(named, page) : undefined;
  if (namesAgent(kind)) return { agent: { kind, text: lexiconNamed(parsed, named!, kind) }, instrument: named, passive: true };
  if (mentionsProduct(parsed.text, page)) return { agent: { kind: 'product' }, passive: true };
  return { agent: { kind: 'unknown' }, passive: true };
}

/** "can be used to", "has been used in China to": a passive of use, whatever compromise calls it. */
const USED_FOR = /\b(?:be|been|being|is|are|was|were)\s+used\s+(?:[a-z]+\s+){0,3}to\s/i;

/**
 * "[M]elatonin supplements are used to help Alzheimer's disease", "Shilajit has been used … to
 * treat … diabetes": what a passive purpose says is used is the means, and a product or substance
 * so used is the claim's agent. A treatment so used ("chemotherapy is used to treat cancer"), or
 * nothing named, leaves the purpose nobody's.
 */
function usedAsMeans(parsed: ParsedSentence, effectStart: number, page: PageContext): { agent: Agent } | undefined {
  // compromise does not always call "can be used to" passive: the words say it.
  const governing = [...parsed.verbs].reverse().find((v) => v.start < effectStart && (v.passive || USED_FOR.test(parsed.text.slice(v.start, effectStart))));
  const subject = governing?.subject ? withoutAttribution(governing.subject).replace(/^\s*that\s+/i, '') : '';
  const kind = subject ? classifyPhrase(subject, page) : undefined;
  return isOffered(kind) ? { agent: { kind, text: subject } } : undefined;
}

function subjectless_(
  parsed: ParsedSentence,
  start: number,
  before: string,
  page: PageContext,
  instrument: string | undefined,
): { agent: Agent; instrument?: string; passive?: boolean } | undefined {
  const label = labelBefore(before);
  const labelled = label ? classifyPhrase(label, page) : undefined;
  if (labelled) return { agent: { kind: labelled, text: label }, instrument };
  switch (subjectlessForm(parsed, start)) {
    case 'order':
      return { agent: { kind: 'imperative', text: instrument }, instrument };
    case 'elided-product':
      return { agent: { kind: 'product', text: instrument }, instrument };
    default:
      // "Preventing HPV infection will …": the effect is itself the subject, an activity. With no
      // verb after it ("Weakening Cancer.", a headline) it is the whole statement, and nobody's.
      if (!instrument && !mentionsProduct(parsed.text, page) && !before.trim()) {
        const own = parsed.verbs.find((v) => v.start <= start && start < v.end);
        const subjectOfAVerb = parsed.verbs.some((v) => v.start >= (own?.end ?? start + 1));
        return subjectOfAVerb ? { agent: { kind: 'unknown' }, instrument, passive: true } : { agent: { kind: 'unknown' }, instrument };
      }
      return undefined;
  }
}

const TAKEN_IF =
  /^\W*if\s+(?:you|a person|one|someone|people|he|she|they)\s+(?:\w+ly\s+)?(?:eats?|takes?|drinks?|consumes?|uses?|applies|apply|chews?|swallows?)\s+([^,;]{2,60})/i;

/**
 * "If a person eats 6-12 apricots kernels per day, they will never have to worry about cancer":
 * what the condition has someone take is the means of the effect, and the promise is its claim.
 * Whatever is eaten or drunk is a substance unless the lexicon knows it as a treatment.
 */
function takenInCondition(before: string, page: PageContext): Agent | undefined {
  const taken = TAKEN_IF.exec(before)?.[1]?.trim();
  if (!taken) return undefined;
  const kind = classifyPhrase(taken, page) ?? 'substance';
  return kind === 'product' || kind === 'substance' ? { kind, text: taken } : undefined;
}

const COMPLEMENT = /\b(?:that|showing|shows|show|found|proves|proved|confirmed)\s+((?:[\w'’()-]+\s+){1,8}?)(?:(?:was|were|is|are|has|have|can|could|may|will)\s+)?(?:\w+ly\s+)?(?:found\s+to\s+|shown\s+to\s+|proven\s+to\s+|able\s+to\s+)?$/i;

/** The subject of a "that"-clause ending at the effect, when it names a product or substance. */
function complementSubject(text: string, effectStart: number, page: PageContext): Agent | undefined {
  const m = COMPLEMENT.exec(text.slice(Math.max(0, effectStart - 160), effectStart));
  // "that one chemical in guanabana was found to selectively kill …": an adverb after the raising
  // verb leaves it in the clause's subject; the agent is the subject without it.
  const phrase = m?.[1]?.trim().replace(/^that\s+/i, '').replace(RAISED_TAIL, '');
  if (!phrase) return undefined;
  const kind = classifyPhrase(phrase, page);
  // "The ASA acknowledged that manipulative therapies … had been shown to be effective": a
  // treatment named in the clause is the agent as much as a product is.
  return isOffered(kind) || kind === 'treatment' ? { kind, text: phrase } : undefined;
}

/** The subject of the last verb that has one: what a list introduced by a colon is about. */
export function leadSubject(parsed: ParsedSentence): string | undefined {
  for (let i = parsed.verbs.length - 1; i >= 0; i--) {
    if (parsed.verbs[i]!.subject) return parsed.verbs[i]!.subject;
  }
  return undefined;
}
