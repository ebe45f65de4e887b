/**
 * The pieces every lexicon pattern is built from: words and the separators between them, from
 * disjoint character classes, so that no compiled expression can backtrack catastrophically; the
 * slot a masked disease fills; and phrases turned into patterns.
 */
import { normalizeForMatching } from './normalize.js';

/**
 * A disease named in a sentence is masked with this character before the patterns that name
 * `{target}` run (see maskTargets): the patterns then hold one short slot instead of the list of
 * every disease, and compile once. It is neither a word character nor a separator.
 */
export const MARK = '\u0001';
export const TARGET_SLOT = `${MARK}+`;

/** Characters of a word, and of what separates words: disjoint, so matching stays linear. */
export const WORD = "[a-z0-9'-]";
export const SEP = `[^a-z0-9'${MARK}-]+`;
/** Up to two words (adjectives: "avoid painful surgery"), each with the separator before it. */
export const WORDS = `(?:${SEP}${WORD}+){0,2}`;
/** Between a verb and its object: spaces and markup gaps, but no clause punctuation. */
export const GAP = `[^a-z0-9'.,;:!?${MARK}-]+`;
/**
 * Between a verb and a disease named in a list of objects ("Overcome a weak bladder, UTIs &
 * cystitis", "Say goodbye to: Joint Pain - Rheumatism", "to treat . . . diabetes"): commas,
 * ampersands, a colon that opens the list and the ellipsis of a quotation too (the sentence
 * splitter has already cut at every full stop), but no word that opens another clause.
 */
export const LIST_GAP = `[^a-z0-9';!?${MARK}-]+`;
/**
 * Between a verb and the first word of its list of objects: no comma. A verb followed by a comma
 * has ended its clause ("When arthritis attacks, joint function narrows, causing … inflammation").
 */
export const LIST_OPENING_GAP = `[^a-z0-9',;!?${MARK}-]+`;
const CLAUSE_OPENERS = ['but', 'while', 'whereas', 'although', 'though', 'because', 'which', 'who', 'whose', 'that', 'if', 'when', 'unless', 'so', 'yet', 'then'];
/**
 * "the pain and swelling that is associated with Arthritis": a clause that only says which disease
 * a symptom belongs to continues the list of objects.
 */
const SYMPTOM_OF = `that${SEP}(?:is|are)${SEP}(?:associated|linked|related|caused|due)(?!${WORD})`;
export const NOT_CLAUSE_OPENER = `(?!(?!${SYMPTOM_OF})(?:${CLAUSE_OPENERS.join('|')})(?!${WORD}))`;
/**
 * `{list}` in a claim phrase: up to twelve words of a list before the disease, past commas ("your
 * best weapon against many kinds of illnesses, from common colds and flu to … cancer"), but not
 * into another clause.
 */
export const LIST = `(?:${SEP}${NOT_CLAUSE_OPENER}${WORD}+){0,12}?`;
/**
 * Auxiliaries before a passive participle ("can now be cured", "was healed"): the participles are
 * listed in the lexicon, the auxiliaries are grammar.
 */
export const PASSIVE_AUXILIARIES = ['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'getting'];

/**
 * The normalized sentence with every disease it names (the `ranges`, from the target pattern)
 * replaced, character for character, by the mask: offsets stay where they were.
 */
export function maskTargets(normalized: string, ranges: readonly { start: number; end: number }[]): string {
  // One pass over the ranges in order, so that a run-on text naming thousands of diseases costs
  // time linear in its length.
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    pieces.push(normalized.slice(at, start).replaceAll('\u0001', ' '), '\u0001'.repeat(end - start));
    at = end;
  }
  pieces.push(normalized.slice(at).replaceAll('\u0001', ' '));
  return pieces.join('');
}

export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: words joined by any separator, so line breaks and markup gaps match. */
export function phrasePattern(phrase: string): string {
  return normalizeForMatching(phrase.trim())
    .split(/\s+/)
    .map(escape)
    .join(SEP);
}

/** Any of the phrases, longest first, words joined by any separator; for normalized text. */
export function alternation(phrases: Iterable<string>): string {
  // Longest first so that "cancer cells" wins over "cancer".
  const unique = [...new Set([...phrases].map(phrasePattern))].sort((a, b) => b.length - a.length);
  return `(?:${unique.join('|')})`;
}

/** Whole-word boundaries that respect our word characters (hyphen and apostrophe included). */
export const wholeWord = (pattern: string): string => `(?<!${WORD})${pattern}(?!${WORD})`;

/** The words of a normalized sentence, to test `starts` against. */
export function wordsOf(normalized: string): Set<string> {
  return new Set(normalized.match(/[a-z0-9'-]+/g) ?? []);
}

export function mayMatch(starts: Set<string>, words: Set<string>): boolean {
  for (const w of starts) if (words.has(w)) return true;
  return false;
}
