import { finding } from '../src/rule-kit/finding.js';
import { nearSellerClaim, sellerMentions } from '../src/rule-kit/page-queries.js';
import type { Rule } from '../src/rule-kit/types.js';

const meta = {
  id: 'red-flag-wording',
  severity: 'warning' as const,
  category: 'hype',
  description: 'Report the wording of health fraud (“miracle”, “secret formula”, “no side effects”) next to a health claim.',
  regulations: ['ftc-act-5-12', 'ftc-health-guidance-2022'],
  suggestions: ['Drop the hype; say plainly what the product is and what evidence supports any claim.'],
};

const rule: Rule = {
  meta,
  examples: {
    incorrect: [
      { text: 'miraculously kills cancer cells and tumors', source: 'FDA, quoted by WREG (fixtures/corpus/violative.jsonl)' },
      { text: 'Cure cancer with these natural products and have no side effects!', source: 'Online ad quoted by ELLICSR (fixtures/corpus/violative.jsonl)' },
    ],
    correct: [
      { text: 'Chemotherapy can kill cancer cells throughout the body even if they traveled away from the original tumor.', source: 'Hard negative; see fixtures/corpus/informational.jsonl' },
    ],
  },
  check(analysis) {
    return sellerMentions(analysis, ['red-flags'])
      .filter((m) => nearSellerClaim(analysis, m.sentence))
      .map((m) =>
        finding(meta, {
          message: `“${m.range.text}” next to a health claim is the wording FDA and the FTC warn consumers about in fraudulent health products.`,
          sentence: m.sentence,
        }),
      );
  },
};

export default rule;
