import { claimRule } from '../src/rule-kit/claim-rule.js';

export default claimRule({
  meta: {
    id: 'no-therapy-substitute-claim',
    severity: 'error',
    category: 'substitute-therapy',
    description: 'Disallow claims that a product replaces, beats or lets you avoid chemotherapy, radiation, surgery or other therapy.',
    regulations: ['fdca-201g1b', 'cfr-101.93g2vi', 'ftc-act-5-12', 'ftc-health-guidance-2022'],
    suggestions: [
      'Remove the comparison with chemotherapy, radiation, surgery or medication.',
      'Never suggest delaying or avoiding treatment a doctor recommends.',
    ],
  },
  says: (frame) => `can take the place of medical treatment (“${frame.effect.text}”)`,
  examples: {
    incorrect: [
      { text: 'Cure your cancer without surgery, chemo or radiation!', source: 'Online ad quoted by ELLICSR (fixtures/corpus/violative.jsonl)' },
      { text: 'more effective than chemotherapy', source: 'FDA warning letter quote via Wolters Kluwer Health (fixtures/corpus/violative.jsonl)' },
    ],
    correct: [
      { text: 'Treatment for metastatic cancer usually depends on the type of cancer and the size, location, and number of metastatic tumors.', source: 'National Cancer Institute, Metastatic Cancer fact sheet (2011)' },
    ],
  },
});
