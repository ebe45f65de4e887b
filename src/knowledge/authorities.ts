/**
 * The knowledge base: statements of the NCI and the ACS, quoted verbatim, that a claim
 * contradicts; and the regulations a finding cites. Both are reviewed data under rules/knowledge.
 */
import type { Citation, Evidence } from '../types.js';
import { loadDataFile, phraseList } from './data-file.js';

/** What a statement speaks of: cancer, or any disease. */
export type DiseaseScope = 'cancer' | 'any disease';

export interface AuthorityStatement extends Evidence {
  seed: string;
  topics: string[];
  about: DiseaseScope;
}

export interface Regulation extends Citation {
  summary: string;
}

const statementsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['statements'],
  properties: {
    statements: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'publisher', 'title', 'reviewed', 'seed', 'topics', 'about', 'quote'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$' },
          publisher: { type: 'string', minLength: 1 },
          title: { type: 'string', minLength: 1 },
          reviewed: { type: 'string', minLength: 1 },
          url: { type: 'string', pattern: '^https://' },
          seed: { type: 'string', minLength: 1 },
          topics: phraseList,
          about: { enum: ['cancer', 'any disease'] },
          quote: { type: 'string', minLength: 20 },
        },
      },
    },
  },
};

const regulationsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['regulations'],
  properties: {
    regulations: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['cite', 'url', 'summary'],
        properties: {
          cite: { type: 'string', minLength: 1 },
          url: { type: 'string', pattern: '^https://' },
          summary: { type: 'string', minLength: 1 },
        },
      },
    },
  },
};

let statements: AuthorityStatement[] | undefined;
let regulations: Record<string, Regulation> | undefined;

export function authorityStatements(): AuthorityStatement[] {
  statements ??= loadDataFile<{ statements: AuthorityStatement[] }>('knowledge/authorities.yml', statementsSchema).statements;
  return statements;
}

/**
 * The statements that contradict a claim of this category about these diseases, most specific
 * first: a claim about cancer cites what the NCI and the ACS say of cancer; a claim about
 * another disease only what they say of any disease.
 */
export function evidenceFor(category: string, diseases: DiseaseScope = 'cancer'): Evidence[] {
  return authorityStatements()
    .filter((s) => s.topics.includes(category) && (s.about === 'any disease' || s.about === diseases))
    .map(({ id, publisher, title, reviewed, url, quote }) => ({ id, publisher, title, reviewed, ...(url ? { url } : {}), quote }));
}

export function regulation(id: string): Regulation {
  regulations ??= loadDataFile<{ regulations: Record<string, Regulation> }>('knowledge/regulations.yml', regulationsSchema)
    .regulations;
  const found = regulations[id];
  if (!found) throw new Error(`rules/knowledge/regulations.yml: no regulation with id "${id}"`);
  return found;
}
