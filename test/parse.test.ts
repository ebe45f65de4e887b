import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/engine/lint.js';
import { parseDocument } from '../src/parse/index.js';

const sentenceTexts = (source: string, format: 'markdown' | 'html' | 'text') =>
  parseDocument(source, format, 'doc').sentences.map((s) => s.text);

describe('positions point into the original file', () => {
  it('Markdown with emphasis', () => {
    const source = '---\ntitle: x\n---\n\n# Stop **cancer** tumor spread with MyTea Magic\n';
    const [message] = lintSource(source, 'page.md').messages;
    expect(message!.line).toBe(5);
    expect(message!.column).toBe(3);
    expect(message!.excerpt).toBe('Stop **cancer** tumor spread with MyTea Magic');
  });

  it('HTML with character references before the claim', () => {
    const source = '<p>Tea &amp; more &#8212; caf&eacute;.</p>\n<h1>Stop cancer tumor spread with MyTea&nbsp;Magic</h1>';
    const [message] = lintSource(source, 'page.html').messages;
    expect(message!.line).toBe(2);
    expect(message!.column).toBe(5);
    expect(message!.excerpt).toBe('Stop cancer tumor spread with MyTea&nbsp;Magic');
  });

  it('HTML with a reference inside the flagged sentence', () => {
    const source = '<p>Tea &amp; herbs. Stop cancer &amp; tumor spread with MyTea Magic.</p>';
    const [message] = lintSource(source, 'page.html').messages;
    expect(message!.excerpt).toBe('Stop cancer &amp; tumor spread with MyTea Magic.');
  });
});

describe('what is not prose', () => {
  it('skips Markdown code, front matter and raw HTML', () => {
    const source = '---\nclaim: MyTea cures cancer\n---\n\n```\nMyTea cures cancer\n```\n\nPlain words here.\n';
    expect(sentenceTexts(source, 'markdown')).toEqual(['Plain words here.']);
  });

  it('skips scripts, styles and attributes in HTML', () => {
    const source =
      '<html><head><style>p{}</style><script>var claim = "MyTea cures cancer";</script></head>' +
      '<body><p title="MyTea cures cancer">Plain words here.</p></body></html>';
    expect(sentenceTexts(source, 'html')).toEqual(['Plain words here.']);
  });
});

describe('prose the nlcst bridges leave out', () => {
  it('reads the HTML title, at its place in the file', () => {
    const source = '<html><head><title>Stop cancer tumor spread with MyTea Magic</title></head><body><p>Plain words here.</p></body></html>';
    expect(sentenceTexts(source, 'html')).toEqual(['Stop cancer tumor spread with MyTea Magic', 'Plain words here.']);
    const [message] = lintSource(source, 'page.html').messages.filter((m) => m.ruleId === 'no-stop-spread-claim');
    expect(message!.column).toBe(20);
    expect(message!.excerpt).toBe('Stop cancer tumor spread with MyTea Magic');
  });

  it('reads Markdown table cells, in document order', () => {
    const source = 'Before.\n\n| Product | What it does |\n| --- | --- |\n| MyTea Magic | **Stop cancer tumor spread** |\n\nAfter.\n';
    expect(sentenceTexts(source, 'markdown')).toEqual(['Before.', 'Product', 'What it does', 'MyTea Magic', 'Stop cancer tumor spread', 'After.']);
    const [message] = lintSource(source, 'page.md').messages.filter((m) => m.ruleId === 'no-stop-spread-claim');
    expect([message!.line, message!.column]).toEqual([5, 19]);
  });
});

describe('every character of a sentence maps to where it is in the file', () => {
  const pages = ['fixtures/pages', 'fixtures/site']
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
    .filter((path) => /\.(md|txt|html)$/.test(path));

  it.each(pages)('%s', (path) => {
    const source = readFileSync(path, 'utf8');
    const format = path.endsWith('.md') ? 'markdown' : path.endsWith('.html') ? 'html' : 'text';
    const { sentences } = parseDocument(source, format, path);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      for (let i = 0; i < sentence.text.length; i++) {
        const char = sentence.text[i]!;
        const at = source[sentence.offsets.at(i)]!;
        // White space is collapsed to one space, inline code stands as one; a character
        // reference (&amp;) decodes to one character.
        if (char === ' ') expect(at, `${path}: "${sentence.text}" [${i}]`).toMatch(/[\s`]/);
        else if (at !== '&') expect(at, `${path}: "${sentence.text}" [${i}]`).toBe(char);
      }
    }
  });
});
