/**
 * --cache: a file whose content, configuration and healthlint version are unchanged is not
 * analysed again. The key is sha256 over the content's sha256, the resolved configuration's hash,
 * healthlint's version, its reviewed data (the lexicons, knowledge base and the claim- and
 * page-register models under rules/, which a domain expert may edit between releases) and the
 * mode (lint or fix). The
 * cache is one JSON file (default `.healthlintcache`), written atomically; a cache that cannot be
 * read is ignored with a warning.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../knowledge/package-root.js';
import type { LintResult } from '../types.js';
import { writeFileAtomic } from './atomic.js';
import { UsageError } from './errors.js';

export const DEFAULT_CACHE_LOCATION = '.healthlintcache';
const CACHE_FORMAT = 1;

export const HEALTHLINT_VERSION: string = (
  JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The folders of reviewed data under rules/: an edit to any file in them changes every result. */
const DATA_FOLDERS = ['lexicons', 'knowledge', 'models'];
let packageDataHash: string | undefined;

/**
 * sha256 over every data file's name and content under `root`, in name order. The package's own
 * data (no `root`) is hashed once a process: it does not change while healthlint runs.
 */
export function rulesDataHash(root?: string): string {
  if (root === undefined) return (packageDataHash ??= hashData(join(PACKAGE_ROOT, 'rules')));
  return hashData(root);
}

function hashData(root: string): string {
  const hash = createHash('sha256');
  for (const folder of DATA_FOLDERS) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) hash.update(`${folder}/${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  }
  return hash.digest('hex');
}

export function cacheKey(contentHash: string, configHash: string, mode: 'lint' | 'fix', dataHash = rulesDataHash()): string {
  return sha256(JSON.stringify([HEALTHLINT_VERSION, dataHash, configHash, contentHash, mode]));
}

interface CacheEntry {
  key: string;
  result: Omit<LintResult, 'filePath'>;
}

interface CacheFile {
  format: number;
  healthlint: string;
  files: Record<string, CacheEntry>;
}

/** `--cache-location`: a file, or a folder (existing, or written with a trailing slash) to put `.healthlintcache` in. */
export function cachePath(location: string | undefined, cwd: string): string {
  const target = resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  const exists = existsSync(target);
  const isFolder = /[\\/]$/.test(location ?? '') || (exists && statSync(target).isDirectory());
  // Said before the run, not after it has analysed every file and cannot write its cache.
  if (isFolder && exists && !statSync(target).isDirectory()) throw new UsageError(`--cache-location ${location}: ${target} is a file, not a folder`);
  return isFolder ? join(target, DEFAULT_CACHE_LOCATION) : target;
}

function isCacheFile(data: unknown): data is CacheFile {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<CacheFile>;
  if (typeof d.format !== 'number' || typeof d.healthlint !== 'string' || !d.files || typeof d.files !== 'object') return false;
  return Object.values(d.files).every(
    (e) => e && typeof e === 'object' && typeof (e as CacheEntry).key === 'string' && Array.isArray((e as CacheEntry).result?.messages),
  );
}

export class LintCache {
  private files: Record<string, CacheEntry> = {};
  private dirty = false;

  private constructor(readonly file: string) {}

  /** Reads the cache; a missing one is empty, an unreadable or corrupt one is reported through `warn` and dropped. */
  static load(file: string, warn: (message: string) => void): LintCache {
    const cache = new LintCache(file);
    if (!existsSync(file)) return cache;
    try {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (!isCacheFile(data)) throw new Error('it is not a healthlint cache');
      // Another format or version: start afresh (the keys would not match anyway).
      if (data.format === CACHE_FORMAT && data.healthlint === HEALTHLINT_VERSION) cache.files = data.files;
      else cache.dirty = true;
    } catch (error) {
      warn(`ignoring the cache ${file}: ${(error as Error).message}. It will be rebuilt.`);
      cache.dirty = true;
    }
    return cache;
  }

  get(absolutePath: string, key: string): Omit<LintResult, 'filePath'> | undefined {
    const entry = this.files[absolutePath];
    return entry?.key === key ? entry.result : undefined;
  }

  set(absolutePath: string, key: string, result: LintResult): void {
    const { filePath: _filePath, ...rest } = result;
    this.files[absolutePath] = { key, result: rest };
    this.dirty = true;
  }

  /** Writes the cache (temporary file + rename), leaving out files that no longer exist. */
  save(): void {
    for (const path of Object.keys(this.files)) {
      if (!existsSync(path)) {
        delete this.files[path];
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    const data: CacheFile = { format: CACHE_FORMAT, healthlint: HEALTHLINT_VERSION, files: this.files };
    writeFileAtomic(this.file, JSON.stringify(data));
    this.dirty = false;
  }
}
