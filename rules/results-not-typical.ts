import { finding } from '../src/rule-kit/finding.js';
import { inCopiedBlock, sellerClaims } from '../src/rule-kit/page-queries.js';
import type { Rule } from '../src/rule-kit/types.js';

const meta = {
  id: 'results-not-typical',
  severity: 'warning' as const,
  category: 'endorsement',
  description: 'Report “results not typical” or “results may vary” used to qualify a health outcome.',
  regulations: ['cfr-16-255.2', 'ftc-act-5-12', 'ftc-health-guidance-2022'],
  suggestions: [
    'State the results people can generally expect from the product, or remove the outcome claims and testimonials; “results may vary” does not qualify them.',
  ],
};

const rule: Rule = {
  meta,
  examples: {
    incorrect: [{ file: 'fixtures/pages/mytea-magic-metastasis-page.txt', source: 'the MyTea page: “Results may vary.” and “Results not typical for any or all claims.”' }],
    correct: [{ file: 'fixtures/pages/nci-metastatic-cancer-fact-sheet.txt', source: 'National Cancer Institute fact sheet' }],
  },
  check(analysis) {
    // Only where the page makes health outcome claims for that phrase to qualify.
    const outcomes = sellerClaims(analysis).length + analysis.structureFunction.length;
    if (outcomes === 0) return [];
    return analysis.mentions['results-vary']
      .filter((m) => !inCopiedBlock(analysis, m.sentence))
      .map((m) =>
        finding(meta, {
          message: `“${m.range.text}” does not qualify a health claim or testimonial: since 2009 the ad must disclose the results people can generally expect.`,
          sentence: m.sentence,
        }),
      );
  },
};

export default rule;
