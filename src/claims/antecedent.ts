/**
 * Pronoun subjects: what "it" or "they" stands for, from the sentences just before.
 */
import type { AgentKind, PageContext, Sentence } from '../types.js';
import { type Agent, beforeFirstVerb, classifyPhrase } from './agent.js';
import type { ParsedSentence } from './sentence-parse.js';

/** How many sentences back, within this paragraph and the one before, a pronoun may refer. */
const ANTECEDENT_LOOKBACK = 2;
/** What a pronoun may stand for: a thing or a group, not the speaker nor the disease. */
const REFERABLE: AgentKind[] = ['product', 'substance', 'treatment', 'research', 'clinician', 'body'];
/** A sentence with no verb this short is a heading or a name: it is its own subject. */
const HEADING_MAX_WORDS = 8;

/**
 * What a pronoun subject stands for: the subject of a sentence just before, read as what stands
 * before its first verb ("Chromium, it balances your sugar levels" names chromium). Another
 * pronoun there is followed further back; anything the lexicon does not know, or a disease,
 * ends the search with no answer, as does the speaker ("I", "we").
 */
export function antecedentOf(
  sentences: readonly Sentence[],
  index: number,
  parse: (s: Sentence) => ParsedSentence,
  page: PageContext,
): Agent | undefined {
  const paragraph = sentences[index]!.paragraph;
  for (let i = index - 1; i >= Math.max(0, index - ANTECEDENT_LOOKBACK); i--) {
    const before = sentences[i]!;
    if (before.paragraph < paragraph - 1) return undefined;
    const reading = parse(before);
    const heading = reading.text.split(/\s+/).length <= HEADING_MAX_WORDS ? reading.text : '';
    const subject = (beforeFirstVerb(reading, reading.text.length, page) ?? heading).trim();
    const kind = subject ? classifyPhrase(subject, page) : undefined;
    if (kind === 'pronoun') continue;
    return kind && REFERABLE.includes(kind) ? { kind, text: subject } : undefined;
  }
  return undefined;
}
