/**
 * The engine: source text → parse → claims → rules → messages placed in the original file.
 * One bad file yields one fatal message for that file and the run goes on.
 */
import { rules as allRules } from '../../rules/index.js';
import { analyzeDocument, type AnalyzedDocument } from '../claims/analyze.js';
import type { ReferencePage } from '../claims/copied.js';
import { ruleDocPath } from '../docs/rule-docs.js';
import { formatForPath } from '../parse/format.js';
import { parseDocument } from '../parse/index.js';
import type { Finding, Rule } from '../rule-kit/types.js';
import type { Format, LintMessage, LintResult, PageReading } from '../types.js';
import { readProse } from './read.js';
// --- configuration, suppressions, --fix (src/config, settings.ts, directives.ts, fix.ts) ---
import type { ResolvedConfig } from '../config/types.js';
import { applyDirectives } from './directives.js';
import { normalizeFix, type FixInput } from './fix.js';
import { activeRules, applyConfig } from './settings.js';
// --- end configuration ---
import { fileProblem, toResult } from './results.js';
import { timed, type Timing } from './timing.js';

export { fileProblem, toResult } from './results.js';

export interface LintOptions {
  /** Overrides the format the file name implies. */
  format?: Format;
  rules?: Rule[];
  // --- configuration (src/config) ---
  /** This file's configuration (severities, allowlists, directive options); without it, the defaults. */
  config?: ResolvedConfig;
  // --- end configuration ---
  /** Stage timers for `--timing` and the benchmark; absent (no cost) otherwise. */
  timing?: Timing;
  /** Pages whose text, copied onto a sales page, is reported as copied (--reference). */
  references?: ReferencePage[];
  /** What every page is, instead of what its signals say (`--page-kind`). */
  pageKind?: 'commerce' | 'informational';
}


function place(finding: Finding, source: string): LintMessage {
  const span = { start: finding.sentence.span.start, end: (finding.endSentence ?? finding.sentence).span.end };
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
    url: ruleDocPath(finding.ruleId),
    ...(finding.claimLikeness !== undefined ? { claimLikeness: finding.claimLikeness } : {}),
    // --- --fix plumbing: a rule's fix, with both offsets and line/column (src/engine/fix.ts) ---
    ...fixOf(finding, source),
    // --- end --fix plumbing ---
  };
}

// --- --fix plumbing ---
function fixOf(finding: Finding, source: string): Pick<LintMessage, 'fix'> {
  const fix = normalizeFix(finding.fix as FixInput | undefined, source);
  return fix ? { fix } : {};
}
// --- end --fix plumbing ---

/** What a result says of its page: its kind, what decided it, and the diseases a sales page is about. */
function pageReading({ page, topics }: AnalyzedDocument): PageReading {
  return {
    kind: page.kind,
    readFrom: page.readFrom,
    signals: [...page.commerceSignals, ...page.informationalSignals],
    ...(page.sellerLikeness !== undefined ? { sellerLikeness: Math.round(page.sellerLikeness * 1000) / 1000 } : {}),
    ...(topics.length > 0 ? { topics: topics.map((t) => t.disease) } : {}),
  };
}

/** Lints text already in memory. `filePath` names it in the results and picks the format. */
export function lintSource(source: string, filePath: string, options: LintOptions = {}): LintResult {
  const format = options.format ?? formatForPath(filePath) ?? 'text';
  try {
    const { timing } = options;
    const document = timed(timing, 'parse', () => parseDocument(source, format, filePath, timing));
    // --page-kind, then the configuration's pageKind, then the page's own signals and words.
    const pageKind = options.pageKind ?? options.config?.pageKind;
    const analysis = timed(timing, 'screen', () => analyzeDocument(document, timing, { references: options.references, pageKind }));
    return timed(timing, 'rules', () => {
      // --- configuration & suppressions: rules turned off do not run; severities, allowlists, directives ---
      const ruleList = options.rules ?? allRules;
      const findings = activeRules(ruleList, options.config).flatMap((rule) => rule.check(analysis));
      const configured = applyConfig(findings.map((f) => ({ message: place(f, source), text: f.sentence.text, possible: f.possible === true })), ruleList, options.config);
      const messages = applyDirectives(configured, document.comments, {
        reportUnused: options.config?.reportUnusedDirectives,
        requireReason: options.config?.requireDirectiveReason,
        knownRules: ruleList.map((r) => r.meta.id),
        source,
      });
      return { ...toResult(filePath, messages), page: pageReading(analysis) };
      // --- end configuration & suppressions ---
    });
  } catch (error) {
    // A parser or rule failing on one document must not end the run over the others.
    return toResult(filePath, [fileProblem(`Internal error while linting: ${(error as Error).message}`, 'error', true)]);
  }
}

export async function lintFile(filePath: string, options: LintOptions = {}): Promise<LintResult> {
  const readStart = performance.now();
  const read = await readProse(filePath);
  options.timing?.add('read', performance.now() - readStart);
  if (!read.ok) return toResult(filePath, [fileProblem(`Cannot lint ${filePath}: ${read.reason}`, 'error', true)]);
  const result = lintSource(read.text, filePath, options);
  if (!read.invalidUtf8) return result;
  const notice = fileProblem(`${filePath} is not valid UTF-8; invalid bytes were read as U+FFFD.`, 'warning', false);
  return { ...result, ...toResult(filePath, [notice, ...result.messages]) };
}

export async function lintFiles(filePaths: string[], options: LintOptions = {}): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const filePath of filePaths) results.push(await lintFile(filePath, options));
  return results;
}
