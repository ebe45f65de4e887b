/**
 * Loads the reviewed data files under `rules/` (lexicons, knowledge base) and validates each one
 * against a JSON schema, so that a domain expert's typo is reported with the file and the key
 * instead of silently matching nothing.
 */
import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from './package-root.js';
import { join, relative } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataFileError';
  }
}

export { PACKAGE_ROOT } from './package-root.js';

let ajv: Ajv | undefined;

function describe(errors: ErrorObject[]): string {
  return errors
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

/** Reads `rules/<relativePath>` (YAML or JSON) and checks it against `schema`. */
export function loadDataFile<T>(relativePath: string, schema: object): T {
  const file = join(PACKAGE_ROOT, 'rules', relativePath);
  const shown = relative(process.cwd(), file) || file;
  let data: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    // A generated model is JSON, thousands of keys: the YAML parser takes a third of a second on it.
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new DataFileError(shown, (error as Error).message);
  }
  const validate = (ajv ??= new Ajv({ allErrors: true, strict: true })).compile(schema);
  if (!validate(data)) throw new DataFileError(shown, describe(validate.errors ?? []));
  return data as T;
}

/** Schema helper: a non-empty list of non-empty, unique strings. */
export const phraseList = {
  type: 'array',
  minItems: 1,
  uniqueItems: true,
  items: { type: 'string', minLength: 1 },
} as const;
