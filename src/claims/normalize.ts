/**
 * Text as the lexicon's patterns read it: lowercased, look-alike letters folded, editors' marks in
 * quotations read in place, quotation marks told from apostrophes, every offset kept where it was,
 * so that a match points into the original text.
 */
import { confusablesMap } from 'confusables';

/**
 * A quotation without its editor's "[sic]": regulators quote sellers so, and it is not the
 * seller's writing. (A bracketed capital, "[I]t", is read in place by normalizeForMatching.) For
 * reading words, not for offsets.
 */
export function withoutEditorialMarks(text: string): string {
  return text.replace(/\[sic\]/gi, ' ');
}

const QUOTE_MARKS = /[’‘`'“”]/g;
const LETTER_OR_DIGIT = /[a-z0-9]/;
const NON_ASCII = /[^\x00-\x7f]/g;
const ANY_LETTER = /\p{L}/u;

/**
 * A letter that looks like a Latin one, as the Latin letter: Cyrillic "а" in "Cаncer" (sellers
 * write so to slip past filters), and accented letters ("naïve"). Only letter for letter, so that
 * every offset stays where it was; the Unicode confusables come from the `confusables` package.
 */
function latinLookalike(char: string): string {
  if (!ANY_LETTER.test(char)) return char;
  const latin = confusablesMap.get(char);
  return latin && latin.length === 1 && /[a-z]/i.test(latin) ? latin.toLowerCase() : char;
}

/** A letter an editor put in brackets at the start of a quoted word: "[K]ill", "[A]nti-tumor". */
const EDITED_LETTER = /\[([a-z])\]([a-z][a-z0-9'’-]*)/gi;

/**
 * The word as written, compounds whole, moved to where the bracket opened and padded after, so
 * that it keeps its length: a claim quoted as "[K]ill the AIDS virus" reads as "Kill the AIDS
 * virus", and a match from the word on still starts at the bracket.
 */
const editedWord = (_whole: string, letter: string, rest: string): string => `${letter}${rest}  `;

/** The text with every bracketed letter read in place ("[C]an destroy" as "Can destroy"), its length kept. */
export const editedLettersInPlace = (text: string): string => text.replace(EDITED_LETTER, editedWord);

/**
 * A range of `text` that ends inside a word an editor bracketed a letter of ends too early, since
 * the word is read two characters early ("[A]nti-tumor" as "anti-tumor  "): where that word does.
 */
export function endOfEditedWord(text: string, start: number, end: number): number {
  return /\[[a-z]\][\w'’-]*$/i.test(text.slice(start, end)) ? end + /^[\w'’-]*/.exec(text.slice(end))![0].length : end;
}

/**
 * Lowercases and folds look-alike letters, editors' bracketed letters and curly quotes, keeping
 * every offset where it was.
 * An apostrophe stands between letters ("alzheimer's", "don't"); a single quote at the edge of a
 * word is a quotation mark ("commit ‘suicide’", "'go after'") and becomes a double one, which
 * separates words.
 */
export function normalizeForMatching(text: string): string {
  const lower = text.toLowerCase().replace(NON_ASCII, latinLookalike).replace(EDITED_LETTER, editedWord);
  return lower.replace(QUOTE_MARKS, (mark: string, at: number) => {
    if (mark === '“' || mark === '”') return '"';
    const inWord = LETTER_OR_DIGIT.test(lower[at - 1] ?? '') && LETTER_OR_DIGIT.test(lower[at + 1] ?? '');
    return inWord ? "'" : '"';
  });
}
