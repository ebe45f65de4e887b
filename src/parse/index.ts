/**
 * Parses a document in its own format into sentences whose positions point into the original
 * file. Markdown goes through remark (GFM, front matter), HTML through rehype, plain text straight
 * to the English parser. Code, scripts, styles, front matter and attributes are not prose.
 */
import type { Root as NlcstRoot } from 'nlcst';
import { toNlcst as hastToNlcst } from 'hast-util-to-nlcst';
import { toNlcst as mdastToNlcst } from 'mdast-util-to-nlcst';
import rehypeParse from 'rehype-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { timed, type Timing } from '../engine/timing.js';
import type { Document, Format, SourceComment } from '../types.js';
import { collectComments } from './comments.js';
import { linearEnglishParser } from './english.js';
import { boldRangesHtml, boldRangesMarkdown, type Range } from './emphasis.js';
import { htmlOffsetCorrector } from './html-offsets.js';
import { mergeParagraphs, tableCellParagraphs, titleParagraphs } from './set-apart.js';
import { sentencesFromNlcst } from './sentences.js';

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
const htmlParser = unified().use(rehypeParse, { fragment: false });

/** mdast nodes that are not prose. */
const MARKDOWN_NOT_PROSE = ['code', 'html', 'yaml', 'toml', 'definition', 'math', 'inlineMath'];

interface ParsedProse {
  tree: NlcstRoot;
  /** Maps offsets the nlcst bridge computed to true source offsets, where they differ. */
  correctOffset?: (offset: number) => number;
  /** Comments, for inline directives (configuration & suppressions). */
  comments?: SourceComment[];
  /** Source ranges the markup sets in bold; undefined for plain text, which has no markup. */
  bold?: Range[];
}

function parseProse(source: string, format: Format, filePath: string, timing?: Timing): ParsedProse {
  const file = new VFile({ path: filePath, value: source });
  switch (format) {
    case 'markdown': {
      const tree = markdownParser.parse(file);
      return {
        tree: timed(timing, 'parse:english', () => {
          const parser = linearEnglishParser();
          const prose = mdastToNlcst(tree, file, parser, { ignore: MARKDOWN_NOT_PROSE }) as NlcstRoot;
          return mergeParagraphs(prose, tableCellParagraphs(tree, file, parser));
        }),
        comments: collectComments(tree, source, 'markdown'),
        bold: boldRangesMarkdown(tree),
      };
    }
    case 'html': {
      const tree = htmlParser.parse(file);
      return {
        tree: timed(timing, 'parse:english', () => {
          const parser = linearEnglishParser();
          return mergeParagraphs(hastToNlcst(tree, file, parser) as NlcstRoot, titleParagraphs(tree, file, parser));
        }),
        correctOffset: htmlOffsetCorrector(tree, source),
        comments: collectComments(tree, source, 'html'),
        bold: boldRangesHtml(tree),
      };
    }
    case 'text':
      return { tree: timed(timing, 'parse:english', () => linearEnglishParser().parse(source)) };
  }
}

/** `timing` (optional, for --timing) splits the tree, English and sentence-building stages. */
export function parseDocument(source: string, format: Format, filePath: string, timing?: Timing): Document {
  const { tree, correctOffset, comments = [], bold } = parseProse(source, format, filePath, timing);
  const sentences = timed(timing, 'parse:sentences', () => sentencesFromNlcst(tree, source, correctOffset));
  return { filePath, format, source, sentences, comments, bold };
}
