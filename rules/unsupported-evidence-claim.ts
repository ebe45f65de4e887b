import { finding } from '../src/rule-kit/finding.js';
import { nearSellerClaim, sellerMentions } from '../src/rule-kit/page-queries.js';
import type { Rule } from '../src/rule-kit/types.js';

const meta = {
  id: 'unsupported-evidence-claim',
  severity: 'warning' as const,
  category: 'substantiation',
  description: 'Report “clinically proven”, “studies show” or “doctor recommended” beside a health claim with no citation.',
  regulations: ['ftc-act-5-12', 'ftc-health-guidance-2022'],
  suggestions: [
    'Cite the randomized, controlled human trials the claim rests on, or remove the claim; laboratory and animal studies do not show an effect in people.',
  ],
};

const rule: Rule = {
  meta,
  examples: {
    incorrect: [
      {
        text: 'Green tea has been shown in studies to naturally lower blood pressure',
        source: 'FDA warning letter quoted by Warning Letter Wednesday (fixtures/corpus/approval-endorsement.jsonl)',
      },
    ],
    correct: [
      {
        text: 'Although some types of metastatic cancer can be cured with current treatments, most cannot.',
        source: 'National Cancer Institute, Metastatic Cancer fact sheet (2011)',
      },
    ],
  },
  check(analysis) {
    const cited = new Set(analysis.mentions['citation-cues'].map((m) => m.sentence.index));
    return sellerMentions(analysis, ['evidence-claims'])
      .filter((m) => nearSellerClaim(analysis, m.sentence))
      .filter((m) => !cited.has(m.sentence.index) && !cited.has(m.sentence.index + 1))
      .map((m) =>
        finding(meta, {
          message: `“${m.range.text}” backs a health claim with evidence it does not cite. Health claims need competent and reliable scientific evidence, generally randomized controlled human trials.`,
          sentence: m.sentence,
        }),
      );
  },
};

export default rule;
