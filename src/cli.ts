/**
 * The command line: flags, exit codes and output, nothing else. Exit codes follow ESLint:
 * 0 no error-level findings, 1 errors (or more warnings than --max-warnings), 2 usage or
 * internal failure.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ReferencePage } from './claims/copied.js';
import { text as readStdin } from 'node:stream/consumers';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { PAGE_KINDS, pageKindOf } from './config/index.js';
import { UsageError } from './engine/errors.js';
import { decode } from './engine/read.js';
// --- configuration, ignores, suppressions, baseline, cache, concurrency, --fix (src/engine/run.ts) ---
import { parseConcurrency } from './engine/pool.js';
import { runLint, type RunOptions } from './engine/run.js';
// --- end configuration … --fix ---
import { Timing, timed } from './engine/timing.js';
import { formatForPath } from './parse/format.js';
import { FORMAT_NAMES, loadFormatter } from './report/load.js';
import type { LintResult } from './types.js';
// --- web scanning (src/web/) ---
import { WEB_OPTIONS, isWebScan } from './web/options.js';
// --- end web scanning ---

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

function exitCodeFor(results: LintResult[], maxWarnings: number | undefined): number {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}

async function readStdinInput(filename: string | undefined): Promise<NonNullable<RunOptions['stdin']>> {
  const decoded = decode(Buffer.from(await readStdin(process.stdin), 'utf8'));
  if (!decoded.ok) throw new UsageError(`Cannot lint standard input: ${decoded.reason}`);
  return { text: decoded.text, filePath: filename ?? '<stdin>', format: filename ? formatForPath(filename) : 'text' };
}

/** --reference FILE…: pages someone else published, to find their text copied onto sales pages. */
function readReferences(paths: (string | number)[] | undefined): ReferencePage[] {
  return (paths ?? []).map(String).map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new UsageError(`Cannot read the reference page ${path}.`);
    }
    return { publisher: basename(path), title: path, text };
  });
}

export async function main(argv: string[]): Promise<number> {
  // --- Language server: `healthlint --lsp` speaks LSP on standard input and output (as does the
  // `healthlint-lsp` bin). Other arguments are ignored, so an editor may pass its usual --stdio.
  // The server ends the process itself, on the client's `exit` or at the end of its input.
  if (argv.includes('--lsp')) {
    const { startLanguageServer } = await import('./lsp/server.js');
    startLanguageServer();
    return new Promise<number>(() => {});
  }
  // --- end of the language server block.
  let failed: string | undefined;
  const parser = yargs(argv)
    .scriptName('healthlint')
    .usage('$0 [files, folders or globs…]\n\nLint marketing and web copy for unlawful disease claims.')
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: `Output format: ${FORMAT_NAMES.join(', ')}` })
    .option('stdin', { type: 'boolean', default: false, describe: 'Lint text from standard input' })
    .option('stdin-filename', { type: 'string', describe: 'Name (and so format) for standard input, e.g. page.md' })
    .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to a file instead of standard output' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
    .option('max-warnings', { type: 'number', describe: 'Exit 1 when there are more warnings than this' })
    .option('color', { type: 'boolean', describe: 'Colour the stylish output (default: when writing to a terminal)' })
    .option('timing', { type: 'boolean', default: false, describe: 'Print the time spent in each stage to standard error' })
    .option('page-kind', {
      type: 'string',
      choices: [...PAGE_KINDS],
      default: 'auto',
      describe: "What the pages are: auto (the configuration's pageKind, else each page's signals and words), sales (product copy) or informational",
    })
    // One value per --reference, so that the files after it are still files to lint.
    .option('reference', { type: 'string', array: true, nargs: 1, describe: 'A page whose text, copied onto a sales page, is reported as copied (repeatable)' })
    // --- configuration, ignores, suppressions, baseline, cache, concurrency, --fix (README "Configuration") ---
    .option('config', { alias: 'c', type: 'string', describe: 'Use this configuration file (JSON or YAML) for every file instead of searching' })
    .option('ignore-pattern', { type: 'string', describe: 'Do not lint files matching this pattern (gitignore syntax; repeatable)' })
    .option('ignore', { type: 'boolean', default: true, describe: 'Apply .healthlintignore and --ignore-pattern (--no-ignore: do not)' })
    .option('warn-ignored', { type: 'boolean', default: true, describe: 'Warn about a file named here that is ignored (--no-warn-ignored: do not)' })
    .option('report-unused-directives', { type: 'boolean', default: false, describe: 'Report healthlint-disable comments that suppress nothing' })
    .option('require-directive-reason', { type: 'boolean', default: false, describe: 'A healthlint-disable comment needs "-- reason" to suppress anything' })
    .option('baseline', { type: 'string', describe: 'Drop the findings recorded in this baseline file' })
    .option('baseline-write', { type: 'string', describe: 'Record the findings in this baseline file' })
    .option('cache', { type: 'boolean', default: false, describe: 'Analyse only files that changed since the last run' })
    .option('cache-location', { type: 'string', describe: 'Cache file, or folder for it (default: .healthlintcache)' })
    .option('concurrency', { type: 'string', default: 'off', describe: 'Worker threads: off, auto or a number' })
    .option('fix', { type: 'boolean', default: false, describe: 'Apply the fixes findings carry and write the files' })
    .option('fix-dry-run', { type: 'boolean', default: false, describe: 'Apply fixes in memory only (JSON: "output")' })
    // --- end configuration … --fix ---
    // --- web scanning (README "Scanning the web"; src/web/) ---
    .options(WEB_OPTIONS)
    .example('$0 --crawl https://shop.example/ --format html -o report.html', 'Crawl a site and write an HTML report')
    // --- end web scanning ---
    .example('$0 content/', 'Lint every Markdown, HTML and text file under content/')
    .example('cat page.html | $0 --stdin --stdin-filename page.html', 'Lint standard input as HTML')
    .strictOptions()
    .help()
    .version()
    .exitProcess(false)
    .fail((message, error) => {
      failed = message || error?.message;
    });

  const args = await parser.parseAsync();
  if (failed) {
    process.stderr.write(`healthlint: ${failed}\n`);
    return EXIT_FAILURE;
  }
  if (args.help || args.version) return EXIT_OK;

  try {
    const formatter = await loadFormatter(args.format);
    if (!formatter) throw new UsageError(`Unknown format "${args.format}". Choose one of: ${FORMAT_NAMES.join(', ')}.`);
    const inputs = args._.map(String);
    // --- web scanning (src/web/): URL arguments, --sitemap, --crawl, .warc and .warc.gz files ---
    if (isWebScan(inputs, args)) {
      if (args.stdin) throw new UsageError('Give either --stdin or web inputs (URLs, --sitemap, --crawl, .warc files), not both.');
      const { runWebScan } = await import('./web/command.js');
      return await runWebScan(inputs, args);
    }
    // --- end web scanning ---
    if (args.stdin && inputs.length) throw new UsageError('Give either --stdin or files, not both.');
    if (!args.stdin && inputs.length === 0) throw new UsageError('No input: name files, folders or globs, or use --stdin.');

    // --timing: the process start-up (module loading) is the time until here.
    const timing = args.timing ? new Timing() : undefined;
    timing?.add('startup', performance.now());
    // --- configuration, ignores, suppressions, baseline, cache, concurrency, --fix (src/engine/run.ts) ---
    const outcome = await runLint({
      inputs: args.stdin ? undefined : inputs,
      stdin: args.stdin ? await readStdinInput(args['stdin-filename']) : undefined,
      configFile: args.config,
      ignorePatterns: ([] as string[]).concat(args['ignore-pattern'] ?? []).map(String),
      useIgnoreFiles: args.ignore,
      warnIgnored: args['warn-ignored'],
      reportUnusedDirectives: args['report-unused-directives'],
      requireDirectiveReason: args['require-directive-reason'],
      baseline: args.baseline,
      baselineWrite: args['baseline-write'],
      cache: args.cache,
      cacheLocation: args['cache-location'],
      concurrency: parseConcurrency(args.concurrency),
      fix: args.fix,
      fixDryRun: args['fix-dry-run'],
      timing,
      references: readReferences(args.reference),
      pageKind: pageKindOf(args['page-kind']),
    });
    for (const notice of outcome.notices) process.stderr.write(`healthlint: ${notice}\n`);
    let results = outcome.results;
    // --- end configuration … --fix ---
    if (args.quiet) {
      results = results.map((r) => ({ ...r, warningCount: 0, infoCount: 0, messages: r.messages.filter((m) => m.severity === 'error') }));
    }
    const color = args.color ?? (!args['output-file'] && process.stdout.isTTY === true);
    timed(timing, 'output', () => {
      const report = formatter(results, { color });
      if (args['output-file']) writeFileSync(args['output-file'], report);
      else process.stdout.write(report);
    });
    if (timing) process.stderr.write(`\nhealthlint --timing\n${timing.format(performance.now())}`);
    return exitCodeFor(results, args['max-warnings']);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`healthlint: ${error.message}\n`);
    } else {
      process.stderr.write(`healthlint: internal error: ${(error as Error).message}\n`);
    }
    return EXIT_FAILURE;
  }
}

export async function run(): Promise<void> {
  process.exitCode = await main(hideBin(process.argv));
}
