/**
 * hast-util-to-nlcst positions words as if each decoded character of a text node took one
 * character of source. Character references (`&amp;`, `&#8217;`) break that: after the first one,
 * every position in the node drifts. This module maps those "naive" offsets back to the source
 * so that every finding in an HTML file points at the exact characters it quotes.
 */
import type { Root as HastRoot, Text as HastText } from 'hast';
import { visit } from 'unist-util-visit';
import type { OffsetCorrection } from './sentences.js';

const CHARACTER_REFERENCE = /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/;

interface TextNodeMap {
  naiveStart: number;
  naiveEnd: number;
  /** Source offset of each character of the decoded value. */
  sourceOffsets: number[];
}

function alignValueWithSource(value: string, source: string, start: number): number[] {
  const offsets: number[] = [];
  let j = start;
  for (let i = 0; i < value.length; i++) {
    offsets.push(j);
    if (source[j] === value[i] && source[j] !== '&') {
      j++;
      continue;
    }
    const reference = CHARACTER_REFERENCE.exec(source.slice(j, j + 40));
    if (source[j] === '&' && reference) {
      // One reference can decode to two UTF-16 units (astral characters).
      const decodedLength = value.codePointAt(i)! > 0xffff ? 2 : 1;
      if (decodedLength === 2) offsets.push(j), i++;
      j += reference[0].length;
    } else {
      j++;
    }
  }
  return offsets;
}

/** Returns a function from naive nlcst offsets to true source offsets, or 0 when they are the same. */
export function htmlOffsetCorrector(tree: HastRoot, source: string): OffsetCorrection {
  const maps: TextNodeMap[] = [];
  visit(tree, 'text', (node: HastText) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (end - start === node.value.length) return; // nothing decoded: naive is exact
    maps.push({
      naiveStart: start,
      naiveEnd: start + node.value.length,
      sourceOffsets: alignValueWithSource(node.value, source, start),
    });
  });
  if (maps.length === 0) return 0;
  maps.sort((a, b) => a.naiveStart - b.naiveStart);
  return (naive) => {
    let lo = 0;
    let hi = maps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const map = maps[mid]!;
      if (naive < map.naiveStart) hi = mid - 1;
      else if (naive >= map.naiveEnd) lo = mid + 1;
      else return map.sourceOffsets[naive - map.naiveStart]!;
    }
    return naive;
  };
}
