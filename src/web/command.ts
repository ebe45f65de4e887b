/**
 * The command line of a web scan, kept out of src/cli.ts: the options (one yargs block), which
 * inputs make a web scan, and the run itself — results streamed to JSON Lines or CSV as pages
 * finish, or gathered for the other formats; progress on a terminal; Ctrl-C stops after the
 * pages in flight, writes the report of what is done, and exits 130 (go on with --resume FILE).
 */
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../engine/errors.js';
import { PACKAGE_ROOT } from '../knowledge/package-root.js';
import { csvRows } from '../report/csv.js';
import { loadFormatter } from '../report/load.js';
import { jsonlLine } from '../report/jsonl.js';
import type { LintResult } from '../types.js';
import { Progress, type ProgressStream } from './progress.js';
import { SCAN_DEFAULTS, scan, type CrawlScope, type ScanOptions, type ScanSummary } from './scan.js';
import { parseShard } from './shard.js';

export const EXIT_INTERRUPTED = 130;

export { WEB_OPTIONS, isWebScan, type WebArgs } from './options.js';
import { isUrl, isWarc, type WebArgs } from './options.js';

export function defaultUserAgent(): string {
  let version = '0';
  try {
    version = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    /* keep "0" */
  }
  return `healthlint/${version} (health-claim linter; robots.txt token "healthlint")`;
}

function positive(name: string, value: number, { integer = true, zero = false } = {}): number {
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < 0 || (!zero && value === 0)) {
    throw new UsageError(`--${name} must be a ${integer ? 'whole ' : ''}number${zero ? ' ≥ 0' : ' > 0'}, not ${value}.`);
  }
  return value;
}

function httpUrl(option: string, value: string): string {
  if (!isUrl(value)) throw new UsageError(`${option} needs an http(s) URL, not "${value}".`);
  try {
    return new URL(value).href;
  } catch {
    throw new UsageError(`${option}: "${value}" is not a valid URL.`);
  }
}

/** Turns command-line arguments into scan options (usage errors for bad values). */
export function scanOptionsFrom(inputs: string[], args: WebArgs): ScanOptions {
  const files = inputs.filter((i) => !isUrl(i) && !isWarc(i));
  if (files.length) {
    throw new UsageError(`A web scan reads URLs and .warc/.warc.gz files; lint local files in a separate run (${files[0]}).`);
  }
  const warcs = inputs.filter(isWarc);
  for (const file of warcs) {
    try {
      if (!statSync(file).isFile()) throw new Error();
    } catch {
      throw new UsageError(`No such web archive: ${file}`);
    }
  }
  return {
    urls: inputs.filter(isUrl).map((u) => httpUrl('A URL argument', u)),
    sitemaps: (args.sitemap ?? []).map((u) => httpUrl('--sitemap', u)),
    crawl: (args.crawl ?? []).map((u) => httpUrl('--crawl', u)),
    warcs,
    maxPages: positive('max-pages', args['max-pages']),
    maxDepth: positive('max-depth', args['max-depth'], { zero: true }),
    scope: args.scope as CrawlScope,
    include: (args.include ?? []).map(String),
    exclude: (args.exclude ?? []).map(String),
    userAgent: args['user-agent'] ?? defaultUserAgent(),
    robotsToken: SCAN_DEFAULTS.robotsToken,
    concurrency: positive('fetch-concurrency', args['fetch-concurrency']),
    perHostConcurrency: positive('per-host-concurrency', args['per-host-concurrency']),
    perHostDelayMs: positive('per-host-delay', args['per-host-delay'], { integer: false, zero: true }) * 1000,
    retries: positive('retries', args.retries, { zero: true }),
    retryBackoffMs: positive('retry-backoff', args['retry-backoff'], { integer: false, zero: true }) * 1000,
    timeoutMs: positive('timeout', args.timeout, { integer: false }) * 1000,
    maxBodyBytes: positive('max-body-bytes', args['max-body-bytes']),
    maxRedirects: positive('max-redirects', args['max-redirects'], { zero: true }),
    shard: args.shard ? parseShard(args.shard) : undefined,
    statePath: args.resume,
    batchSize: SCAN_DEFAULTS.batchSize,
  };
}

export interface WebIo {
  stdout: NodeJS.WritableStream;
  stderr: ProgressStream;
  /** Where Ctrl-C comes from (the process, by default). */
  signals?: NodeJS.EventEmitter;
}

function sortKey(r: LintResult): string {
  return r.source?.url ?? r.filePath;
}

export async function runWebScan(inputs: string[], args: WebArgs, io: WebIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const options = scanOptionsFrom(inputs, args);
  const formatter = await loadFormatter(args.format);
  if (!formatter) throw new UsageError(`Unknown format "${args.format}".`);
  const streaming = args.format === 'jsonl' || args.format === 'csv';
  const outFile = args['output-file'];
  const fd = outFile ? openSync(outFile, 'w') : undefined;
  const write = (text: string): void => {
    if (!text) return;
    if (fd !== undefined) writeSync(fd, text);
    else io.stdout.write(text);
  };

  const progress = new Progress(io.stderr, args.progress ?? io.stderr.isTTY === true);
  const collected: LintResult[] = [];
  let errors = 0;
  let warnings = 0;
  if (args.format === 'csv') write(csvRows(undefined, { header: true }));

  const onResult = (raw: LintResult): void => {
    const result = args.quiet
      ? { ...raw, warningCount: 0, infoCount: 0, messages: raw.messages.filter((m) => m.severity === 'error') }
      : raw;
    errors += result.errorCount;
    warnings += result.warningCount;
    if (args.format === 'jsonl') write(jsonlLine(result));
    else if (args.format === 'csv') write(csvRows(result));
    else collected.push(result);
  };

  const controller = new AbortController();
  const signals = io.signals ?? process;
  const onInterrupt = (): void => {
    if (controller.signal.aborted) {
      // A second Ctrl-C: stop now (the resume file holds every page finished so far).
      if (signals === process) process.exit(EXIT_INTERRUPTED);
      return;
    }
    io.stderr.write('\nhealthlint: stopping after the pages in flight (Ctrl-C again to stop now)…\n');
    controller.abort();
  };
  signals.on('SIGINT', onInterrupt);
  signals.on('SIGTERM', onInterrupt);
  let summary: ScanSummary;
  try {
    summary = await scan(options, onResult, { signal: controller.signal, onProgress: (c) => progress.update(c) });
  } finally {
    signals.off('SIGINT', onInterrupt);
    signals.off('SIGTERM', onInterrupt);
    progress.stop();
  }
  if (!streaming) {
    collected.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    const color = args.color ?? (!outFile && (io.stdout as { isTTY?: boolean }).isTTY === true);
    write(formatter(collected, { color }));
  }
  if (fd !== undefined) closeSync(fd);

  if (progress.active || io.stderr.isTTY) {
    io.stderr.write(
      `healthlint: ${summary.done} pages (${summary.resumed} from the resume file), ${summary.findings} findings, ` +
        `${summary.errors} could not be fetched, ${summary.skipped} skipped, ${summary.notFollowed} links not followed\n`,
    );
  }
  if (summary.interrupted) {
    io.stderr.write(
      options.statePath
        ? `healthlint: interrupted; run the same command again to go on from ${options.statePath}\n`
        : 'healthlint: interrupted; use --resume FILE to be able to go on where a scan stopped\n',
    );
    return EXIT_INTERRUPTED;
  }
  if (errors > 0) return 1;
  const maxWarnings = args['max-warnings'];
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) return 1;
  return 0;
}
