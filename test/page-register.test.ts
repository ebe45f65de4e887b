// The page register (src/claims/page-register.ts): a page whose signals say nothing is read as a
// seller's or an informational page from its words, on real pages of the labelled corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageContext } from '../src/claims/page-context.js';
import { kindFromWords, PAGE_MODEL_FILE, pageRegisterModel, withPageRegisterModel } from '../src/claims/page-register.js';
import { lintSource } from '../src/engine/lint.js';
import { readAs } from '../src/report/html.js';
import { PACKAGE_ROOT } from '../src/knowledge/package-root.js';
import { parseDocument } from '../src/parse/index.js';
import { loadPages, PAGE_SETS } from '../scripts/page-corpus.js';
import { pageTrainingSet, trainPageRegister } from '../scripts/page-register-training.js';

const developmentPage = (id: string): string => loadPages(PAGE_SETS.development).find((p) => p.id === id)!.text;
const contextOf = (text: string) => pageContext(parseDocument(text, 'text', 'page.txt'));
// A naturopathic clinic's integrative-oncology page and Memorial Sloan Kettering's page on the
// Hoxsey therapy: neither carries a price, an order button, a disclaimer or a review date.
const clinic = developmentPage('painease-naturopathic-oncology');
const mskcc = developmentPage('mskcc-hoxsey-herbal-therapy');

describe('the page register', () => {
  it('is what `npm run train` makes of the development pages and sources, byte for byte', () => {
    const committed = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'rules', PAGE_MODEL_FILE), 'utf8'));
    expect(trainPageRegister(pageTrainingSet())).toEqual(committed);
  });

  it('reads a clinic’s page with no sales signal as a sales page, from its words', () => {
    const page = contextOf(clinic);
    expect(page.commerceSignals.filter((s) => s !== 'trademark')).toEqual([]);
    expect(page.kind).toBe('commerce');
    expect(page.sellerLikeness).toBeGreaterThan(0.85);
  });

  it('reads a cancer centre’s page on an alternative therapy as informational, from its words', () => {
    const page = contextOf(mskcc);
    expect(page.kind).toBe('informational');
    expect(page.sellerLikeness).toBeLessThan(0.15);
  });

  it('leaves a page unknown between its two thresholds', () => {
    const { sellerFrom, informationalBelow } = pageRegisterModel();
    const score = kindFromWords(clinic)!.sellerLikeness;
    withPageRegisterModel({ ...pageRegisterModel(), sellerFrom: score + 0.01, informationalBelow: score - 0.01 }, () => {
      expect(contextOf(clinic).kind).toBe('unknown');
    });
    expect([sellerFrom, informationalBelow]).toEqual([pageRegisterModel().sellerFrom, pageRegisterModel().informationalBelow]);
  });

  it('says nothing of a sentence or a snippet: too short to have a register', () => {
    const sentence = 'Mistletoe therapy is one of the most potent natural cancer therapies offered with our holistic cancer care program.';
    expect(kindFromWords(sentence)).toBeUndefined();
    expect(contextOf(sentence)).not.toHaveProperty('sellerLikeness');
  });

  it('never overrules the signals: the MyTea page is a sales page by its disclaimer', () => {
    const page = contextOf(readFileSync(join(PACKAGE_ROOT, 'fixtures', 'pages', 'mytea-magic-metastasis-page.txt'), 'utf8'));
    expect(page.kind).toBe('commerce');
    expect(page.sellerLikeness).toBeUndefined();
  });

  it('changes what is reported: a red-light seller’s "relief from neuropathy" is its claim once the page is read as a sales page', () => {
    // A seller of red-light devices; its opening carries no sales signal either.
    const redLight = developmentPage('mcwofi-red-light-nerve-pain');
    const claim = 'Red light therapy has a plethora of potential benefits that can contribute to relief from neuropathy.';
    const reported = () => lintSource(redLight, 'page.txt').messages.filter((m) => m.excerpt.includes(claim) && m.severity !== 'info');
    expect(contextOf(redLight).kind).toBe('commerce');
    expect(reported().length).toBeGreaterThan(0);
    withPageRegisterModel({ ...pageRegisterModel(), sellerFrom: 2, informationalBelow: 2 }, () => {
      expect(contextOf(redLight).kind).toBe('informational');
      expect(reported()).toEqual([]);
    });
  });

  it('tells the reader of the results how each page was read, and from what', () => {
    const fromWords = lintSource(clinic, 'clinic.txt').page!;
    expect(fromWords).toMatchObject({ kind: 'commerce', readFrom: 'words' });
    expect(fromWords.sellerLikeness).toBeGreaterThan(0.85);
    const mytea = readFileSync(join(PACKAGE_ROOT, 'fixtures', 'pages', 'mytea-magic-metastasis-page.txt'), 'utf8');
    expect(lintSource(mytea, 'mytea.txt').page).toMatchObject({ kind: 'commerce', readFrom: 'signals' });
    expect(lintSource(mytea, 'mytea.txt').page!.signals).toContain('supplement-disclaimer');
    expect(lintSource(clinic, 'clinic.txt', { pageKind: 'informational' }).page).toMatchObject({ kind: 'informational', readFrom: 'option' });
    expect(lintSource('Red light therapy relieves neuropathy.', 'line.txt').page).toEqual({ kind: 'unknown', readFrom: 'nothing', signals: [] });
  });

  it('says in the HTML report how each page was read', () => {
    expect(readAs(lintSource(clinic, 'clinic.txt').page!)).toMatch(/^a sales page, by its words \(reads 0\.9\d like a seller's\)$/);
    expect(readAs(lintSource(clinic, 'clinic.txt', { pageKind: 'informational' }).page!)).toBe('an informational page, as --page-kind or the configuration says');
    expect(readAs(lintSource('Red light therapy relieves neuropathy.', 'line.txt').page!)).toBe('a page of unknown kind: no signal, and too short to read its words');
  });
});
