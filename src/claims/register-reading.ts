/**
 * What the grammar made of a sentence, as features of the claim register (register.ts): who acts,
 * on what, how it is framed, and the verdict the grammar would give the sentence on a page that
 * sells.
 *
 * Words alone cannot tell "Chemotherapy kills cancer cells" from "Our tea kills cancer cells", and
 * the grammar alone cannot tell a seller's question ("How will you fight off corona? Use …") from
 * a patient-education one. Learned together, a clinician's agent weighs towards information and a
 * question whose subject is the product towards a claim, in whatever words the sentence uses.
 * The features are the grammar's own names (agent kinds, effect ids from the lexicons, framings),
 * so a reviewer reads the weights beside the lexicons (docs/claim-register-words.md).
 */
import type { ClaimFrame, PageContext } from '../types.js';
import { grammarVerdict } from './verdict.js';

/** The feature of a sentence the grammar found nothing in. */
export const NO_READING = '~no reading';

/**
 * The reading features of one sentence's frames. The verdict is the one the grammar gives on a
 * sales page, whatever page the sentence is on: the model learns how a sentence reads, and the
 * page decides what is done with that (verdict.ts).
 */
export function readingFeatures(frames: readonly ClaimFrame[], page: PageContext): string[] {
  const onSale: PageContext = { ...page, kind: 'commerce' };
  const features = new Set<string>();
  for (const frame of frames) {
    // A claim-like frame is the register's own finding, not the grammar's reading.
    if (frame.category === 'claim-like') continue;
    const verdict = grammarVerdict(frame, onSale);
    const agent = frame.agent.kind;
    features.add(`~verdict ${verdict}`);
    features.add(`~agent ${agent}`);
    features.add(`~agent ${agent} ~verdict ${verdict}`);
    features.add(`~effect ${frame.effectId}`);
    features.add(`~category ${frame.category}`);
    if (frame.passive) features.add('~passive');
    for (const framing of frame.framing) features.add(`~framing ${framing}`);
  }
  if (features.size === 0) features.add(NO_READING);
  return [...features];
}
