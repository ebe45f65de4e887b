/**
 * Where the markup sets text in bold: `**…**` in Markdown; `<strong>`, `<b>`, headings and
 * inline `font-weight: bold|600-900` in HTML. The disclaimer must be in boldface
 * (21 CFR 101.93(e)); CSS in a stylesheet cannot be seen from the markup, so this is only what
 * the markup itself says.
 */
import type { Root as HastRoot, Element } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

export type Range = [number, number];

const BOLD_TAGS = new Set(['strong', 'b', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th']);
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;

function rangeOf(node: Node): Range | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** `base`: the file offset the tree's text starts at (a section of a long file). */
export function boldRangesMarkdown(tree: MdastRoot, base = 0): Range[] {
  const ranges: Range[] = [];
  visit(tree, (node) => {
    if (node.type === 'strong' || node.type === 'heading') {
      const r = rangeOf(node);
      if (r) ranges.push([r[0] + base, r[1] + base]);
    }
  });
  return ranges;
}

export function boldRangesHtml(tree: HastRoot): Range[] {
  const ranges: Range[] = [];
  visit(tree, 'element', (node: Element) => {
    const style = node.properties?.style;
    if (BOLD_TAGS.has(node.tagName) || (typeof style === 'string' && BOLD_STYLE.test(style))) {
      const r = rangeOf(node);
      if (r) ranges.push(r);
    }
  });
  return ranges;
}

/** Is [start, end) entirely inside bold markup? */
export function isBold(ranges: Range[], start: number, end: number): boolean {
  return ranges.some(([from, to]) => from <= start && end <= to);
}
