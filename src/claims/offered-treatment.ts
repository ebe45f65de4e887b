/**
 * Is a treatment named in a sales page's sentence the seller's offering rather than medicine's?
 * The words are data (rules/lexicons/offered-treatments.yml); the page kind is the caller's test.
 */
import { loadDataFile, phraseList } from '../knowledge/data-file.js';
import { diseasesIn } from './effects.js';
import { lexicon } from './lexicon.js';
import { normalizeForMatching } from './normalize.js';
import { alternation, wholeWord } from './patterns.js';

interface OfferedTreatmentsFile {
  generic: string[];
  offeredWith: string[];
  practices: string[];
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['generic', 'offeredWith', 'practices'],
  properties: { generic: phraseList, offeredWith: phraseList, practices: phraseList },
};

let compiled: { generic: RegExp; offeredWith: RegExp; coinedName: RegExp; practice: RegExp } | undefined;

/** The patterns, for normalized (lower-cased, offset-keeping) text. */
function words() {
  if (compiled) return compiled;
  const file = loadDataFile<OfferedTreatmentsFile>('lexicons/offered-treatments.yml', schema);
  const generic = alternation(file.generic);
  compiled = {
    generic: new RegExp(wholeWord(generic)),
    offeredWith: new RegExp(wholeWord(alternation(file.offeredWith))),
    practice: new RegExp(wholeWord(alternation(file.practices))),
    // A word before a treatment word: "CEASE Therapy" (see isOfferedTreatment).
    coinedName: new RegExp(wholeWord(`([a-z][a-z0-9-]+)\\s+(${generic})`), 'g'),
  };
  return compiled;
}

/**
 * Does this phrase open with a practice outside medicine ("Acupuncture", "reflexology
 * techniques")? Only as its head: "Some complementary health approaches, such as acupuncture"
 * names a kind of care, not one practitioner's.
 */
export function namesPractice(phrase: string): boolean {
  const m = words().practice.exec(normalizeForMatching(phrase));
  return m !== null && /^\W*$/.test(phrase.slice(0, m.index));
}

/** Does this phrase (a subject, say) name a treatment the seller offers? */
export function isOfferedTreatment(phrase: string): boolean {
  const { generic, offeredWith, coinedName } = words();
  const normalized = normalizeForMatching(phrase);
  if (!generic.test(normalized)) return false;
  if (offeredWith.test(normalized)) return true;
  const treatment = lexicon().agents.find((a) => a.kind === 'treatment')!.pattern;
  return [...normalized.matchAll(coinedName)].some((m) => {
    // The normalized text keeps every offset: the phrase itself shows the capitals.
    const name = phrase.slice(m.index!, m.index! + m[1]!.length);
    const nounStart = m.index! + m[0].length - m[2]!.length;
    const noun = phrase.slice(nounStart, m.index! + m[0].length);
    // A name in capitals before a treatment word that is not in capitals itself: text all in
    // capitals ("… IN THE USA & CHINA AS A POSSIBLE CURE") names no coined therapy, nor does a
    // title in initial capitals ("Adult Treatment", "Targeted Therapy").
    if (!/^[A-Z][A-Z0-9-]+$/.test(name) || noun === noun.toUpperCase()) return false;
    // A disease's name ("CANCER Treatment") names which treatment; an established treatment of
    // agents.yml matches from the name on.
    if (diseasesIn(name).length > 0) return false;
    return m[0].search(treatment) !== 0;
  });
}
