/**
 * --fix and --fix-dry-run. A message may carry a fix: replace `range` (0-based offsets, end
 * exclusive) with `text`. Fixes are applied in order of position; a fix that overlaps one already
 * taken waits for the next pass. After each pass the text is linted again (at most 10 passes, as
 * ESLint), so the messages that remain point into the fixed text.
 */
import { location } from 'vfile-location';
import type { LintMessage, LintResult, Replacement } from '../types.js';

export const MAX_FIX_PASSES = 10;

/** What a rule may give: offsets (ESLint's shape), line/column, or both. */
export type FixInput = { range: [number, number]; text: string } | Replacement;

/** Completes a fix with both its offsets and its line/column span; undefined if it is out of the file. */
export function normalizeFix(fix: FixInput | undefined, source: string): Replacement | undefined {
  if (!fix || typeof fix.text !== 'string') return undefined;
  const place = location(source);
  let range = fix.range;
  if (!range && 'line' in fix) {
    const start = place.toOffset({ line: fix.line, column: fix.column });
    const end = place.toOffset({ line: fix.endLine, column: fix.endColumn });
    if (start === undefined || end === undefined) return undefined;
    range = [start, end];
  }
  if (!range) return undefined;
  const [start, end] = range;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= source.length)) return undefined;
  // toPoint has no point for the very end of the file; it is one column past the last character.
  const point = (offset: number): { line: number; column: number } => {
    const p = place.toPoint(offset);
    if (p?.line !== undefined && p.column !== undefined) return { line: p.line, column: p.column };
    const lines = source.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: lines.length, column: lines.at(-1)!.length + 1 };
  };
  const from = point(start);
  const to = point(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text: fix.text, range: [start, end] };
}

/** Applies the non-overlapping fixes of `messages` to `source`. */
export function applyFixes(source: string, messages: LintMessage[]): { output: string; applied: number } {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is Replacement & { range: [number, number] } => Boolean(f?.range))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let last = 0;
  let applied = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < last) continue;
    output += source.slice(last, start) + fix.text;
    last = end;
    applied++;
  }
  return { output: output + source.slice(last), applied };
}

/** Lints, fixes and lints again until nothing changes; `output` is set when the text changed. */
export function lintWithFixes(source: string, lint: (text: string) => LintResult): LintResult {
  let text = source;
  let result = lint(text);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { output, applied } = applyFixes(text, result.messages);
    if (applied === 0 || output === text) break;
    text = output;
    result = lint(text);
  }
  return text === source ? result : { ...result, output: text };
}
