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
import { splitLongParagraphs } from './long-text.js';
import { mergeParagraphs, tableCellParagraphs, titleParagraphs } from './set-apart.js';
import { definitionsFor, linkDefinitions, markdownSections, textSections } from './sections.js';
import { pointsOf, SentenceCollector, type ToPoint } from './sentences.js';

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
const htmlParser = unified().use(rehypeParse, { fragment: false });

/** mdast nodes that are not prose. */
const MARKDOWN_NOT_PROSE = ['code', 'html', 'yaml', 'toml', 'definition', 'math', 'inlineMath'];

/** What each format's parser gives, besides the sentences. */
interface Markup {
  /** Comments, for inline directives (configuration & suppressions). */
  comments: SourceComment[];
  /** Source ranges the markup sets in bold; undefined for plain text, which has no markup. */
  bold?: Range[];
}

/** Markdown, a section at a time (src/parse/sections.ts): only one section's trees are alive. */
function parseMarkdown(source: string, filePath: string, toPoint: ToPoint, sentences: SentenceCollector, timing?: Timing, sectionSize?: number): Markup {
  const sections = markdownSections(source, sectionSize);
  const definitions = sections.length > 1 ? linkDefinitions(source) : new Map<string, string>();
  const parser = linearEnglishParser();
  const markup: Required<Markup> = { comments: [], bold: [] };
  for (const { start, end } of sections) {
    const text = source.slice(start, end);
    const appended = definitionsFor(text, definitions);
    const file = new VFile({ path: filePath, value: appended ? `${text}\n\n${appended}\n` : text });
    const tree = markdownParser.parse(file);
    splitLongParagraphs(tree);
    // A definition that is not one after all (a line of code, say) would read as a paragraph.
    const ownText = (position?: { start: { offset?: number } }): boolean => (position?.start.offset ?? 0) < text.length;
    const prose = timed(timing, 'parse:english', () => {
      const nlcst = mergeParagraphs(mdastToNlcst(tree, file, parser, { ignore: MARKDOWN_NOT_PROSE }) as NlcstRoot, tableCellParagraphs(tree, file, parser));
      return appended ? { ...nlcst, children: nlcst.children.filter((node) => ownText(node.position)) } : nlcst;
    });
    timed(timing, 'parse:sentences', () => sentences.add(prose, start));
    markup.comments.push(...collectComments(tree, String(file.value), 'markdown', toPoint, start).filter((c) => c.start.offset < end));
    markup.bold.push(...boldRangesMarkdown(tree, start).filter(([from]) => from < end));
  }
  return markup;
}

function parseHtml(source: string, filePath: string, toPoint: ToPoint, sentences: SentenceCollector, timing?: Timing): Markup {
  const file = new VFile({ path: filePath, value: source });
  const tree = htmlParser.parse(file);
  const prose = timed(timing, 'parse:english', () => {
    const parser = linearEnglishParser();
    return mergeParagraphs(hastToNlcst(tree, file, parser) as NlcstRoot, titleParagraphs(tree, file, parser));
  });
  timed(timing, 'parse:sentences', () => sentences.add(prose, htmlOffsetCorrector(tree, source)));
  return { comments: collectComments(tree, source, 'html', toPoint), bold: boldRangesHtml(tree) };
}

/** Plain text, a paragraph run at a time: a blank line ends a paragraph, so cuts there are free. */
function parseText(source: string, toPoint: ToPoint, sentences: SentenceCollector, timing?: Timing, sectionSize?: number): Markup {
  const parser = linearEnglishParser();
  for (const { start, end } of textSections(source, sectionSize)) {
    const tree = timed(timing, 'parse:english', () => parser.parse(source.slice(start, end)));
    timed(timing, 'parse:sentences', () => sentences.add(tree, start));
  }
  return { comments: [] };
}

/**
 * `timing` (optional, for --timing) splits the tree, English and sentence-building stages;
 * `sectionSize` is for tests, which check that sections change nothing.
 */
export function parseDocument(source: string, format: Format, filePath: string, timing?: Timing, sectionSize?: number): Document {
  const toPoint = pointsOf(source);
  const sentences = new SentenceCollector(toPoint);
  const { comments, bold } =
    format === 'markdown'
      ? parseMarkdown(source, filePath, toPoint, sentences, timing, sectionSize)
      : format === 'html'
        ? parseHtml(source, filePath, toPoint, sentences, timing)
        : parseText(source, toPoint, sentences, timing, sectionSize);
  return { filePath, format, source, sentences: sentences.sentences, comments, bold };
}
