import type { LintResult } from '../types.js';

/** The JSON contract: an array of file results, as documented in the README. */
export function formatJson(results: LintResult[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
