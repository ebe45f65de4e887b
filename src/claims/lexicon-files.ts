/**
 * The shapes of the lexicon files under rules/lexicons, as types and as the JSON schemas that
 * validate them when they are loaded: a reviewer's typo fails loudly, naming the file and field.
 */
import { phraseList } from '../knowledge/data-file.js';
import type { AgentKind, ClaimCategory } from '../types.js';

export const CATEGORY_VALUES = [
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

export interface TargetsFile {
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

export interface EffectEntry {
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
  /**
   * The objects are a disease's markers ("cholesterol", "blood sugar"): acting on them is treating
   * the disease they measure, and a finding says so.
   */
  marker?: boolean;
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

export interface EffectsFile {
  diseaseAsModifier: string[];
  nameMorphemes: string[];
  effects: EffectEntry[];
  phrases: PhraseGroup[];
}

export interface PhraseGroup {
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

export type AgentsFile = Record<Exclude<AgentKind, 'imperative' | 'unknown'>, string[]>;
export type FramingFile = Record<string, string[]>;

export interface ClaimPhrasesFile {
  therapies: string[];
  drugs: string[];
  'drug-class': { patterns: string[] };
  'substitute-therapy': { patterns: string[] };
  'augment-therapy': { patterns: string[] };
  testimonial: { patterns: string[] };
}

export const targetsSchema = {
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

export const effectsSchema = {
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
          marker: { type: 'boolean' },
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

export const AGENT_KEYS = ['seller', 'product', 'testimonial', 'treatment', 'research', 'clinician', 'body', 'substance', 'disease', 'pronoun'];
export const agentsSchema = {
  type: 'object',
  additionalProperties: false,
  required: AGENT_KEYS,
  properties: Object.fromEntries(AGENT_KEYS.map((k) => [k, phraseList])),
};

export const FRAMING_KEYS = ['negation', 'research', 'reported', 'warning', 'conditional', 'hedged'];
export const framingSchema = {
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
export const claimPhrasesSchema = {
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
