import { claimRule, targetName } from '../src/rule-kit/claim-rule.js';
import type { ClaimFrame } from '../src/types.js';

/** What implies the claim: a question that names the disease and is answered, or a word beside it. */
const cue = (frame: ClaimFrame): string =>
  frame.effectId === 'question-answered' ? `a question names it, and “${frame.effect.text}” answers` : `“${frame.effect.text}” beside it`;

export default claimRule({
  meta: {
    id: 'no-implied-disease-claim',
    severity: 'warning',
    // Never sure, so never an error by default: the words only imply the claim, and a person decides.
    possibleOnly: true,
    category: 'implied-disease',
    description: 'Report a disease named beside a promise of benefit, or beside the seller or its product, or asked about and answered at once with help, on a page that sells: it implies the product acts on the disease.',
    regulations: ['cfr-101.93g2x', 'cfr-101.93g2i', 'cfr-201.128', 'ftc-act-5-12'],
    suggestions: [
      'Do not name the disease where the product is promoted, nor promise help to people who have it.',
      'A dietary supplement may describe an effect on the normal structure or function of the body, without naming or implying a disease.',
      'If the sentence is information, say whose statement it is and keep it apart from the product.',
    ],
  },
  // "this says that the product acts on cancer (implied: “supplement” beside it)".
  says: (frame) => `acts on ${targetName(frame)} (implied: ${cue(frame)})`,
  unnamed: (frame) => `suggests an effect on ${targetName(frame)} (${cue(frame)})`,
  examples: {
    incorrect: [
      {
        text: "Finally, there's a real solution for the millions who suffer from genital herpes and oral herpes (cold sores).",
        pageKind: 'commerce',
        source: 'FDA and FTC warning letter to Flor Nutraceuticals (Herpaflor), 2011 (fixtures/corpus/violative.jsonl)',
      },
      {
        text: 'People with conditions like irritable bowel syndrome, recurrent colds, asthma or colic in infants often find improvement.',
        pageKind: 'commerce',
        source: 'ASA adjudication on a chiropractor, quoted by Zeno’s Blog, 2009 (fixtures/corpus/violative.jsonl)',
      },
      {
        // A question that names the reader's disease, answered at once with help.
        text: 'do you have diabetes, high blood pressure, arthritis, obesity, Alzheimer’s? Help has arrived',
        pageKind: 'commerce',
        source: 'BBB National Programs DSSRC, Case #100-2022, Youngevity International (fixtures/corpus/violative.jsonl)',
      },
      {
        text: 'People with depression are often low in Omega 3’s, which is why we made this fish oil product',
        pageKind: 'commerce',
        source: 'Warning Letter Wednesday, “Navigating the Risks of Therapy-Adjacent Health Claims”, quoting FDA (fixtures/corpus/violative.jsonl)',
      },
    ],
    correct: [
      {
        text: 'Although some types of metastatic cancer can be cured with current treatments, most cannot. Nevertheless, treatments are available for all patients with metastatic cancer.',
        pageKind: 'informational',
        source: 'National Cancer Institute, Metastatic Cancer fact sheet (2011)',
      },
      {
        // A sales page padded with patient education: "many therapies can ease side effects and
        // improve quality of life" is said of treatments, not of the tea.
        file: 'fixtures/pages/mytea-magic-metastasis-page.txt',
        source: 'MyTea Magic sales page with text copied from NCI, ACS and CTCA (fixtures/pages/SOURCES.md)',
      },
    ],
  },
});
