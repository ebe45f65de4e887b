// URL lists, sitemaps, --shard and --resume, against the loopback test site.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/engine/errors.js';
import type { LintResult } from '../src/types.js';
import { scanOptionsFrom } from '../src/web/command.js';
import { scan } from '../src/web/scan.js';
import { inShard, parseShard, shardFiles, shardOf } from '../src/web/shard.js';
import { parseJsonl, runScan, startTestSite, webArgs, type TestSite } from './web-site.js';

let site: TestSite;
const url = (path: string): string => `${site.base}${path}`;
const tmp = mkdtempSync(join(tmpdir(), 'healthlint-web-'));
// Small pages, so these tests stay quick.
const SMALL = ['/', '/acs-blog-when-cancer-spreads.html', '/nci-metastatic-cancer-fact-sheet.html', '/tisane.html', '/ctca-metastatic-cancer-page.html'];

beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site?.close());

describe('--sitemap', () => {
  it('lints every page the sitemap lists, honouring robots.txt and reporting what failed', async () => {
    const run = await runScan([], { sitemap: [url('/sitemap.xml')] });
    const results = new Map(parseJsonl(run.stdout).map((r) => [r.filePath, r]));
    expect([...results.keys()].sort()).toEqual(
      [
        '/acs-blog-when-cancer-spreads.html',
        '/acs-what-is-metastatic-cancer.html',
        '/ctca-metastatic-cancer-page.html',
        '/missing.html',
        '/mytea-magic-metastasis-page.html',
        '/nci-metastatic-cancer-fact-sheet.html',
        '/private/members.html',
        '/tisane.html',
      ].map(url),
    );
    expect(results.get(url('/mytea-magic-metastasis-page.html'))!.messages.some((m) => m.ruleId === 'no-stop-spread-claim')).toBe(true);
    expect(results.get(url('/private/members.html'))!.messages[0]!.message).toMatch(/robots\.txt/);
    expect(site.hits('/private/members.html')).toBe(0);
    expect(results.get(url('/missing.html'))!.messages[0]!.message).toMatch(/HTTP 404/);
    expect(run.code).toBe(1);
  }, 30_000);
});

describe('--shard I/N', () => {
  it('parses I/N and refuses anything else', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/2', '3/2', '1/0', 'a/b', '2']) expect(() => parseShard(bad), bad).toThrow(UsageError);
  });

  it('gives every URL to exactly one shard, the same one every time, whatever the list order', () => {
    const urls = Array.from({ length: 200 }, (_, i) => `https://shop.example/p/${i}`);
    const shards = [1, 2, 3, 4].map((index) => urls.filter((u) => inShard(u, { index, count: 4 })));
    expect(shards.flat().sort()).toEqual([...urls].sort());
    for (const share of shards) expect(share.length).toBeGreaterThan(20);
    expect(urls.map((u) => shardOf(u, 4))).toEqual([...urls].reverse().map((u) => shardOf(u, 4)).reverse());
  });

  it('deals archive files out in turn by sorted path', () => {
    const files = ['c.warc.gz', 'a.warc.gz', 'd.warc', 'b.warc.gz', 'e.warc'];
    expect(shardFiles(files, { index: 1, count: 2 })).toEqual(['a.warc.gz', 'c.warc.gz', 'e.warc']);
    expect(shardFiles(files, { index: 2, count: 2 })).toEqual(['b.warc.gz', 'd.warc']);
  });

  it('splits a URL list between shard runs with nothing lost or done twice', async () => {
    const urls = SMALL.map(url);
    const one = parseJsonl((await runScan(urls, { shard: '1/2' })).stdout).map((r) => r.filePath);
    const two = parseJsonl((await runScan(urls, { shard: '2/2' })).stdout).map((r) => r.filePath);
    expect([...one, ...two].sort()).toEqual([...urls].sort());
    expect(one.filter((u) => two.includes(u))).toEqual([]);
  }, 30_000);
});

describe('--resume FILE', () => {
  it('goes on after an interrupted URL list without fetching finished pages again', async () => {
    const state = join(tmp, 'list.jsonl');
    const urls = SMALL.map(url);
    const first = await runScan(urls, { resume: state });
    expect(parseJsonl(first.stdout)).toHaveLength(5);
    // As if the run had been killed after two pages, in the middle of writing the third.
    const lines = readFileSync(state, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(5);
    writeFileSync(state, `${lines.slice(0, 2).join('\n')}\n${lines[2]!.slice(0, 40)}`);
    const finished = lines.slice(0, 2).map((l) => (JSON.parse(l) as { key: string }).key);
    const before = new Map(SMALL.map((p) => [p, site.hits(p)]));

    const second = await runScan(urls, { resume: state });
    const results = parseJsonl(second.stdout);
    expect(results.map((r) => r.filePath).sort()).toEqual([...urls].sort());
    for (const p of SMALL) {
      const again = site.hits(p) - before.get(p)!;
      expect(again, p).toBe(finished.includes(url(p)) ? 0 : 1);
    }
    const after = readFileSync(state, 'utf8').split('\n').filter(Boolean);
    expect(after.filter((l) => l.startsWith('{"key"') && l.endsWith('}'))).toHaveLength(5);
  }, 30_000);

  it('stops on an interrupt, then goes on with the crawl from the links the finished pages had', async () => {
    const state = join(tmp, 'crawl.jsonl');
    const args = webArgs({ crawl: [url('/')], resume: state, exclude: ['**/mytea-*', '**/slow', '**/error-500', '**/huge.html', '**/loop/*'] });
    const controller = new AbortController();
    const seen: LintResult[] = [];
    const first = await scan(scanOptionsFrom([], args), (r) => {
      seen.push(r);
      controller.abort();
    }, { signal: controller.signal });
    expect(first.interrupted).toBe(true);
    const stopped = readFileSync(state, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { key: string });
    expect(stopped.map((l) => l.key)).toContain(url('/'));
    const rootHits = site.hits('/');

    const rest: LintResult[] = [];
    const second = await scan(scanOptionsFrom([], args), (r) => {
      rest.push(r);
    });
    expect(second.interrupted).toBe(false);
    expect(site.hits('/')).toBe(rootHits);
    const pages = rest.map((r) => r.filePath);
    expect(new Set(pages).size).toBe(pages.length);
    for (const p of ['/', '/acs-blog-when-cancer-spreads.html', '/tisane.html', '/brochure.pdf', '/private/members.html']) expect(pages, p).toContain(url(p));
    expect(pages).not.toContain(url('/mytea-magic-metastasis-page.html'));
  }, 30_000);
});
