import { REQUIRED_DISCLAIMER } from '../src/claims/disclaimer.js';
import { finding } from '../src/rule-kit/finding.js';
import type { Rule } from '../src/rule-kit/types.js';

const meta = {
  id: 'supplement-disclaimer-wording',
  severity: 'warning' as const,
  category: 'disclaimer',
  description: 'Require the supplement disclaimer in the exact words of 21 CFR 101.93(c).',
  regulations: ['cfr-101.93c', 'fdca-403r6'],
  suggestions: [REQUIRED_DISCLAIMER.plural],
};

const rule: Rule = {
  meta,
  examples: {
    incorrect: [
      {
        text: 'These statements have not been evaluated by the FDA. This product is not intended to diagnose, treat, cure or prevent any disease.',
        source: 'fixtures/pages/mytea-magic-metastasis-page.txt, line 32',
      },
    ],
    correct: [{ text: REQUIRED_DISCLAIMER.plural, source: '21 CFR 101.93(c)(2)' }],
  },
  check(analysis) {
    const { source, format } = analysis.document;
    const several = analysis.structureFunction.length > 1;
    return analysis.disclaimers
      .map((d) => ({
        ...d,
        departures:
          d.form === 'singular' && several
            ? [...d.departures, 'is in the singular (c)(1) where the page makes several statements, which take the plural (c)(2)']
            : d.departures,
      }))
      .filter((d) => d.departures.length > 0)
      .map((d) => {
        // The plural form where the page makes several statements, or already speaks of them.
        const plural = d.form === 'plural' || several;
        const required = plural ? REQUIRED_DISCLAIMER.plural : REQUIRED_DISCLAIMER.singular;
        // In HTML, a replacement across tags would drop markup: offer it only over plain text.
        const safe = format !== 'html' || !source.slice(d.start, d.end).includes('<');
        return finding(meta, {
          message: `The supplement disclaimer departs from the text 21 CFR 101.93(c) prescribes: it ${d.departures.join('; ')}.`,
          sentence: d.sentences[0]!,
          endSentence: d.sentences[d.sentences.length - 1],
          suggestions: [required],
          fix: safe ? { range: [d.start, d.end], text: required } : undefined,
        });
      });
  },
};

export default rule;
