import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Root as NlcstRoot } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { toNlcst as mdastToNlcst } from 'mdast-util-to-nlcst';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { linearEnglishParser } from '../src/parse/english.js';
import { parseDocument } from '../src/parse/index.js';
import { splitLongParagraphs } from '../src/parse/long-text.js';
import { linkDefinitions, markdownSections, textSections } from '../src/parse/sections.js';
import type { Document } from '../src/types.js';

/** Where each section starts, as text: what the line after the cut begins with. */
const cuts = (source: string, size: number): string[] =>
  markdownSections(source, size)
    .slice(1)
    .map((s) => source.slice(s.start, s.start + 12));

describe('long Markdown is cut only where every block ends', () => {
  it('cuts before a paragraph that follows a blank line', () => {
    expect(cuts('First paragraph.\n\nSecond paragraph.\n\nThird one.\n', 10)).toEqual(['Second parag', 'Third one.\n']);
  });

  it('never inside fenced code, even across blank lines', () => {
    const source = 'Intro.\n\n```js\nconst a = 1;\n\nnot prose\n\n~~~\n```\n\nAfter code.\n';
    expect(cuts(source, 1)).toEqual(['After code.\n']);
  });

  it('never inside HTML blocks that may hold blank lines, or front matter', () => {
    const source = '---\ntitle: x\n\nsummary: y\n---\n\nIntro.\n\n<!--\n\nhidden\n\n-->\n\n<pre>\n\nkept\n</pre>\n\nEnd.\n';
    expect(cuts(source, 1)).toEqual(['Intro.\n\n<!--', 'End.\n']);
  });

  it('never before an indented line, a list continuation or leading punctuation', () => {
    const source = 'Intro.\n\n- item\n\n  more of the item\n\n    code\n\n). Then words.\n\nEnd.\n';
    expect(cuts(source, 1)).toEqual(['End.\n']);
  });

  it('sections cover adversarial input end to end, with no pattern backtracking', () => {
    const attacks = [
      '['.repeat(300_000),
      `${'[a]: b\n'.repeat(20_000)}\n${'[a] '.repeat(20_000)}`,
      '`'.repeat(300_000),
      '```\n\nword\n\n'.repeat(20_000),
      '<!--\n\n'.repeat(20_000),
      `${'a\n\n'.repeat(50_000)}${' '.repeat(100_000)}`,
    ];
    for (const attack of attacks) {
      const sections = markdownSections(attack, 1000);
      expect(sections[0]!.start).toBe(0);
      expect(sections.at(-1)!.end).toBe(attack.length);
      sections.slice(1).forEach((s, i) => expect(s.start).toBe(sections[i]!.end));
    }
    // Twenty thousand definitions of one label: the first is kept.
    expect([...linkDefinitions(attacks[1]!)]).toEqual([['a', '[a]: b']]);
    expect(linkDefinitions(attacks[0]!).size).toBe(0);
  });

  it('plain text is cut at blank lines', () => {
    const source = 'One.\n\nTwo.\nstill two.\n\nThree.\n';
    expect(textSections(source, 1).map((s) => source.slice(s.start, s.end))).toEqual(['One.\n\n', 'Two.\nstill two.\n\n', 'Three.\n']);
  });
});

/** Everything a document holds that the analysis reads, with paragraphs as "same as the last". */
function shape(document: Document) {
  return {
    sentences: document.sentences.map((s, i) => ({
      text: s.text,
      span: s.span,
      offsets: Array.from({ length: s.offsets.length }, (_, i) => s.offsets.at(i)),
      sameParagraph: i > 0 && document.sentences[i - 1]!.paragraph === s.paragraph,
    })),
    comments: document.comments,
    bold: document.bold,
  };
}

describe('a document parsed in sections reads the same as in one piece', () => {
  // Real Markdown: this project's docs and the README files of the parsers it is built on, with
  // code, tables, HTML, lists and link reference definitions used far from where they are defined.
  const readmes = ['remark-parse', 'micromark', 'mdast-util-to-nlcst', 'vfile', 'unified', 'compromise', 'yargs']
    .map((name) => join('node_modules', name, 'readme.md'))
    .concat(readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f)), ['README.md']);
  // Long enough to be cut more than once wherever its blocks fall (a short page that is one table
  // has no place to cut).
  const files = readmes.filter((path) => {
    try {
      return readFileSync(path, 'utf8').length > 3 * 2000;
    } catch {
      return false;
    }
  });

  it('found the Markdown to compare', () => {
    expect(files.length).toBeGreaterThan(6);
  });

  it.each(files)('%s', (path) => {
    const source = readFileSync(path, 'utf8');
    const whole = parseDocument(source, 'markdown', path, undefined, Infinity);
    const sectioned = parseDocument(source, 'markdown', path, undefined, 2000);
    expect(markdownSections(source, 2000).length).toBeGreaterThan(1);
    expect(shape(sectioned)).toEqual(shape(whole));
  });

  it('plain text: the seed pages', () => {
    for (const name of readdirSync('fixtures/pages').filter((f) => f.endsWith('.txt'))) {
      const source = readFileSync(join('fixtures/pages', name), 'utf8');
      const sentences = (size: number) => parseDocument(source, 'text', name, undefined, size).sentences.map((s) => [s.text, s.span]);
      expect(sentences(300)).toEqual(sentences(Infinity));
    }
  });
});

describe('a paragraph too long for the nlcst bridge is cut into pieces that read the same', () => {
  it.each(['README.md', 'docs/benchmark.md', join('node_modules', 'remark-parse', 'readme.md')])('%s', (path) => {
    const source = readFileSync(path, 'utf8');
    const file = new VFile({ value: source });
    const sentencesOf = (size?: number): string[] => {
      const tree = unified().use(remarkParse).use(remarkGfm).parse(file);
      if (size) {
        const blocks = (): number => tree.children.length;
        const before = blocks();
        splitLongParagraphs(tree, size);
        // The cut did happen: there are more blocks than before.
        expect(blocks()).toBeGreaterThan(before);
      }
      const nlcst = mdastToNlcst(tree, file, linearEnglishParser(), { ignore: ['code', 'html', 'definition'] }) as NlcstRoot;
      const out: string[] = [];
      visit(nlcst, 'SentenceNode', (sentence) => {
        out.push(`${sentence.position?.start.offset}:${nlcstToString(sentence)}`);
      });
      return out;
    };
    const whole = sentencesOf();
    expect(whole.length).toBeGreaterThan(10);
    expect(sentencesOf(200)).toEqual(whole);
    // Small enough that emphasis, strong text and links are cut too.
    expect(sentencesOf(20)).toEqual(whole);
  });
});
