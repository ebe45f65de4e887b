/**
 * The compliance phrase lists (rules/lexicons/compliance-phrases.yml), compiled once and run
 * over every sentence in the single analysis pass, so rules only read the mentions.
 */
import { loadDataFile, phraseList } from '../knowledge/data-file.js';
import type { Sentence, TextRange } from '../types.js';
import { normalizeForMatching } from './normalize.js';

export type PhraseListId =
  | 'results-vary'
  | 'red-flags'
  | 'evidence-claims'
  | 'citation-cues'
  | 'publication-cues'
  | 'fda-approval'
  | 'authority-endorsement';

const LIST_IDS: PhraseListId[] = [
  'results-vary',
  'red-flags',
  'evidence-claims',
  'citation-cues',
  'publication-cues',
  'fda-approval',
  'authority-endorsement',
];

interface PhraseListsFile {
  lists: Record<PhraseListId, { source: string; regex?: boolean; patterns: string[] }>;
}

const listSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['source', 'patterns'],
  properties: { source: { type: 'string', minLength: 1 }, regex: { type: 'boolean' }, patterns: phraseList },
};
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['lists'],
  properties: {
    lists: {
      type: 'object',
      additionalProperties: false,
      required: LIST_IDS,
      properties: Object.fromEntries(LIST_IDS.map((id) => [id, listSchema])),
    },
  },
};

export interface Mention {
  sentence: Sentence;
  range: TextRange;
}

export type Mentions = Record<PhraseListId, Mention[]>;

const WORD = "[a-z0-9'%-]";
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let compiled: Record<PhraseListId, RegExp> | undefined;

function lists(): Record<PhraseListId, RegExp> {
  if (compiled) return compiled;
  const file = loadDataFile<PhraseListsFile>('lexicons/compliance-phrases.yml', schema);
  compiled = Object.fromEntries(
    LIST_IDS.map((id) => {
      const list = file.lists[id];
      const sources = list.regex
        ? list.patterns
        : list.patterns.map((p) => `(?<!${WORD})${normalizeForMatching(p).split(/\s+/).map(escape).join('\\s+')}(?!${WORD})`);
      try {
        return [id, new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'g')];
      } catch (error) {
        throw new Error(`rules/lexicons/compliance-phrases.yml: /lists/${id}: ${(error as Error).message}`);
      }
    }),
  ) as Record<PhraseListId, RegExp>;
  return compiled;
}

export function findMentions(sentences: Sentence[]): Mentions {
  const patterns = lists();
  const mentions = Object.fromEntries(LIST_IDS.map((id) => [id, [] as Mention[]])) as Mentions;
  for (const sentence of sentences) {
    const normalized = normalizeForMatching(sentence.text);
    for (const id of LIST_IDS) {
      for (const m of normalized.matchAll(patterns[id])) {
        const start = m.index!;
        const end = start + m[0].length;
        mentions[id].push({ sentence, range: { start, end, text: sentence.text.slice(start, end) } });
      }
    }
  }
  return mentions;
}
