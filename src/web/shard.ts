/**
 * --shard I/N: run N copies of one scan, each on its own share, with no coordination. URLs go to
 * the shard their hash names (SHA-1 of the URL without its fragment), so a shard's share does not
 * depend on the order or the other entries of a list or sitemap; web archive files are dealt out
 * in turn by their sorted paths (every shard must be given the same list of files).
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../engine/errors.js';

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be I/N with 1 ≤ I ≤ N (for example 2/8), not "${text}".`);
  }
  return { index, count };
}

/** The URL as a key: parsed, normalised by the URL parser, without its fragment. */
export function urlKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** 1-based shard of a key. */
export function shardOf(key: string, count: number): number {
  const hash = createHash('sha1').update(key).digest();
  return (hash.readUInt32BE(0) % count) + 1;
}

export function inShard(key: string, shard: Shard | undefined): boolean {
  return !shard || shard.count === 1 || shardOf(key, shard.count) === shard.index;
}

/** Archive files of one shard: sorted by path, then every N-th from the I-th. */
export function shardFiles(files: string[], shard: Shard | undefined): string[] {
  const sorted = [...new Set(files)].sort();
  if (!shard) return sorted;
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}
