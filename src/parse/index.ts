/**
 * Parses a document in its own format into sentences whose positions point into the original
 * file. Markdown goes through remark (GFM, front matter), HTML through rehype, plain text straight
 * to the English parser. Code, scripts, styles, front matter and attributes are not prose.
 */
import type { Root as NlcstRoot } from 'nlcst';
import { toNlcst as hastToNlcst } from 'hast-util-to-nlcst';
import { toNlcst as mdastToNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import rehypeParse from 'rehype-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Document, Format } from '../types.js';
import { htmlOffsetCorrector } from './html-offsets.js';
import { sentencesFromNlcst } from './sentences.js';

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
const htmlParser = unified().use(rehypeParse, { fragment: false });

/** mdast nodes that are not prose. */
const MARKDOWN_NOT_PROSE = ['code', 'html', 'yaml', 'toml', 'definition', 'math', 'inlineMath'];

interface ParsedProse {
  tree: NlcstRoot;
  /** Maps offsets the nlcst bridge computed to true source offsets, where they differ. */
  correctOffset?: (offset: number) => number;
}

function parseProse(source: string, format: Format, filePath: string): ParsedProse {
  const file = new VFile({ path: filePath, value: source });
  switch (format) {
    case 'markdown': {
      const tree = markdownParser.parse(file);
      return { tree: mdastToNlcst(tree, file, ParseEnglish, { ignore: MARKDOWN_NOT_PROSE }) as NlcstRoot };
    }
    case 'html': {
      const tree = htmlParser.parse(file);
      return {
        tree: hastToNlcst(tree, file, ParseEnglish) as NlcstRoot,
        correctOffset: htmlOffsetCorrector(tree, source),
      };
    }
    case 'text':
      return { tree: new ParseEnglish().parse(source) };
  }
}

export function parseDocument(source: string, format: Format, filePath: string): Document {
  const { tree, correctOffset } = parseProse(source, format, filePath);
  return { filePath, format, source, sentences: sentencesFromNlcst(tree, source, correctOffset) };
}
