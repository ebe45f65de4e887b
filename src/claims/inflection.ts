/** The forms of the lexicon's effect verbs, generated from their lemmas. */

/**
 * Regular inflections: -s, -ed, -ing, with the final consonant doubled after a single short vowel
 * in one syllable (stop → stopped, stopping). Conjugating with compromise at every start cost a
 * third of a second; irregular verbs (shrink, beat, fight) and the rest list their forms in the
 * lexicon, and a test checks these forms cover compromise's conjugation of every verb listed.
 */
export function regularForms(verb: string): string[] {
  const consonantY = /[^aeiou]y$/.test(verb);
  const third = /(?:s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : consonantY ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const doubled = /^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb) ? verb + verb.at(-1) : verb;
  const past = verb.endsWith('e') ? `${verb}d` : consonantY ? `${verb.slice(0, -1)}ied` : `${doubled}ed`;
  const gerund = /[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${doubled}ing`;
  return [third, past, gerund];
}

/** Inflections of a verb lemma ("stop" → stop, stops, stopped, stopping). */
export function inflect(lemma: string, irregular: string[] = []): string[] {
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  return [...new Set<string>([lemma, ...irregular, ...regularForms(head!).map((f) => f + tail)])];
}
