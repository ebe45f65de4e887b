// The labelled page corpus and how `npm run eval` scores it (scripts/eval-pages.ts): pages linted
// whole, claims caught where a finding covers them, every other sentence a possible false alarm.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/knowledge/package-root.js';
import { withPageRegisterModel, pageRegisterModel } from '../src/claims/page-register.js';
import { scorePages } from '../scripts/eval-pages.js';
import { type LabelledPage, labelledSentences, loadPages, PAGE_SETS, pageSentenceItems, rangesOf } from '../scripts/page-corpus.js';

const seed = (file: string): string => readFileSync(join(PACKAGE_ROOT, 'fixtures', 'pages', file), 'utf8');
const hostOf = (url: string): string => new URL(url).hostname.replace(/^(?:www|m|en|shop|store)\./, '');

describe('the labelled page corpus', () => {
  const sets = Object.entries(PAGE_SETS).map(([name, file]) => [name, loadPages(file)] as const);

  it.each(sets)('%s: every page loads, with its kind, its source and unique id', (_name, pages) => {
    expect(pages.length).toBeGreaterThan(20);
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
    for (const page of pages) {
      expect(['seller', 'informational']).toContain(page.kind);
      expect(page.source.url).toMatch(/^https?:\/\//);
      // Quoted sellers' claims on a regulator's or a news page are information, not claims.
      if (page.kind === 'informational') expect(page.claims).toEqual([]);
    }
  });

  it('keeps development and test pages apart: test hosts a–l, development hosts m–z or a digit', () => {
    const [development, test] = [loadPages(PAGE_SETS.development), loadPages(PAGE_SETS.test)];
    for (const page of development) expect(hostOf(page.source.url)).toMatch(/^[m-z0-9]/);
    for (const page of test) expect(hostOf(page.source.url)).toMatch(/^[a-l]/);
  });

  it('labels each sentence of a page as its labels say, for the evaluation and for the claim register alike', () => {
    // fixtures/corpus/pages/pages.jsonl: a clinic's page on ozone for Lyme disease, five claims, one borderline span.
    const page = loadPages(PAGE_SETS.development).find((p) => p.id === 'toaclinic-ozone-lyme')!;
    const labelOf = (start: string) => labelledSentences(page).find(({ sentence }) => sentence.text.startsWith(start))?.label;
    expect(labelOf('Ozone Therapy can help treat Lyme disease in the following ways:')).toBe('claim');
    // A list item holds the claim's span after its number.
    expect(labelOf('1. Ozone is an antimicrobial')).toBe('claim');
    expect(labelOf('This also allows red blood cells to pick up carbon dioxide waste')).toBe('borderline');
    expect(labelOf('Are there any side effects to Ozone Therapy?')).toBe('not-a-claim');
    const labels = labelledSentences(page).map(({ label }) => label);
    expect(labels.filter((l) => l === 'claim')).toHaveLength(5);
    // As training items: claims violative, the rest informational, borderline sentences left out.
    const items = pageSentenceItems([page]);
    expect(items).toHaveLength(labels.length - 1);
    expect(items.filter((i) => i.label === 'violative')).toHaveLength(5);
    expect(items.every((i) => i.fromPage && i.source.url === page.source.url)).toBe(true);
    expect(items.some((i) => i.text.startsWith('This also allows red blood cells'))).toBe(false);
  });

  it('refuses a label that is not in its page, naming the file, the line and the page', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'healthlint-pages-')), 'pages.jsonl');
    const page = { id: 'p', kind: 'seller', source: { publisher: 'x', title: 'x', url: 'https://example.org/' }, text: 'Our tea cures colds.', claims: [{ text: 'cures cancer', category: 'cure-treat' }] };
    writeFileSync(file, `${JSON.stringify(page)}\n`);
    expect(() => loadPages(file)).toThrow(`${file}:1 (p): a label is not in the page's text: cures cancer`);
  });

  it('finds a label at every place it stands as whole words', () => {
    expect(rangesOf('Stop it. Stop it.', 'Stop it.')).toEqual([
      [0, 8],
      [9, 17],
    ]);
    // "Burns" in a list of conditions is not the inside of "Burnside".
    expect(rangesOf('Dr Burnside treats:\n- Burns', 'Burns')).toEqual([[22, 27]]);
  });
});

describe('scoring pages', () => {
  const mytea: LabelledPage = {
    id: 'mytea',
    kind: 'seller',
    source: { publisher: 'MyTea Magic', title: 'Stop cancer tumor spread', url: 'https://example.org/mytea' },
    text: seed('mytea-magic-metastasis-page.txt'),
    claims: [
      { text: 'Stop cancer tumor spread\nwith MyTea Magic', category: 'stop-spread' },
      // Not a claim: labelled one here so that the scorer's miss is seen to count.
      { text: 'Results may vary.', category: 'cure-treat' },
    ],
  };
  const nci: LabelledPage = {
    id: 'nci',
    kind: 'informational',
    source: { publisher: 'National Cancer Institute', title: 'Metastatic Cancer', url: 'https://www.cancer.gov/' },
    text: seed('nci-metastatic-cancer-fact-sheet.txt'),
    claims: [],
  };
  const scores = scorePages([mytea, nci]);

  it('counts a claim caught on its page and alone, and a label no finding covers as missed', () => {
    expect(scores.claims.get('stop-spread')).toEqual({ total: 1, onPage: 1, kindGiven: 1, alone: 1 });
    expect(scores.claims.get('cure-treat')).toEqual({ total: 1, onPage: 0, kindGiven: 0, alone: 0 });
    expect(scores.listed).toContain('MISSED [mytea/cure-treat] Results may vary.');
  });

  it('reads each page’s kind from its own signals', () => {
    expect(Object.fromEntries(scores.kindsRead)).toEqual({ 'seller → commerce': 1, 'informational → informational': 1 });
  });

  it('counts every other sentence with letters, and no false alarm on the NCI fact sheet', () => {
    const informational = scores.clean.get('informational pages')!;
    expect(informational.total).toBeGreaterThan(50);
    expect(informational.onPage).toBe(0);
    // A sentence of a seller's page that a finding covers is a false alarm, named with its rule.
    const sellerAlarms = scores.listed.filter((line) => line.startsWith('FALSE ALARM [mytea/seller'));
    expect(sellerAlarms.length).toBe(scores.clean.get('seller pages')!.onPage);
    for (const line of sellerAlarms) expect(line).toMatch(/^FALSE ALARM \[mytea\/seller, [a-z-]+\] \S/);
  });

  it('reads each page with the models the caller gives it (the cross-validated evaluation)', () => {
    const redLight = loadPages(PAGE_SETS.development).find((p) => p.id === 'mcwofi-red-light-nerve-pain')!;
    expect(Object.fromEntries(scorePages([redLight]).kindsRead)).toEqual({ 'seller → commerce': 1 });
    const unsure = { ...pageRegisterModel(), sellerFrom: 2, informationalBelow: -1 };
    const read = scorePages([redLight], (_page, score) => withPageRegisterModel(unsure, score));
    expect(Object.fromEntries(read.kindsRead)).toEqual({ 'seller → unknown': 1 });
  });
});
