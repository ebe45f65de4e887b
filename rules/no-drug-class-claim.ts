import { claimRule } from '../src/rule-kit/claim-rule.js';

export default claimRule({
  meta: {
    id: 'no-drug-class-claim',
    severity: 'error',
    category: 'drug-class',
    description: 'Disallow drug-class words said of a product: anti-cancer, anti-tumor, antiviral, antibiotic, natural chemotherapy.',
    regulations: ['fdca-201g1b', 'cfr-101.93g2v', 'ftc-health-guidance-2022'],
    suggestions: [
      'Remove the drug-class word (anti-cancer, anti-tumor, antiviral…): it says the product is a drug.',
    ],
  },
  says: (frame) => `belongs to a class of drugs (“${frame.effect.text}”)`,
  examples: {
    incorrect: [
      { text: 'anti-cancer and anti-tumor properties', source: 'FDA warning letter quote via Manatt, Phelps & Phillips (fixtures/corpus/violative.jsonl)' },
    ],
    correct: [
      { text: 'Metastatic cancer has the same name and the same type of cancer cells as the original, or primary, cancer.', source: 'National Cancer Institute, Metastatic Cancer fact sheet (2011)' },
    ],
  },
});
