/**
 * How a finding's message names the agent: the words of the sentence that stand as the subject of
 * its claim, tidied, or nothing when the words compromise offered as a subject are not one. A
 * message that quotes the object ("this says that “sleep” cures or treats depression", from "It
 * alleviates pain, enhances sleep …") misleads the editor who reads it; naming nobody does not.
 */
import type { AgentKind } from '../types.js';
import { lexicon } from './lexicon.js';
import { normalizeForMatching } from './normalize.js';
import type { ParsedSentence } from './sentence-parse.js';

/** Bullets, dashes and list numbers before a phrase: "• Symptoms", "-It", "1. Ozone". */
const LEADING_MARK = /^\s*(?:[•*·–—-]+|\(?\d{1,2}[.)])\s*/;
/** A sentence adverb and its comma before the subject: "Amazingly, your immune system", "Yet, Rescue Remedy". */
const LEADING_ADVERB = /^\s*(?:[a-z]+ly|yet|however|thus|therefore|also|still|indeed|moreover|furthermore|additionally|now|today|so|then|instead|meanwhile|finally|besides|again),\s+/i;

/**
 * A subject as compromise may find it, with the attribution that opens the sentence ("According
 * to NCI data, daily consumption of green tea is …"): that names whose word it is, not who acts.
 */
export function withoutAttribution(phrase: string): string {
  return phrase.replace(/^\s*according\s+to\b[^,]*,\s*/i, '');
}

/** What a clause-joining word leaves before a subject: "and mistletoe lectins", "that nattokinase". */
const LEADING_JOINER = /^\s*(?:and|or|but|that)\s+/i;
/** A contraction on a pronoun subject: "It’s", "you'll", "They're", "I'd". */
const CONTRACTED_PRONOUN = /^(it|you|they|we|i|he|she|this|that)['’](?:s|ll|re|d|ve)$/i;
/** Words that point, not name: "Here are the best CBD oils …" names nothing that acts. */
const POINTERS = new Set(['here', 'there']);

/** The phrase without marks and joiners before it, nor a comma, dash or conjunction it trails. */
function tidied(phrase: string): string {
  let text = withoutAttribution(phrase.replace(/\s+/g, ' ')).replace(LEADING_MARK, '').replace(LEADING_ADVERB, '').replace(LEADING_JOINER, '');
  // Of a phrase an aside follows ("Amphotericin, for instance"), the head.
  text = text.split(/\s*,\s*/)[0] ?? text;
  // A parenthesis the phrase opens and does not close: "Cinnamomum zeylanicum (Lauraceae".
  text = text.replace(/\s*\([^)]*$/, '');
  return text.replace(/(?:\s*[,;:–—-]|\s+(?:and|or|but))+\s*$/i, '').trim();
}

/** The phrase as a message shows it: tidied, and a pronoun without its contraction ("It’s" → "It"). */
export function tidyPhrase(phrase: string): string {
  return tidied(phrase).replace(CONTRACTED_PRONOUN, '$1');
}

/** Words after which a clause, and so a subject, begins: "shares how green-lipped mussels help". */
const CLAUSE_OPENERS = /^(?:that|which|who|and|or|but|how|why|when|whenever|while|once|if|because|although|though|whereas|so|then|thus)$/i;

const has = (tags: readonly string[] | undefined, ...wanted: string[]): boolean => wanted.some((t) => tags?.includes(t) ?? false);

/**
 * Is the phrase, found at `start`, a noun phrase on its own: not opened by a preposition ("of
 * herbal therapies"), holding no verb ("loaded with antioxidants", "This regeneration
 * facilitates sensory"; a gerund may open one: "Drinking tea") and no label's colon ("Zinc: May
 * help")?
 */
function isNounPhrase(parsed: ParsedSentence, phrase: string, start: number): boolean {
  const end = start + phrase.length;
  // compromise gives a contraction's hidden word (the "is" of "It’s") no length of its own.
  const inside = parsed.terms.filter((t) => t.start >= start && t.end <= end && t.end > t.start);
  if (!inside.length || has(inside[0]!.tags, 'Preposition') || phrase.includes(':')) return false;
  const isVerb = (t: (typeof inside)[number]): boolean => has(t.tags, 'Verb') && !has(t.tags, 'Gerund', 'Participle', 'Adjective', 'Noun');
  return !inside.some(isVerb);
}

/**
 * Does the phrase stand where a subject stands? Not after a verb or a preposition that governs it
 * ("enhances sleep", "of paramount importance", "is still a great distance"), nor inside a longer
 * noun phrase ("oil-based balm", "Fish oils", "Some of the top essential" before "oils"); not
 * holding a verb of its own ("This regeneration facilitates sensory"); and followed by what follows
 * a subject (a verb, an adverb, a relative pronoun), not by more of a list.
 */
export function standsAsSubject(parsed: ParsedSentence, phrase: string): boolean {
  const start = parsed.text.indexOf(phrase);
  if (start < 0 || POINTERS.has(phrase.toLowerCase()) || !isNounPhrase(parsed, phrase, start)) return false;
  const end = start + phrase.length;
  // Looking back, an adverb ("is still a …") says nothing of what governs the phrase, unless a
  // comma sets it apart ("Fortunately, nature …").
  const previous = parsed.terms
    .filter((t) => t.end <= start)
    .reverse()
    .find((t) => !has(t.tags, 'Adverb') || /[,;:]/.test(parsed.text.slice(t.end, start)));
  if (previous && !CLAUSE_OPENERS.test(parsed.text.slice(previous.start, previous.end))) {
    if (has(previous.tags, 'Adjective', 'Determiner')) return false;
    const punctuated = /[,;:()"“”]/.test(parsed.text.slice(previous.end, start));
    if (!punctuated && has(previous.tags, 'Verb', 'Preposition', 'Noun', 'Value')) return false;
  }
  const next = parsed.terms.find((t) => t.start >= end);
  if (next && !has(next.tags, 'Verb', 'Adverb', 'Modal', 'Auxiliary', 'Copula', 'Pronoun', 'Determiner') && !/^(?:that|which|who)$/i.test(parsed.text.slice(next.start, next.end))) {
    return false;
  }
  return true;
}

/** The subject as a message names it, or undefined when the words are not the sentence's subject. */
export function subjectName(parsed: ParsedSentence, subject: string): string | undefined {
  // Where it stands is judged on the words as written, before "It’s" is shown as "It".
  const phrase = tidied(subject);
  return standsAsSubject(parsed, phrase) ? tidyPhrase(phrase) : undefined;
}

const PLURAL_PRONOUNS = /^(?:they|we|you|i|these|those|both|many|several|some)$/i;
/** Singular nouns that end in s: "Andrographis", "lupus", "grass", "psoriasis". */
const SINGULAR_IN_S = /(?:ss|us|is|ics)$/i;

/**
 * Does the named agent take a plural verb ("Magnetic bracelets cure …", "you cure …")? Its head is
 * the last word before a preposition or parenthesis: "Six weeks of supplementation", "Transplantation
 * of stem cells". Read from the words alone, since a message may name a phrase from another
 * sentence (a pronoun's antecedent) or a product's name.
 */
export function takesPluralVerb(name: string): boolean {
  const words = name.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/);
  if (words.length === 1 && PLURAL_PRONOUNS.test(words[0]!)) return true;
  const headEnd = words.findIndex((w, i) => i > 0 && /^(?:of|for|in|with|from|on|at|to|by|against|that|which|who)$/i.test(w));
  const head = headEnd > 0 ? words.slice(0, headEnd) : words;
  if (head.some((w) => /^(?:and|&)$/i.test(w))) return true;
  if (PLURAL_PRONOUNS.test(head[0] ?? '') && head.length > 1 && !/^(?:some)$/i.test(head[0]!)) return true;
  const last = head[head.length - 1] ?? '';
  return /[a-z]s$/.test(last) && !SINGULAR_IN_S.test(last) && !/['’]s$/.test(last);
}

/**
 * A claim's verbs as a plural agent takes them: "cures or treats" → "cure or treat", "is for" →
 * "are for", "was rid of" → "were rid of". Only the leading verbs, joined by "or" or "and", change.
 */
export function pluralVerbs(says: string): string {
  const words = says.split(' ');
  const IRREGULAR: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do' };
  const base = (verb: string): string =>
    IRREGULAR[verb] ?? (/(?:ss|sh|ch|x|z)es$/.test(verb) ? verb.slice(0, -2) : /ies$/.test(verb) ? `${verb.slice(0, -3)}y` : verb.replace(/s$/, ''));
  words[0] = base(words[0]!);
  if (/^(?:or|and)$/.test(words[1] ?? '') && words[2]) words[2] = base(words[2]);
  return words.join(' ');
}

/**
 * Kinds the agent lexicon knows by a word of the phrase ("this supplement", "vitamin",
 * "chemotherapy", "researchers"): the grammar may have read them from a longer stretch of words
 * ("loaded with antioxidants and phytonutrients", "Zinc: May help").
 */
const NAMED_BY_LEXICON: readonly AgentKind[] = ['product', 'substance', 'treatment', 'research', 'clinician'];
/** The product lexicon's entries are whole names ("this herb", "our formula"): the entry is the name. */
const NAMED_WHOLE: readonly AgentKind[] = ['product'];
export const namedByLexicon = (kind: AgentKind): boolean => NAMED_BY_LEXICON.includes(kind);

/**
 * The agent as a message names it, for a kind the lexicon names: where the words read are more
 * than a noun phrase, the noun phrase of the sentence that holds the lexicon's word ("turkey tail
 * mycelium", "Vitamin D", "herbal therapies"), not the words around it. Other kinds, a noun phrase
 * as read, and a phrase the lexicon does not name, are left as read.
 */
export function lexiconNamed(parsed: ParsedSentence, text: string, kind: AgentKind): string {
  if (!namedByLexicon(kind)) return text;
  const pattern = lexicon().agents.find((a) => a.kind === kind)?.pattern;
  const match = pattern?.exec(normalizeForMatching(text));
  const at = parsed.text.indexOf(text);
  if (match && NAMED_WHOLE.includes(kind)) return text.slice(match.index, match.index + match[0].length);
  // A noun phrase as read ("one chemical in guanabana") is named whole.
  if (!match || at < 0 || isNounPhrase(parsed, tidied(text), parsed.text.indexOf(tidied(text)))) return text;
  const start = at + match.index;
  const end = start + match[0].length;
  const phrase = parsed.nounPhrases.find((n) => n.start <= start && end <= n.end);
  // compromise's phrase offsets may run into the next word ("Vitamin D: I"): its whole terms only.
  const terms = phrase ? parsed.terms.filter((t) => t.start >= phrase.start && t.end <= phrase.end && t.end > t.start) : [];
  const from = Math.min(start, terms[0]?.start ?? start);
  const to = Math.max(end, terms[terms.length - 1]?.end ?? end);
  return tidyPhrase(parsed.text.slice(from, to));
}
