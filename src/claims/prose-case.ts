/**
 * A disease's name as running prose writes it, for messages and page topics: a headline's "Breast
 * Cancer" is "breast cancer", but "MS", "HIV" and "COVID-19" stay acronyms, "Alzheimer’s" and
 * "Crohn’s" keep the capital of the name they carry, and so does "Lyme disease" where the
 * sentence writes it so.
 */
const ACRONYM = /^[A-Z][A-Z0-9-]*[A-Z0-9]$/;
const EPONYM = /^[A-Z][a-z]+['’]s?$/;

/** Text set in capitals throughout ("HOW WILL YOU FIGHT OFF CORONA?"), where no capital marks an acronym. */
function shouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
}

/**
 * `name` as prose writes it; `context`, the sentence it stands in, tells an acronym from shouting,
 * and a proper name's capital ("Lyme disease" within a sentence) from a sentence's first letter.
 */
export function inProseCase(name: string, context?: string): string {
  const capitalsMarkAcronyms = !(context && shouted(context));
  const at = context?.indexOf(name) ?? -1;
  const opensSentence = at >= 0 && !/\p{L}/u.test(context!.slice(0, at));
  const properFirstWord = capitalsMarkAcronyms && at >= 0 && !opensSentence && /^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(name);
  let first = true;
  return name.replace(/[\p{L}\p{N}'’-]+/gu, (word) => {
    const keep = (first && properFirstWord) || (capitalsMarkAcronyms && ACRONYM.test(word)) || EPONYM.test(word);
    first = false;
    return keep ? word : word.toLowerCase();
  });
}
