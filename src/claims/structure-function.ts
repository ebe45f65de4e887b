/**
 * Structure/function statements ("supports healthy immune function"): what a supplement may
 * say with the disclaimer, and what makes the disclaimer required (21 CFR 101.93(b)).
 */
import { loadDataFile, phraseList } from '../knowledge/data-file.js';
import type { Sentence } from '../types.js';
import { normalizeForMatching } from './normalize.js';

interface StructureFunctionFile {
  verbs: string[];
  objects: string[];
  window: number;
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['verbs', 'objects', 'window'],
  properties: { verbs: phraseList, objects: phraseList, window: { type: 'integer', minimum: 0, maximum: 6 } },
};

let pattern: RegExp | undefined;

function compiled(): RegExp {
  if (pattern) return pattern;
  const file = loadDataFile<StructureFunctionFile>('lexicons/structure-function.yml', schema);
  const alt = (list: string[]): string =>
    list
      .map((p) => normalizeForMatching(p).split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("[^a-z0-9'-]+"))
      .sort((a, b) => b.length - a.length)
      .join('|');
  pattern = new RegExp(
    `(?<![a-z0-9'-])(?:${alt(file.verbs)})(?:[^a-z0-9'.,;:!?-]+[a-z0-9'-]+){0,${file.window}}?[^a-z0-9'.,;:!?-]+(?:${alt(file.objects)})(?![a-z0-9'-])`,
  );
  return pattern;
}

export function isStructureFunctionStatement(sentence: Sentence): boolean {
  return compiled().test(normalizeForMatching(sentence.text));
}
