/**
 * Turns an nlcst tree (from any of the three parsers) into flat sentences that keep, for every
 * character of their text, the offset it came from in the original file. Markup between words
 * (emphasis, links, tags) is absent from the text but the offsets still point into the source.
 */
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import type { Node } from 'unist';
import { location } from 'vfile-location';
import type { Point, Sentence } from '../types.js';
import { SentenceTextBuilder, type SourceOffsets } from './offsets.js';

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

/** How the offsets a tree carries become file offsets: a constant shift, or a map. */
export type OffsetCorrection = number | ((offset: number) => number);

const WHITE_SPACE = /\s+/g;

/** Adds a leaf's value at `start` (an offset in the tree), white space collapsed. */
function addLeaf(builder: SentenceTextBuilder, value: string, start: number, correction: OffsetCorrection): void {
  if (typeof correction === 'number') {
    let from = 0;
    for (const space of value.matchAll(WHITE_SPACE)) {
      builder.addRun(value.slice(from, space.index), start + from + correction);
      builder.addSpace(start + space.index + correction);
      from = space.index + space[0].length;
    }
    builder.addRun(value.slice(from), start + from + correction);
    return;
  }
  // A map (HTML character references) may jump anywhere: go a character at a time.
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (/\s/.test(ch)) builder.addSpace(correction(start + i));
    else builder.addRun(ch, correction(start + i));
  }
}

/** A sentence's text, white space collapsed for matching, with where each character came from. */
function sentenceFromNode(node: NlcstSentence, correction: OffsetCorrection): { text: string; offsets: SourceOffsets } | undefined {
  const builder = new SentenceTextBuilder();
  for (const leaf of leaves(node, [])) {
    const start = leaf.position?.start.offset;
    const end = leaf.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (leaf.type === 'SourceNode') {
      // Inline code is not prose, but keeps a space in its place so words don't merge.
      builder.addSpace(typeof correction === 'number' ? start + correction : correction(start));
    } else if (end - start === leaf.value.length) {
      addLeaf(builder, leaf.value, start, correction);
    } else {
      // The value is not the source (a decoded reference): every character points into its span.
      const at = (i: number): number => Math.min(start + i, end - 1);
      for (let i = 0; i < leaf.value.length; i++) {
        const offset = typeof correction === 'number' ? at(i) + correction : correction(at(i));
        if (/\s/.test(leaf.value[i]!)) builder.addSpace(offset);
        else builder.addRun(leaf.value[i]!, offset);
      }
    }
  }
  return builder.build();
}

/** Line and column of a file offset; one per file, shared by every section of it. */
export type ToPoint = (offset: number) => Point;

export function pointsOf(source: string): ToPoint {
  const place = location(source);
  return (offset) => {
    const p = place.toPoint(offset);
    return { line: p?.line ?? 1, column: p?.column ?? 1, offset };
  };
}

/**
 * Collects a file's sentences from one or more nlcst trees (the sections of a long file), with
 * paragraphs numbered on across them.
 */
export class SentenceCollector {
  readonly sentences: Sentence[] = [];
  private paragraph = -1;

  constructor(private readonly toPoint: ToPoint) {}

  /** `correction` maps the tree's offsets to file offsets (a section's start, HTML references). */
  add(tree: NlcstRoot, correction: OffsetCorrection = 0): void {
    const visit = (node: Node): void => {
      if (node.type === 'ParagraphNode') this.paragraph++;
      if (node.type === 'SentenceNode') {
        const built = sentenceFromNode(node as NlcstSentence, correction);
        if (built) {
          const first = built.offsets.first();
          const last = built.offsets.last();
          this.sentences.push({
            index: this.sentences.length,
            text: built.text,
            offsets: built.offsets,
            paragraph: this.paragraph,
            span: { start: this.toPoint(first), end: this.toPoint(last + 1) },
          });
        }
        return;
      }
      for (const child of (node as { children?: Node[] }).children ?? []) visit(child);
    };
    visit(tree);
  }
}
