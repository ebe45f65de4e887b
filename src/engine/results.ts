/**
 * Building results: a message about the file itself (unreadable, internal error, ignored), and a
 * file's result with its messages in order. Kept apart from the linting pipeline so that a run
 * answered from the cache, or one that lints in worker threads, never loads the pipeline.
 */
import type { LintMessage, LintResult, Severity } from '../types.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function fileProblem(message: string, severity: Severity, fatal: boolean): LintMessage {
  return {
    ruleId: null,
    severity,
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    excerpt: '',
    category: null,
    evidence: [],
    regulations: [],
    suggestions: [],
    fatal,
  };
}

export function toResult(filePath: string, messages: LintMessage[]): LintResult {
  const sorted = [...messages].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.ruleId ?? '').localeCompare(b.ruleId ?? ''),
  );
  const count = (s: Severity): number => sorted.filter((m) => m.severity === s).length;
  return { filePath, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info'), messages: sorted };
}

