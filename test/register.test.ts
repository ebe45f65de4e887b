// The claim register (src/claims/register.ts): a model learned from the corpus that gives a second
// opinion beside the grammar. Sentences are quoted from fixtures/corpus and fixtures/pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_FILE, possibleClaimFrom, registerFeatures, registerModel, registerOf, withRegisterModel } from '../src/claims/register.js';
import { analyzeDocument } from '../src/claims/analyze.js';
import { grammarVerdict } from '../src/claims/verdict.js';
import { lintSource } from '../src/engine/lint.js';
import { parseDocument } from '../src/parse/index.js';
import { PACKAGE_ROOT } from '../src/knowledge/package-root.js';
import { CORPUS_SETS, loadCorpus } from '../scripts/corpus.js';
import { loadPages, PAGE_SETS, pageSentenceItems } from '../scripts/page-corpus.js';
import { MODEL_ABOUT, readingOf, renderRegisterWords, trainingItems, trainRegister, WORDS_DOC } from '../scripts/register-training.js';

/** How a one-sentence text reads, with what the grammar makes of it on a sales page, as in training. */
const scoreOf = (text: string) => registerOf(text, readingOf(text));

const reported = (text: string, pageKind?: 'commerce' | 'informational') =>
  lintSource(text, 'x.txt', pageKind ? { pageKind } : {}).messages.filter((m) => m.ruleId && (m.severity === 'error' || m.severity === 'warning'));

describe('the claim-register model', () => {
  it('is the one `npm run train` makes from the development and validation sets (run it if this fails)', () => {
    const committed = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'rules', MODEL_FILE), 'utf8'));
    const items = trainingItems();
    // Never a test set: they only measure. The development pages' sentences are in it.
    // Headings a test page shares with a development page ("Abstract", "Skip to main content",
    // "What is Lyme disease?") are everyone's words, not held-out text: as in the split's overlap
    // check, a sentence of six words or more.
    const held = new Set([...loadCorpus(CORPUS_SETS.test), ...pageSentenceItems(loadPages(PAGE_SETS.test))].map((item) => item.text).filter((text) => text.split(/\s+/).length >= 6));
    expect(held.size).toBeGreaterThan(1000);
    expect(items.filter((item) => held.has(item.text)).length).toBe(0);
    expect(items.filter((item) => item.fromPage && item.label === 'violative').length).toBeGreaterThan(500);
    expect(trainRegister(items, MODEL_ABOUT)).toEqual(committed);
    // And its words, as a reviewer reads them.
    expect(readFileSync(join(PACKAGE_ROOT, WORDS_DOC), 'utf8')).toBe(renderRegisterWords(committed));
  }, 240_000);

  it('sees how a claim is made, not which disease it names, nor an editor’s marks', () => {
    // fixtures/corpus/validation/violative.jsonl
    const features = registerFeatures('Your Chronic Fatigue Syndrome (CFS), also known as Myalgic Encephalomyeltis [sic] (ME) Can Now Be Cured!', []);
    expect(features).toContain('{disease}');
    expect(features).toContain('now be');
    expect(features).toContain('!');
    expect(features.some((f) => /syndrome|\bsic\b/.test(f))).toBe(false);
    // "[A]ccording": the bracketed letter is the quoting editor's.
    expect(registerFeatures('[A]ccording to Israeli scientists, cancer prevention can be added', [])).toContain('according to');
  });

  it('scores a seller’s exclamation above patient education', () => {
    // fixtures/corpus/validation/violative.jsonl; fixtures/pages/nci-metastatic-cancer-fact-sheet.txt
    const claim = scoreOf('Your Chronic Fatigue Syndrome (CFS), also known as Myalgic Encephalomyeltis [sic] (ME) Can Now Be Cured!');
    const information = scoreOf('Once cancer spreads, it can be hard to control.');
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

describe('the words a message shows', () => {
  it('shows words, and pairs without a function word, each word once', () => {
    // Sellers' pages (fixtures/corpus/pages/pages.jsonl): vahdam-teas-asthma-relief, mtnviewvet-chinese-herbal-cancer.
    for (const sentence of [
      'Ginger tea for asthma relief – mild symptoms – has been proven through some studies.',
      'The goal of utilizing herbal therapies either with or without chemotherapy is to address the cancer without making the patient sick, thus ensuring a good quality of life.',
      'Herbal treatments are specific to each type of cancer; therefore a biopsy is recommended prior to starting the cancer treatment regime.',
    ]) {
      const { claimWords } = scoreOf(sentence);
      expect(claimWords.length).toBeGreaterThan(0);
      const words = claimWords.flatMap((w) => w.split(' '));
      expect(words.filter((w) => ['the', 'for', 'to', 'each', 'and', 'of'].includes(w))).toEqual([]);
      expect(new Set(words).size).toBe(words.length);
    }
  });
});

describe('its second opinion on the grammar', () => {
  it('a possible claim that reads as information is not reported', () => {
    // fixtures/corpus/informational.jsonl (The Christie NHS Foundation Trust): on a sales page the
    // grammar reads the reader's treatment as possibly the product's; its words are patient education.
    const sentence = 'You may have a type of targeted therapy to treat cancer on its own or with other cancer treatments.';
    expect(readingOf(sentence)).toContain('~verdict possible-claim');
    expect(scoreOf(sentence).claimLikeness).toBeLessThan(possibleClaimFrom('commerce'));
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

  it('reports a sentence that names a disease and reads like a claim, never on an informational page', () => {
    const found = reported(claim, 'commerce');
    expect(found.map((m) => [m.ruleId, m.severity])).toEqual([['no-claim-like-disease-mention', 'warning']]);
    expect(found[0]!.message).toMatch(/names viruses in words that read like a seller’s disease claim \(“/);
    expect(reported(claim, 'informational')).toEqual([]);
  });

  it('on a page that neither sells nor informs, only a sentence that reads strongly like a claim', () => {
    // Read strongly (0.9 or more): reported with no page around it too.
    expect(scoreOf(claim).claimLikeness).toBeGreaterThanOrEqual(registerModel().claimOnUnknownPageFrom);
    expect(reported(claim).map((m) => m.ruleId)).toEqual(['no-claim-like-disease-mention']);
    // fixtures/corpus/violative.jsonl (Myers Detox, a practitioner's own article): reads like a
    // claim on a sales page, not strongly enough with nothing to say who is speaking.
    const weaker = 'Cancer treatment today is an abomination.';
    expect(scoreOf(weaker).claimLikeness).toBeGreaterThanOrEqual(registerModel().claimFrom);
    expect(scoreOf(weaker).claimLikeness).toBeLessThan(registerModel().claimOnUnknownPageFrom);
    expect(reported(weaker, 'commerce').map((m) => m.ruleId)).toEqual(['no-claim-like-disease-mention']);
    expect(reported(weaker)).toEqual([]);
  });

  it('leaves a sentence the grammar read to the grammar', () => {
    // fixtures/pages/mytea-magic-metastasis-page.txt: the stop-spread rule reports it; no second finding.
    expect(reported('Stop cancer tumor spread with MyTea Magic', 'commerce').map((m) => m.ruleId)).not.toContain('no-claim-like-disease-mention');
  });

  it('weighs what the grammar made of a sentence beside its words', () => {
    // fixtures/pages/ctca-metastatic-cancer-page.txt: words a seller might use ("beneficial in"),
    // but the grammar read a hedged passive that acts for nobody named: information.
    const imaging = 'Imaging tests may also be beneficial in diagnosing metastatic cancer.';
    const reading = readingOf(imaging);
    expect(reading).toEqual(expect.arrayContaining(['~verdict not-a-claim', '~framing hedged']));
    // The reading is part of what the model weighs: the same words read otherwise score otherwise.
    expect(registerOf(imaging, reading).claimLikeness).not.toBe(registerOf(imaging, []).claimLikeness);
    expect(registerModel().weights['~verdict not-a-claim']).toBeDefined();
    // And on the page it comes from, nothing is reported (compliance.test.ts has the page as a reference on a sales page).
    expect(reported(imaging, 'informational')).toEqual([]);
  });

  it('leaves headings, menu items and questions alone', () => {
    // fixtures/pages/mytea-magic-metastasis-page.txt: the seller's FAQ and a hospital's menu copied onto the page.
    for (const text of ['1. Cancer Metastasis: Can this program help me?', '4. Cancer Metastasis: More details about the program', 'Donate to Cancer Research +    Cancer Compass +']) {
      expect(reported(text, 'commerce').map((m) => m.ruleId)).not.toContain('no-claim-like-disease-mention');
    }
  });
});

describe('a sentence the grammar reads as information may still read as a seller’s claim', () => {
  it.each([
    // fixtures/corpus/violative.jsonl (FTC warning letter to Total Life Changes, quoted by ConsumerLab.com).
    ['a question', 'HOW WILL YOU FIGHT OFF CORONA? USE NUTRABURST-CHAGA-.', /claim that what is sold cures or treats corona \(“.*, though it is worded as a question\./],
    // fixtures/corpus/violative.jsonl (claims removed on instruction of Nottingham Trading Standards).
    ['said of a therapy', 'Oasis therapies often work when chemotherapy fails', /claim that what is sold can take the place of .*, though it is worded as information\./],
  ])('%s: a possible claim on a sales page, nothing on an informational one', (_, text, message) => {
    const analysis = analyzeDocument(parseDocument(text, 'text', 'x.txt'), undefined, { pageKind: 'commerce' });
    // The grammar's line…
    expect(analysis.frames.some((f) => f.category !== 'claim-like' && grammarVerdict(f, analysis.page) === 'not-a-claim')).toBe(true);
    // …and the register's, from its words and that reading together.
    const found = reported(text, 'commerce');
    expect(found.map((m) => m.severity)).toEqual(['warning']);
    expect(found[0]!.message).toMatch(message);
    expect(reported(text, 'informational')).toEqual([]);
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
    expect(headline.claimLikeness).toBeCloseTo(scoreOf('Stop cancer tumor spread\nwith MyTea Magic').claimLikeness, 3);
    expect(page.messages.find((m) => m.ruleId === 'results-not-typical')!.claimLikeness).toBeUndefined();
  });
});

describe('measuring the register out of fold', () => {
  it('another model is used inside withRegisterModel only, and the committed one again after it', () => {
    // fixtures/pages/nci-metastatic-cancer-fact-sheet.txt
    const sentence = 'Once cancer spreads, it can be hard to control.';
    const committed = scoreOf(sentence).claimLikeness;
    const items = trainingItems();
    // A model trained without the NCI pages' own documents reads the sentence its own way.
    const other = trainRegister(items.filter((i) => !/cancer\.gov/.test(i.source.url ?? '')), MODEL_ABOUT);
    const inside = withRegisterModel(other, () => scoreOf(sentence).claimLikeness);
    expect(inside).not.toBe(committed);
    expect(scoreOf(sentence).claimLikeness).toBe(committed);
    // And again after an error inside.
    expect(() => withRegisterModel(other, () => { throw new Error('x'); })).toThrow('x');
    expect(scoreOf(sentence).claimLikeness).toBe(committed);
  });
});

