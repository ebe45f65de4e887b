import { claimRule } from '../src/rule-kit/claim-rule.js';

export default claimRule({
  meta: {
    id: 'no-disease-in-product-name',
    severity: 'error',
    category: 'product-name',
    description: 'Disallow product names that name a disease or a cure (“Breast Cancer Tea”, “CircuCure”).',
    regulations: ['fdca-201g1b', 'cfr-101.93g2iv-a'],
    suggestions: ['Rename the product so that its name names no disease and promises no cure.'],
  },
  says: (frame) => `is for a disease, by its name (“${frame.effect.text}”)`,
  examples: {
    incorrect: [
      { text: 'Breast Cancer Tea Formula', source: 'FDA warning letter (fixtures/corpus/violative.jsonl)' },
    ],
    correct: [
      { text: 'To learn about treatment options, including clinical trials, find your type of cancer among the PDQ® Cancer Information Summaries for Adult Treatment and Pediatric Treatment.', source: 'National Cancer Institute, Metastatic Cancer (2017)' },
    ],
  },
});
