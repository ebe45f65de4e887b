import { claimRule, targetName } from '../src/rule-kit/claim-rule.js';

export default claimRule({
  meta: {
    id: 'no-disease-prevention-claim',
    severity: 'error',
    category: 'prevent',
    description: 'Disallow claims that a product prevents a disease or lowers the risk of getting it.',
    regulations: ['fdca-201g1b', 'cfr-101.93g2i', 'ftc-act-5-12', 'ftc-health-guidance-2022'],
    suggestions: [
      'Remove the claim that the product prevents the disease.',
      'Only health claims FDA has authorized (21 CFR 101.72–101.83) may link a food to a lower risk of disease, in the authorized wording.',
    ],
  },
  says: (frame) => `prevents ${targetName(frame)}`,
  examples: {
    incorrect: [
      { text: 'Colloidal silver is the key to protecting yourself from the corona virus', source: 'FDA/FTC warning letter quote via Mondaq (fixtures/corpus/violative.jsonl)' },
    ],
    correct: [
      { text: 'The results of previous clinical trials have led to progress not only in the treatment of cancer but also in the detection, diagnosis, and prevention of the disease.', source: 'National Cancer Institute, Metastatic Cancer fact sheet (2011)' },
    ],
  },
});
