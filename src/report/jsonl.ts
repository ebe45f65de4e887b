import type { LintResult } from '../types.js';

/** JSON Lines: one LintResult (the JSON contract's array element) per line, written as pages finish. */
export function jsonlLine(result: LintResult): string {
  return `${JSON.stringify(result)}\n`;
}

export function formatJsonl(results: LintResult[]): string {
  return results.map(jsonlLine).join('');
}
