/** Web scanning: fetch, crawl, sitemaps and web archives, for the CLI and the library. */
export { scan, SCAN_DEFAULTS, type ScanOptions, type ScanSummary, type CrawlScope, type ScanHooks } from './scan.js';
export { runWebScan, isWebScan, scanOptionsFrom, defaultUserAgent, WEB_OPTIONS, EXIT_INTERRUPTED, type WebArgs } from './command.js';
export { lintPage, type PageInput } from './page.js';
export { fetchResource, FetchProblem, type FetchPolicy, type Fetched } from './fetch.js';
export { warcItems } from './warc.js';
export { sitemapUrls } from './sitemap.js';
export { parseShard, shardOf, inShard, shardFiles, urlKey, type Shard } from './shard.js';
export { decodeHtml } from './decode.js';
