import { finding } from '../src/rule-kit/finding.js';
import { quoteShort, sellerClaims } from '../src/rule-kit/page-queries.js';
import type { Rule } from '../src/rule-kit/types.js';

const meta = {
  id: 'disclaimer-cannot-rescue',
  severity: 'warning' as const,
  category: 'disclaimer',
  description: 'Report a supplement disclaimer on a page that also claims to treat disease: the disclaimer does not make those claims lawful.',
  regulations: ['cfr-101.93f', 'fdca-201g1b', 'fdca-403r6'],
  suggestions: ['Remove the disease claims; the disclaimer cannot cure them.'],
};

const rule: Rule = {
  meta,
  examples: {
    incorrect: [{ file: 'fixtures/pages/mytea-magic-metastasis-page.txt', source: 'the MyTea page: its disclaimer sits beneath a headline that claims to stop tumor spread' }],
    correct: [{ file: 'fixtures/pages/structure-function-no-disclaimer.md', source: 'a page without disease claims' }],
  },
  check(analysis) {
    const [disclaimer] = analysis.disclaimers;
    if (!disclaimer) return [];
    const claims = sellerClaims(analysis);
    const sure = claims.filter((f) => ['product', 'imperative', 'testimonial', 'seller'].includes(f.agent.kind));
    if (sure.length === 0) return [];
    const first = sure[0]!;
    const lines = [...new Set(sure.map((f) => f.sentence.span.start.line))];
    return [
      finding(meta, {
        message: `This disclaimer says the product is “not intended to diagnose, treat, cure, or prevent any disease”, yet the page claims it does (${quoteShort(first.sentence.text)}, line ${first.sentence.span.start.line}${lines.length > 1 ? `, and line${lines.length > 2 ? 's' : ''} ${lines.slice(1).join(', ')}` : ''}). A disclaimer does not make a disease claim lawful.`,
        sentence: disclaimer.sentences[0]!,
        endSentence: disclaimer.sentences.at(-1),
      }),
    ];
  },
};

export default rule;
