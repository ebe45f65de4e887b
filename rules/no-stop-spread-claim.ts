import { claimRule, targetName } from '../src/rule-kit/claim-rule.js';

export default claimRule({
  meta: {
    id: 'no-stop-spread-claim',
    severity: 'error',
    category: 'stop-spread',
    description: 'Disallow claims that a product stops, slows or blocks the spread, growth or metastasis of cancer.',
    regulations: ['fdca-201g1b', 'cfr-101.93g2i', 'ftc-act-5-12', 'ftc-health-guidance-2022'],
    suggestions: [
      'Remove the claim that the product stops or slows cancer or its spread.',
      'Describe only what the product is and how it is used; do not tie it to cancer.',
      'If you mean to inform, quote the source: "Researchers are studying new ways to kill or stop the growth of primary and metastatic cancer cells." (National Cancer Institute)',
    ],
  },
  says: (frame) => `stops or slows the spread or growth of ${targetName(frame, 'cancer')}`,
  examples: {
    incorrect: [
      { text: 'Stop cancer tumor spread with MyTea Magic', source: 'fixtures/pages/mytea-magic-metastasis-page.txt (headline)' },
      { text: 'grape seed extract may inhibit tumors.', source: 'FDA warning letter quote via Medscape (fixtures/corpus/violative.jsonl)' },
    ],
    correct: [
      { text: 'Researchers are studying new ways to kill or stop the growth of primary and metastatic cancer cells.', source: 'National Cancer Institute, Metastatic Cancer (2017)' },
      { text: 'Research is also focusing on treatments that block or target these genetic changes so the cancer cells can’t spread and grow.', source: 'American Cancer Society, What is metastatic cancer? (2014)' },
    ],
  },
});
