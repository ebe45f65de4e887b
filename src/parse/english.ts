/**
 * The English parser, with its word-merging pass made linear.
 *
 * parse-latin (under parse-english) runs its sentence plugins, which merge "don't", "e.g.",
 * "U.S.", "well-known" and "w/" into single words, on a paragraph's tokens before splitting them
 * into sentences; mdast-util-to-nlcst and parse-latin's own `parse` hand it the whole document as
 * one paragraph. Each merge splices an array as long as the document, so the pass was quadratic:
 * on 1 MB of Markdown it was the largest single cost of linting (`--timing`, stage
 * `parse:english`), and it grew 4× for every doubling of the input.
 *
 * Every one of those plugins looks only at a node, its neighbours (at most two back, for
 * mergeEnglishElisionExceptions' "o' ") and forward over a run without white space. So each is
 * run here on consecutive chunks of the token list, cut just before an ordinary word that stands
 * between two white-space nodes (…, white space | word, white space, …): no plugin's window
 * crosses such a cut, so the tree is the same, in linear time. The last plugin, patchPosition,
 * only sets the sentence's own position and is run on the whole sentence as before.
 */
import type { Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { ParseEnglish } from 'parse-english';

type SentencePlugin = (node: NlcstSentence) => void;

/** Tokens per chunk before a cut is looked for: large enough that the per-chunk cost vanishes. */
const CHUNK = 512;

function isCut(children: SentenceContent[], i: number): boolean {
  return (
    children[i - 1]?.type === 'WhiteSpaceNode' &&
    children[i]?.type === 'WordNode' &&
    children[i + 1]?.type === 'WhiteSpaceNode'
  );
}

/** Runs `plugin` on chunks of the sentence's children, then puts the chunks back in order. */
function chunked(plugin: SentencePlugin): SentencePlugin {
  return (sentence) => {
    const children = sentence.children;
    if (children.length <= CHUNK * 2) {
      plugin(sentence);
      return;
    }
    const out: SentenceContent[] = [];
    let start = 0;
    const flush = (end: number): void => {
      const part = { type: 'SentenceNode', children: children.slice(start, end) } as NlcstSentence;
      plugin(part);
      for (const child of part.children) out.push(child);
      start = end;
    };
    for (let i = CHUNK; i < children.length - 1; i++) {
      if (i - start >= CHUNK && isCut(children, i)) flush(i);
    }
    flush(children.length);
    sentence.children = out;
  };
}

/** A ParseEnglish whose sentence plugins run in linear time; its output is unchanged. */
export function linearEnglishParser(): ParseEnglish {
  const parser = new ParseEnglish();
  const plugins = parser.tokenizeSentencePlugins as SentencePlugin[];
  parser.tokenizeSentencePlugins = plugins.map((plugin, i) => (i === plugins.length - 1 ? plugin : chunked(plugin))) as typeof parser.tokenizeSentencePlugins;
  return parser;
}
