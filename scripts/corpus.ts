/** The labelled corpus in fixtures/corpus: its three sets and how an item is stored. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';

export interface CorpusItem {
  text: string;
  label: 'violative' | 'informational' | 'compliant';
  category: string;
  source: { publisher: string; title?: string; url?: string };
  /** A labelled page's sentence (page-corpus.ts, pageSentenceItems), not an item chosen for the corpus. */
  fromPage?: boolean;
}

/**
 * Three sets, as in any measured classifier. The development set (fixtures/corpus) is what the
 * lexicons were written and tuned on. The validation set (fixtures/corpus/validation) was gathered
 * held out, measured once, then used to tune as well. The claim register is trained on both. The
 * test set (fixtures/corpus/test) was gathered after that, without looking at
 * what the linter catches, and is never read when the lexicons change: its figures say how well
 * the analysis generalises.
 */
export const CORPUS_SETS = {
  development: join(PACKAGE_ROOT, 'fixtures', 'corpus'),
  validation: join(PACKAGE_ROOT, 'fixtures', 'corpus', 'validation'),
  test: join(PACKAGE_ROOT, 'fixtures', 'corpus', 'test'),
};

/** Every item of the `.jsonl` files directly in `dir`, files in name order. */
export function loadCorpus(dir: string): CorpusItem[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as CorpusItem),
    );
}
