/**
 * A whole run, as the CLI makes it: inputs → ignores → each file's configuration → cache →
 * analysis (in this thread or in worker threads) → fixes → baseline. Results come in the order of
 * the files (sorted), whatever the concurrency, so serial and parallel runs print the same.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReferencePage } from '../claims/copied.js';
import { createConfigResolver } from '../config/load.js';
import type { Rule } from '../rule-kit/types.js';
import type { Format, LintResult } from '../types.js';
import { writeFileAtomic } from './atomic.js';
import { applyBaseline, createBaseline, readBaseline, writeBaseline, type Baseline } from './baseline.js';
import { cacheKey, cachePath, LintCache, sha256 } from './cache.js';
import { UsageError } from './errors.js';
import { createIgnoreMatcher, IGNORED_FILE_WARNING } from './ignores.js';
import { expandInputs } from './inputs.js';
import { fileProblem, toResult } from './results.js';
import { runInWorkers, threadCount, type Concurrency } from './pool.js';
import { decode } from './read.js';
import type { FileTask } from './task.js';
import type { Timing } from './timing.js';

export interface RunOptions {
  /** The working folder: paths, `.healthlintignore`, the baseline's paths and the cache are relative to it. */
  cwd?: string;
  /** Files, folders and globs. */
  inputs?: string[];
  /** Lint this text instead of files (`--stdin`); `filePath` names it and picks the format and configuration. */
  stdin?: { text: string; filePath: string; format?: Format };
  /** `--config`: one configuration file for every file. */
  configFile?: string;
  reportUnusedDirectives?: boolean;
  requireDirectiveReason?: boolean;
  /** `--ignore-pattern` (gitignore syntax). */
  ignorePatterns?: string[];
  /** `--no-ignore` sets false: neither `.healthlintignore` nor the patterns apply. */
  useIgnoreFiles?: boolean;
  /** Warn about a file named explicitly that is ignored (default true; `--no-warn-ignored`). */
  warnIgnored?: boolean;
  baseline?: string;
  baselineWrite?: string;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: Concurrency;
  /** Apply fixes and write the files. */
  fix?: boolean;
  /** Apply fixes in memory only: results carry `output`. */
  fixDryRun?: boolean;
  /** Rules to run instead of the shipped ones (tests); such a run stays in this thread. */
  rules?: Rule[];
  /** Called for each file that is analysed (not answered from the cache). */
  onAnalyze?: (filePath: string) => void;
  /** --timing: stage times, for files analysed in this thread. */
  timing?: Timing;
  /** Pages whose copied text is reported (LintOptions.references); part of the cache key. */
  references?: ReferencePage[];
  /** What every page is, instead of what its signals say (LintOptions.pageKind); part of the cache key. */
  pageKind?: 'commerce' | 'informational';
}

export interface RunOutcome {
  results: LintResult[];
  /** Warnings about the run itself (a corrupt cache, a baseline written), for standard error. */
  notices: string[];
}

interface Pending {
  index: number;
  task: FileTask;
  absolute: string;
  key?: string;
  bom: boolean;
}

const unreadable = (filePath: string, reason: string): LintResult =>
  toResult(filePath, [fileProblem(`Cannot lint ${filePath}: ${reason}`, 'error', true)]);

function readFailure(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reason = e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a directory' : e.code === 'ENOENT' ? 'file not found' : e.message;
  return `cannot read file: ${reason}`;
}

export async function runLint(options: RunOptions): Promise<RunOutcome> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const notices: string[] = [];
  if (options.fix && options.fixDryRun) throw new UsageError('Give either --fix or --fix-dry-run, not both.');
  if (options.fix && options.stdin) throw new UsageError('--fix cannot write standard input; use --fix-dry-run.');
  const fixing = Boolean(options.fix || options.fixDryRun);

  const resolver = createConfigResolver({
    cwd,
    configFile: options.configFile,
    rules: options.rules?.map((r) => ({ id: r.meta.id, severity: r.meta.severity })),
    overrides: { reportUnusedDirectives: options.reportUnusedDirectives, requireDirectiveReason: options.requireDirectiveReason },
  });
  // Read the baseline first: a bad one is a usage error before any work.
  const baseline: Baseline | undefined = options.baseline ? readBaseline(options.baseline, cwd) : undefined;

  let results: LintResult[];
  if (options.stdin) {
    const { text, filePath, format } = options.stdin;
    options.onAnalyze?.(filePath);
    const config = resolver.forFile(filePath);
    const task: FileTask = { filePath, text, invalidUtf8: false, format, config, fix: fixing, references: options.references, pageKind: options.pageKind };
    const { lintTask } = await import('./task.js');
    results = [lintTask(task, options.rules, options.timing)];
  } else {
    results = await lintPaths(options, cwd, resolver, fixing, notices);
  }

  if (options.baselineWrite) {
    const written = createBaseline(results, cwd);
    writeBaseline(resolve(cwd, options.baselineWrite), written);
    const total = written.entries.reduce((n, e) => n + e.count, 0);
    notices.push(`wrote ${total} finding${total === 1 ? '' : 's'} to the baseline ${options.baselineWrite}.`);
    // What was just recorded is the baseline of this run too.
    results = applyBaseline(results, written, cwd);
  } else if (baseline) {
    results = applyBaseline(results, baseline, cwd);
  }
  return { results, notices };
}

async function lintPaths(
  options: RunOptions,
  cwd: string,
  resolver: ReturnType<typeof createConfigResolver>,
  fixing: boolean,
  notices: string[],
): Promise<LintResult[]> {
  const ignoredNamed: string[] = [];
  const isIgnored = createIgnoreMatcher({ cwd, patterns: options.ignorePatterns, useIgnoreFiles: options.useIgnoreFiles });
  const files = expandInputs(options.inputs ?? [], cwd, {
    isIgnored,
    onIgnoredFile: (file) => ignoredNamed.push(file),
  });

  const cache = options.cache ? LintCache.load(cachePath(options.cacheLocation, cwd), (m) => notices.push(`warning: ${m}`)) : undefined;
  const results: LintResult[] = new Array(files.length);
  const pending: Pending[] = [];
  const referencesHash = (options.references?.length ? sha256(JSON.stringify(options.references)) : '') + (options.pageKind ?? '');

  for (const [index, filePath] of files.entries()) {
    const absolute = resolve(cwd, filePath);
    let bytes: Buffer;
    const readStart = performance.now();
    try {
      // Read in turn, synchronously: small local files come back faster than through the thread
      // pool, and a run over many files would otherwise sit idle between reads.
      bytes = readFileSync(absolute);
      options.timing?.add('read', performance.now() - readStart);
    } catch (error) {
      results[index] = unreadable(filePath, readFailure(error));
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      results[index] = unreadable(filePath, decoded.reason);
      continue;
    }
    const config = resolver.forFile(filePath);
    const key = cache ? cacheKey(sha256(bytes), config.hash + referencesHash, fixing ? 'fix' : 'lint') : undefined;
    const cached = key ? cache!.get(absolute, key) : undefined;
    if (cached) {
      results[index] = { filePath, ...cached };
      continue;
    }
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    pending.push({ index, absolute, key, bom, task: { filePath, text: decoded.text, invalidUtf8: decoded.invalidUtf8, config, fix: fixing, references: options.references, pageKind: options.pageKind } });
  }

  for (const p of pending) options.onAnalyze?.(p.task.filePath);
  // Custom rules are functions and cannot be sent to a worker thread: such runs stay here.
  const threads = options.rules ? 1 : threadCount(options.concurrency ?? 'off', pending.length);
  if (threads > 1) {
    const outcomes = await runInWorkers(
      pending.map((p) => p.task),
      threads,
    );
    outcomes.forEach((outcome, i) => {
      const { task } = pending[i]!;
      results[pending[i]!.index] =
        'result' in outcome
          ? outcome.result
          : toResult(task.filePath, [fileProblem(`Internal error while linting: ${outcome.error}`, 'error', true)]);
    });
  } else if (pending.length) {
    // The pipeline loads only when there is something to lint in this thread.
    const { lintTask } = await import('./task.js');
    for (const p of pending) results[p.index] = lintTask(p.task, options.rules, options.timing);
  }

  for (const p of pending) {
    const result = results[p.index]!;
    if (options.fix && result.output !== undefined) writeFileAtomic(p.absolute, (p.bom ? '\uFEFF' : '') + result.output);
    if (cache && p.key && !result.messages.some((m) => m.fatal)) cache.set(p.absolute, p.key, result);
  }
  cache?.save();

  if (options.warnIgnored === false || ignoredNamed.length === 0) return results;
  const warnings = ignoredNamed.map((file) => toResult(file, [fileProblem(IGNORED_FILE_WARNING, 'warning', false)]));
  return [...results, ...warnings].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}
