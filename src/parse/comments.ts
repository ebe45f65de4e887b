/**
 * Collects the comments of a parsed document, for inline directives (`healthlint-disable …`).
 * Comments are read from the syntax tree, not searched for in the text, so a comment inside a
 * code block, a `<script>` or an attribute is not a comment:
 *
 * - Markdown: `<!-- … -->` inside mdast `html` nodes (block or inline), and MDX expression
 *   comments `{/* … *\/}` (mdx expression nodes when the tree has them; otherwise the braces read
 *   as paragraph text, so paragraphs and headings are searched for them, outside inline code);
 * - HTML: hast `comment` nodes.
 */
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { SourceComment } from '../types.js';
import type { ToPoint } from './sentences.js';

interface Positioned extends Node {
  value?: string;
}

const HTML_COMMENT = /<!--([\s\S]*?)-->/g;
const MDX_COMMENT = /\{\s*\/\*([\s\S]*?)\*\/\s*\}/g;
const MDX_EXPRESSION_COMMENT = /^\s*\/\*([\s\S]*?)\*\/\s*$/;

/**
 * `source` is the text the tree was parsed from; it starts at offset `base` of the file, whose
 * points `toPoint` gives.
 */
export function collectComments(tree: Node, source: string, kind: 'markdown' | 'html', toPoint: ToPoint, base = 0): SourceComment[] {
  const comments: SourceComment[] = [];
  const add = (value: string, start: number, end: number): void => {
    comments.push({ value, start: toPoint(base + start), end: toPoint(base + end) });
  };
  /** Every match of `pattern` in the node's source text, except inside inline code. */
  const scan = (node: Positioned, pattern: RegExp): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const code: [number, number][] = [];
    if (node.type !== 'html') {
      visit(node, 'inlineCode', (c: Positioned) => {
        if (c.position?.start.offset !== undefined) code.push([c.position.start.offset, c.position.end.offset ?? 0]);
      });
    }
    const raw = source.slice(start, end);
    for (const match of raw.matchAll(pattern)) {
      const from = start + match.index;
      const to = from + match[0].length;
      if (code.some(([a, b]) => from < b && to > a)) continue;
      add(match[1]!, from, to);
    }
  };

  visit(tree, (node: Positioned) => {
    if (kind === 'html') {
      if (node.type === 'comment' && typeof node.value === 'string' && node.position?.start.offset !== undefined) {
        add(node.value, node.position.start.offset, node.position.end.offset ?? node.position.start.offset);
      }
      return;
    }
    if (node.type === 'html') scan(node, HTML_COMMENT);
    // Without the MDX extension `{/* … */}` is text, and `*…*` in it may read as emphasis.
    else if (node.type === 'paragraph' || node.type === 'heading') scan(node, MDX_COMMENT);
    else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && typeof node.value === 'string') {
      const match = MDX_EXPRESSION_COMMENT.exec(node.value);
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (match && start !== undefined && end !== undefined) add(match[1]!, start, end);
    }
  });
  return comments.sort((a, b) => a.start.offset - b.start.offset);
}
