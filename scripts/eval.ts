/**
 * `npm run eval`: accuracy on the labelled corpus in fixtures/corpus. Each item is linted on its
 * own, as a one-sentence document, so the page cannot help: this measures the sentence-level
 * analysis. Prints recall on violative items and the false-alarm rate (any error or warning) on
 * informational and compliant items, per category and overall, for the development set and the
 * validation and test sets. `--set=development|validation|test|development-pages|test-pages` prints one; `--verbose` lists every miss;
 * `--why` lists them with the stage that lost each (scripts/explain-item.ts); `--cross-validate`
 * reads the development and validation sets with claim-register models trained without each
 * item's source document. After the sentence sets, the labelled pages (scripts/eval-pages.ts): each
 * page linted whole, as a user lints it.
 */
import { existsSync } from 'node:fs';
import { lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import { type RegisterModel, withRegisterModel } from '../src/claims/register.js';
import { CORPUS_SETS, loadCorpus, type CorpusItem as Item } from './corpus.js';
import { FOLDS, foldOf, MODEL_ABOUT, trainingItems, trainRegister } from './register-training.js';
import { explain } from './explain-item.js';
import { evaluatePages, type PageModels } from './eval-pages.js';
import { withPageRegisterModel } from '../src/claims/page-register.js';
import { PAGE_FOLDS, pageFoldOf, pageTrainingSet, trainPageRegister } from './page-register-training.js';
import { loadPages, PAGE_SETS } from './page-corpus.js';
import { pct, printColumns } from './report-table.js';

/** The page an item came from: claims from sales pages, the rest from informational pages. */
const SOURCE_PAGE: Record<Item['label'], 'commerce' | 'informational'> = {
  violative: 'commerce',
  // Compliant structure/function statements are what sales pages may say: test them there.
  compliant: 'commerce',
  informational: 'informational',
};

/** Where an item is linted: alone, on the kind of page it came from, or on a sales page. */
type Placement = 'alone' | 'own page' | 'sales page';

function flags(item: Item, placement: Placement): boolean {
  const pageKind = placement === 'alone' ? undefined : placement === 'sales page' ? 'commerce' : SOURCE_PAGE[item.label];
  const result = lintSource(item.text, 'item.txt', pageKind ? { pageKind } : {});
  const fatal = result.messages.find((m) => m.fatal);
  // A broken lexicon must fail the evaluation, not read as "nothing flagged".
  if (fatal) throw new Error(`healthlint failed on a corpus item: ${fatal.message}`);
  // The disclaimer rules judge the page (is a disclaimer there?), not the item itself.
  return result.messages.some((m) => m.ruleId && m.category !== 'disclaimer' && (m.severity === 'error' || m.severity === 'warning'));
}


interface Tally {
  total: number;
  alone: number;
  inContext: number;
  /** Flagged as if copied onto a sales page (for claims: the same as their own page). */
  onSales: number;
  misses: string[];
}

/**
 * Lints every item both ways and prints the table (and, when `verbose`, every miss). With
 * `modelFor`, each item is read with that claim-register model instead of the committed one.
 */
function evaluate(items: Item[], verbose: boolean, why: boolean, modelFor?: (item: Item) => RegisterModel): void {
  const tallies = new Map<string, Tally>();
  for (const item of items) {
    if (modelFor) {
      withRegisterModel(modelFor(item), () => tallyItem(item, tallies, why));
      continue;
    }
    tallyItem(item, tallies, why);
  }
  printTable(tallies, verbose);
}

function tallyItem(item: Item, tallies: Map<string, Tally>, why: boolean): void {
  const key = `${item.label}/${item.category}`;
  const tally = tallies.get(key) ?? { total: 0, alone: 0, inContext: 0, onSales: 0, misses: [] };
  tally.total++;
  const alone = flags(item, 'alone');
  const inContext = flags(item, 'own page');
  const onSales = SOURCE_PAGE[item.label] === 'commerce' ? inContext : flags(item, 'sales page');
  if (alone) tally.alone++;
  if (inContext) tally.inContext++;
  if (onSales) tally.onSales++;
  const wrong = item.label === 'violative' ? !alone : alone;
  if (wrong) tally.misses.push(why ? `${item.text}\n    why (alone): ${explain(item.text)}` : item.text);
  tallies.set(key, tally);
}

function printTable(tallies: Map<string, Tally>, verbose: boolean): void {
  const header = ['label', 'category', 'items', 'sentence alone', 'on its kind of page', 'on a sales page'];
  const rows: string[][] = [header];
  const rate = (label: string, n: number, d: number): string => `${label === 'violative' ? 'recall' : 'false alarms'} ${pct(n, d)}`;
  const row = (label: string, category: string, t: Omit<Tally, 'misses'>): string[] => [
    label,
    category,
    String(t.total),
    rate(label, t.alone, t.total),
    rate(label, t.inContext, t.total),
    rate(label, t.onSales, t.total),
  ];
  const empty = (): Omit<Tally, 'misses'> => ({ total: 0, alone: 0, inContext: 0, onSales: 0 });
  const sum = { violative: empty(), clean: empty() };
  for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const [label, category] = key.split('/') as [string, string];
    const bucket = label === 'violative' ? sum.violative : sum.clean;
    bucket.total += t.total;
    bucket.alone += t.alone;
    bucket.inContext += t.inContext;
    bucket.onSales += t.onSales;
    rows.push(row(label, category, t));
  }
  rows.push(row('violative', 'all', sum.violative).map((cell, i) => (i === 0 ? 'all' : i === 1 ? 'violative' : cell)));
  rows.push(row('informational', 'all', sum.clean).map((cell, i) => (i === 0 ? 'all' : i === 1 ? 'informational+compliant' : cell)));
  printColumns(rows);
  console.log(
    '\nsentence alone: each item linted as a one-sentence document (no page to help).' +
      '\non its kind of page: linted as if on a page of the kind it came from (--page-kind): claims and' +
      '\nstructure/function statements on a sales page, informational sentences on an informational page.' +
      '\non a sales page: every item linted as if on a sales page, as informational text a seller copies onto' +
      '\nits page is (for claims and structure/function statements, the same as their own page).',
  );

  if (verbose) {
    for (const [key, t] of tallies) {
      for (const miss of t.misses) console.log(`${key.startsWith('violative') ? 'MISSED' : 'FALSE ALARM'} [${key}] ${miss}`);
    }
  }
}

/**
 * The claim register is trained on the development and validation sets and the development pages'
 * sentences, so their figures are in-sample for it. With --cross-validate each of their items is read with a model trained
 * without its source document's fold (grouped, as `npm run train` measures the model alone).
 */
let foldModels: RegisterModel[] | undefined;

function outOfFoldModels(): (item: Item) => RegisterModel {
  const items = trainingItems();
  foldModels ??= Array.from({ length: FOLDS }, (_, fold) => trainRegister(items.filter((i) => foldOf(i) !== fold), MODEL_ABOUT));
  return (item) => foldModels![foldOf(item)]!;
}

/**
 * The development pages are the page register's training data, and some of their sentences the
 * claim register's: with --cross-validate each page is read with both trained without its fold.
 * A page's fold is its address's, as for the corpus's sentences from the same address.
 */
function outOfFoldPageModels(): PageModels {
  const claimModels = outOfFoldModels();
  const pages = pageTrainingSet();
  const pageModels = Array.from({ length: PAGE_FOLDS }, (_, fold) => trainPageRegister(pages.filter((p) => pageFoldOf(p.url) !== fold)));
  return (page, score) => {
    const claimModel = claimModels({ text: '', label: 'informational', category: 'informational', source: { publisher: page.source.publisher, url: page.source.url } });
    withPageRegisterModel(pageModels[pageFoldOf(page.source.url)]!, () => withRegisterModel(claimModel, score));
  };
}

function main(): void {
  const crossValidate = process.argv.includes('--cross-validate');
  const why = process.argv.includes('--why');
  const verbose = why || process.argv.includes('--verbose');
  const only = process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length);
  for (const [name, dir] of Object.entries(CORPUS_SETS)) {
    if ((only && only !== name) || !existsSync(dir)) continue;
    console.log(`\n## ${name} set (${dir.slice(PACKAGE_ROOT.length + 1)})\n`);
    // The test set measures how well the analysis generalises only while nobody reads its misses.
    const listMisses = verbose && name !== 'test';
    const outOfFold = crossValidate && name !== 'test' ? outOfFoldModels() : undefined;
    if (outOfFold) console.log(`(the claim register read out of fold: ${FOLDS} models, each trained without the item's source document)\n`);
    evaluate(loadCorpus(dir), listMisses, why && listMisses, outOfFold);
    if (verbose && !listMisses) console.log('\n(The test set\'s misses are not listed: it is never read when the lexicons change.)');
  }
  for (const [name, file] of Object.entries(PAGE_SETS)) {
    const pages = loadPages(file);
    if ((only && only !== `${name}-pages`) || !pages.length) continue;
    console.log(`\n## ${name} pages (${file.slice(PACKAGE_ROOT.length + 1)})\n`);
    const outOfFold = crossValidate && name !== 'test' ? outOfFoldPageModels() : undefined;
    if (outOfFold) console.log(`(the page register and the claim register read out of fold: each page read with models trained without its fold)\n`);
    evaluatePages(pages, verbose && name !== 'test', outOfFold);
  }
}

main();
