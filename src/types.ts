import type { SourceOffsets } from './parse/offsets.js';

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
  offsets: SourceOffsets;
}

export interface Document {
  filePath: string;
  format: Format;
  /** The source exactly as read, for excerpts. */
  source: string;
  sentences: Sentence[];
  /** Source ranges the markup sets in bold (Markdown, HTML); undefined for plain text. */
  bold?: [number, number][];
  // --- configuration & suppressions (src/engine/directives.ts) ---
  /** HTML comments (Markdown, HTML) and MDX expression comments, for inline directives. */
  comments?: SourceComment[];
  // --- end configuration & suppressions ---
}

// --- configuration & suppressions (src/engine/directives.ts) ---
/** A comment in the source: its text without the delimiters and where the whole comment is. */
export interface SourceComment {
  value: string;
  start: Point;
  end: Point;
}
// --- end configuration & suppressions ---

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
  | 'testimonial'
  | 'implied-disease'
  | 'claim-like';

export interface TextRange {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  text: string;
}

export interface Target {
  kind: 'cancer' | 'tumor' | 'metastasis' | 'disease';
  range: TextRange;
  /**
   * A sign or symptom that stands for the disease a sales page is about ("blood sugar levels" on
   * a diabetes remedy's page): the disease, as the page names it (src/claims/page-topic.ts).
   */
  signOf?: string;
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
  /** The publisher whose page this sentence was copied from, on a sales page. */
  copiedFrom?: string;
  /** How the sentence reads, claim or information (src/claims/register.ts). */
  register?: Register;
}

/** How a sentence reads by the claim register (src/claims/register.ts). */
export interface Register {
  /** 0 (reads as information) to 1 (reads as a seller's claim). */
  claimLikeness: number;
  /** The words that pushed most towards a claim, heaviest first, for the message. */
  claimWords: string[];
}

/** Signals about the page as a whole. */
export interface PageContext {
  kind: 'commerce' | 'informational' | 'unknown';
  commerceSignals: string[];
  informationalSignals: string[];
  /** Product and brand names found on the page ("MyTea Magic"). */
  productNames: string[];
  /** What decided `kind`: the page's own signals, its words (the page register), the caller (`--page-kind`), or nothing. */
  readFrom: PageReading['readFrom'];
  /**
   * How much the page's words read like a seller's (src/claims/page-register.ts), where the
   * signals left the page unknown and the page is long enough to have a register.
   */
  sellerLikeness?: number;
}

/**
 * How a linted page was read (LintResult.page): the same sentence is a seller's claim on a sales
 * page and information on an informational one, so a reader of the findings needs to know which.
 */
export interface PageReading {
  kind: PageContext['kind'];
  /**
   * `signals`: a price, an order, the supplement disclaimer, a review date, an authority as
   * publisher; `words`: the page register, where the signals said nothing sure; `option`:
   * `--page-kind` or the configuration's `pageKind`; `nothing`: neither signals nor words were sure
   * (or the text is too short).
   */
  readFrom: 'signals' | 'words' | 'option' | 'nothing';
  /** The signals found, sales and informational. */
  signals: string[];
  /** With `readFrom` words or nothing: how much the page's words read like a seller's, 0 to 1. */
  sellerLikeness?: number;
  /**
   * On a sales page, the diseases it is about, as it names them (src/claims/page-topic.ts): its
   * sentences' signs of these diseases ("blood sugar levels") are read as said of them.
   */
  topics?: string[];
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
  /** Where to read more about the rule: its page, `docs/rules/<id>.md`, relative to the package root. */
  url?: string;
  /**
   * Claim findings: how much the sentence reads like a seller's claim rather than information, 0
   * to 1, by the claim register (docs/claim-register.md). Not a probability of a violation; a
   * way to rank the findings of a large scan.
   */
  claimLikeness?: number;
  /**
   * A concrete edit that resolves the finding, set only when the replacement text is certain (not
   * for advice such as "remove the claim"). Formatters and the language server offer it as a fix.
   */
  fix?: Replacement;
  // --- web scanning (src/web/) ---
  /** Web scans: the page text just before and after the excerpt (tags removed), to show it in context. */
  context?: { before: string; after: string };
  // --- end web scanning ---
}

/**
 * Replace the text from (line, column) up to, not including, (endLine, endColumn) with `text`.
 * Lines and columns are 1-based, as in LintMessage.
 */
export interface Replacement {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  // --- --fix plumbing (src/engine/fix.ts) ---
  /**
   * The same span as 0-based offsets into the file, end exclusive (ESLint's `fix.range`). The
   * engine fills in whichever of `range` and line/column a rule left out; `--fix` applies `range`.
   */
  range?: [number, number];
  // --- end --fix plumbing ---
}

export interface LintResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  messages: LintMessage[];
  // --- --fix plumbing (src/engine/fix.ts) ---
  /** With --fix or --fix-dry-run: the file's text after the fixes, set only when it changed. */
  output?: string;
  // --- end --fix plumbing ---
  /** How the page was read (absent when it could not be read or linted). */
  page?: PageReading;
  // --- web scanning (src/web/) ---
  /** Where a page linted by a web scan or read from a web archive came from. */
  source?: PageSource;
  // --- end web scanning ---
}

// --- web scanning (src/web/) ---
/** Provenance of a fetched or archived page, so the evidence can be reproduced. */
export interface PageSource {
  /** The URL whose content was linted (after redirects). */
  url: string;
  /** The URL asked for, when redirects led elsewhere. */
  requestedUrl?: string;
  /** When healthlint fetched the page (ISO 8601), for live scans. */
  fetchedAt?: string;
  /** The capture date of the archived response (WARC-Date), for web archives. */
  capturedAt?: string;
  /** The web archive file and the record's byte offset in it. */
  warc?: { file: string; offset: number };
  /** HTTP status of the response, when there was one. */
  status?: number;
  contentType?: string;
  /** The character encoding the HTML was decoded with. */
  charset?: string;
  /** Size and SHA-256 of the response body exactly as received: the bytes line and column point into. */
  bytes?: number;
  sha256?: string;
}
// --- end web scanning ---
