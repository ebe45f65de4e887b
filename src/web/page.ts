/**
 * A fetched or archived HTML page → a LintResult with its provenance. Live pages and WARC
 * records both come through here, so the same bytes lint to the same findings either way.
 */
import { createHash } from 'node:crypto';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { fileProblem, lintSource, toResult } from '../engine/lint.js';
import type { LintMessage, LintResult, PageSource, Severity } from '../types.js';
import { decodeHtml, looksBinary, mediaType } from './decode.js';

const htmlParser = unified().use(rehypeParse, { fragment: false });
const fragmentParser = unified().use(rehypeParse, { fragment: true });

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'html', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head']);
const CONTEXT_CHARS = 240;

interface TextSpan {
  start: number;
  end: number;
  value: string;
  block: Element | Root;
}

interface PageTree {
  texts: TextSpan[];
  hrefs: string[];
  baseHref?: string;
  nofollow: boolean;
}

function walk(tree: Root): PageTree {
  const out: PageTree = { texts: [], hrefs: [], nofollow: false };
  const visit = (node: RootContent | Root, block: Element | Root, hidden: boolean): void => {
    if (node.type === 'text') {
      const { position } = node;
      if (!hidden && position?.start.offset !== undefined && position.end.offset !== undefined) {
        out.texts.push({ start: position.start.offset, end: position.end.offset, value: node.value, block });
      }
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let nextBlock = block;
    let nextHidden = hidden;
    if (node.type === 'element') {
      const { tagName, properties } = node;
      if (NOT_TEXT.has(tagName)) nextHidden = true;
      if (BLOCKS.has(tagName)) nextBlock = node;
      const href = typeof properties.href === 'string' ? properties.href : undefined;
      const rel = Array.isArray(properties.rel) ? properties.rel.map(String) : [];
      if ((tagName === 'a' || tagName === 'area') && href && !rel.includes('nofollow')) out.hrefs.push(href);
      if (tagName === 'base' && href && out.baseHref === undefined) out.baseHref = href;
      if (tagName === 'meta' && String(properties.name ?? '').toLowerCase() === 'robots' && /\bnofollow\b|\bnone\b/i.test(String(properties.content ?? ''))) {
        out.nofollow = true;
      }
      if (tagName === 'template') return;
    }
    for (const child of node.children) visit(child as RootContent, nextBlock, nextHidden);
  };
  visit(tree, tree, false);
  return out;
}

/** Text of a piece of HTML source that lies inside one text node (entities decoded). */
function sourceText(raw: string): string {
  if (!raw.includes('&')) return raw;
  const tree = fragmentParser.parse(raw);
  return tree.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

const flat = (s: string): string => s.replace(/\s+/g, ' ');

function clipStart(text: string, max: number): string {
  const t = flat(text).trimStart();
  if (t.length <= max) return t;
  const cut = t.slice(t.length - max);
  const space = cut.indexOf(' ');
  return `…${space >= 0 && space < 40 ? cut.slice(space + 1) : cut}`;
}

function clipEnd(text: string, max: number): string {
  const t = flat(text).trimEnd();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max - 40 ? cut.slice(0, space) : cut}…`;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The text just before and after [start, end) in the block(s) holding it. */
function contextOf(source: string, texts: TextSpan[], start: number, end: number): { before: string; after: string } {
  const first = texts.find((t) => t.end > start);
  const last = [...texts].reverse().find((t) => t.start < end);
  let before = '';
  let after = '';
  if (first) {
    for (const t of texts) {
      if (t.block !== first.block || t.start >= start) continue;
      before += t.end <= start ? t.value : sourceText(source.slice(t.start, start));
    }
  }
  if (last) {
    for (const t of texts) {
      if (t.block !== last.block || t.end <= end) continue;
      after += t.start >= end ? t.value : sourceText(source.slice(end, t.end));
    }
  }
  // A heading or a one-sentence paragraph has nothing around it in its own block: show the
  // neighbouring blocks' text instead.
  if ((!before.trim() && first) || (!after.trim() && last)) {
    const blocks: { block: Element | Root; text: string }[] = [];
    for (const t of texts) {
      if (!t.value.trim()) continue;
      const current = blocks[blocks.length - 1];
      if (current?.block === t.block) current.text += t.value;
      else blocks.push({ block: t.block, text: t.value });
    }
    const index = (block: Element | Root | undefined, from: 'first' | 'last'): number =>
      from === 'first' ? blocks.findIndex((b) => b.block === block) : blocks.map((b) => b.block).lastIndexOf(block!);
    if (!before.trim() && first) before = blocks[index(first.block, 'first') - 1]?.text ?? '';
    if (!after.trim() && last) {
      const i = index(last.block, 'last');
      after = i >= 0 ? (blocks[i + 1]?.text ?? '') : '';
    }
  }
  return { before: clipStart(before, CONTEXT_CHARS), after: clipEnd(after, CONTEXT_CHARS) };
}

function withContext(messages: LintMessage[], source: string, texts: TextSpan[]): LintMessage[] {
  const starts = lineStarts(source);
  const offset = (line: number, column: number): number => (starts[line - 1] ?? source.length) + column - 1;
  return messages.map((m) => {
    if (m.fatal || !m.ruleId) return m;
    return { ...m, context: contextOf(source, texts, offset(m.line, m.column), offset(m.endLine, m.endColumn)) };
  });
}

export interface PageInput {
  /** The URL of the content (after redirects; the WARC-Target-URI of an archived response). */
  url: string;
  body: Uint8Array;
  contentType?: string;
  status?: number;
  requestedUrl?: string;
  fetchedAt?: string;
  capturedAt?: string;
  warc?: { file: string; offset: number };
}

export interface LintedPage {
  result: LintResult;
  /** Absolute http(s) links on the page, without fragments (none when the page says nofollow). */
  links: string[];
}

export function provenance(input: PageInput, extra: Partial<PageSource> = {}): PageSource {
  const source: PageSource = { url: input.url };
  if (input.requestedUrl && input.requestedUrl !== input.url) source.requestedUrl = input.requestedUrl;
  if (input.fetchedAt) source.fetchedAt = input.fetchedAt;
  if (input.capturedAt) source.capturedAt = input.capturedAt;
  if (input.warc) source.warc = input.warc;
  if (input.status !== undefined) source.status = input.status;
  if (input.contentType) source.contentType = input.contentType;
  return { ...source, ...extra };
}

/** A page that was not linted: one fatal message saying why. */
export function problemResult(url: string, message: string, severity: Severity, source: PageSource): LintResult {
  return { ...toResult(url, [fileProblem(message, severity, true)]), source };
}

export function lintPage(input: PageInput): LintedPage {
  const bytes = Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength);
  const digest = { bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
  if (looksBinary(bytes)) {
    const type = mediaType(input.contentType) || 'no Content-Type';
    return { result: problemResult(input.url, `binary content (${type}, NUL bytes); not HTML, not linted`, 'warning', provenance(input, digest)), links: [] };
  }
  const decoded = decodeHtml(bytes, input.contentType);
  const linted = lintSource(decoded.text, input.url, { format: 'html' });
  const tree = walk(htmlParser.parse(decoded.text));
  let messages = withContext(linted.messages, decoded.text, tree.texts);
  if (decoded.note) messages = [fileProblem(`${input.url}: ${decoded.note}.`, 'warning', false), ...messages];
  const result: LintResult = { ...linted, ...toResult(input.url, messages), source: provenance(input, { charset: decoded.charset, ...digest }) };

  const links = new Set<string>();
  if (!tree.nofollow) {
    let base = input.url;
    try {
      if (tree.baseHref) base = new URL(tree.baseHref, input.url).href;
    } catch {
      /* a broken <base> is ignored */
    }
    for (const href of tree.hrefs) {
      try {
        const url = new URL(href.trim(), base);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
        url.hash = '';
        links.add(url.href);
      } catch {
        /* not a URL */
      }
    }
  }
  return { result, links: [...links] };
}
