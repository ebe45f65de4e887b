/**
 * `npm run train`: trains the claim-register model on the development and validation sets and the
 * development pages' sentences and writes rules/models/claim-register.json; then prints how the model alone does on text it was not
 * trained on, by grouped cross-validation (items from one source document stay in one fold, so
 * that a document's own vocabulary cannot carry over). Then the same for the page register
 * (rules/models/page-register.json), on the development pages.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diseasesIn } from '../src/claims/effects.js';
import { MODEL_FILE, registerOf } from '../src/claims/register.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import type { CorpusItem } from './corpus.js';
import { PAGE_MODEL_FILE, pageWords, sellerLikeness } from '../src/claims/page-register.js';
import { PAGE_FOLDS, pageFoldOf, PAGE_TRAINING, pageTrainingSet, trainPageRegister, type TrainingPage } from './page-register-training.js';
import { FOLDS, foldOf, MODEL_ABOUT, readingOf, renderRegisterWords, TRAINING, trainRegister, trainingItems, WORDS_DOC } from './register-training.js';

function crossValidate(items: CorpusItem[]): void {
  const scored: { item: CorpusItem; score: number }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainRegister(items.filter((i) => foldOf(i) !== fold), MODEL_ABOUT);
    const table = new Map(Object.entries(model.weights));
    for (const item of items.filter((i) => foldOf(i) === fold)) scored.push({ item, score: registerOf(item.text, readingOf(item.text), { bias: model.bias, table }).claimLikeness });
  }
  const claims = scored.filter((s) => s.item.label === 'violative');
  const others = scored.filter((s) => s.item.label !== 'violative');
  const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;
  const naming = (s: { item: CorpusItem }) => diseasesIn(s.item.text).length > 0;
  console.log(`grouped ${FOLDS}-fold cross-validation, development and validation sets and development pages' sentences (${claims.length} claims, ${others.length} others):`);
  console.log(
    `  reads as a claim (>= ${TRAINING.claimFrom}) and names a disease: claims ${pct(claims.filter((s) => s.score >= TRAINING.claimFrom && naming(s)).length, claims.length)},` +
      ` others ${pct(others.filter((s) => s.score >= TRAINING.claimFrom && naming(s)).length, others.length)}`,
  );
  console.log(
    `  reads as information (< ${TRAINING.informationBelow}): claims ${pct(claims.filter((s) => s.score < TRAINING.informationBelow).length, claims.length)},` +
      ` others ${pct(others.filter((s) => s.score < TRAINING.informationBelow).length, others.length)}`,
  );
}

/** How the page register reads the labelled development pages it was not trained on. */
function crossValidatePages(pages: TrainingPage[]): void {
  const labelled: { seller: boolean; score: number }[] = [];
  for (let fold = 0; fold < PAGE_FOLDS; fold++) {
    const model = trainPageRegister(pages.filter((p) => pageFoldOf(p.url) !== fold));
    const table = new Map(Object.entries(model.weights));
    for (const page of pages.filter((p) => p.labelled && pageFoldOf(p.url) === fold)) {
      labelled.push({ seller: page.seller, score: sellerLikeness(pageWords(page.text), { bias: model.bias, table }) });
    }
  }
  const sellers = labelled.filter((p) => p.seller);
  const others = labelled.filter((p) => !p.seller);
  const { sellerFrom, informationalBelow } = PAGE_TRAINING;
  const read = (group: typeof labelled, test: (score: number) => boolean): string => `${group.filter((p) => test(p.score)).length}/${group.length}`;
  console.log(`grouped ${PAGE_FOLDS}-fold cross-validation, labelled development pages:`);
  console.log(`  read as sales pages (>= ${sellerFrom}): sellers' ${read(sellers, (s) => s >= sellerFrom)}, informational ${read(others, (s) => s >= sellerFrom)}`);
  console.log(`  read as informational (< ${informationalBelow}): sellers' ${read(sellers, (s) => s < informationalBelow)}, informational ${read(others, (s) => s < informationalBelow)}`);
}

function trainPages(): void {
  const pages = pageTrainingSet();
  const model = trainPageRegister(pages);
  const file = join(PACKAGE_ROOT, 'rules', PAGE_MODEL_FILE);
  writeFileSync(file, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`${file}: ${Object.keys(model.weights).length} weights from ${pages.length} pages (${pages.filter((p) => p.labelled).length} labelled)`);
  crossValidatePages(pages);
}

function main(): void {
  const items = trainingItems();
  const model = trainRegister(items, MODEL_ABOUT);
  const file = join(PACKAGE_ROOT, 'rules', MODEL_FILE);
  writeFileSync(file, `${JSON.stringify(model, null, 1)}\n`);
  writeFileSync(join(PACKAGE_ROOT, WORDS_DOC), renderRegisterWords(model));
  console.log(`${file}: ${Object.keys(model.weights).length} weights from ${items.length} items`);
  crossValidate(items);
  trainPages();
}

main();
