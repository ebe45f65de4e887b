/**
 * Linting one file's decoded text with its configuration: the unit of work the serial run and
 * the worker threads share, so both give the same result for the same input.
 */
import type { ReferencePage } from '../claims/copied.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Rule } from '../rule-kit/types.js';
import type { Format, LintResult } from '../types.js';
import { lintWithFixes } from './fix.js';
import { fileProblem, lintSource, toResult } from './lint.js';
import type { Timing } from './timing.js';

/** Plain data (it is posted to worker threads). */
export interface FileTask {
  filePath: string;
  text: string;
  /** The bytes were not valid UTF-8 (read with U+FFFD): reported, and never fixed. */
  invalidUtf8: boolean;
  format?: Format;
  config?: ResolvedConfig;
  /** Apply fixes (--fix, --fix-dry-run): the result gets `output` when the text changed. */
  fix: boolean;
  /** Pages whose copied text is reported (LintOptions.references). */
  references?: ReferencePage[];
  /** What every page is (LintOptions.pageKind). */
  pageKind?: 'commerce' | 'informational';
}

/** `timing` (--timing) works in this thread only; worker threads do not report stage times. */
export function lintTask(task: FileTask, rules?: Rule[], timing?: Timing): LintResult {
  const options = { format: task.format, config: task.config, rules, timing, references: task.references, pageKind: task.pageKind };
  const lint = (text: string): LintResult => lintSource(text, task.filePath, options);
  const result = task.fix && !task.invalidUtf8 ? lintWithFixes(task.text, lint) : lint(task.text);
  if (!task.invalidUtf8) return result;
  const notice = fileProblem(`${task.filePath} is not valid UTF-8; invalid bytes were read as U+FFFD.`, 'warning', false);
  return { ...result, ...toResult(task.filePath, [notice, ...result.messages]) };
}
