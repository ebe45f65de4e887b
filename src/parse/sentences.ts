/**
 * Turns an nlcst tree (from any of the three parsers) into flat sentences that keep, for every
 * character of their text, the offset it came from in the original file. Markup between words
 * (emphasis, links, tags) is absent from the text but the offsets still point into the source.
 */
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import type { Node } from 'unist';
import { location } from 'vfile-location';
import type { Point, Sentence } from '../types.js';

interface Literal extends Node {
  value: string;
}

function isLiteral(node: Node): node is Literal {
  return typeof (node as Literal).value === 'string';
}

function leaves(node: Node, out: Literal[]): Literal[] {
  if (isLiteral(node)) {
    out.push(node);
  } else {
    for (const child of (node as { children?: Node[] }).children ?? []) leaves(child, out);
  }
  return out;
}

/** Collapses the whitespace of a sentence for matching while keeping the offset map aligned. */
function sentenceFromNode(
  node: NlcstSentence,
  correctOffset: (offset: number) => number,
): { text: string; offsets: number[] } | undefined {
  // Characters go to an array: testing the end of a growing string flattens it every time.
  const chars: string[] = [];
  const offsets: number[] = [];
  for (const leaf of leaves(node, [])) {
    // Source nodes are inline code: not prose, but keep a placeholder so words don't merge.
    const isSource = leaf.type === 'SourceNode';
    const value = isSource ? ' ' : leaf.value;
    const start = leaf.position?.start.offset;
    const end = leaf.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const exact = end - start === value.length;
    for (let i = 0; i < value.length; i++) {
      let ch = value[i]!;
      if (/\s/.test(ch)) ch = ' ';
      if (ch === ' ' && chars[chars.length - 1] === ' ') continue;
      chars.push(ch);
      // Entities (&amp;) make the source longer than the value: map inside the source span.
      offsets.push(correctOffset(exact ? start + i : Math.min(start + i, end - 1)));
    }
  }
  const text = chars.join('');
  const leading = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return { text: trimmed, offsets: offsets.slice(leading, leading + trimmed.length) };
}

export function sentencesFromNlcst(
  tree: NlcstRoot,
  source: string,
  correctOffset: (offset: number) => number = (offset) => offset,
): Sentence[] {
  const place = location(source);
  const toPoint = (offset: number): Point => {
    const p = place.toPoint(offset);
    return { line: p?.line ?? 1, column: p?.column ?? 1, offset };
  };
  const sentences: Sentence[] = [];
  let paragraph = -1;
  const visit = (node: Node): void => {
    if (node.type === 'ParagraphNode') paragraph++;
    if (node.type === 'SentenceNode') {
      const built = sentenceFromNode(node as NlcstSentence, correctOffset);
      if (built) {
        const first = built.offsets[0]!;
        const last = built.offsets[built.offsets.length - 1]!;
        sentences.push({
          index: sentences.length,
          text: built.text,
          offsets: built.offsets,
          paragraph,
          span: { start: toPoint(first), end: toPoint(last + 1) },
        });
      }
      return;
    }
    for (const child of (node as { children?: Node[] }).children ?? []) visit(child);
  };
  visit(tree);
  return sentences;
}
