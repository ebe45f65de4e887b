import { claimRule, targetName } from '../src/rule-kit/claim-rule.js';

export default claimRule({
  meta: {
    id: 'no-cancer-cell-kill-claim',
    severity: 'error',
    category: 'cell-kill',
    description: 'Disallow claims that a product kills, attacks or targets cancer cells, shrinks tumors, or spares healthy cells.',
    regulations: ['fdca-201g1b', 'cfr-101.93g2i', 'ftc-act-5-12', 'ftc-health-guidance-2022'],
    suggestions: [
      'Remove the claim that the product kills cancer cells or shrinks tumors.',
      'Lab and animal studies do not show that a product does this in people; do not cite them as if they did.',
    ],
  },
  says: (frame) => `kills or shrinks ${targetName(frame, 'cancer cells')}`,
  examples: {
    incorrect: [
      { text: 'attacks cancer cells, leaving healthy cells intact', source: 'FDA warning letter quote via Wolters Kluwer Health (fixtures/corpus/violative.jsonl)' },
      { text: 'selectively kills cancer cells', source: 'FDA warning letter quote via Wolters Kluwer Health (fixtures/corpus/violative.jsonl)' },
    ],
    correct: [
      { text: 'Chemotherapy can kill cancer cells throughout the body even if they traveled away from the original tumor.', source: 'Hard negative; see fixtures/corpus/informational.jsonl' },
      { text: 'Researchers are studying new ways to kill or stop the growth of primary and metastatic cancer cells.', source: 'National Cancer Institute, Metastatic Cancer (2017)' },
    ],
  },
});
