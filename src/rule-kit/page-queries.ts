/** Questions the compliance rules ask of an analysed page, answered one way for all of them. */
import type { AnalyzedDocument } from '../claims/analyze.js';
import { isNegatedAt } from '../claims/framing.js';
import type { Mention, PhraseListId } from '../claims/phrase-lists.js';
import { verdictFor } from '../claims/verdict.js';
import type { ClaimFrame, Sentence, Severity } from '../types.js';

const claimsOf = new WeakMap<AnalyzedDocument, ClaimFrame[]>();

/** The seller's own claims on the page (sure or possible), outside copied blocks; once per page. */
export function sellerClaims(analysis: AnalyzedDocument): ClaimFrame[] {
  let claims = claimsOf.get(analysis);
  if (!claims) claimsOf.set(analysis, (claims = analysis.frames.filter((f) => verdictFor(f, analysis.page) !== 'not-a-claim')));
  return claims;
}

/**
 * Mentions of these phrase lists in the seller's own words: outside copied blocks, not negated
 * ("is not FDA approved"), in document order, and the first in each sentence only.
 */
export function sellerMentions(analysis: AnalyzedDocument, lists: PhraseListId[]): Mention[] {
  const seen = new Set<number>();
  return lists
    .flatMap((list) => analysis.mentions[list])
    .sort((a, b) => a.sentence.index - b.sentence.index || a.range.start - b.range.start)
    .filter((m) => !inCopiedBlock(analysis, m.sentence) && !isNegatedAt(m.sentence.text, m.range.start))
    .filter((m) => !seen.has(m.sentence.index) && seen.add(m.sentence.index));
}

/** A statement sure to be the seller's on a sales page; on a page of unknown kind, possibly. */
export function severityByPage(analysis: AnalyzedDocument, severity: Severity): Severity {
  return analysis.page.kind === 'commerce' ? severity : 'warning';
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
