// The page's topic (src/claims/page-topic.ts): on a seller's page about a disease, a sentence that
// names only a sign of it ("blood sugar levels") is read as said of the disease, 21 CFR
// 101.93(g)(2)(ii); on other pages, and alone, the same sentence is not.
import { describe, expect, it } from 'vitest';
import { diseaseKey, diseasesIn } from '../src/claims/effects.js';
import { pageTopics, signsIn } from '../src/claims/page-topic.js';
import { loadDataFile } from '../src/knowledge/data-file.js';
import { lintSource } from '../src/engine/lint.js';
import { parseDocument } from '../src/parse/index.js';
import { readAs } from '../src/report/html.js';
import { loadPages, PAGE_SETS } from '../scripts/page-corpus.js';

const developmentPage = (id: string): string => loadPages(PAGE_SETS.development).find((p) => p.id === id)!.text;
// An Ayurvedic shop's page on karela and jamun for diabetes (sesacare.com), and a podiatry
// affiliate page selling foot massagers for diabetic neuropathy.
const karela = developmentPage('sesacare-karela-jamun-diabetes');
const massager = developmentPage('podiatryupdates-foot-massager-dpn');
const SIGN_SENTENCE = 'Both karela and jamun are believed to have properties that can help regulate blood sugar levels.';

const sentencesOf = (text: string) => parseDocument(text, 'text', 'page.txt').sentences;
const topicsOf = (text: string) => pageTopics(sentencesOf(text), (s) => diseasesIn(s.text)).map((t) => t.disease);
const reportedOn = (text: string, pageKind: 'commerce' | 'informational' | 'unknown', sentence: string) =>
  lintSource(text, 'page.txt', { pageKind }).messages.filter((m) => m.severity !== 'info' && m.excerpt.includes(sentence.slice(0, 40)));

describe('the disease signs lexicon', () => {
  const file = loadDataFile<{ diseases: { names: string[]; signs: string[] }[] }>('lexicons/disease-signs.yml', {});

  it('lists only names the disease lexicon finds whole, so that every entry can be a topic', () => {
    for (const name of file.diseases.flatMap((d) => d.names)) {
      expect(diseasesIn(name).map((t) => diseaseKey(t.range.text)), name).toEqual([diseaseKey(name)]);
    }
  });

  it('lists no sign that is itself a disease: a sentence naming one is read without the page', () => {
    for (const sign of file.diseases.flatMap((d) => d.signs)) expect(diseasesIn(sign), sign).toEqual([]);
  });
});

describe('the page’s topic', () => {
  it('is the disease a seller’s page names most, or in its first sentence', () => {
    expect(topicsOf(karela)).toEqual(['diabetes']);
    // "Diabetic" and "peripheral neuropathy" are both in the page's title.
    expect(topicsOf(massager)).toEqual(['diabetic', 'peripheral neuropathy']);
  });

  it('is nothing for a disease named once, after the first sentence', () => {
    const names = (s: { text: string }) => diseasesIn(s.text).length > 0;
    const namesDiabetes = (s: { text: string }) => diseasesIn(s.text).some((t) => diseaseKey(t.range.text) === 'diabetes');
    const afterTitle = sentencesOf(karela).slice(1);
    const [once, twice] = afterTitle.filter(namesDiabetes);
    const namingOnce = [...afterTitle.filter((s) => !names(s)), once!];
    expect(pageTopics(namingOnce, (s) => diseasesIn(s.text))).toEqual([]);
    expect(pageTopics([...namingOnce, twice!], (s) => diseasesIn(s.text)).map((t) => t.disease)).toEqual(['diabetes']);
  });

  it('finds the signs of its disease in a sentence, as targets that stand for it', () => {
    const topics = pageTopics(sentencesOf(karela), (s) => diseasesIn(s.text));
    expect(signsIn(SIGN_SENTENCE, topics).map((t) => [t.range.text, t.signOf])).toEqual([['blood sugar levels', 'diabetes']]);
  });
});

describe('a sign of the page’s disease, linted', () => {
  it('is a claim about the disease on the seller’s page, and the message says which sign stood for it', () => {
    const [finding] = reportedOn(karela, 'commerce', SIGN_SENTENCE);
    expect(finding?.ruleId).toBe('no-disease-treatment-claim');
    expect(finding?.message).toContain('diabetes (by its sign “blood sugar levels”, on a page about diabetes)');
  });

  it('is named in the result’s page reading and the HTML report’s "Read as" line', () => {
    const page = lintSource(karela, 'page.txt', { pageKind: 'commerce' }).page!;
    expect(page.topics).toEqual(['diabetes']);
    expect(readAs(page)).toBe('a sales page, as --page-kind or the configuration says; about diabetes');
    expect(lintSource(karela, 'page.txt', { pageKind: 'informational' }).page!.topics).toBeUndefined();
  });

  it('is not a claim on the same page read as informational or of unknown kind, nor alone', () => {
    expect(reportedOn(karela, 'informational', SIGN_SENTENCE)).toEqual([]);
    expect(reportedOn(karela, 'unknown', SIGN_SENTENCE)).toEqual([]);
    expect(reportedOn(SIGN_SENTENCE, 'commerce', SIGN_SENTENCE)).toEqual([]);
  });

  it('reads "relieves pain" as said of neuropathy on the massager seller’s page', () => {
    const sentence = 'There has been positive feedback from those who have had a foot massage as they confirm that it helps relieve pain.';
    expect(reportedOn(massager, 'commerce', sentence).map((m) => m.category)).toEqual(['cure-treat']);
    expect(reportedOn(sentence, 'commerce', sentence)).toEqual([]);
  });
});
