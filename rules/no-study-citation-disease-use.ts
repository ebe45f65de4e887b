import { diseasesIn } from '../src/claims/effects.js';
import { finding } from '../src/rule-kit/finding.js';
import { nearSellerClaim, sellerMentions } from '../src/rule-kit/page-queries.js';
import type { Rule } from '../src/rule-kit/types.js';
import { possibleClaimFrom } from '../src/claims/register.js';
import type { Sentence } from '../src/types.js';

const meta = {
  id: 'no-study-citation-disease-use',
  severity: 'warning' as const,
  category: 'publication',
  description: 'Report a study or publication about a disease cited on a sales page: it implies the product treats that disease.',
  regulations: ['cfr-101.93g2iv-c', 'ftc-health-guidance-2022'],
  suggestions: ['Remove the citation from the sales page; a study of a disease presented with a product is a claim that the product treats it.'],
};

const rule: Rule = {
  meta,
  examples: {
    incorrect: [{ file: 'fixtures/pages/fda-approval-claim.txt', source: 'see fixtures/pages/SOURCES.md' }],
    correct: [
      { file: 'fixtures/pages/nci-metastatic-cancer-fact-sheet.txt', source: 'National Cancer Institute fact sheet' },
      // Copied onto a sales page, research as patient education and science writing report it
      // reads as information (the claim register), not as the seller's claim.
      {
        text: 'Studies have examined the effects of mushrooms on immune response pathways and on direct antitumor mechanisms.',
        pageKind: 'commerce',
        source: 'National Cancer Institute, Medicinal Mushrooms (PDQ) (fixtures/corpus/informational.jsonl)',
      },
      {
        text: 'A new study shows that glucosamine works no better than placebo for osteoarthritis pain in the low back.',
        pageKind: 'commerce',
        source: 'Science-Based Medicine (fixtures/corpus/informational.jsonl)',
      },
    ],
  },
  check(analysis) {
    // On a sales page any disease named beside the citation; elsewhere only a claim beside it.
    if (analysis.page.kind === 'informational') return [];
    const selling = analysis.page.kind === 'commerce';
    const { sentences } = analysis.document;
    // A disease is named, or an effect on a disease or its marker is stated ("total cholesterol
    // was lowered by 8%").
    const withEffect = new Set(analysis.frames.map((f) => f.sentence.index));
    const namesDisease = (i: number): boolean => {
      const s = sentences[i];
      return s !== undefined && (withEffect.has(i) || diseasesIn(s.text).length > 0);
    };
    // A finding reported by a study ("studies show that X kills cancer cells"): the frame's agent
    // is the study, so no claim rule reports it; this one does.
    const studyFindings = new Set(
      analysis.frames.filter((f) => f.agent.kind === 'research' && !f.framing.includes('negated')).map((f) => f.sentence.index),
    );
    const cited = sellerMentions(analysis, ['publication-cues', 'evidence-claims'])
      .filter((m) =>
        selling
          ? namesDisease(m.sentence.index) || namesDisease(m.sentence.index + 1)
          : nearSellerClaim(analysis, m.sentence) || studyFindings.has(m.sentence.index),
      )
      .map((m) => m.sentence);
    // On a sales page, researchers' finding about a disease is cited even with no word of
    // publication ("Researchers at Michigan State University … anthocyanins … with the potential to
    // inhibit the growth of colon cancer tumors"); text copied from an authority is reported as such.
    const citedIndexes = new Set(cited.map((s) => s.index));
    const findings = selling
      ? analysis.frames
          .filter((f) => f.agent.kind === 'research' && !f.copiedFrom && !f.framing.includes('negated') && !citedIndexes.has(f.sentence.index))
          .map((f) => f.sentence)
      : [];
    // On a sales page a cited study is a possible claim, and the claim register vetoes it as it
    // does the grammar's possible claims (verdict.ts): a study the seller cites reads like the
    // seller's claim; patient education copied beside the product reads as information.
    const readsAsClaim = (sentence: Sentence): boolean => !selling || analysis.registerFor(sentence).claimLikeness >= possibleClaimFrom('commerce');
    return [...new Map([...cited, ...findings].map((s) => [s.index, s])).values()]
      .filter(readsAsClaim)
      .sort((a, b) => a.index - b.index)
      .map((sentence) =>
        finding(meta, {
          message: 'A study of a disease cited on a page that sells a product implies the product treats that disease.',
          sentence,
        }),
      );
  },
};

export default rule;
