/**
 * Types shared across the pipeline: input → parse → sentences → claim frames → rules → findings →
 * formatter. Everything a rule sees and everything a formatter prints is declared here.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

/** A point in the original file: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

export type Format = 'markdown' | 'html' | 'text';

/** One sentence of prose, with its place in the original file. */
export interface Sentence {
  index: number;
  /** Sentence text as read (inline markup removed, whitespace kept). */
  text: string;
  span: Span;
  /** Index of the paragraph (block) the sentence belongs to. */
  paragraph: number;
  /**
   * Offsets into `text` → offsets in the file. Needed because markup (emphasis, links, tags)
   * sits between words in the source but not in the text.
   */
  offsets: number[];
}

export interface Document {
  filePath: string;
  format: Format;
  /** The source exactly as read, for excerpts. */
  source: string;
  sentences: Sentence[];
}

/** Who makes the efficacy statement. This is what separates a seller's claim from information. */
export type AgentKind =
  | 'product' // the product or brand: "MyTea Magic", "our tea", "this formula"
  | 'seller' // the seller's voice without a product: "we", "our": weaker (a hospital says it too)
  | 'imperative' // an order addressed to the reader: "Stop cancer spread with …"
  | 'testimonial' // first person outcome: "my tumor was gone"
  | 'substance' // an unbranded herb, food or supplement: "green tea", "vitamin C"
  | 'treatment' // an established medical treatment: chemotherapy, radiation, surgery
  | 'research' // researchers, studies, clinical trials
  | 'clinician' // doctors, the care team
  | 'body' // the immune system, the body itself
  | 'disease' // the disease as the actor: "cancer cells spread"
  | 'pronoun' // "it", "this", "they": depends on the page
  | 'unknown';

export type Framing =
  | 'negated' // "no herb has been shown to cure cancer"
  | 'research' // "researchers are studying ways to stop the spread"
  | 'reported' // "some sellers claim their tea cures cancer"
  | 'question' // "Can green tea prevent cancer?"
  | 'warning' // "be wary of products that promise to cure cancer"
  | 'conditional' // "if the treatment works, the tumor shrinks"
  | 'hedged'; // "may help", "might"

export type ClaimCategory =
  | 'cure-treat'
  | 'prevent'
  | 'stop-spread'
  | 'cell-kill'
  | 'product-name'
  | 'drug-class'
  | 'substitute-therapy'
  | 'augment-therapy'
  | 'testimonial';

export interface TextRange {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  text: string;
}

export interface Target {
  kind: 'cancer' | 'tumor' | 'metastasis' | 'disease';
  range: TextRange;
}

/** An efficacy statement found in one sentence. */
export interface ClaimFrame {
  sentence: Sentence;
  category: ClaimCategory;
  /** The lexicon entry that matched, for explanations and debugging. */
  effectId: string;
  effect: TextRange;
  target?: Target;
  agent: { kind: AgentKind; text?: string };
  framing: Framing[];
  /** Product or brand named as the means ("with MyTea Magic"). */
  instrument?: string;
  /** "Cancer can be cured": what is acted on is the subject; the agent may be unnamed. */
  passive?: boolean;
}

/** Signals about the page as a whole. */
export interface PageContext {
  kind: 'commerce' | 'informational' | 'unknown';
  commerceSignals: string[];
  informationalSignals: string[];
  /** Product and brand names found on the page ("MyTea Magic"). */
  productNames: string[];
}

/** How sure the analysis is that a frame is the seller's own claim. */
export type Verdict = 'claim' | 'possible-claim' | 'not-a-claim';

export interface Citation {
  cite: string;
  url: string;
}

export interface Evidence {
  id: string;
  publisher: string;
  title: string;
  reviewed: string;
  url?: string;
  quote: string;
}

export interface LintMessage {
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  category: string | null;
  evidence: Omit<Evidence, 'id'>[];
  regulations: Citation[];
  suggestions: string[];
  fatal: boolean;
  /** Where to read more about the rule. */
  url?: string;
}

export interface LintResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  messages: LintMessage[];
}
