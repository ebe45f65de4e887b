/**
 * Finds product and brand names on a page: the names a seller's claims are made of.
 * 21 CFR 101.93(g)(2)(iv)(A) makes a disease word in such a name a disease claim by itself.
 */
import { loadDataFile, phraseList } from '../knowledge/data-file.js';
import { diseasesIn } from './effects.js';
import { lexicon } from './lexicon.js';
import { normalizeForMatching } from './normalize.js';

interface ProductNamesFile {
  /** Nouns that end a product name ("Breast Cancer Tea"). */
  productNouns: string[];
  /** Names that look like brands but are not products sold with claims (PubMed, PDQ). */
  notProducts: string[];
  /** Nouns that make "X for <disease>" an organization or an event ("Centers for Disease Control"). */
  organizationNouns: string[];
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['productNouns', 'notProducts', 'organizationNouns'],
  properties: { productNouns: phraseList, notProducts: phraseList, organizationNouns: phraseList },
};

let data: ProductNamesFile | undefined;
const load = (): ProductNamesFile => (data ??= loadDataFile<ProductNamesFile>('lexicons/product-names.yml', schema));

const CAPITALIZED = "[A-Z][A-Za-z0-9'’-]*";
/**
 * Where a name may start: the first capital of a run of name characters. Without it the patterns
 * below that have no \b retried every capital of a long run and each rescanned the run: quadratic
 * ("AAAA…" of 20 KB took 2.5 s). A start at a later capital of the same run succeeds exactly when
 * one at the first capital does (the name word still ends where the run ends) and that one is
 * tried first, so the matches are unchanged; the (lazy) look-behind stops at the previous capital, so
 * the scan stays linear.
 */
const NAME_START = "(?=[A-Z])(?<![A-Z][A-Za-z0-9'’-]*?)";

/** True for "Breast Cancer Tea": a name that says it is a product on any page. */
export function endsWithProductNoun(name: string): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  return load().productNouns.includes(last.charAt(0).toUpperCase() + last.slice(1));
}

export function findProductNames(pageText: string): string[] {
  const { productNouns, notProducts, organizationNouns } = load();
  const excluded = new Set(notProducts.map((n) => n.toLowerCase()));
  const names = new Set<string>();
  const add = (name: string): void => {
    const clean = trimHeadingWords(name.replace(/[™®]/g, '').trim());
    if (clean.length > 2 && !excluded.has(clean.toLowerCase()) && !excluded.has(clean.split(/\s+/)[0]!.toLowerCase())) {
      names.add(clean);
    }
  };
  // CamelCase coinages (MyTea, CircuCure), with the capitalized words that follow (MyTea Magic).
  for (const m of pageText.matchAll(new RegExp(`\\b[A-Z][a-z]+[A-Z][A-Za-z]*(?:[ \\t]+${CAPITALIZED}){0,2}`, 'g'))) {
    add(trimTrailingCommonWords(m[0]));
  }
  // Coinages of letters and digits (Cancerfx170).
  // Same language as [a-z]+[a-z]*\d+[A-Za-z\d]*, without the ambiguous adjacent quantifiers that
  // backtracked quadratically on a long capitalised word ("Baaaa…": 20 KB took 1.2 s).
  for (const m of pageText.matchAll(/\b[A-Z][a-z]+\d[A-Za-z\d]*\b/g)) add(m[0]);
  // Marked names: up to three capitalized words before ™ or ®.
  for (const m of pageText.matchAll(new RegExp(`${NAME_START}(?:${CAPITALIZED}[ \\t]+){0,2}${CAPITALIZED}(?=[™®])`, 'g'))) add(m[0]);
  // Capitalized names that end in a product noun ("Breast Cancer Tea", "Essiac Tea").
  const escapeAll = (words: string[]): string => words.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  for (const m of pageText.matchAll(new RegExp(`${NAME_START}(?:${CAPITALIZED}[ \\t]+){1,3}(?:${escapeAll(productNouns)})\\b`, 'g'))) add(m[0]);
  // The noun in lower case after capitalized words that name a disease ("Advanced Arthritis
  // Support capsules"). Without the disease, "Green tea" at the start of a sentence, or an herb's
  // name before "extract", would read as a brand.
  const lowerNouns = escapeAll(productNouns.map((n) => n.toLowerCase()));
  for (const m of pageText.matchAll(new RegExp(`${NAME_START}(?:${CAPITALIZED}[ \\t]+){2,3}(?:${lowerNouns})\\b`, 'g'))) {
    if (lexicon().diseaseWordInName.test(m[0])) add(m[0]);
  }
  // "Miracle Water for Cancer": a capitalized name for a capitalized disease. Headings name
  // treatments so ("Radiation Therapy for Cancer", "Treatment for Metastatic Cancer"), and
  // organizations their missions ("Centers for Disease Control"): a head the agent lexicon knows
  // as a treatment, research or care, or an organization noun, is not a product.
  for (const m of pageText.matchAll(new RegExp(`${NAME_START}((?:${CAPITALIZED}[ \\t]+){0,2}${CAPITALIZED})[ \\t]+for[ \\t]+((?:${CAPITALIZED}[ \\t]+){0,2}${CAPITALIZED})`, 'g'))) {
    const head = m[1]!;
    const organization = head.split(/[ \t]+/).some((w) => organizationNouns.includes(w));
    // The disease is what the name is for: "Cataract Eye Drops for Real" is a heading's question.
    if (!organization && diseaseNamedIn(m[2]!) && !namesEstablishedCare(head)) add(m[0]);
  }
  return [...names];
}

const ESTABLISHED_CARE = ['treatment', 'research', 'clinician', 'body', 'disease'];

function diseaseNamedIn(name: string): boolean {
  return diseasesIn(name).length > 0;
}

function namesEstablishedCare(head: string): boolean {
  const normalized = normalizeForMatching(head);
  return lexicon().agents.some(({ kind, pattern }) => ESTABLISHED_CARE.includes(kind) && pattern.test(normalized));
}

/** Words at either end of a capitalized run that are not part of the name in it. */
function trimWords(name: string, leading: RegExp | undefined, trailing: RegExp): string {
  const words = name.split(/\s+/);
  while (leading && words.length > 1 && leading.test(words[0]!)) words.shift();
  while (words.length > 1 && trailing.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Articles, conjunctions and prepositions, which end no name. */
const FUNCTION_WORDS = 'The|And|Or|For|To|With|In|On|Of|By|A|An';

const AFTER_BRAND = new RegExp(`^(?:${FUNCTION_WORDS}|Is|Are|Was|Can|Will|It|This|That|Has|Have|Helps?|Stops?|Kills?|Cures?)$`);
const HEADING_LEAD = /^(?:Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|How|Why|What|When|Which|Where|Who|Best|Top|Benefits?|Buy|Shop|Try|Using|About|Yet|And|Or)$/;
const NAME_END = new RegExp(`^(?:${FUNCTION_WORDS})$`);

/** "MyTea Magic Is" → "MyTea Magic": sentence words after a brand are not part of it. */
function trimTrailingCommonWords(name: string): string {
  return trimWords(name, undefined, AFTER_BRAND);
}

/**
 * "Are Cataract Eye Drops" (from "Are Cataract Eye Drops Effective?"), "Do Cancer Teas", "Benefits
 * CBD Oil for Dog Seizures By": a heading's question or lead word before the capitalized name, and
 * a preposition or article after it, are not part of it.
 */
function trimHeadingWords(name: string): string {
  return trimWords(name, HEADING_LEAD, NAME_END);
}
