import { finding } from '../src/rule-kit/finding.js';
import { sellerMentions, severityByPage } from '../src/rule-kit/page-queries.js';
import type { Rule } from '../src/rule-kit/types.js';

const meta = {
  id: 'no-fda-approval-claim',
  severity: 'error' as const,
  category: 'approval',
  description: 'Disallow “FDA approved”, “FDA registered” or “FDA certified” said of a supplement, tea or oil.',
  regulations: ['fdca-201ff', 'ftc-act-5-12'],
  suggestions: ['Remove the claim: FDA does not approve dietary supplements, and registering a facility is not approval of a product.'],
};

/** Products FDA does approve: a sentence about them is information. */
const APPROVED_KINDS =
  /\b(?:drugs?|medicines?|medications?|medical products?|chemotherapy|vaccines?|devices?|treatments?|therap(?:y|ies)|inhibitors?|antibod(?:y|ies))\b/i;

const rule: Rule = {
  meta,
  examples: {
    incorrect: [{ file: 'fixtures/pages/fda-approval-claim.txt', source: 'see fixtures/pages/SOURCES.md' }],
    correct: [
      { text: 'The FDA issued warning letters to four companies that sell products containing cannabidiol (CBD) and claim the ingredient can treat or cure cancer.', source: 'fixtures/corpus/informational.jsonl' },
    ],
  },
  check(analysis) {
    if (analysis.page.kind === 'informational') return [];
    return sellerMentions(analysis, ['fda-approval'])
      .filter((m) => !APPROVED_KINDS.test(m.sentence.text) || analysis.page.productNames.some((n) => m.sentence.text.includes(n)))
      .map((m) =>
        finding(meta, {
          severity: severityByPage(analysis, meta.severity),
          message: `“${m.range.text}” tells buyers the government vouches for the product; FDA does not approve dietary supplements.`,
          sentence: m.sentence,
        }),
      );
  },
};

export default rule;
