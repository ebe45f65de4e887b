import { lexicon } from '../src/claims/lexicon.js';
import { claimRule, targetName } from '../src/rule-kit/claim-rule.js';

export default claimRule({
  meta: {
    id: 'no-disease-treatment-claim',
    severity: 'error',
    category: 'cure-treat',
    description: 'Disallow claims that a product cures, treats, heals or mitigates a disease.',
    regulations: ['fdca-201g1b', 'cfr-201.128', 'cfr-101.93g2i', 'cfr-101.93g2ii', 'ftc-act-5-12', 'ftc-health-guidance-2022'],
    suggestions: [
      'Remove the claim that the product cures or treats the disease.',
      'A dietary supplement may describe an effect on the normal structure or function of the body, without naming or implying a disease.',
    ],
  },
  says: (frame) =>
    // "Lowers cholesterol" (rules/lexicons/effects.yml, `marker`): the claim is to treat the disease
    // the marker measures (FDA final rule, 65 FR 1000, 2000), though it names only the marker.
    lexicon().markerEffects.has(frame.effectId)
      ? `acts on ${targetName(frame)}, a marker of disease: lowering or controlling it treats the disease`
      : `cures or treats ${targetName(frame)}`,
  examples: {
    incorrect: [
      { text: 'Treats all forms of cancer', source: 'FDA, quoted by Drug Store News (fixtures/corpus/violative.jsonl)' },
      { text: 'Our cancer treatments are extremely effective at successfully fighting cancer', source: 'BBB National Programs / NAD case (fixtures/corpus/violative.jsonl)' },
      // A sales page's heading offers the therapy for the disease.
      { text: 'Ozone Therapy For Lyme Disease', pageKind: 'commerce', source: 'Ozone Hospital, ozone therapy for Lyme disease (fixtures/corpus/pages/pages.jsonl)' },
      // A clinic's service heading names the disease first.
      { text: 'Multiple Sclerosis Treatment', pageKind: 'commerce', source: 'SmartCell Center (mediland.clinic), stem cell treatment for multiple sclerosis (fixtures/corpus/pages/pages.jsonl)' },
    ],
    correct: [
      { text: 'Although some types of metastatic cancer can be cured with current treatments, most cannot.', source: 'National Cancer Institute, Metastatic Cancer fact sheet (2011)' },
      { text: 'Once cancer has spread to the bones or to other parts of the body it’s rarely able to be cured.', source: 'American Cancer Society (2016)' },
      // The same kind of heading on a page that sells nothing heads a topic.
      { text: 'Overview of Alternative Therapies for Psoriasis', source: 'Verywell Health, alternative therapies for psoriatic disease (fixtures/corpus/pages/pages.jsonl)' },
      // On a page of unknown kind, however much it reads like a seller's: a heading alone sells nothing.
      { text: 'Multiple Sclerosis Treatment', source: 'SmartCell Center (mediland.clinic), stem cell treatment for multiple sclerosis (fixtures/corpus/pages/pages.jsonl)' },
    ],
  },
});
