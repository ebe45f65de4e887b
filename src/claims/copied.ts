/**
 * Copied authoritative text on a sales page. Two signals find it: word shingles shared with the
 * authority pages in the knowledge base (and any --reference page), and the footers publishers
 * print on their own pages. Shingle hashing keeps this linear in the size of the page.
 *
 * A block grows from those anchors over neighbouring sentences until it meets the seller's own
 * voice (commerce signals, product names, claims by the product), so the sentences inside are
 * known to be someone else's words and are not reported as the seller's claims.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataFile, phraseList, PACKAGE_ROOT } from '../knowledge/data-file.js';
import type { ClaimFrame, Evidence, PageContext, Sentence } from '../types.js';

/** A page to compare with: an authority's page or one the user names with --reference. */
export interface ReferencePage {
  publisher: string;
  title: string;
  text: string;
  reuse?: Omit<Evidence, 'id'>;
}

export interface CopiedBlock {
  source: ReferencePage;
  first: Sentence;
  last: Sentence;
  /** Share of the page's prose characters inside the block. */
  share: number;
}

interface SourcesFile {
  sources: {
    id: string;
    publisher: string;
    pages: string[];
    footers: string[];
    reuse: { seed: string; quote: string };
  }[];
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['sources'],
  properties: {
    sources: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'publisher', 'pages', 'footers', 'reuse'],
        properties: {
          id: { type: 'string' },
          publisher: { type: 'string' },
          pages: phraseList,
          footers: phraseList,
          reuse: {
            type: 'object',
            additionalProperties: false,
            required: ['seed', 'quote'],
            properties: { seed: { type: 'string' }, quote: { type: 'string', minLength: 10 } },
          },
        },
      },
    },
  },
};

const SHINGLE = 5;
/** A sentence whose shingles are at least this much in a reference is copied from it. */
const COPIED_SHARE = 0.5;
/** Anchors of one source this many sentences apart still make one block. */
const MAX_GAP = 12;

const words = (text: string): string[] => text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];

function shingles(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= w.length; i++) out.push(w.slice(i, i + SHINGLE).join(' '));
  return out;
}

interface AuthoritySource {
  reference: ReferencePage;
  pages: ReferencePage[];
  footers: string[];
}

let authorities: AuthoritySource[] | undefined;

export function authoritySources(): AuthoritySource[] {
  if (authorities) return authorities;
  const file = loadDataFile<SourcesFile>('knowledge/sources.yml', schema);
  authorities = file.sources.map((s) => {
    const reference: ReferencePage = {
      publisher: s.publisher,
      title: s.publisher,
      text: '',
      reuse: { publisher: s.publisher, title: 'Reuse terms', reviewed: 'as printed on its pages', quote: s.reuse.quote },
    };
    const pages = s.pages.map((page) => ({
      ...reference,
      title: page,
      text: readFileSync(join(PACKAGE_ROOT, 'fixtures', 'pages', page), 'utf8'),
    }));
    return { reference, pages, footers: s.footers.map((f) => f.toLowerCase()) };
  });
  return authorities;
}

/** Shingle → the reference it came from; built once per set of references. */
class ShingleIndex {
  private readonly owner = new Map<string, ReferencePage>();
  constructor(references: ReferencePage[]) {
    for (const reference of references) {
      for (const shingle of shingles(reference.text)) if (!this.owner.has(shingle)) this.owner.set(shingle, reference);
    }
  }
  /** The reference most of the sentence's shingles come from, if that is most of them. */
  sourceOf(sentence: Sentence): ReferencePage | undefined {
    const own = shingles(sentence.text);
    if (own.length < 2) return undefined;
    const counts = new Map<ReferencePage, number>();
    for (const s of own) {
      const ref = this.owner.get(s);
      if (ref) counts.set(ref, (counts.get(ref) ?? 0) + 1);
    }
    let best: ReferencePage | undefined;
    let bestCount = 0;
    for (const [ref, n] of counts) if (n > bestCount) (best = ref), (bestCount = n);
    return best && bestCount / own.length >= COPIED_SHARE ? best : undefined;
  }
}

let authorityIndex: ShingleIndex | undefined;

/** Is this sentence the seller speaking? Such sentences end a copied block. */
function sellerVoice(sentence: Sentence, sellerFrames: Set<number>, commerce: RegExp[]): boolean {
  // Product names alone do not count: copied pages carry their publishers' own marks
  // ("Hope Lodge®"); the seller's product shows in its claims and its commerce lines.
  return sellerFrames.has(sentence.index) || commerce.some((re) => re.test(sentence.text));
}

export function findCopiedBlocks(
  sentences: Sentence[],
  page: PageContext,
  frames: ClaimFrame[],
  commerceSignals: RegExp[],
  references: ReferencePage[] = [],
): CopiedBlock[] {
  if (page.kind !== 'commerce' || sentences.length === 0) return [];
  const sources = authoritySources();
  authorityIndex ??= new ShingleIndex(sources.flatMap((s) => s.pages));
  const userIndex = references.length ? new ShingleIndex(references) : undefined;

  // Anchors: sentences copied from a source (shingles) or printed by it (its footer lines).
  const publisherOf = new Map<ReferencePage, ReferencePage>();
  for (const s of sources) for (const p of s.pages) publisherOf.set(p, s.reference);
  const anchors = new Map<number, { source: ReferencePage; footer: boolean }>();
  for (const sentence of sentences) {
    const lower = sentence.text.toLowerCase();
    const copiedFrom = userIndex?.sourceOf(sentence) ?? authorityIndex.sourceOf(sentence);
    if (copiedFrom) {
      anchors.set(sentence.index, { source: publisherOf.get(copiedFrom) ?? copiedFrom, footer: false });
      continue;
    }
    const footer = sources.find((s) => s.footers.some((f) => lower.includes(f)));
    if (footer) anchors.set(sentence.index, { source: footer.reference, footer: true });
  }
  if (anchors.size === 0) return [];

  const sellerFrames = new Set(
    frames
      // A product name alone is not the seller speaking (copied pages carry names of their own).
      .filter((f) => f.category !== 'product-name' && ['product', 'seller', 'imperative', 'testimonial'].includes(f.agent.kind))
      .map((f) => f.sentence.index),
  );
  const isSeller = (i: number): boolean => sellerVoice(sentences[i]!, sellerFrames, commerceSignals);
  const noSellerBetween = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (isSeller(i)) return false;
    return true;
  };

  // Runs of anchors of one source, not broken by the seller's voice.
  const blocks: { source: ReferencePage; from: number; to: number; endsInFooter: boolean; anchors: number }[] = [];
  for (const index of [...anchors.keys()].sort((a, b) => a - b)) {
    const { source, footer } = anchors.get(index)!;
    const open = blocks[blocks.length - 1];
    if (open && open.source === source && index - open.to <= MAX_GAP && noSellerBetween(open.to + 1, index)) {
      open.to = index;
      open.endsInFooter = footer;
      open.anchors++;
    } else {
      blocks.push({ source, from: index, to: index, endsInFooter: footer, anchors: 1 });
    }
  }
  // A lone shingle match amid another source's text is more likely a shared phrase than a copy.
  const runs = blocks.length > 1 ? blocks.filter((run) => run.anchors > 1 || run.endsInFooter) : blocks;
  blocks.splice(0, blocks.length, ...(runs.length ? runs : blocks));
  // Grow each run over the neighbours that are not the seller's; a page ends at its footer, so a
  // run that ends in one does not grow past it.
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const floor = b > 0 ? blocks[b - 1]!.to + 1 : 0;
    while (block.from > floor && !isSeller(block.from - 1)) block.from--;
    if (block.endsInFooter) continue;
    const ceiling = b + 1 < blocks.length ? blocks[b + 1]!.from - 1 : sentences.length - 1;
    while (block.to < ceiling && !isSeller(block.to + 1)) block.to++;
  }
  // Runs of one source that now touch are one block.
  const merged: typeof blocks = [];
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (last && last.source === block.source && last.to + 1 >= block.from) last.to = Math.max(last.to, block.to);
    else merged.push({ ...block });
  }

  const total = sentences.reduce((n, s) => n + s.text.length, 0) || 1;
  return merged.map(({ source, from, to }) => {
    let chars = 0;
    for (let i = from; i <= to; i++) chars += sentences[i]!.text.length;
    return { source, first: sentences[from]!, last: sentences[to]!, share: chars / total };
  });
}
