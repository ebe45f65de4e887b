/**
 * Prose the nlcst bridges leave out: Markdown table cells (mdast-util-to-nlcst always skips
 * tables) and the HTML `<title>` (hast-util-to-nlcst reads only the body's flow). A seller's
 * claim in a comparison table or a page title is a claim all the same, so each cell and the
 * title are read as a paragraph of their own and merged into the tree in document order.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, TableCell } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import { toNlcst as hastToNlcst } from 'hast-util-to-nlcst';
import { toNlcst as mdastToNlcst } from 'mdast-util-to-nlcst';
import type { ParseEnglish } from 'parse-english';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type Parser = InstanceType<typeof ParseEnglish>;

function paragraphsOf(tree: NlcstRoot): NlcstRoot['children'] {
  return tree.children.filter((c) => c.type === 'ParagraphNode');
}

export function tableCellParagraphs(tree: MdastRoot, file: VFile, parser: Parser): NlcstRoot['children'] {
  const out: NlcstRoot['children'] = [];
  visit(tree, 'tableCell', (cell: TableCell) => {
    if (!cell.position || cell.children.length === 0) return;
    const root = { type: 'root', children: [{ type: 'paragraph', children: cell.children, position: cell.position }], position: cell.position };
    out.push(...paragraphsOf(mdastToNlcst(root as MdastRoot, file, parser) as NlcstRoot));
  });
  return out;
}

export function titleParagraphs(tree: HastRoot, file: VFile, parser: Parser): NlcstRoot['children'] {
  const out: NlcstRoot['children'] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'title' || !node.position || node.children.length === 0) return;
    const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: node.children, position: node.position };
    const root: HastRoot = { type: 'root', children: [paragraph], position: node.position };
    out.push(...paragraphsOf(hastToNlcst(root, file, parser) as NlcstRoot));
  });
  return out;
}

/** The tree with the extra paragraphs put in document order among its own. */
export function mergeParagraphs(tree: NlcstRoot, extra: NlcstRoot['children']): NlcstRoot {
  if (extra.length === 0) return tree;
  const offset = (node: NlcstRoot['children'][number]): number => node.position?.start.offset ?? 0;
  return { ...tree, children: [...tree.children, ...extra].sort((a, b) => offset(a) - offset(b)) };
}
