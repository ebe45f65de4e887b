// The claim register (src/claims/register.ts): a model learned from the corpus that gives a second
// opinion beside the grammar. Sentences are quoted from fixtures/corpus and fixtures/pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_FILE, registerFeatures, registerModel, registerOf, withRegisterModel } from '../src/claims/register.js';
import { lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/package-root.js';
import { CORPUS_SETS, loadCorpus } from '../scripts/corpus.js';
import { MODEL_ABOUT, renderRegisterWords, trainingItems, trainRegister, WORDS_DOC } from '../scripts/register-training.js';

const reported = (text: string, pageKind?: 'commerce' | 'informational') =>
  lintSource(text, 'x.txt', pageKind ? { pageKind } : {}).messages.filter((m) => m.ruleId && (m.severity === 'error' || m.severity === 'warning'));

describe('the claim-register model', () => {
  it('is the one `npm run train` makes from the development and validation sets (run it if this fails)', () => {
    const committed = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'rules', MODEL_FILE), 'utf8'));
    const items = trainingItems();
    // Never the test set: it only measures.
    const held = new Set(loadCorpus(CORPUS_SETS.test).map((item) => item.text));
    expect(items.filter((item) => held.has(item.text)).length).toBe(0);
    expect(trainRegister(items, MODEL_ABOUT)).toEqual(committed);
    // And its words, as a reviewer reads them.
    expect(readFileSync(join(PACKAGE_ROOT, WORDS_DOC), 'utf8')).toBe(renderRegisterWords(committed));
  }, 60_000);

  it('sees how a claim is made, not which disease it names, nor an editor’s marks', () => {
    // fixtures/corpus/validation/violative.jsonl
    const features = registerFeatures('Your Chronic Fatigue Syndrome (CFS), also known as Myalgic Encephalomyeltis [sic] (ME) Can Now Be Cured!');
    expect(features).toContain('{disease}');
    expect(features).toContain('now be');
    expect(features).toContain('!');
    expect(features.some((f) => /syndrome|\bsic\b/.test(f))).toBe(false);
    // "[A]ccording": the bracketed letter is the quoting editor's.
    expect(registerFeatures('[A]ccording to Israeli scientists, cancer prevention can be added')).toContain('according to');
  });

  it('scores a seller’s exclamation above patient education', () => {
    // fixtures/corpus/validation/violative.jsonl; fixtures/pages/nci-metastatic-cancer-fact-sheet.txt
    const claim = registerOf('Your Chronic Fatigue Syndrome (CFS), also known as Myalgic Encephalomyeltis [sic] (ME) Can Now Be Cured!');
    const information = registerOf('Once cancer spreads, it can be hard to control.');
    expect(claim.claimLikeness).toBeGreaterThan(0.85);
    // Patient education the model never saw: below the claim, and below where a sentence reads as
    // one, whatever the retraining.
    expect(information.claimLikeness).toBeLessThan(claim.claimLikeness);
    expect(information.claimLikeness).toBeLessThan(registerModel().claimFrom);
    // The message shows words that carry the register, not "and" or the disease.
    expect(claim.claimWords.length).toBeGreaterThan(0);
    expect(claim.claimWords.every((w) => !w.includes('{disease}') && w !== 'and')).toBe(true);
  });
});

describe('its second opinion on the grammar', () => {
  it('a possible claim that reads as information is not reported', () => {
    // fixtures/corpus/validation/informational.jsonl: on a sales page the grammar reads a passive
    // with nobody named as possibly the product's (see claims.test.ts); its words are patient education.
    const sentence = 'But high blood pressure can be treated or even prevented.';
    expect(registerOf(sentence).claimLikeness).toBeLessThan(0.1);
    expect(reported(sentence, 'commerce')).toEqual([]);
  });

  it('a sure claim stays one, whatever its words', () => {
    // fixtures/pages/mytea-magic-metastasis-page.txt
    expect(reported('Stop cancer tumor spread with MyTea Magic').map((m) => m.ruleId)).toContain('no-stop-spread-claim');
  });
});

describe('no-claim-like-disease-mention: claims in words the grammar does not know', () => {
  // fixtures/corpus/violative.jsonl (FDA warning letter to Young Living, quoted by a distributor)
  const claim = 'Viruses (including Ebola) are not match for Young Living Essential Oils';

  it('reports a sentence that names a disease and reads like a claim, on a sales page only', () => {
    const found = reported(claim, 'commerce');
    expect(found.map((m) => [m.ruleId, m.severity])).toEqual([['no-claim-like-disease-mention', 'warning']]);
    expect(found[0]!.message).toMatch(/names viruses on a page that sells, in words that read like a seller’s disease claim \(“/);
    expect(reported(claim, 'informational')).toEqual([]);
    expect(reported(claim)).toEqual([]);
  });

  it('leaves a sentence the grammar read to the grammar', () => {
    // fixtures/pages/mytea-magic-metastasis-page.txt: the stop-spread rule reports it; no second finding.
    expect(reported('Stop cancer tumor spread with MyTea Magic', 'commerce').map((m) => m.ruleId)).not.toContain('no-claim-like-disease-mention');
    // fixtures/pages/ctca-metastatic-cancer-page.txt: words a seller might use ("beneficial in"),
    // but the grammar found the agent, a test, and information it is.
    const imaging = 'Imaging tests may also be beneficial in diagnosing metastatic cancer.';
    expect(registerOf(imaging).claimLikeness).toBeGreaterThanOrEqual(0.85);
    expect(reported(imaging, 'commerce')).toEqual([]);
  });

  it('leaves headings, menu items and questions alone', () => {
    // fixtures/pages/mytea-magic-metastasis-page.txt: the seller's FAQ and a hospital's menu copied onto the page.
    for (const text of ['1. Cancer Metastasis: Can this program help me?', '4. Cancer Metastasis: More details about the program', 'Donate to Cancer Research +    Cancer Compass +']) {
      expect(reported(text, 'commerce').map((m) => m.ruleId)).not.toContain('no-claim-like-disease-mention');
    }
  });
});

describe('the register in the report', () => {
  it('a claim finding carries how much its sentence reads like a claim; a page-level finding does not', () => {
    // fixtures/corpus/violative.jsonl; fixtures/pages/mytea-magic-metastasis-page.txt
    const claim = lintSource('Viruses (including Ebola) are not match for Young Living Essential Oils', 'x.txt', { pageKind: 'commerce' }).messages[0]!;
    expect(claim.claimLikeness).toBeGreaterThanOrEqual(0.85);
    expect(claim.claimLikeness).toBeLessThanOrEqual(1);
    const page = lintSource(readFileSync(join(PACKAGE_ROOT, 'fixtures/pages/mytea-magic-metastasis-page.txt'), 'utf8'), 'mytea.txt');
    const headline = page.messages.find((m) => m.ruleId === 'no-stop-spread-claim')!;
    expect(headline.claimLikeness).toBeCloseTo(registerOf('Stop cancer tumor spread\nwith MyTea Magic').claimLikeness, 3);
    expect(page.messages.find((m) => m.ruleId === 'results-not-typical')!.claimLikeness).toBeUndefined();
  });
});

describe('measuring the register out of fold', () => {
  it('another model is used inside withRegisterModel only, and the committed one again after it', () => {
    // fixtures/pages/nci-metastatic-cancer-fact-sheet.txt
    const sentence = 'Once cancer spreads, it can be hard to control.';
    const committed = registerOf(sentence).claimLikeness;
    const items = trainingItems();
    // A model trained without the NCI pages' own documents reads the sentence its own way.
    const other = trainRegister(items.filter((i) => !/cancer\.gov/.test(i.source.url ?? '')), MODEL_ABOUT);
    const inside = withRegisterModel(other, () => registerOf(sentence).claimLikeness);
    expect(inside).not.toBe(committed);
    expect(registerOf(sentence).claimLikeness).toBe(committed);
    // And again after an error inside.
    expect(() => withRegisterModel(other, () => { throw new Error('x'); })).toThrow('x');
    expect(registerOf(sentence).claimLikeness).toBe(committed);
  });
});

