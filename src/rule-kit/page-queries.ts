/** Questions the compliance rules ask of an analysed page, answered one way for all of them. */
import type { AnalyzedDocument } from '../claims/analyze.js';
import { verdictFor } from '../claims/verdict.js';
import type { ClaimFrame, Sentence } from '../types.js';

/** The seller's own claims on the page (sure or possible), outside copied blocks. */
export function sellerClaims(analysis: AnalyzedDocument): ClaimFrame[] {
  return analysis.frames.filter((f) => verdictFor(f, analysis.page) !== 'not-a-claim');
}

/** Is the sentence part of text copied from an authority? Its words are not the seller's. */
export function inCopiedBlock(analysis: AnalyzedDocument, sentence: Sentence): boolean {
  return analysis.copied.some((b) => b.first.index <= sentence.index && sentence.index <= b.last.index);
}

/** Is there a seller's claim in this sentence or within `distance` sentences of it? */
export function nearSellerClaim(analysis: AnalyzedDocument, sentence: Sentence, distance = 1): boolean {
  return sellerClaims(analysis).some((f) => Math.abs(f.sentence.index - sentence.index) <= distance);
}

/** How a finding names where another finding is: "line 3". */
export function lineOf(sentence: Sentence): string {
  return `line ${sentence.span.start.line}`;
}

export function quoteShort(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}
