// The seed pages: the seller's page and the authorities' own pages it copies from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';

const page = (name: string): string => readFileSync(join(PACKAGE_ROOT, 'fixtures', 'pages', name), 'utf8');
const lint = (name: string) => lintSource(page(name), name);

describe('MyTea Magic sales page', () => {
  const result = lint('mytea-magic-metastasis-page.txt');
  const headline = result.messages.find((m) => m.line === 1 && m.column === 1);

  it('reports the headline as an error-level stop-spread claim', () => {
    expect(headline).toBeDefined();
    expect(headline!.severity).toBe('error');
    expect(headline!.ruleId).toBe('no-stop-spread-claim');
    expect(headline!.category).toBe('stop-spread');
    expect(headline!.excerpt).toBe('Stop cancer tumor spread\nwith MyTea Magic');
    expect([headline!.endLine, headline!.endColumn]).toEqual([2, 17]);
    expect(headline!.message).toContain('MyTea Magic');
  });

  it('cites the NCI statements it contradicts and 21 CFR 101.93(g)(2)(i)', () => {
    const quotes = headline!.evidence.map((e) => e.quote);
    expect(quotes).toContain(
      'Once cancer spreads, it can be hard to control. Although some types of metastatic cancer can be cured with current treatments, most cannot.',
    );
    expect(quotes.some((q) => q.includes('clinical trials'))).toBe(true);
    expect(headline!.regulations.map((r) => r.cite)).toContain('21 CFR 101.93(g)(2)(i)');
    expect(headline!.suggestions.length).toBeGreaterThan(0);
  });

  it('does not report the copied NCI and ACS treatment sentences as claims', () => {
    const copied = [
      'Researchers are studying new ways to kill or stop the growth of primary and metastatic cancer cells.',
      'The goal of these treatments is to stop or slow the growth of the cancer or to relieve symptoms caused by it.',
      'Shrink the cancer',
      'Slow its growth',
    ];
    for (const sentence of copied) {
      expect(result.messages.filter((m) => m.category !== 'copied-text' && m.excerpt.includes(sentence))).toEqual([]);
    }
  });
});

describe.each(['nci-metastatic-cancer-fact-sheet.txt', 'acs-what-is-metastatic-cancer.txt', 'acs-blog-when-cancer-spreads.txt'])(
  'authority page %s',
  (name) => {
    it('yields no errors and no warnings', () => {
      const result = lint(name);
      expect(result.messages.filter((m) => m.severity !== 'info')).toEqual([]);
    });
  },
);

describe('hospital page (CTCA)', () => {
  it('yields no errors', () => {
    expect(lint('ctca-metastatic-cancer-page.txt').errorCount).toBe(0);
  });
});
