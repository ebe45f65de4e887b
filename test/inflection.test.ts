// The lexicon inflects its verbs by rule, without compromise (which cost a third of a second at
// every start). This checks the rule, with the irregular forms the lexicon lists, covers every
// form compromise's conjugator gives for every verb in the lexicon.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inflect } from '../src/claims/inflection.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';

interface Entry {
  verbs: string[];
  forms?: Record<string, string[]>;
  objectFirst?: boolean;
  /** Passive participles are listed as they are, not inflected. */
  passive?: boolean;
}
const effects = (parse(readFileSync(join(PACKAGE_ROOT, 'rules', 'lexicons', 'effects.yml'), 'utf8')) as { effects: Entry[] }).effects;
const verbs = effects.filter((e) => !e.objectFirst && !e.passive).flatMap((e) => e.verbs.map((v) => [v, e.forms?.[v] ?? []] as const));

describe('verb inflections', () => {
  it.each(verbs)('%s', (lemma, irregular) => {
    const [head, ...rest] = lemma.split(' ');
    const tail = rest.length ? ` ${rest.join(' ')}` : '';
    const conjugated = (nlp(head!).verbs().conjugate()[0] ?? {}) as Record<string, string>;
    const expected = ['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle']
      .map((k) => conjugated[k])
      .filter((f): f is string => Boolean(f) && !f!.includes(' '))
      .map((f) => f + tail);
    const ours = inflect(lemma, irregular);
    for (const form of expected) expect(ours).toContain(form);
  });

  it('doubles a final consonant after one short vowel', () => {
    expect(inflect('stop')).toEqual(expect.arrayContaining(['stops', 'stopped', 'stopping']));
    expect(inflect('target')).toEqual(expect.arrayContaining(['targets', 'targeted', 'targeting']));
  });
});
