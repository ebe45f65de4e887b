/**
 * The engine: source text → parse → claims → rules → messages placed in the original file.
 * One bad file yields one fatal message for that file and the run goes on.
 */
import { rules as allRules } from '../../rules/index.js';
import { analyzeDocument } from '../claims/analyze.js';
import { formatForPath } from '../parse/format.js';
import { parseDocument } from '../parse/index.js';
import type { Finding, Rule } from '../rule-kit/types.js';
import type { Format, LintMessage, LintResult, Severity } from '../types.js';
import { readProse } from './read.js';

export interface LintOptions {
  /** Overrides the format the file name implies. */
  format?: Format;
  rules?: Rule[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function place(finding: Finding, source: string): LintMessage {
  const { span } = finding.sentence;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    excerpt: source.slice(span.start.offset, span.end.offset),
    category: finding.category,
    evidence: finding.evidence.map(({ id: _id, ...rest }) => rest),
    regulations: finding.regulations,
    suggestions: finding.suggestions,
    fatal: false,
  };
}

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

/** Lints text already in memory. `filePath` names it in the results and picks the format. */
export function lintSource(source: string, filePath: string, options: LintOptions = {}): LintResult {
  const format = options.format ?? formatForPath(filePath) ?? 'text';
  try {
    const analysis = analyzeDocument(parseDocument(source, format, filePath));
    const findings = (options.rules ?? allRules).flatMap((rule) => rule.check(analysis));
    return toResult(filePath, findings.map((f) => place(f, source)));
  } catch (error) {
    // A parser or rule failing on one document must not end the run over the others.
    return toResult(filePath, [fileProblem(`Internal error while linting: ${(error as Error).message}`, 'error', true)]);
  }
}

export async function lintFile(filePath: string, options: LintOptions = {}): Promise<LintResult> {
  const read = await readProse(filePath);
  if (!read.ok) return toResult(filePath, [fileProblem(`Cannot lint ${filePath}: ${read.reason}`, 'error', true)]);
  const result = lintSource(read.text, filePath, options);
  if (!read.invalidUtf8) return result;
  const notice = fileProblem(`${filePath} is not valid UTF-8; invalid bytes were read as U+FFFD.`, 'warning', false);
  return toResult(filePath, [notice, ...result.messages]);
}

export async function lintFiles(filePaths: string[], options: LintOptions = {}): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const filePath of filePaths) results.push(await lintFile(filePath, options));
  return results;
}
