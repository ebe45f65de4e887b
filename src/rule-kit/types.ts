/** What a rule is: its metadata, the real examples that document and test it, and its check. */
import type { AnalyzedDocument } from '../claims/analyze.js';
import type { Citation, Evidence, Format, Sentence, Severity, TextRange } from '../types.js';

export interface RuleExample {
  /** Real text: a sentence or page quoted from its source, never written to fit the rule. */
  text?: string;
  /** Or a whole page: a path under fixtures/, for rules that read the page as a whole. */
  file?: string;
  /** Pages to pass as --reference, paths under fixtures/. */
  references?: string[];
  source: string;
  format?: Format;
  /** The kind of page the text stands on, as `--page-kind` sets it, for rules that read the page. */
  pageKind?: 'commerce' | 'informational';
}

export interface RuleMeta {
  id: string;
  /** Severity when the rule is sure it is the seller's claim. */
  severity: Severity;
  category: string;
  description: string;
  /** Ids in rules/knowledge/regulations.yml. */
  regulations: string[];
  /** What to write instead. */
  suggestions: string[];
  /** The rule reports only possible claims (words that imply a claim): never an error by default. */
  possibleOnly?: boolean;
}

/** A finding before it is placed in the file and formatted. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  sentence: Sentence;
  /** The part of the sentence that carries the claim, when narrower than the sentence. */
  focus?: TextRange;
  category: string;
  evidence: Evidence[];
  regulations: Citation[];
  suggestions: string[];
  /** For a finding over several sentences (a copied block): the last one. */
  endSentence?: Sentence;
  /** A replacement that certainly resolves the finding: source offsets, end exclusive. */
  fix?: { range: [number, number]; text: string };
  /** A possible claim (the analysis is not sure it is the seller's): configured apart. */
  possible?: boolean;
  /** How much the sentence reads like a seller's claim, 0–1 (the claim register), for ranking. */
  claimLikeness?: number;
}

export interface Rule {
  meta: RuleMeta;
  examples: { incorrect: RuleExample[]; correct: RuleExample[] };
  check(analysis: AnalyzedDocument): Finding[];
}
