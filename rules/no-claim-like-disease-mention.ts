import { claimRule, claimWords, targetName } from '../src/rule-kit/claim-rule.js';

export default claimRule({
  meta: {
    id: 'no-claim-like-disease-mention',
    severity: 'warning',
    // A learned register, not a reading of who claims what: never an error by default.
    possibleOnly: true,
    category: 'claim-like',
    description:
      'Report a sentence that names a disease in the words sellers’ disease claims are made in, when no other claim rule reads it: on a page that sells, or, reading strongly so, on a page that neither sells nor informs (the claim-register model, docs/claim-register.md).',
    regulations: ['cfr-101.93g2x', 'cfr-101.93g2i', 'cfr-201.128', 'ftc-act-5-12'],
    suggestions: [
      'Do not name the disease where the product is promoted, nor promise anything to people who have it.',
      'A dietary supplement may describe an effect on the normal structure or function of the body, without naming or implying a disease.',
      'If the sentence is information, say whose statement it is and keep it apart from the product.',
    ],
  },
  says: (frame) => `names ${targetName(frame)} in the words of a seller’s claim`,
  message: (frame) =>
    `Possible disease claim: this sentence names ${targetName(frame)} in words that read like a seller’s disease claim${claimWords(frame)}, ` +
    'though no claim wording was recognized. If it describes what you sell, it is a disease claim; if it is information, say whose statement it is.',
  examples: {
    incorrect: [
      {
        text: 'Viruses (including Ebola) are not match for Young Living Essential Oils',
        pageKind: 'commerce',
        source: 'FDA warning letter to Young Living, quoted by a distributor’s site (fixtures/corpus/violative.jsonl)',
      },
      {
        text: 'I suffer from hypoglycaemia, so if I don’t get my sugar levels right I use this as a preventative',
        pageKind: 'commerce',
        source: 'ASA ruling on Shop TJC Ltd (fixtures/corpus/violative.jsonl)',
      },
    ],
    correct: [
      {
        // Patient education on a sales page reads as information, and the grammar reads the rest.
        text: 'Once cancer spreads, it can be hard to control. Although some types of metastatic cancer can be cured with current treatments, most cannot.',
        pageKind: 'commerce',
        source: 'National Cancer Institute, Metastatic Cancer fact sheet (2011)',
      },
      {
        // Text copied from an authority or a --reference page is its words, not the seller's.
        file: 'fixtures/pages/mytea-magic-metastasis-page.txt',
        references: ['fixtures/pages/ctca-metastatic-cancer-page.txt'],
        source: 'MyTea Magic sales page with text copied from NCI, ACS and CTCA (fixtures/pages/SOURCES.md)',
      },
    ],
  },
});
