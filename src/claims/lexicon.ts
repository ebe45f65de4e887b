/**
 * The reviewed lexicons under rules/lexicons, loaded once, validated, and compiled into the
 * regular expressions the analysis runs. Every expression is built from escaped literal phrases
 * joined by separators from disjoint character classes, so none can backtrack catastrophically.
 */
import { confusablesMap } from 'confusables';
import { loadDataFile, phraseList } from '../knowledge/data-file.js';
import type { AgentKind, ClaimCategory } from '../types.js';

/**
 * A disease named in a sentence is masked with this character before the patterns that name
 * `{target}` run (see maskTargets): the patterns then hold one short slot instead of the list of
 * every disease, and compile once. It is neither a word character nor a separator.
 */
const MARK = '\u0001';
const TARGET_SLOT = `${MARK}+`;

/** Characters of a word, and of what separates words: disjoint, so matching stays linear. */
const WORD = "[a-z0-9'-]";
const SEP = `[^a-z0-9'${MARK}-]+`;
/** Up to two words (adjectives: "avoid painful surgery"), each with the separator before it. */
const WORDS = `(?:${SEP}${WORD}+){0,2}`;
/** Between a verb and its object: spaces and markup gaps, but no clause punctuation. */
const GAP = `[^a-z0-9'.,;:!?${MARK}-]+`;
/**
 * Between a verb and a disease named in a list of objects ("Overcome a weak bladder, UTIs &
 * cystitis", "Say goodbye to: Joint Pain - Rheumatism", "to treat . . . diabetes"): commas,
 * ampersands, a colon that opens the list and the ellipsis of a quotation too (the sentence
 * splitter has already cut at every full stop), but no word that opens another clause.
 */
const LIST_GAP = `[^a-z0-9';!?${MARK}-]+`;
/**
 * Between a verb and the first word of its list of objects: no comma. A verb followed by a comma
 * has ended its clause ("When arthritis attacks, joint function narrows, causing … inflammation").
 */
const LIST_OPENING_GAP = `[^a-z0-9',;!?${MARK}-]+`;
const CLAUSE_OPENERS = ['but', 'while', 'whereas', 'although', 'though', 'because', 'which', 'who', 'whose', 'that', 'if', 'when', 'unless', 'so', 'yet', 'then'];
/**
 * "the pain and swelling that is associated with Arthritis": a clause that only says which disease
 * a symptom belongs to continues the list of objects.
 */
const SYMPTOM_OF = `that${SEP}(?:is|are)${SEP}(?:associated|linked|related|caused|due)(?!${WORD})`;
const NOT_CLAUSE_OPENER = `(?!(?!${SYMPTOM_OF})(?:${CLAUSE_OPENERS.join('|')})(?!${WORD}))`;
/**
 * `{list}` in a claim phrase: up to twelve words of a list before the disease, past commas ("your
 * best weapon against many kinds of illnesses, from common colds and flu to … cancer"), but not
 * into another clause.
 */
const LIST = `(?:${SEP}${NOT_CLAUSE_OPENER}${WORD}+){0,12}?`;
/**
 * Auxiliaries before a passive participle ("can now be cured", "was healed"): the participles are
 * listed in the lexicon, the auxiliaries are grammar.
 */
const PASSIVE_AUXILIARIES = ['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'getting'];

/**
 * The normalized sentence with every disease it names (the `ranges`, from the target pattern)
 * replaced, character for character, by the mask: offsets stay where they were.
 */
export function maskTargets(normalized: string, ranges: readonly { start: number; end: number }[]): string {
  // One pass over the ranges in order, so that a run-on text naming thousands of diseases costs
  // time linear in its length.
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    pieces.push(normalized.slice(at, start).replaceAll('\u0001', ' '), '\u0001'.repeat(end - start));
    at = end;
  }
  pieces.push(normalized.slice(at).replaceAll('\u0001', ' '));
  return pieces.join('');
}

/**
 * A quotation without its editor's "[sic]": regulators quote sellers so, and it is not the
 * seller's writing. (A bracketed capital, "[I]t", is read in place by normalizeForMatching.) For
 * reading words, not for offsets.
 */
export function withoutEditorialMarks(text: string): string {
  return text.replace(/\[sic\]/gi, ' ');
}

const QUOTE_MARKS = /[’‘`'“”]/g;
const LETTER_OR_DIGIT = /[a-z0-9]/;
const NON_ASCII = /[^\x00-\x7f]/g;
const ANY_LETTER = /\p{L}/u;

/**
 * A letter that looks like a Latin one, as the Latin letter: Cyrillic "а" in "Cаncer" (sellers
 * write so to slip past filters), and accented letters ("naïve"). Only letter for letter, so that
 * every offset stays where it was; the Unicode confusables come from the `confusables` package.
 */
function latinLookalike(char: string): string {
  if (!ANY_LETTER.test(char)) return char;
  const latin = confusablesMap.get(char);
  return latin && latin.length === 1 && /[a-z]/i.test(latin) ? latin.toLowerCase() : char;
}

/** A letter an editor put in brackets at the start of a quoted word: "[K]ill", "[A]nti-tumor". */
const EDITED_LETTER = /\[([a-z])\]([a-z][a-z0-9'’-]*)/gi;

/**
 * The word as written, compounds whole, moved to where the bracket opened and padded after, so
 * that it keeps its length: a claim quoted as "[K]ill the AIDS virus" reads as "Kill the AIDS
 * virus", and a match from the word on still starts at the bracket.
 */
const editedWord = (_whole: string, letter: string, rest: string): string => `${letter}${rest}  `;

/** The text with every bracketed letter read in place ("[C]an destroy" as "Can destroy"), its length kept. */
export const editedLettersInPlace = (text: string): string => text.replace(EDITED_LETTER, editedWord);

/**
 * A range of `text` that ends inside a word an editor bracketed a letter of ends too early, since
 * the word is read two characters early ("[A]nti-tumor" as "anti-tumor  "): where that word does.
 */
export function endOfEditedWord(text: string, start: number, end: number): number {
  return /\[[a-z]\][\w'’-]*$/i.test(text.slice(start, end)) ? end + /^[\w'’-]*/.exec(text.slice(end))![0].length : end;
}

/**
 * Lowercases and folds look-alike letters, editors' bracketed letters and curly quotes, keeping
 * every offset where it was.
 * An apostrophe stands between letters ("alzheimer's", "don't"); a single quote at the edge of a
 * word is a quotation mark ("commit ‘suicide’", "'go after'") and becomes a double one, which
 * separates words.
 */
export function normalizeForMatching(text: string): string {
  const lower = text.toLowerCase().replace(NON_ASCII, latinLookalike).replace(EDITED_LETTER, editedWord);
  return lower.replace(QUOTE_MARKS, (mark: string, at: number) => {
    if (mark === '“' || mark === '”') return '"';
    const inWord = LETTER_OR_DIGIT.test(lower[at - 1] ?? '') && LETTER_OR_DIGIT.test(lower[at + 1] ?? '');
    return inWord ? "'" : '"';
  });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: words joined by any separator, so line breaks and markup gaps match. */
function phrasePattern(phrase: string): string {
  return normalizeForMatching(phrase.trim())
    .split(/\s+/)
    .map(escape)
    .join(SEP);
}

/** Any of the phrases, longest first, words joined by any separator; for normalized text. */
export function alternation(phrases: Iterable<string>): string {
  // Longest first so that "cancer cells" wins over "cancer".
  const unique = [...new Set([...phrases].map(phrasePattern))].sort((a, b) => b.length - a.length);
  return `(?:${unique.join('|')})`;
}

/** Whole-word boundaries that respect our word characters (hyphen and apostrophe included). */
export const wholeWord = (pattern: string): string => `(?<!${WORD})${pattern}(?!${WORD})`;

const CATEGORY_VALUES = [
  'cure-treat',
  'prevent',
  'stop-spread',
  'cell-kill',
  'product-name',
  'drug-class',
  'substitute-therapy',
  'augment-therapy',
  'testimonial',
] as const;

interface TargetsFile {
  cancer: string[];
  tumor: string[];
  metastasis: string[];
  disease: string[];
  /** Endings of medical terms that name a disease (-itis, -osis), for diseases not listed. */
  suffixes: string[];
  /** Words with those endings that name no disease (diagnosis, aroma, homeopathy). */
  notDiseases: string[];
  /** Diseases named only in these capitals ("AIDS", not "aids"). */
  capitalsOnly: string[];
}

interface EffectEntry {
  id: string;
  category: ClaimCategory;
  verbs: string[];
  forms?: Record<string, string[]>;
  objects: string[] | 'target';
  requiresTarget?: boolean;
  /** The object stands before the verb ("my tumor … has shrunk"): an outcome told of it. */
  objectFirst?: boolean;
  /**
   * The verbs are passive participles ("cured"), matched after an auxiliary ("can be cured"),
   * with the disease before them; whoever is named after "by"/"with" is the agent.
   */
  passive?: boolean;
  /** The disease may be any item of a list of objects, past commas. */
  objectsInList?: boolean;
  /**
   * A broad wording ("helps … arthritis"): it stands only where no narrower effect in the
   * lexicon reads the same words.
   */
  fallback?: boolean;
  /**
   * Nouns that, between the verb and the disease or right after the disease, make the disease a
   * modifier of what the verb acts on ("stop treatments for diabetes", "lowered cancer deaths").
   */
  notAcross?: string[];
  window: number;
}

interface EffectsFile {
  diseaseAsModifier: string[];
  nameMorphemes: string[];
  effects: EffectEntry[];
  phrases: PhraseGroup[];
}

interface PhraseGroup {
  id: string;
  category: ClaimCategory;
  patterns: string[];
  /** The phrase is a claim only in a sentence that names a disease ("this product can really help"). */
  requiresTarget?: boolean;
  /**
   * Wording that only promotion uses ("a proven alternative to chemo"): a claim even when its
   * subject is a treatment, unless the page informs.
   */
  promotional?: boolean;
  /**
   * The phrase is read only in a heading or list item (a few words, no full stop): "Ozone Therapy
   * For Lyme Disease" offers the therapy; in a sentence the same words describe medicine.
   */
  headingOnly?: boolean;
  /**
   * A label's phrase told disease first ("Tumor shrinking"): the disease that opens it is what it
   * acts on, never its subject.
   */
  diseaseFirst?: boolean;
}

type AgentsFile = Record<Exclude<AgentKind, 'imperative' | 'unknown'>, string[]>;
type FramingFile = Record<string, string[]>;

interface ClaimPhrasesFile {
  therapies: string[];
  drugs: string[];
  'drug-class': { patterns: string[] };
  'substitute-therapy': { patterns: string[] };
  'augment-therapy': { patterns: string[] };
  testimonial: { patterns: string[] };
}

const targetsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['cancer', 'tumor', 'metastasis', 'disease', 'suffixes', 'notDiseases', 'capitalsOnly'],
  properties: {
    cancer: phraseList,
    tumor: phraseList,
    metastasis: phraseList,
    disease: phraseList,
    suffixes: { ...phraseList, items: { type: 'string', pattern: '^[a-z]+$' } },
    notDiseases: phraseList,
    capitalsOnly: phraseList,
  },
};

const effectsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['diseaseAsModifier', 'nameMorphemes', 'effects', 'phrases'],
  properties: {
    diseaseAsModifier: phraseList,
    nameMorphemes: phraseList,
    effects: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'category', 'verbs', 'objects', 'window'],
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z-]*$' },
          category: { enum: CATEGORY_VALUES },
          verbs: phraseList,
          forms: { type: 'object', additionalProperties: phraseList },
          objects: { anyOf: [phraseList, { const: 'target' }] },
          requiresTarget: { type: 'boolean' },
          objectFirst: { type: 'boolean' },
          passive: { type: 'boolean' },
          objectsInList: { type: 'boolean' },
          fallback: { type: 'boolean' },
          notAcross: phraseList,
          window: { type: 'integer', minimum: 0, maximum: 14 },
        },
      },
    },
    phrases: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'category', 'patterns'],
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z-]*$' },
          category: { enum: CATEGORY_VALUES },
          patterns: phraseList,
          requiresTarget: { type: 'boolean' },
          promotional: { type: 'boolean' },
          headingOnly: { type: 'boolean' },
          diseaseFirst: { type: 'boolean' },
        },
      },
    },
  },
};

const AGENT_KEYS = ['seller', 'product', 'testimonial', 'treatment', 'research', 'clinician', 'body', 'substance', 'disease', 'pronoun'];
const agentsSchema = {
  type: 'object',
  additionalProperties: false,
  required: AGENT_KEYS,
  properties: Object.fromEntries(AGENT_KEYS.map((k) => [k, phraseList])),
};

const FRAMING_KEYS = ['negation', 'research', 'reported', 'warning', 'conditional', 'hedged'];
const framingSchema = {
  type: 'object',
  additionalProperties: false,
  required: FRAMING_KEYS,
  properties: Object.fromEntries(FRAMING_KEYS.map((k) => [k, phraseList])),
};

const patternGroup = {
  type: 'object',
  additionalProperties: false,
  required: ['patterns'],
  properties: { patterns: phraseList },
};
const claimPhrasesSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['therapies', 'drugs', 'drug-class', 'substitute-therapy', 'augment-therapy', 'testimonial'],
  properties: {
    therapies: phraseList,
    drugs: phraseList,
    'drug-class': patternGroup,
    'substitute-therapy': patternGroup,
    'augment-therapy': patternGroup,
    testimonial: patternGroup,
  },
};

/**
 * Regular inflections: -s, -ed, -ing, with the final consonant doubled after a single short vowel
 * in one syllable (stop → stopped, stopping). Conjugating with compromise at every start cost a
 * third of a second; irregular verbs (shrink, beat, fight) and the rest list their forms in the
 * lexicon, and a test checks these forms cover compromise's conjugation of every verb listed.
 */
export function regularForms(verb: string): string[] {
  const consonantY = /[^aeiou]y$/.test(verb);
  const third = /(?:s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : consonantY ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const doubled = /^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb) ? verb + verb.at(-1) : verb;
  const past = verb.endsWith('e') ? `${verb}d` : consonantY ? `${verb.slice(0, -1)}ied` : `${doubled}ed`;
  const gerund = /[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${doubled}ing`;
  return [third, past, gerund];
}

/** Inflections of a verb lemma ("stop" → stop, stops, stopped, stopping). */
export function inflect(lemma: string, irregular: string[] = []): string[] {
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  return [...new Set<string>([lemma, ...irregular, ...regularForms(head!).map((f) => f + tail)])];
}

export interface CompiledEffect {
  id: string;
  category: ClaimCategory;
  /** Verb, then up to `window` words, then the object (or the reverse, objectFirst). */
  active: RegExp;
  requiresTarget: boolean;
  /** The object is a disease target: a sentence that names none is not searched. */
  objectIsTarget: boolean;
  objectFirst: boolean;
  passive: boolean;
  fallback: boolean;
  /** Words that, inside the match or right after it, show the disease is not the object. */
  notAcross?: RegExp;
  /** Words a match can begin with: a sentence with none of them is not searched at all. */
  starts: Set<string>;
}

export interface CompiledPhrase {
  id: string;
  category: ClaimCategory;
  requiresTarget: boolean;
  /** Read only in a heading or list item (isFragment). */
  headingOnly: boolean;
  /** The patterns that begin with a word and name no disease, and the words they can begin with. */
  pattern?: RegExp;
  starts: Set<string>;
  /**
   * The patterns that begin with a word and name a disease later ("cure for {target}"): run on
   * the sentence with its diseases masked (maskTargets), where `{target}` is the mask. The whole
   * list of diseases at every "for" of every sentence cost more than the rest of the analysis.
   */
  targetPattern?: RegExp;
  targetStarts: Set<string>;
  /**
   * The patterns that begin with a disease ("{target} free"): what follows the disease, tried
   * (sticky) right after each disease the sentence names. One alternation of every disease at
   * every position would be far slower.
   */
  afterTarget?: RegExp;
}

/**
 * A heading, a menu entry or a list item: a few words and no full stop at the end ("Pancreatic
 * Cancer", "Ozone Therapy For Lyme Disease", "• Cure your pets cancer").
 */
export function isFragment(text: string, maxWords = 12): boolean {
  // A quotation's ellipsis ("Cancer . . .") leaves an item unfinished, not ended.
  const trimmed = text.replace(/\s*(?:…|\.\s?\.\s?\.)\s*$/, '');
  // Words, not the marks and numbers between them ("Donate to Cancer Research + Cancer Compass +",
  // "4. Cancer Metastasis: More details about the program").
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words <= maxWords && !/[.!?]["'”’)]*$/.test(trimmed);
}

/** The words of a normalized sentence, to test `starts` against. */
export function wordsOf(normalized: string): Set<string> {
  return new Set(normalized.match(/[a-z0-9'-]+/g) ?? []);
}

export function mayMatch(starts: Set<string>, words: Set<string>): boolean {
  for (const w of starts) if (words.has(w)) return true;
  return false;
}

/**
 * The screen: regular expressions for the diseases and for the words that start most claims, and,
 * only where the sentence holds "anti", the drug-class words made of a disease's name. They are
 * kept apart: joined into one expression they ran two and a half times slower on every sentence
 * once the list of diseases grew (1.6 s against 0.6 s on the benchmark's 1 MB file).
 */
function screenFor(words: RegExp[], antiDisease: RegExp): Lexicon['screen'] {
  return { test: (normalized) => words.some((re) => re.test(normalized)) || (normalized.includes('anti') && antiDisease.test(normalized)) };
}

/** First word of a phrase as the tokenizer of `wordsOf` sees it. */
function firstWord(phrase: string): string {
  return normalizeForMatching(phrase).match(/[a-z0-9'-]+/)?.[0] ?? '';
}

export interface Lexicon {
  /** Global: for matchAll only (a global regex keeps state between test() calls). */
  target: RegExp;
  /** A disease as the first half of a compound ("cancer-free", "cancer-fighting"). */
  targetBeforeHyphen: RegExp;
  /** A disease named in a compound that still names it ("autism-related issues"): group 1. */
  targetInCompound: RegExp;
  /** A drug-class word made of a disease's name ("Anti-Parkinson", "anti-diabetes"). */
  antiDisease: RegExp;
  targetKinds: Map<string, 'cancer' | 'tumor' | 'metastasis' | 'disease'>;
  /** Diseases named only in these capitals, by their lower-case form: "aids" → "AIDS". */
  capitalsOnly: Map<string, string>;
  effects: CompiledEffect[];
  phrases: CompiledPhrase[];
  /** Ids of the phrase groups whose wording only promotion uses. */
  promotional: Set<string>;
  /** Ids of the phrase groups read only in headings: a page's offer, so a claim only on a sales page. */
  headingOnly: Set<string>;
  /** Ids of the phrase groups told disease first, whose disease is no subject ("Tumor shrinking"). */
  diseaseFirst: Set<string>;
  /** Ids of the effects read as passives ("can be cured"). */
  passiveEffects: Set<string>;
  /** Nouns a disease only names which of ("cancer treatment", "treatments for diabetes"). */
  diseaseAsModifier: RegExp;
  /** A cheap test run on every (normalized) sentence before any deeper analysis. */
  screen: { test(normalized: string): boolean };
  agents: { kind: Exclude<AgentKind, 'imperative' | 'unknown'>; pattern: RegExp }[];
  framing: Record<'negation' | 'research' | 'reported' | 'warning' | 'conditional' | 'hedged', RegExp>;
  /** Does a product's name name a disease ("Breast Cancer Tea", "CircuCure", "FluAway")? */
  diseaseWordInName: { test(name: string): boolean };
}

function compile(): Lexicon {
  const targets = loadDataFile<TargetsFile>('lexicons/targets.yml', targetsSchema);
  const effectsFile = loadDataFile<EffectsFile>('lexicons/effects.yml', effectsSchema);
  const agents = loadDataFile<AgentsFile>('lexicons/agents.yml', agentsSchema);
  const framing = loadDataFile<FramingFile>('lexicons/framing.yml', framingSchema);
  const claimPhrases = loadDataFile<ClaimPhrasesFile>('lexicons/claim-phrases.yml', claimPhrasesSchema);

  const targetKinds = new Map<string, 'cancer' | 'tumor' | 'metastasis' | 'disease'>();
  for (const kind of ['disease', 'cancer', 'metastasis', 'tumor'] as const) {
    for (const term of targets[kind]) targetKinds.set(normalizeForMatching(term), kind);
  }
  // A word of a disease's form ("diverticulitis", "neuropathy"), unless it is one of the
  // exceptions; a whole word wherever it is used.
  // Bounded on both sides and in length, so that no input makes it backtrack far.
  const diseaseByForm = `(?<!${WORD})(?!${alternation(targets.notDiseases)}(?!${WORD}))[a-z]{2,30}(?:${targets.suffixes.join('|')})(?!${WORD})`;
  // A disease in the possessive is still named: "COVID-19's long term damaging effects".
  const targetAlt = `(?:(?:${alternation(targetKinds.keys())})(?:'s)?|${diseaseByForm})`;
  const therapyAlt = alternation(claimPhrases.therapies);
  /** "parkinson" of "parkinson's": how a disease named for a person appears inside a compound. */
  const possessiveStems = [...targetKinds.keys()].filter((k) => /^[a-z]+'s$/.test(k)).map((k) => k.slice(0, -2));
  // Names in the possessive lose it in the compound: "Anti-Parkinson", "anti-Alzheimer".
  const antiDisease = `(?<!${WORD})anti-?(?:${targetAlt}|${alternation(possessiveStems)})(?!${WORD})`;
  const placeholders: Record<string, string> = {
    // Patterns that name {target} run on the sentence with its diseases masked.
    '{target}': TARGET_SLOT,
    '{therapy}': therapyAlt,
    '{drug}': alternation(claimPhrases.drugs),
    '{words}': WORDS,
    '{list}': LIST,
  };
  const firstWords = (list: Iterable<string>): string[] => [...list].map(firstWord);
  const placeholderStarts: Record<string, string[]> = {
    '{target}': firstWords(targetKinds.keys()),
    '{therapy}': firstWords(claimPhrases.therapies),
    '{drug}': firstWords(claimPhrases.drugs),
  };
  const patternStarts = (pattern: string): string[] => {
    const head = pattern.trim().split(/\s+/)[0]!;
    const placeholder = Object.keys(placeholderStarts).find((p) => head.startsWith(p));
    return placeholder ? placeholderStarts[placeholder]! : [firstWord(head)];
  };
  const expand = (pattern: string): string =>
    pattern
      .split(/(\{target\}|\{therapy\}|\{drug\}|\{words\}|\{list\})/)
      .filter((part) => part.trim())
      .map((part, i) => {
        const piece = placeholders[part] ?? phrasePattern(part);
        // "{target}-free": a part that begins with a hyphen is glued to the one before it.
        return i === 0 ? piece : part.startsWith('-') ? piece : `${SEP}${piece}`;
      })
      .join('')
      // {words} may stand for no word at all: its separator comes with it.
      .replaceAll(`${SEP}${WORDS}${SEP}`, `${WORDS}${SEP}`)
      .replaceAll(`${SEP}${LIST}${SEP}`, `${LIST}${SEP}`);

  const effects: CompiledEffect[] = effectsFile.effects.map((entry) => {
    // Outcome stories and passives list their (past) forms as they are: inflecting them would
    // add the present.
    const asListed = entry.objectFirst || entry.passive;
    const forms = asListed ? entry.verbs : entry.verbs.flatMap((v) => inflect(v, entry.forms?.[v]));
    const participles = alternation(forms);
    // "can now be cured": an auxiliary, at most one adverb, the participle.
    const verbs = entry.passive ? `${alternation(PASSIVE_AUXILIARIES)}(?:${GAP}${WORD}+ly)?${GAP}${participles}` : participles;
    // A disease as the object: run on the masked sentence (see maskTargets).
    const objects = entry.objects === 'target' ? TARGET_SLOT : alternation(entry.objects);
    const gapChars = entry.objectsInList ? LIST_GAP : GAP;
    const notClauseOpener = entry.objectsInList ? NOT_CLAUSE_OPENER : '';
    const gap = `(?:${gapChars}${notClauseOpener}${WORD}+){0,${entry.window}}?`;
    const objectFirst = entry.objectFirst || entry.passive === true;
    // The words between a verb and its object, each followed by its separator, the first
    // separator being the verb's own.
    const verbThenGap = entry.objectsInList
      ? `${LIST_OPENING_GAP}(?:${notClauseOpener}${WORD}+${gapChars}){0,${entry.window}}?`
      : `${gap}${gapChars}`;
    return {
      id: entry.id,
      category: entry.category,
      // Group 1 is the verb and group 2 the object, whichever comes first in the sentence.
      active: objectFirst
        ? new RegExp(wholeWord(`(?<obj>${objects})${gap}${gapChars}(?<verb>${verbs})`), 'g')
        : new RegExp(wholeWord(`(?<verb>${verbs})${verbThenGap}(?<obj>${objects})`), 'g'),
      requiresTarget: entry.requiresTarget ?? false,
      objectIsTarget: entry.objects === 'target',
      objectFirst,
      passive: entry.passive ?? false,
      fallback: entry.fallback ?? false,
      notAcross: entry.notAcross ? new RegExp(wholeWord(alternation(entry.notAcross))) : undefined,
      starts: new Set(objectFirst ? (entry.objects === 'target' ? firstWords(targetKinds.keys()) : firstWords(entry.objects)) : firstWords(forms)),
    };
  });

  /** What follows a disease in a "{target} …" pattern: " free", "-free", " {words} eliminator". */
  const afterTargetPattern = (suffix: string): string => {
    if (suffix.startsWith('-') || !/^\s/.test(suffix)) return escape(suffix.trim());
    // {words} brings the separator before each of its words.
    return suffix.trim().startsWith('{words}') ? expand(suffix) : `${SEP}${expand(suffix)}`;
  };
  const phrase = (id: string, category: ClaimCategory, patterns: string[], requiresTarget = false, headingOnly = false): CompiledPhrase => {
    const targetFirst = patterns.filter((p) => p.trim().startsWith('{target}'));
    const wordFirst = patterns.filter((p) => !p.trim().startsWith('{target}'));
    const plain = wordFirst.filter((p) => !p.includes('{target}'));
    const naming = wordFirst.filter((p) => p.includes('{target}'));
    const suffixes = targetFirst.map((p) => p.trim().slice('{target}'.length));
    const compileAll = (list: string[]): RegExp | undefined =>
      list.length ? new RegExp(wholeWord(`(?:${list.map(expand).join('|')})`), 'g') : undefined;
    return {
      id,
      category,
      requiresTarget,
      headingOnly,
      pattern: compileAll(plain),
      starts: new Set(plain.flatMap(patternStarts)),
      targetPattern: compileAll(naming),
      targetStarts: new Set(naming.flatMap(patternStarts)),
      afterTarget: suffixes.length
        ? new RegExp(`(?:${suffixes.map(afterTargetPattern).join('|')})(?!${WORD})`, 'y')
        : undefined,
    };
  };
  const phrases: CompiledPhrase[] = [
    ...effectsFile.phrases.map((p) => phrase(p.id, p.category, p.patterns, p.requiresTarget, p.headingOnly)),
    phrase('drug-class', 'drug-class', claimPhrases['drug-class'].patterns),
    phrase('substitute-therapy', 'substitute-therapy', claimPhrases['substitute-therapy'].patterns),
    phrase('augment-therapy', 'augment-therapy', claimPhrases['augment-therapy'].patterns),
    phrase('testimonial', 'testimonial', claimPhrases.testimonial.patterns),
  ];

  // Objects that are not disease targets ("lowers cholesterol") must pass the screen too.
  const objectLists = effectsFile.effects.flatMap((e) => (e.objects === 'target' || e.requiresTarget ? [] : e.objects));
  // So must claim phrases that name no disease ("selectively kills"), unless they need one.
  const literalPhrases = effectsFile.phrases.filter((p) => !p.requiresTarget).flatMap((p) => p.patterns).filter((p) => !p.includes('{'));
  const screenParts = [
    alternation(literalPhrases),
    alternation(claimPhrases['drug-class'].patterns),
    therapyAlt,
    placeholders['{drug}']!,
    alternation(objectLists),
    'remission',
    'healthy cells',
    'normal cells',
  ];
  const agentOrder = AGENT_KEYS as (keyof AgentsFile)[];
  return {
    target: new RegExp(wholeWord(`(${targetAlt})`), 'g'),
    targetBeforeHyphen: new RegExp(`(?<!${WORD})(?:${targetAlt})(?=-)`, 'g'),
    targetInCompound: new RegExp(`(?<!${WORD})(${targetAlt})-(?:related|associated|induced|linked)(?!${WORD})`, 'g'),
    antiDisease: new RegExp(antiDisease, 'g'),
    targetKinds,
    capitalsOnly: new Map(targets.capitalsOnly.map((name) => [name.toLowerCase(), name])),
    effects,
    phrases,
    promotional: new Set(effectsFile.phrases.filter((p) => p.promotional).map((p) => p.id)),
    headingOnly: new Set(effectsFile.phrases.filter((p) => p.headingOnly).map((p) => p.id)),
    diseaseFirst: new Set(effectsFile.phrases.filter((p) => p.diseaseFirst).map((p) => p.id)),
    passiveEffects: new Set(effectsFile.effects.filter((e) => e.passive).map((e) => e.id)),
    diseaseAsModifier: new RegExp(wholeWord(alternation(effectsFile.diseaseAsModifier))),
    // Compounds too: "cancer-free" has no whole word "cancer".
    screen: screenFor(
      [new RegExp(`${wholeWord(`(?:${targetAlt})`)}|(?<!${WORD})(?:${targetAlt})-`), new RegExp(wholeWord(`(?:${screenParts.join('|')})`))],
      new RegExp(antiDisease),
    ),
    agents: agentOrder.map((kind) => ({ kind, pattern: new RegExp(wholeWord(alternation(agents[kind]))) })),
    framing: Object.fromEntries(
      FRAMING_KEYS.map((key) => [key, new RegExp(wholeWord(alternation(framing[key]!)))]),
    ) as Lexicon['framing'],
    // Only diseases by name: a name of a disease's form ends many names of diseases themselves
    // ("Tuberous Sclerosis Complex"), which would read as a product named for a disease.
    diseaseWordInName: nameTester(
      new RegExp(alternation(targetKinds.keys()), 'gi'),
      new RegExp(effectsFile.nameMorphemes.map(escape).join('|'), 'i'),
    ),
  };
}

const LETTER = /[a-z]/i;
const CAPITAL = /[A-Z]/;

/**
 * A disease's name counts in a product's name where it starts and ends a word, or a part of a
 * coined word by its capitals ("ArthritisCare"): "acne" inside "MacNee" is no disease. The
 * morphemes of coined names ("cure" in "CircuCure", "flu" in "FluAway") count anywhere.
 */
function nameTester(diseases: RegExp, morphemes: RegExp): { test(name: string): boolean } {
  const startsWord = (name: string, at: number): boolean => at === 0 || !LETTER.test(name[at - 1]!) || CAPITAL.test(name[at]!);
  const endsWord = (name: string, at: number): boolean => at === name.length || !LETTER.test(name[at]!) || CAPITAL.test(name[at]!);
  return {
    test(name: string): boolean {
      if (morphemes.test(name)) return true;
      for (const m of name.matchAll(diseases)) {
        if (startsWord(name, m.index!) && endsWord(name, m.index! + m[0].length)) return true;
      }
      return false;
    },
  };
}

let cached: Lexicon | undefined;

/** The compiled lexicon; loaded and validated on first use. */
export function lexicon(): Lexicon {
  cached ??= compile();
  return cached;
}
