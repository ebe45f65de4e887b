import { finding } from '../src/rule-kit/finding.js';
import type { Rule } from '../src/rule-kit/types.js';

const meta = {
  id: 'copied-authority-text',
  severity: 'warning' as const,
  category: 'copied-text',
  description: 'Report text copied from a health authority (or a --reference page) onto a sales page, one finding per copied block.',
  regulations: ['cfr-101.93g2iv-c', 'ftc-act-5-12'],
  suggestions: [
    'Remove the copied text, or link to the authority’s page with credit instead of presenting its words beside a product.',
  ],
};

const rule: Rule = {
  meta,
  examples: {
    incorrect: [
      {
        file: 'fixtures/pages/mytea-magic-metastasis-page.txt',
        references: ['fixtures/pages/ctca-metastatic-cancer-page.txt'],
        source: 'the MyTea page, which copies the NCI, ACS and hospital pages',
      },
    ],
    correct: [{ file: 'fixtures/pages/nci-metastatic-cancer-fact-sheet.txt', source: 'the National Cancer Institute’s own page' }],
  },
  check(analysis) {
    return analysis.copied.map((block) => {
      const percent = Math.max(1, Math.round(block.share * 100));
      const reuse = block.source.reuse;
      return finding(meta, {
        message: `Text copied from ${block.source.publisher} (lines ${block.first.span.start.line}–${block.last.span.end.line}, ${percent}% of the page) on a page that sells a product: presented beside the product, an authority's words imply its support and a disease use.${reuse ? ` ${block.source.publisher}'s terms: “${reuse.quote}”` : ''}`,
        sentence: block.first,
        endSentence: block.last,
        evidence: reuse ? [{ id: `${block.source.publisher}-reuse`, ...reuse }] : [],
      });
    });
  },
};

export default rule;
