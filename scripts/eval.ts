/**
 * `npm run eval`: accuracy on the labelled corpus in fixtures/corpus. Each item is linted on its
 * own, as a one-sentence document, so the page cannot help: this measures the sentence-level
 * analysis. Prints recall on violative items and the false-alarm rate (any error or warning) on
 * informational and compliant items, per category and overall.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';

interface Item {
  text: string;
  label: 'violative' | 'informational' | 'compliant';
  category: string;
  source: { publisher: string; title?: string; url?: string };
}

interface Tally {
  total: number;
  flagged: number;
  misses: string[];
}

function loadCorpus(dir: string): Item[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Item),
    );
}

function flags(text: string): boolean {
  const result = lintSource(text, 'item.txt');
  const fatal = result.messages.find((m) => m.fatal);
  // A broken lexicon must fail the evaluation, not read as "nothing flagged".
  if (fatal) throw new Error(`healthlint failed on a corpus item: ${fatal.message}`);
  return result.messages.some((m) => m.ruleId && (m.severity === 'error' || m.severity === 'warning'));
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const items = loadCorpus(join(PACKAGE_ROOT, 'fixtures', 'corpus'));
  const tallies = new Map<string, Tally>();
  for (const item of items) {
    const key = `${item.label}/${item.category}`;
    const tally = tallies.get(key) ?? { total: 0, flagged: 0, misses: [] };
    tally.total++;
    const flagged = flags(item.text);
    if (flagged) tally.flagged++;
    const wrong = item.label === 'violative' ? !flagged : flagged;
    if (wrong) tally.misses.push(item.text);
    tallies.set(key, tally);
  }

  const rows: string[][] = [['label', 'category', 'items', 'flagged', 'recall / false alarms']];
  const sum = { violative: { total: 0, flagged: 0 }, clean: { total: 0, flagged: 0 } };
  for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const [label, category] = key.split('/') as [string, string];
    const violative = label === 'violative';
    const bucket = violative ? sum.violative : sum.clean;
    bucket.total += t.total;
    bucket.flagged += t.flagged;
    rows.push([label, category, String(t.total), String(t.flagged), violative ? `recall ${pct(t.flagged, t.total)}` : `false alarms ${pct(t.flagged, t.total)}`]);
  }
  rows.push(['all', 'violative', String(sum.violative.total), String(sum.violative.flagged), `recall ${pct(sum.violative.flagged, sum.violative.total)}`]);
  rows.push(['all', 'informational+compliant', String(sum.clean.total), String(sum.clean.flagged), `false alarms ${pct(sum.clean.flagged, sum.clean.total)}`]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));

  if (verbose) {
    for (const [key, t] of tallies) {
      for (const miss of t.misses) console.log(`${key.startsWith('violative') ? 'MISSED' : 'FALSE ALARM'} [${key}] ${miss}`);
    }
  }
}

main();
