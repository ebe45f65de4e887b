/**
 * Cuts a long Markdown file into sections that parse the same apart as together, so the parser
 * never holds more than one section's syntax tree. remark-parse needs about 140 bytes of memory
 * per byte of input and grows faster than linearly on long documents (an 8 MB file: 1.2 GB and
 * 14× the time of 1 MB), while prose is read a paragraph at a time anyway.
 *
 * A cut goes only where CommonMark ends every open block: at the start of a line that follows a
 * blank line and begins in column 1 with something other than white space, outside front matter,
 * fenced code and the HTML blocks that may hold blank lines (`<script>`, `<pre>`, `<style>`,
 * `<textarea>`, comments, processing instructions, declarations, CDATA). A block that starts there
 * cannot continue anything above it: an indented line could continue a list item or be code, a
 * lazy continuation line cannot follow a blank line. When unsure (a fence that may not be one),
 * the scanner keeps the section open: a missed cut costs memory, a wrong cut would cost meaning.
 *
 * What a cut can change: link reference definitions apply to the whole document, so each section
 * is parsed with the file's definitions appended after its own text (definitions are not prose;
 * the positions of the section's own text are unchanged). A footnote call whose definition lies
 * in another section stays literal text ("[^1]").
 */

export interface Section {
  /** Offset of the section's first character in the file. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/** Sections are cut once they reach this size: small enough to bound memory, large enough that
 * the per-section cost of starting a parse vanishes. */
export const SECTION_SIZE = 16 * 1024;

const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const HTML_BLOCK_WITH_BLANKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/**
 * A line a cut may come before: it starts in column 1 with a letter, digit or heading mark.
 * parse-english's nlcst bridge may join a paragraph's leading punctuation ("). Moreover …") to
 * the sentence before it, so a cut before such a line would change a sentence.
 */
const CUT_LINE = /^[\p{L}\p{N}#]/u;
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n/;
/** A link reference definition on one line (footnote definitions excluded: they are prose). */
const DEFINITION = /^ {0,3}\[(?!\^)[^\]\n]{1,999}\]:[ \t]*\S[^\n]*$/gm;

/** Where the lines of `source` start, one by one, with the line's text (no line ending). */
function* lines(source: string, from: number): Generator<{ start: number; text: string }> {
  let start = from;
  while (start < source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline + 1;
    const text = source.slice(start, newline === -1 ? end : newline).replace(/\r$/, '');
    yield { start, text };
    start = end;
  }
}

/** Where front matter ends (0 if there is none): no cut may fall inside it. */
function frontMatterEnd(source: string): number {
  const open = FRONT_MATTER.exec(source);
  if (!open) return 0;
  const close = new RegExp(`^${open[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*$`, 'm');
  const rest = source.slice(open[0].length);
  const match = close.exec(rest);
  return match ? open[0].length + match.index + match[0].length : 0;
}

export function markdownSections(source: string, size = SECTION_SIZE): Section[] {
  if (source.length <= size) return [{ start: 0, end: source.length }];
  const sections: Section[] = [];
  let sectionStart = 0;
  let fence: { indent: number; marker: string } | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  for (const { start, text } of lines(source, frontMatterEnd(source))) {
    if (fence) {
      const close = FENCE.exec(text);
      if (close && close[1]!.length <= fence.indent + 3 && close[2]![0] === fence.marker[0] && close[2]!.length >= fence.marker.length && !close[3]!.trim()) {
        fence = undefined;
      }
      previousBlank = false;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(text)) htmlEnd = undefined;
      previousBlank = !text.trim();
      continue;
    }
    const blank = !text.trim();
    if (previousBlank && CUT_LINE.test(text) && start - sectionStart >= size) {
      sections.push({ start: sectionStart, end: start });
      sectionStart = start;
    }
    const open = FENCE.exec(text);
    // An info string of a backtick fence may not hold a backtick; a tilde fence's may.
    if (open && !(open[2]![0] === '`' && open[3]!.includes('`'))) {
      fence = { indent: open[1]!.length, marker: open[2]! };
    } else {
      const html = HTML_BLOCK_WITH_BLANKS.find(([opens]) => opens.test(text));
      if (html && !html[1].test(text)) htmlEnd = html[1];
    }
    previousBlank = blank;
  }
  sections.push({ start: sectionStart, end: source.length });
  return sections;
}

/** Labels match case-insensitively with white space collapsed (CommonMark's normalisation). */
const normalizeLabel = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();
const BRACKETED = /\[([^\[\]\n]{1,999})\]/g;

export type LinkDefinitions = Map<string, string>;

/** The file's link reference definitions by label (the first of a label wins, as in CommonMark). */
export function linkDefinitions(source: string): LinkDefinitions {
  const definitions: LinkDefinitions = new Map();
  for (const line of source.match(DEFINITION) ?? []) {
    const label = normalizeLabel(line.slice(line.indexOf('[') + 1, line.indexOf(']:')));
    if (!definitions.has(label)) definitions.set(label, line);
  }
  return definitions;
}

/**
 * The definitions a section may use, to append after its text: those whose label it writes in
 * brackets (full, collapsed and shortcut references all do).
 */
export function definitionsFor(text: string, definitions: LinkDefinitions): string {
  if (definitions.size === 0) return '';
  const used = new Set<string>();
  for (const match of text.matchAll(BRACKETED)) {
    const line = definitions.get(normalizeLabel(match[1]!));
    if (line) used.add(line);
  }
  return [...used].join('\n');
}

/**
 * Plain text cut the same way: at the start of a line that follows a blank line, where the
 * English parser starts a new paragraph anyway.
 */
export function textSections(source: string, size = SECTION_SIZE): Section[] {
  if (source.length <= size) return [{ start: 0, end: source.length }];
  const sections: Section[] = [];
  let sectionStart = 0;
  let previousBlank = false;
  for (const { start, text } of lines(source, 0)) {
    const blank = !text.trim();
    if (previousBlank && CUT_LINE.test(text) && start - sectionStart >= size) {
      sections.push({ start: sectionStart, end: start });
      sectionStart = start;
    }
    previousBlank = blank;
  }
  sections.push({ start: sectionStart, end: source.length });
  return sections;
}
