import { claimRule, targetName } from '../src/rule-kit/claim-rule.js';

export default claimRule({
  meta: {
    id: 'no-cure-testimonial',
    severity: 'error',
    category: 'testimonial',
    description: 'Disallow testimonials of cure or remission: a customer’s story is the advertiser’s claim.',
    regulations: ['ftc-act-5-12', 'cfr-16-255.2', 'ftc-health-guidance-2022', 'cfr-101.93g2i'],
    suggestions: [
      'Remove the testimonial: you must be able to prove any outcome an endorser describes, and disclose what results people can generally expect.',
    ],
  },
  says: (frame) => `was rid of ${targetName(frame)}`,
  examples: {
    incorrect: [
      { text: 'Caisse started treating her aunt with the tea and lived another 21 years, cancer free.', source: 'Essiac promotion reproduced on SGForums (fixtures/corpus/violative.jsonl)' },
    ],
    correct: [
      { text: 'Some people with metastatic tumors do not have symptoms.', source: 'National Cancer Institute, Metastatic Cancer fact sheet (2011)' },
    ],
  },
});
