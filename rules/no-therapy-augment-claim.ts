import { claimRule } from '../src/rule-kit/claim-rule.js';

export default claimRule({
  meta: {
    id: 'no-therapy-augment-claim',
    severity: 'error',
    category: 'augment-therapy',
    description: 'Disallow claims that a product makes chemotherapy, radiation or another therapy work better or eases its side effects.',
    regulations: ['fdca-201g1b', 'cfr-101.93g2vii', 'ftc-health-guidance-2022'],
    suggestions: [
      'Remove the claim that the product works with or improves a treatment.',
      'Tell readers to talk with their care team before taking any supplement during treatment.',
    ],
  },
  says: (frame) => `improves or eases a medical treatment (“${frame.effect.text}”)`,
  examples: {
    incorrect: [
      { text: 'Vitamin C May Combat Cancer & Ease Cancer Treatment.', source: 'FDA warning letter quote via Warning Letter Wednesday (fixtures/corpus/violative.jsonl)' },
    ],
    correct: [
      { text: 'Patients interested in taking part in a clinical trial should talk with their doctor.', source: 'National Cancer Institute, Metastatic Cancer fact sheet (2011)' },
    ],
  },
});
