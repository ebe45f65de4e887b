/**
 * Why a corpus item was missed or flagged, stage by stage (`npm run eval -- --why`): whether it
 * passed the screen, whether it names a disease, which effects were found, and for each claim
 * frame its agent, framing and verdict. For reading the development and validation sets only:
 * the test set's misses are not to be read.
 */
import { analyzeDocument } from '../src/claims/analyze.js';
import { diseasesIn } from '../src/claims/effects.js';
import { lexicon } from '../src/claims/lexicon.js';
import { normalizeForMatching } from '../src/claims/normalize.js';
import { verdictFor } from '../src/claims/verdict.js';
import { parseDocument } from '../src/parse/index.js';

export function explain(text: string, pageKind?: 'commerce' | 'informational'): string {
  const analysis = analyzeDocument(parseDocument(text, 'text', 'item.txt'), undefined, pageKind ? { pageKind } : {});
  const { screen } = lexicon();
  if (analysis.frames.length === 0) {
    if (!analysis.document.sentences.some((s) => screen.test(normalizeForMatching(s.text)))) return 'no disease, claim word or therapy the screen knows';
    return diseasesIn(text).length > 0 ? 'a disease is named, but no effect or claim phrase around it' : 'passed the screen, but no effect or claim phrase';
  }
  return analysis.frames
    .map((f) => {
      const framing = f.framing.length ? ` [${f.framing.join(', ')}]` : '';
      const agent = `${f.agent.kind}${f.agent.text ? ` "${f.agent.text}"` : ''}${f.passive ? ', passive' : ''}`;
      const register = f.register ? ` (reads ${f.register.claimLikeness.toFixed(2)} claim-like)` : '';
      return `${f.effectId} "${f.effect.text}" by ${agent}${framing}${register}: ${verdictFor(f, analysis.page)}`;
    })
    .join('; ');
}
