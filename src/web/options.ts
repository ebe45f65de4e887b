/**
 * The web scan's command-line surface, kept apart from the scanner so that a run that lints
 * files does not load the crawler (Crawlee takes a noticeable part of start-up).
 */

export const SCAN_DEFAULTS = {
  maxPages: 1000,
  maxDepth: 10,
  scope: 'same-hostname',
  concurrency: 8,
  perHostConcurrency: 2,
  perHostDelayMs: 1000,
  retries: 2,
  retryBackoffMs: 1000,
  timeoutMs: 30_000,
  maxBodyBytes: 10 * 1024 * 1024,
  maxRedirects: 10,
  batchSize: 1000,
  robotsToken: 'healthlint',
} as const;

/** yargs options for web scans; src/cli.ts adds them with `.options(WEB_OPTIONS)`. */
export const WEB_OPTIONS = {
  sitemap: { type: 'string', array: true, describe: 'Lint every page this sitemap lists (repeatable)' },
  crawl: { type: 'string', array: true, describe: 'Crawl from this page, following links within its site (repeatable)' },
  'max-pages': { type: 'number', default: SCAN_DEFAULTS.maxPages, describe: 'Crawl: stop after this many pages' },
  'max-depth': { type: 'number', default: SCAN_DEFAULTS.maxDepth, describe: 'Crawl: follow links at most this many steps from the start page' },
  scope: {
    type: 'string',
    choices: ['same-hostname', 'same-domain', 'same-origin', 'all'],
    default: SCAN_DEFAULTS.scope,
    describe: 'Crawl: which links to follow',
  },
  include: { type: 'string', array: true, describe: 'Crawl: follow only links matching this glob or /regexp/ (repeatable)' },
  exclude: { type: 'string', array: true, describe: 'Crawl: never follow links matching this glob or /regexp/ (repeatable)' },
  'user-agent': { type: 'string', describe: 'User-Agent header (default: healthlint/<version> …)' },
  'fetch-concurrency': { type: 'number', default: SCAN_DEFAULTS.concurrency, describe: 'Pages fetched at once, in all' },
  'per-host-concurrency': { type: 'number', default: SCAN_DEFAULTS.perHostConcurrency, describe: 'Pages fetched at once from one host' },
  'per-host-delay': { type: 'number', default: SCAN_DEFAULTS.perHostDelayMs / 1000, describe: 'Seconds between requests to one host (robots.txt Crawl-delay may ask more)' },
  retries: { type: 'number', default: SCAN_DEFAULTS.retries, describe: 'Retries after a timeout, a 5xx or a 429, with doubling back-off' },
  'retry-backoff': { type: 'number', default: SCAN_DEFAULTS.retryBackoffMs / 1000, describe: 'Seconds before the first retry (then doubled; Retry-After wins)' },
  timeout: { type: 'number', default: SCAN_DEFAULTS.timeoutMs / 1000, describe: 'Seconds allowed for one request, body included' },
  'max-body-bytes': { type: 'number', default: SCAN_DEFAULTS.maxBodyBytes, describe: 'Larger pages are reported as skipped' },
  'max-redirects': { type: 'number', default: SCAN_DEFAULTS.maxRedirects, describe: 'Redirects followed for one page' },
  shard: { type: 'string', describe: 'Scan only share I of N (e.g. 2/8) of the URLs and archive files' },
  resume: { type: 'string', describe: 'State file: record finished pages there, and skip those it holds' },
  progress: { type: 'boolean', describe: 'Progress bar on standard error (default: when it is a terminal)' },
} as const;

export interface WebArgs {
  format: string;
  'output-file'?: string;
  quiet: boolean;
  'max-warnings'?: number;
  color?: boolean;
  sitemap?: string[];
  crawl?: string[];
  'max-pages': number;
  'max-depth': number;
  scope: string;
  include?: string[];
  exclude?: string[];
  'user-agent'?: string;
  'fetch-concurrency': number;
  'per-host-concurrency': number;
  'per-host-delay': number;
  retries: number;
  'retry-backoff': number;
  timeout: number;
  'max-body-bytes': number;
  'max-redirects': number;
  shard?: string;
  resume?: string;
  progress?: boolean;
}

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);
export const isWarc = (input: string): boolean => /\.warc(\.gz)?$/i.test(input);

/** Whether these inputs and options call for a web scan rather than linting files. */
export function isWebScan(inputs: string[], args: { sitemap?: string[]; crawl?: string[] }): boolean {
  return Boolean(args.sitemap?.length || args.crawl?.length || inputs.some((i) => isUrl(i) || isWarc(i)));
}

