import { REQUIRED_DISCLAIMER } from '../src/claims/disclaimer.js';
import { finding } from '../src/rule-kit/finding.js';
import type { Rule } from '../src/rule-kit/types.js';

const meta = {
  id: 'supplement-disclaimer-missing',
  severity: 'error' as const,
  category: 'disclaimer',
  description: 'Require the supplement disclaimer on a sales page that makes structure/function statements.',
  regulations: ['cfr-101.93b', 'cfr-101.93c', 'fdca-403r6'],
  suggestions: [`Add the disclaimer next to the statements, in bold: “${REQUIRED_DISCLAIMER.plural}”`],
};

const rule: Rule = {
  meta,
  examples: {
    incorrect: [
      {
        file: 'fixtures/pages/structure-function-no-disclaimer.md',
        source: 'FDA structure/function examples (fixtures/corpus/compliant.jsonl) on a page with the commerce lines of the MyTea page',
      },
    ],
    correct: [{ file: 'fixtures/pages/mytea-magic-metastasis-page.txt', source: 'the MyTea page: it carries a disclaimer (in other words)' }],
  },
  check(analysis) {
    if (analysis.page.kind !== 'commerce' || analysis.disclaimers.length > 0) return [];
    const [first] = analysis.structureFunction;
    if (!first) return [];
    return [
      finding(meta, {
        message: `This page sells a product with structure/function statements (${analysis.structureFunction.length}, the first here) but carries no supplement disclaimer.`,
        sentence: first,
      }),
    ];
  },
};

export default rule;
