import { finding } from '../src/rule-kit/finding.js';
import { sellerMentions, severityByPage } from '../src/rule-kit/page-queries.js';
import type { Rule } from '../src/rule-kit/types.js';

const meta = {
  id: 'no-implied-endorsement',
  severity: 'error' as const,
  category: 'endorsement',
  description: 'Disallow implied endorsement by a health authority: “recommended by the American Cancer Society”, “NCI-defined strength”.',
  regulations: ['ftc-act-5-12', 'cfr-16-255.1'],
  suggestions: ['Remove the reference to the authority unless it has endorsed this product in writing; NCI and ACS do not endorse products.'],
};

const rule: Rule = {
  meta,
  examples: {
    incorrect: [{ file: 'fixtures/pages/fda-approval-claim.txt', source: 'see fixtures/pages/SOURCES.md' }],
    correct: [{ file: 'fixtures/pages/acs-blog-when-cancer-spreads.txt', source: 'American Cancer Society blog' }],
  },
  check(analysis) {
    if (analysis.page.kind === 'informational') return [];
    return sellerMentions(analysis, ['authority-endorsement']).map((m) =>
      finding(meta, {
        severity: severityByPage(analysis, meta.severity),
        message: `“${m.range.text}” implies that a health authority endorses the product.`,
        sentence: m.sentence,
      }),
    );
  },
};

export default rule;
