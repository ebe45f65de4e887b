/**
 * compromise's reading of a sentence: its verbs (with their grammar and, on demand, their
 * subjects) and its terms' tags, at offsets into the sentence. Done once per candidate sentence and
 * shared by every effect in it.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { editedLettersInPlace } from './normalize.js';

type View = ReturnType<typeof nlpType>;

// compromise takes about 0.4 s to load, and only sentences that pass the screen need it: a run
// over pages without a candidate sentence never loads it. Its CommonJS build loads synchronously.
const requireCjs = createRequire(import.meta.url);
let compromise: typeof nlpType | undefined;
function nlp(text: string): View {
  compromise ??= requireCjs('compromise') as typeof nlpType;
  return compromise(text);
}

interface VerbInfo {
  start: number;
  end: number;
  form: string;
  infinitive: boolean;
  passive: boolean;
  subject: string;
}

interface TermInfo {
  start: number;
  end: number;
  tags: string[];
}

/** compromise's reading of one sentence, done once and shared by every effect in it. */
export interface ParsedSentence {
  text: string;
  verbs: VerbInfo[];
  terms: TermInfo[];
  /** Its noun phrases ("turkey tail mycelium", "Vitamin D"), read on first use. */
  readonly nounPhrases: { start: number; end: number }[];
}

export function parseSentence(text: string): ParsedSentence {
  // compromise reads "[C]an destroy" as the seller wrote it, at the same offsets.
  const doc: View = nlp(editedLettersInPlace(text));
  const verbs = doc.verbs();
  const json = verbs.json({ offset: true }) as {
    offset: { start: number; length: number };
    verb?: { grammar?: { form?: string; isInfinitive?: boolean; passive?: boolean } };
  }[];
  const infos: VerbInfo[] = json.map((v, i) => {
    // compromise's subject finding costs several times its tagging: only on demand, once.
    let subject: string | undefined;
    return {
      start: v.offset.start,
      end: v.offset.start + v.offset.length,
      form: v.verb?.grammar?.form ?? '',
      infinitive: v.verb?.grammar?.isInfinitive ?? false,
      passive: v.verb?.grammar?.passive ?? false,
      get subject(): string {
        subject ??= (verbs.eq(i) as unknown as { subjects(): View }).subjects().text().trim();
        return subject;
      },
    };
  });
  // "According to …" is a preposition that attributes what follows, not a verb without a subject.
  const attribution = (v: VerbInfo): boolean => /^according\s+to\b/i.test(text.slice(v.start));
  const sentences = doc.json({ offset: true }) as { terms: { offset: { start: number; length: number }; tags: string[] }[] }[];
  const terms = sentences.flatMap((s) =>
    s.terms.map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: t.tags })),
  );
  let nounPhrases: { start: number; end: number }[] | undefined;
  return {
    text,
    verbs: infos.filter((v) => !attribution(v)),
    terms,
    // Only a message that names an agent needs them, and compromise's chunking costs a pass.
    get nounPhrases() {
      nounPhrases ??= (doc.nouns().json({ offset: true }) as { offset: { start: number; length: number } }[]).map(({ offset }) => ({
        start: offset.start,
        end: offset.start + offset.length,
      }));
      return nounPhrases;
    },
  };
}
