/**
 * The page URLs a sitemap lists (XML, sitemap index, gzip, or plain text), streamed. Each sitemap
 * is fetched with healthlint's polite fetch; the XML is parsed by Crawlee's sitemap parser.
 * Nested sitemaps are followed on the same host, to a depth of 3.
 */
import { gunzipSync } from 'node:zlib';
import { parseSitemap } from '@crawlee/utils';
import type { Fetched } from './fetch.js';

export interface SitemapOptions {
  maxDepth?: number;
  onProblem?: (sitemapUrl: string, message: string) => void;
}

function isUrl(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text);
}

export async function* sitemapUrls(
  sitemapUrl: string,
  fetchSitemap: (url: string) => Promise<Fetched>,
  options: SitemapOptions = {},
): AsyncGenerator<string> {
  const maxDepth = options.maxDepth ?? 3;
  const queue: { url: string; depth: number }[] = [{ url: sitemapUrl, depth: 0 }];
  const visited = new Set<string>();
  while (queue.length) {
    const { url, depth } = queue.shift()!;
    if (visited.has(url)) continue;
    visited.add(url);
    let body: Buffer;
    try {
      body = (await fetchSitemap(url)).body;
      if (body[0] === 0x1f && body[1] === 0x8b) body = gunzipSync(body, { maxOutputLength: 200 * 1024 * 1024 });
    } catch (error) {
      options.onProblem?.(url, (error as Error).message);
      continue;
    }
    const content = body.toString('utf8').replace(/^\uFEFF/, '');
    if (!content.trimStart().startsWith('<')) {
      for (const line of content.split(/\r?\n/)) if (isUrl(line.trim())) yield line.trim();
      continue;
    }
    try {
      // maxDepth 0: the parser reports nested sitemaps instead of fetching them itself.
      for await (const item of parseSitemap([{ type: 'raw', content }], undefined, { emitNestedSitemaps: true, maxDepth: 0 })) {
        let loc: URL;
        try {
          loc = new URL(item.loc, url);
        } catch {
          continue;
        }
        if (item.originSitemapUrl === null) {
          if (depth < maxDepth && loc.host === new URL(url).host) queue.push({ url: loc.href, depth: depth + 1 });
        } else if (loc.protocol === 'http:' || loc.protocol === 'https:') {
          yield loc.href;
        }
      }
    } catch (error) {
      options.onProblem?.(url, `not a readable sitemap: ${(error as Error).message}`);
    }
  }
}
