/**
 * The reviewed lexicons under rules/lexicons, loaded once, validated, and compiled into the
 * regular expressions the analysis runs. Every expression is built from escaped literal phrases
 * joined by separators from disjoint character classes, so none can backtrack catastrophically.
 */
import { loadDataFile } from '../knowledge/data-file.js';
import type { AgentKind, ClaimCategory } from '../types.js';
import { inflect } from './inflection.js';
import {
  AGENT_KEYS,
  type AgentsFile,
  type ClaimPhrasesFile,
  claimPhrasesSchema,
  type EffectsFile,
  effectsSchema,
  agentsSchema,
  FRAMING_KEYS,
  type FramingFile,
  framingSchema,
  type TargetsFile,
  targetsSchema,
} from './lexicon-files.js';
import { normalizeForMatching } from './normalize.js';
import {
  alternation,
  escape,
  GAP,
  LIST,
  LIST_GAP,
  LIST_OPENING_GAP,
  NOT_CLAUSE_OPENER,
  PASSIVE_AUXILIARIES,
  phrasePattern,
  SEP,
  TARGET_SLOT,
  wholeWord,
  WORD,
  WORDS,
} from './patterns.js';

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
  /** Ids of the effects on a disease's marker ("lowers cholesterol"). */
  markerEffects: Set<string>;
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
    markerEffects: new Set(effectsFile.effects.filter((e) => e.marker).map((e) => e.id)),
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
