/**
 * In-process measurements, run by the benchmark in a child process of their own (so one task's
 * memory and JIT state do not leak into another's). Prints one JSON object per line.
 *
 *   node dist/scripts/bench/inproc.js blocks FILE RUNS        building blocks and healthlint on FILE
 *   node dist/scripts/bench/inproc.js adversarial CASE LIMIT_MS MAX_BYTES   one adversarial case, growing
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { ParseEnglish } from 'parse-english';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lexicon } from '../../src/claims/lexicon.js';
import { normalizeForMatching } from '../../src/claims/normalize.js';
import { lintSource } from '../../src/engine/lint.js';
import { Timing } from '../../src/engine/timing.js';
import { linearEnglishParser } from '../../src/parse/english.js';
import { ADVERSARIAL_CASES } from './adversarial.js';

const emit = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time of `fn` over `runs` runs after one warm-up run. */
function measure(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function blocks(file: string, runs: number): void {
  const source = readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(source);
  const lines = source.split('\n');
  const { screen } = lexicon();
  const remark = unified().use(remarkParse);
  const remarkFull = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
  // compromise is run only on the few sentences that pass the screen; its rate on ordinary prose:
  const sample = source
    .split(/\n\n+/)
    .filter((p) => /^[A-Z][^`#|<>\n]*[.!?]$/.test(p.trim()))
    .join('\n\n')
    .slice(0, 40_000);
  const row = (name: string, ms: number, size = bytes, note = ''): void => emit({ name, ms, bytes: size, note });

  row('read (readFileSync + UTF-8 decode)', measure(runs * 3, () => readFileSync(file, 'utf8')));
  row(
    'lexicon screen (one regex, every line)',
    measure(runs * 3, () => {
      let n = 0;
      for (const line of lines) if (screen.test(normalizeForMatching(line))) n++;
      return n;
    }),
  );
  row('remark-parse alone', measure(runs, () => remark.parse(source)));
  row('remark-parse + GFM + front matter', measure(runs, () => remarkFull.parse(source)));
  row('parse-english, stock (whole file)', measure(1, () => new ParseEnglish().parse(source)), bytes, 'quadratic word-merging pass');
  row('parse-english, linear plugins (whole file)', measure(runs, () => linearEnglishParser().parse(source)));
  row('compromise full tagger', measure(Math.max(1, Math.floor(runs / 2)), () => nlp(sample).json()), Buffer.byteLength(sample), 'on a prose sample');
  // Timed without the profiler (as a normal run), then once more with it, for the stage table.
  const lint = measure(runs, () => lintSource(source, file));
  const profile = new Timing();
  lintSource(source, file, { timing: profile });
  const nlpCalls = profile.stages().find((s) => s.stage === 'nlp')?.calls ?? 0;
  row('healthlint lintSource (in process, warm)', lint, bytes, `${nlpCalls} timed NLP calls`);
  emit({ profile: profile.toJSON() });
}

/**
 * One adversarial case at 10 KB, 100 KB, 1 MB and 10 MB, stopping before a size projected (from
 * the time per KB so far and its growth) to take longer than `limitMs`.
 */
function adversarial(caseId: string, limitMs: number, maxBytes: number): void {
  const kase = ADVERSARIAL_CASES.find((c) => c.id === caseId);
  if (!kase) throw new Error(`unknown adversarial case ${caseId}`);
  // Warm the pipeline (module loading, lexicon compilation, JIT) on a small input first.
  lintSource(kase.make(2_000), kase.fileName);
  let previous: { bytes: number; ms: number } | undefined;
  let growth = 1;
  for (const size of [10_000, 100_000, 1_000_000, 10_000_000].filter((s) => s <= maxBytes)) {
    if (previous) {
      const projected = previous.ms * (size / previous.bytes) * growth;
      if (projected > limitMs) {
        emit({ case: caseId, skipped: size, projectedMs: projected });
        return;
      }
    }
    const text = kase.make(size);
    const bytes = Buffer.byteLength(text);
    const timing = new Timing();
    const start = performance.now();
    const result = lintSource(text, kase.fileName, { timing });
    const ms = performance.now() - start;
    const fatal = result.messages.find((m) => m.fatal)?.message;
    const slowest = timing.stages().sort((a, b) => b.ms - a.ms)[0];
    emit({ case: caseId, bytes, ms, messages: result.messages.length, fatal, slowest: slowest && { stage: slowest.stage, ms: slowest.ms } });
    if (previous) growth = Math.max(1, ms / bytes / (previous.ms / previous.bytes));
    previous = { bytes, ms };
  }
}

const [task, ...args] = process.argv.slice(2);
if (task === 'blocks') blocks(args[0]!, Number(args[1] ?? 3));
else if (task === 'adversarial') adversarial(args[0]!, Number(args[1] ?? 30_000), Number(args[2] ?? 10_000_000));
else throw new Error(`unknown task ${task}`);
