/**
 * mdast-util-to-nlcst spreads the tokens of each node into its parent's list
 * (`push(...tokens)`), which overflows the stack past about 120,000 words in one paragraph (a
 * page with no blank lines, or one unbroken line). Such a paragraph is cut here into consecutive
 * paragraphs of at most `size` characters of text, cutting a long text node after a run of white
 * space. The bridge gives the same tokens in the same order: it joins sibling blocks on one line
 * with nothing between them, and a block on a new line with the line break it would have put
 * between the two inline nodes anyway. Each text piece keeps the offsets the bridge would have
 * computed for it and the line its node starts on (the bridge reads a change of line between
 * siblings as a break).
 */
import type { Heading, Paragraph, PhrasingContent, Root as MdastRoot, Text } from 'mdast';
import type { Node, Parent } from 'unist';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** Characters of text per paragraph: far below the overflow, far above any real paragraph. */
export const TEXT_PIECE = 50_000;

function pieces(value: string, size: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (value.length - start > size) {
    // Cut at the first non-space character after a space, `size` or more characters on.
    const space = value.slice(start + size).search(/\s\S/);
    if (space === -1) break;
    const cut = start + size + space + 1;
    out.push(value.slice(start, cut));
    start = cut;
  }
  out.push(value.slice(start));
  return out;
}

function splitText(node: Text, size: number): PhrasingContent[] {
  if (node.value.length <= size || !node.position) return [node];
  const { start, end } = node.position;
  let offset = start.offset ?? 0;
  const parts = pieces(node.value, size);
  return parts.map((value, i) => {
    const from = offset;
    offset += value.length;
    const point = (at: number) => ({ line: start.line, column: start.column, offset: at });
    // The last piece ends where the node ends, on the line the next sibling is compared with.
    return { type: 'text', value, position: { start: point(from), end: i === parts.length - 1 ? end : point(offset) } } satisfies Text;
  });
}

/** Consecutive groups of `children` with at most `size` characters of text each, where possible. */
function group<T extends Node>(children: T[], size: number): T[][] {
  const groups: T[][] = [[]];
  let length = 0;
  for (const child of children) {
    const childLength = toString(child).length;
    if (length + childLength > size && groups.at(-1)!.length) {
      groups.push([]);
      length = 0;
    }
    groups.at(-1)!.push(child);
    length += childLength;
  }
  return groups;
}

/**
 * A node cut into nodes of its own type with at most `size` characters of text each: a text node
 * after runs of white space, a parent (paragraph, heading, emphasis, strong, link) by groups of
 * its children, cut in turn. Emphasis across a whole line of megabytes is one inline node.
 */
function cut(node: Node, size: number): Node[] {
  if (node.type === 'text') return splitText(node as Text, size);
  const parent = node as Parent;
  if (!Array.isArray(parent.children) || toString(node).length <= size) return [node];
  const children = parent.children.flatMap((child) => cut(child, size));
  return group(children, size).map((part) => ({
    ...parent,
    children: part,
    position: { start: part[0]!.position!.start, end: part.at(-1)!.position!.end },
  }));
}

/** Paragraphs and headings (a page of one line may be one heading) longer than `size`. */
export function splitLongParagraphs(tree: MdastRoot, size = TEXT_PIECE): void {
  visit(tree, (node, index, parent) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    if (!parent || index === undefined || toString(node).length <= size) return;
    const parts = cut(node, size) as (Paragraph | Heading)[];
    (parent.children as (Paragraph | Heading)[]).splice(index, 1, ...parts);
    return index + parts.length;
  });
}
