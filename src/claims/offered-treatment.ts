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
    // "CEASE Therapy": a name in capitals before a treatment word that is not in capitals itself
    // (a heading in capitals, "PEDIATRIC TREATMENT", names no coined therapy; nor does a title
    // in initial capitals, "Adult Treatment", "Targeted Therapy").
    coinedName: new RegExp(`(?<![\\w'-])([A-Z][A-Z0-9-]+)\\s+(?=[A-Za-z]*[a-z])(?:${generic})(?![\\w'-])`, 'i'),
  };
  return compiled;
}

/** Does this phrase (a subject, say) name a treatment the seller offers? */
export function isOfferedTreatment(phrase: string): boolean {
  const { generic, offeredWith, coinedName } = words();
  if (!generic.test(phrase)) return false;
  if (offeredWith.test(phrase)) return true;
  const named = coinedName.exec(phrase);
  const coined = named?.[1];
  // The pattern ignores case to match the treatment words; the name itself must be in capitals.
  if (!coined || !/^[A-Z][A-Z0-9-]+$/.test(coined)) return false;
  // "CANCER Treatment" names a disease's treatment, "CAR-T therapy" medicine's: the established
  // treatment matches from the name on.
  if (diseasesIn(coined).length > 0) return false;
  const from = normalizeForMatching(named[0].slice(named[0].indexOf(coined)));
  return from.search(lexicon().agents.find((a) => a.kind === 'treatment')!.pattern) !== 0;
}
