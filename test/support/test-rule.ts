// Rules written for tests, so that what the engine does (settings, fixes) is seen apart from what
// the analysis decides. Not a test file itself (vitest runs test/**/*.test.ts only).
import type { Finding, Rule } from '../../src/rule-kit/types.js';
import type { Severity } from '../../src/types.js';

type Sentence = Finding['sentence'];

/** A rule that reports, at `severity`, one finding per item `report` returns for a sentence. */
export function testRule(
  id: string,
  severity: Severity,
  report: (source: string, sentence: Sentence) => Partial<Pick<Finding, 'fix' | 'possible'>>[],
): Rule {
  return {
    meta: { id, severity: 'error', category: 'test', description: 'test rule', regulations: [], suggestions: [] },
    examples: { incorrect: [], correct: [] },
    check: (analysis) =>
      analysis.document.sentences.flatMap((sentence) =>
        report(analysis.document.source, sentence).map((extra) => ({
          ruleId: id,
          severity,
          message: `${id} finding`,
          sentence,
          category: 'test',
          evidence: [],
          regulations: [],
          suggestions: [],
          ...extra,
        })),
      ),
  };
}
