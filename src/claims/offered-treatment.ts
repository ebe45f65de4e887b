/**
 * Is a treatment named in a sales page's sentence the seller's offering rather than medicine's?
 * The words are data (rules/lexicons/offered-treatments.yml); the page kind is the caller's test.
 */
import { loadDataFile, phraseList } from '../knowledge/data-file.js';
import { diseasesIn } from './effects.js';
import { lexicon, normalizeForMatching } from './lexicon.js';

interface OfferedTreatmentsFile {
  generic: string[];
  offeredWith: string[];
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['generic', 'offeredWith'],
  properties: { generic: phraseList, offeredWith: phraseList },
};

let compiled: { generic: RegExp; offeredWith: RegExp; coinedName: RegExp } | undefined;

const alternation = (words: string[]): string =>
  [...new Set(words.map((w) => normalizeForMatching(w).trim()))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+'))
    .join('|');

function words() {
  if (compiled) return compiled;
  const file = loadDataFile<OfferedTreatmentsFile>('lexicons/offered-treatments.yml', schema);
  const generic = alternation(file.generic);
  compiled = {
    generic: new RegExp(`(?<![\\w'-])(?:${generic})(?![\\w'-])`, 'i'),
    offeredWith: new RegExp(`(?<![\\w'-])(?:${alternation(file.offeredWith)})(?![\\w'-])`, 'i'),
    // A word before a treatment word: "CEASE Therapy" (see isOfferedTreatment).
    coinedName: new RegExp(`(?<![\\w'-])([a-z][a-z0-9-]+)\\s+(${generic})(?![\\w'-])`, 'gi'),
  };
  return compiled;
}

/** Does this phrase (a subject, say) name a treatment the seller offers? */
export function isOfferedTreatment(phrase: string): boolean {
  const { generic, offeredWith, coinedName } = words();
  if (!generic.test(phrase)) return false;
  if (offeredWith.test(phrase)) return true;
  const treatment = lexicon().agents.find((a) => a.kind === 'treatment')!.pattern;
  return [...phrase.matchAll(coinedName)].some(([whole, name, noun]) => {
    // A name in capitals before a treatment word that is not in capitals itself: text all in
    // capitals ("… IN THE USA & CHINA AS A POSSIBLE CURE") names no coined therapy, nor does a
    // title in initial capitals ("Adult Treatment", "Targeted Therapy").
    if (!/^[A-Z][A-Z0-9-]+$/.test(name!) || noun === noun!.toUpperCase()) return false;
    // A disease's name ("CANCER Treatment") names which treatment; an established treatment of
    // agents.yml matches from the name on.
    if (diseasesIn(name!).length > 0) return false;
    return normalizeForMatching(whole).search(treatment) !== 0;
  });
}
