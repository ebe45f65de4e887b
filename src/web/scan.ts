/**
 * A web scan: URL lists and sitemaps, crawls, and web archives → one LintResult per page, handed
 * to `onResult` as each page finishes (so a report can stream) and written to the resume file.
 *
 * Crawlee's BasicCrawler keeps the queue: de-duplication, retries, depth and page limits, scope
 * and include/exclude patterns (enqueueLinks), robots.txt checks and concurrency. healthlint does
 * the fetch itself (src/web/fetch.ts) to keep the exact bytes, limit the body size, pace each host
 * and follow redirects one checked hop at a time. URL lists run in batches with a fresh queue per
 * batch, so memory does not grow with the length of the list.
 */
import { BasicCrawler, Configuration, log, type BasicCrawlingContext, type BasicCrawlerOptions } from '@crawlee/basic';
import { matchesEnqueueStrategy, type RobotsTxtFile } from '@crawlee/utils';
import { lintSource } from '../engine/lint.js';
import type { LintResult, Severity } from '../types.js';
import { isHtmlType } from './decode.js';
import { FetchProblem, fetchResource, type FetchPolicy } from './fetch.js';
import { lintPage, problemResult, provenance } from './page.js';
import { HostGate } from './politeness.js';
import type { ScanCounters } from './progress.js';
import { RobotsCache } from './robots.js';
import { inShard, shardFiles, urlKey, type Shard } from './shard.js';
import { sitemapUrls } from './sitemap.js';
import { ScanState, type PageLine } from './state.js';
import { warcItems } from './warc.js';

export type CrawlScope = 'same-hostname' | 'same-domain' | 'same-origin' | 'all';

export interface ScanOptions {
  /** Pages to lint, as given. */
  urls: string[];
  /** Sitemaps whose pages to lint. */
  sitemaps: string[];
  /** Start pages of crawls. */
  crawl: string[];
  /** WARC / WARC.gz files. */
  warcs: string[];
  /** Crawl: at most this many pages in all (finished pages of a resumed run count). */
  maxPages: number;
  /** Crawl: follow links at most this many steps from a start page. */
  maxDepth: number;
  scope: CrawlScope;
  /** Crawl: follow only links matching one of these globs (or /regexps/). */
  include: string[];
  /** Crawl: never follow links matching these. */
  exclude: string[];
  userAgent: string;
  /** The token robots.txt groups are matched against. */
  robotsToken: string;
  concurrency: number;
  perHostConcurrency: number;
  perHostDelayMs: number;
  retries: number;
  retryBackoffMs: number;
  timeoutMs: number;
  maxBodyBytes: number;
  maxRedirects: number;
  shard?: Shard;
  /** Resume file: pages finished there are not fetched again. */
  statePath?: string;
  /** URL lists are crawled this many at a time. */
  batchSize: number;
}

export { SCAN_DEFAULTS } from './options.js';

export interface ScanSummary extends ScanCounters {
  /** Links not followed: beyond --max-depth or --max-pages, or out of scope. */
  notFollowed: number;
  /** Pages whose results came from the resume file. */
  resumed: number;
  interrupted: boolean;
}

export interface ScanHooks {
  signal?: AbortSignal;
  onProgress?: (counters: ScanCounters) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const MAX_BACKOFF_MS = 60_000;

function pattern(text: string): string | RegExp {
  const regexp = /^\/(.+)\/([a-z]*)$/.exec(text);
  return regexp ? new RegExp(regexp[1]!, regexp[2]) : text;
}

function validHttpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

class PoliteCrawler extends BasicCrawler {
  robots!: RobotsCache;

  protected override async getRobotsTxtFileForUrl(url: string): Promise<RobotsTxtFile | undefined> {
    return (await this.robots.get(url)).file;
  }
}

export async function scan(options: ScanOptions, onResult: (result: LintResult) => void | Promise<void>, hooks: ScanHooks = {}): Promise<ScanSummary> {
  log.setLevel(log.LEVELS.OFF);
  const summary: ScanSummary = { done: 0, queued: 0, findings: 0, errors: 0, skipped: 0, startedAt: Date.now(), notFollowed: 0, resumed: 0, interrupted: false };
  const progress = (): void => hooks.onProgress?.(summary);
  const state = options.statePath ? await ScanState.open(options.statePath) : undefined;
  const reported = new Set<string>(state?.done);

  const count = (result: LintResult): void => {
    summary.done++;
    summary.findings += result.messages.filter((m) => m.ruleId && !m.fatal).length;
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal?.severity === 'error') summary.errors++;
    else if (fatal) summary.skipped++;
  };

  const emit = async (line: PageLine): Promise<void> => {
    if (reported.has(line.key)) return;
    reported.add(line.key);
    state?.record(line);
    count(line.result);
    summary.queued = Math.max(0, summary.queued - 1);
    await onResult(line.result);
    progress();
  };

  try {
    // The first lint loads the lexicons and the NLP models (seconds): do it before any request
    // is in flight, so that pause cannot make a fetch time out.
    lintSource('<h1>Our tea stops the spread of cancer.</h1>', 'warm-up.html', { format: 'html' });

    // Pages finished by an earlier run: into the report, not fetched again.
    if (state) {
      for await (const result of state.replay()) {
        count(result);
        summary.resumed++;
        await onResult(result);
      }
      progress();
    }

    const policy: FetchPolicy = {
      userAgent: options.userAgent,
      timeoutMs: options.timeoutMs,
      maxBodyBytes: options.maxBodyBytes,
      maxRedirects: options.maxRedirects,
    };
    const gate = new HostGate({ concurrency: options.perHostConcurrency, delayMs: options.perHostDelayMs });
    const gated = <T>(host: string, task: () => Promise<T>): Promise<T> => gate.run(host, task);
    const robots = new RobotsCache(
      (url) => fetchResource(url, { ...policy, maxRedirects: 5, maxBodyBytes: 512 * 1024 }, { gate: gated, accept: 'text/plain, */*;q=0.5' }),
      options.robotsToken,
      (origin, rules) => gate.setCrawlDelay(new URL(origin).host, rules.crawlDelaySeconds),
    );
    const active = new Set<BasicCrawler>();
    const onAbort = (): void => {
      summary.interrupted = true;
      for (const crawler of active) crawler.stop('interrupted');
    };
    hooks.signal?.addEventListener('abort', onAbort, { once: true });
    const aborted = (): boolean => hooks.signal?.aborted === true;

    const makeCrawler = (mode: 'list' | 'crawl', maxRequestsPerCrawl?: number): PoliteCrawler => {
      const failed = async ({ request }: BasicCrawlingContext, error: Error): Promise<void> => {
        const problem = error instanceof FetchProblem ? error : undefined;
        const attempts = request.retryCount + 1;
        const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
        const severity: Severity = problem?.kind === 'skipped' ? 'warning' : 'error';
        const message = problem?.kind === 'skipped' ? `Not linted: ${problem.message}` : `Could not fetch ${request.url}: ${error.message}${tries}`;
        const source = provenance({ url: request.url, body: new Uint8Array(), fetchedAt: new Date().toISOString(), status: problem?.details.status });
        await emit({ key: request.uniqueKey, mode, depth: request.crawlDepth, links: [], result: problemResult(request.url, message, severity, source) });
      };
      const crawlerOptions: BasicCrawlerOptions = {
        maxConcurrency: options.concurrency,
        minConcurrency: options.concurrency,
        maxRequestRetries: options.retries,
        maxRequestsPerCrawl,
        maxCrawlDepth: mode === 'crawl' ? options.maxDepth : undefined,
        respectRobotsTxtFile: { userAgent: options.robotsToken },
        useSessionPool: false,
        requestHandlerTimeoutSecs: Math.ceil((options.timeoutMs / 1000) * (options.maxRedirects + 2)) + 120,
        statusMessageLoggingInterval: 24 * 3600,
        autoscaledPoolOptions: { maybeRunIntervalSecs: 0.05, loggingIntervalSecs: null },
        onSkippedRequest: async ({ url, reason }) => {
          if (reason !== 'robotsTxt') {
            summary.notFollowed++;
            return;
          }
          const rules = await robots.get(url);
          const result = problemResult(url, `Not fetched: ${rules.why(url)}`, 'info', { url });
          await emit({ key: urlKey(url), mode, depth: undefined, links: [], result });
        },
        requestHandler: async ({ request, enqueueLinks }) => {
          if (reported.has(request.uniqueKey)) return;
          const origin = new URL(request.url);
          const fetched = await fetchResource(request.url, policy, {
            gate: gated,
            acceptType: (type) => type === '' || isHtmlType(type),
            checkRedirect: async (to) => {
              if (mode === 'crawl' && options.scope !== 'all' && !matchesEnqueueStrategy(options.scope, new URL(to), origin)) {
                return `outside the crawl's scope (--scope ${options.scope}); not followed`;
              }
              const rules = await robots.get(to);
              return rules.allows(to) ? undefined : `not fetched: ${rules.why(to)}`;
            },
          });
          const { result, links } = lintPage({
            url: fetched.url,
            body: fetched.body,
            contentType: fetched.contentType,
            status: fetched.status,
            requestedUrl: request.url,
            fetchedAt: fetched.fetchedAt,
          });
          let followed: string[] = [];
          // Links out of scope are dropped here, before Crawlee checks them against this site's robots.txt.
          const inScope = options.scope === 'all' ? links : links.filter((link) => matchesEnqueueStrategy(options.scope, new URL(link), origin));
          if (mode === 'crawl') summary.notFollowed += links.length - inScope.length;
          if (mode === 'crawl' && inScope.length && !aborted()) {
            const enqueued = await enqueueLinks({
              urls: inScope,
              // With --scope all, links to other sites are checked against their own robots.txt when fetched.
              respectRobotsTxtFile: options.scope === 'all' ? false : undefined,
              baseUrl: fetched.url,
              strategy: options.scope,
              globs: options.include.length ? options.include.map(pattern).filter((p): p is string => typeof p === 'string') : undefined,
              regexps: options.include.some((p) => typeof pattern(p) !== 'string')
                ? options.include.map(pattern).filter((p): p is RegExp => p instanceof RegExp)
                : undefined,
              exclude: options.exclude.length ? options.exclude.map(pattern) : undefined,
              transformRequestFunction: (req) => {
                req.uniqueKey = urlKey(req.url);
                // Finished in an earlier run (the resume file): not again.
                return reported.has(req.uniqueKey) ? false : req;
              },
            });
            followed = enqueued.processedRequests.map((r) => r.uniqueKey);
            summary.queued += enqueued.processedRequests.filter((r) => !r.wasAlreadyPresent && !r.wasAlreadyHandled).length;
          }
          await emit({ key: request.uniqueKey, mode, depth: request.crawlDepth, links: followed, result });
        },
        errorHandler: async ({ request }, error) => {
          if (!(error instanceof FetchProblem) || !error.retry) {
            request.noRetry = true;
            return;
          }
          const wait = error.details.retryAfterMs ?? options.retryBackoffMs * 2 ** request.retryCount;
          await sleep(Math.min(wait, MAX_BACKOFF_MS));
        },
        failedRequestHandler: failed,
      };
      const crawler = new PoliteCrawler(crawlerOptions, new Configuration({ persistStorage: false, purgeOnStart: true }));
      crawler.robots = robots;
      return crawler;
    };

    // 1. URL lists and sitemaps, in batches.
    if ((options.urls.length || options.sitemaps.length) && !aborted()) {
      const inRun = new Set<string>();
      const fetchSitemap = (url: string) =>
        fetchResource(url, { ...policy, maxBodyBytes: Math.max(policy.maxBodyBytes, 50 * 1024 * 1024) }, { gate: gated, accept: 'application/xml, text/xml, text/plain, */*;q=0.5' });
      const listed = async function* (): AsyncGenerator<string> {
        for (const url of options.urls) yield url;
        for (const sitemap of options.sitemaps) {
          yield* sitemapUrls(sitemap, fetchSitemap, {
            onProblem: (url, message) => {
              void emit({ key: `sitemap:${url}`, mode: 'list', result: problemResult(url, `Could not read the sitemap: ${message}`, 'error', { url }) });
            },
          });
        }
      };
      const todo = async function* (): AsyncGenerator<{ url: string; uniqueKey: string }> {
        for await (const raw of listed()) {
          const url = validHttpUrl(raw);
          if (!url) continue;
          const key = urlKey(url);
          if (!inShard(key, options.shard) || reported.has(key) || inRun.has(key)) continue;
          inRun.add(key);
          yield { url, uniqueKey: key };
        }
      };
      for await (const batch of batches(todo(), options.batchSize)) {
        if (aborted()) break;
        // A new crawler (and in-memory queue) per batch: nothing of a finished batch stays behind.
        const crawler = makeCrawler('list');
        active.add(crawler);
        summary.queued += batch.length;
        progress();
        await crawler.run(batch);
        active.delete(crawler);
      }
    }

    // 2. Crawls, going on from the resume file's frontier.
    if (options.crawl.length && !aborted()) {
      const start = new Map<string, number>();
      for (const seed of options.crawl) {
        const url = validHttpUrl(seed);
        if (url && inShard(urlKey(url), options.shard) && !reported.has(urlKey(url))) start.set(url, 0);
      }
      for (const [url, depth] of state?.frontier ?? []) if (!start.has(url) && !reported.has(url)) start.set(url, depth);
      const budget = options.maxPages - (state?.crawlPagesDone ?? 0);
      if (start.size && budget > 0) {
        const crawler = makeCrawler('crawl', budget);
        active.add(crawler);
        summary.queued += start.size;
        progress();
        await crawler.run([...start].map(([url, depth]) => ({ url, uniqueKey: urlKey(url), crawlDepth: depth })));
        active.delete(crawler);
      }
    }

    // 3. Web archives.
    for (const file of shardFiles(options.warcs, options.shard)) {
      if (aborted()) break;
      if (state?.doneFiles.has(file)) continue;
      let complete = true;
      for await (const item of warcItems(file, { maxBodyBytes: options.maxBodyBytes })) {
        if (aborted()) {
          complete = false;
          break;
        }
        const key = `${file}#${item.offset}`;
        if (reported.has(key)) continue;
        if (item.kind === 'passed-over') {
          summary.skipped++;
          continue;
        }
        if (item.kind === 'problem') {
          const source = { url: item.url, capturedAt: item.capturedAt, status: item.status, warc: { file, offset: item.offset } };
          await emit({ key, mode: 'warc', result: problemResult(item.url, item.message, item.severity, source) });
          continue;
        }
        await emit({ key, mode: 'warc', result: lintPage(item.input).result });
        // Let the progress bar and Ctrl-C through between records.
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (complete) state?.recordFileDone(file);
    }
    hooks.signal?.removeEventListener('abort', onAbort);
    summary.interrupted ||= aborted();
    summary.queued = summary.interrupted ? summary.queued : 0;
    progress();
    return summary;
  } finally {
    state?.close();
  }
}
