/**
 * The command line: flags, exit codes and output, nothing else. Exit codes follow ESLint:
 * 0 no error-level findings, 1 errors (or more warnings than --max-warnings), 2 usage or
 * internal failure.
 */
import { writeFileSync } from 'node:fs';
import { text as readStdin } from 'node:stream/consumers';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { UsageError } from './engine/errors.js';
import { expandInputs } from './engine/inputs.js';
import { lintFiles, lintSource } from './engine/lint.js';
import { decode } from './engine/read.js';
import { formatForPath } from './parse/format.js';
import { FORMAT_NAMES, formatters } from './report/index.js';
import type { LintResult } from './types.js';

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

async function lintStdin(filename: string | undefined): Promise<LintResult[]> {
  const name = filename ?? '<stdin>';
  const decoded = decode(Buffer.from(await readStdin(process.stdin), 'utf8'));
  if (!decoded.ok) throw new UsageError(`Cannot lint standard input: ${decoded.reason}`);
  return [lintSource(decoded.text, name, { format: filename ? formatForPath(filename) : 'text' })];
}

export async function main(argv: string[]): Promise<number> {
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
    const formatter = formatters[args.format];
    if (!formatter) throw new UsageError(`Unknown format "${args.format}". Choose one of: ${FORMAT_NAMES.join(', ')}.`);
    const inputs = args._.map(String);
    if (args.stdin && inputs.length) throw new UsageError('Give either --stdin or files, not both.');
    if (!args.stdin && inputs.length === 0) throw new UsageError('No input: name files, folders or globs, or use --stdin.');

    let results = args.stdin ? await lintStdin(args['stdin-filename']) : await lintFiles(expandInputs(inputs));
    if (args.quiet) {
      results = results.map((r) => ({ ...r, warningCount: 0, infoCount: 0, messages: r.messages.filter((m) => m.severity === 'error') }));
    }
    const color = args.color ?? (!args['output-file'] && process.stdout.isTTY === true);
    const report = formatter(results, { color });
    if (args['output-file']) writeFileSync(args['output-file'], report);
    else process.stdout.write(report);
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
