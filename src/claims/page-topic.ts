/**
 * The disease a seller's page is about, and the signs of it that the page's sentences name
 * without naming the disease (rules/lexicons/disease-signs.yml). On a page selling a diabetes
 * remedy, "helps regulate blood sugar levels" is said of diabetes: 21 CFR 101.93(g)(2)(ii) makes
 * an effect on a disease's characteristic signs or symptoms a disease claim. The same words on a
 * page about no disease are a structure/function statement, so signs are read only on sales
 * pages and only for the page's own disease.
 */
import { loadDataFile, phraseList } from '../knowledge/data-file.js';
import type { Sentence, Target } from '../types.js';
import { diseaseKey } from './effects.js';
import { normalizeForMatching } from './normalize.js';
import { inProseCase } from './prose-case.js';
import { alternation, wholeWord } from './patterns.js';

interface DiseaseSignsFile {
  anyDisease: string[];
  diseases: { names: string[]; signs: string[] }[];
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['anyDisease', 'diseases'],
  properties: {
    anyDisease: phraseList,
    diseases: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['names', 'signs'],
        properties: { names: phraseList, signs: phraseList },
      },
    },
  },
};

interface CompiledSigns {
  /** Each entry's signs, or the words that stand for any disease (global), by its place in the file. */
  signs: RegExp[];
  /** A disease's name as diseasesIn keys it ("alzheimer" of "Alzheimer’s") → its entry's place. */
  entryOfName: Map<string, number>;
}

let compiled: CompiledSigns | undefined;

export function diseaseSigns(): CompiledSigns {
  if (compiled) return compiled;
  const file = loadDataFile<DiseaseSignsFile>('lexicons/disease-signs.yml', schema);
  const entryOfName = new Map<string, number>();
  const signs = file.diseases.map((entry, index) => {
    for (const name of entry.names) entryOfName.set(diseaseKey(name), index);
    return new RegExp(wholeWord(alternation([...entry.signs, ...file.anyDisease])), 'g');
  });
  compiled = { signs, entryOfName };
  return compiled;
}

/** A disease the page is about, as the page names it, with the signs that stand for it. */
export interface PageTopic {
  /** The disease as the page names it most often ("type 2 diabetes"). */
  disease: string;
  signs: RegExp;
}

/** At least this many of a page's sentences name its disease, unless its first one does. */
const TOPIC_MIN_SENTENCES = 2;

/**
 * The diseases a page is about, from the diseases its sentences name (`diseasesOf`, read once by
 * the analysis): the one its first sentence (a title, a heading) names, else the one most of its
 * sentences name, if two or more do. Diseases the signs lexicon does not list have no signs and
 * are never a topic.
 */
export function pageTopics(sentences: readonly Sentence[], diseasesOf: (sentence: Sentence) => readonly Target[]): PageTopic[] {
  const { signs, entryOfName } = diseaseSigns();
  const sentencesNaming = new Map<number, number>();
  const namesOf = new Map<number, Map<string, number>>();
  const firstNamed = new Set<number>();
  for (const sentence of sentences) {
    const seen = new Set<number>();
    for (const target of diseasesOf(sentence)) {
      const entry = entryOfName.get(diseaseKey(target.range.text));
      if (entry === undefined) continue;
      const name = inProseCase(target.range.text, sentence.text);
      const names = namesOf.get(entry) ?? new Map<string, number>();
      namesOf.set(entry, names.set(name, (names.get(name) ?? 0) + 1));
      seen.add(entry);
    }
    for (const entry of seen) sentencesNaming.set(entry, (sentencesNaming.get(entry) ?? 0) + 1);
    if (sentence.index === sentences[0]?.index) for (const entry of seen) firstNamed.add(entry);
  }
  const most = Math.max(0, ...sentencesNaming.values());
  const topics = [...sentencesNaming].filter(([entry, count]) => firstNamed.has(entry) || (count >= TOPIC_MIN_SENTENCES && count === most)).map(([entry]) => entry);
  return topics.map((entry) => {
    const names = [...namesOf.get(entry)!].sort((a, b) => b[1] - a[1]);
    return { disease: names[0]![0], signs: signs[entry]! };
  });
}

/**
 * The signs of the page's diseases that a sentence names, as targets that stand for the disease
 * (`signOf`). The first topic whose signs match a stretch of text claims it.
 */
export function signsIn(text: string, topics: readonly PageTopic[], normalized = normalizeForMatching(text)): Target[] {
  const found: Target[] = [];
  for (const topic of topics) {
    for (const m of normalized.matchAll(topic.signs)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (found.some((t) => t.range.start < end && start < t.range.end)) continue;
      found.push({ kind: 'disease', range: { start, end, text: text.slice(start, end) }, signOf: topic.disease });
    }
  }
  return found.sort((a, b) => a.range.start - b.range.start);
}
