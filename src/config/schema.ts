/**
 * The JSON schema of a healthlint configuration, and how a schema error is told to the user: the
 * key it is about (`rules.no-stop-spread-claim[1].allow`) and what is wrong with it.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { PRESET_NAMES } from './presets.js';
import { CONFIG_SEVERITIES } from './types.js';

/** The configuration as written (after the JSON/YAML parse, before resolution). */
export interface RawConfig {
  $schema?: string;
  extends?: string | string[];
  rules?: Record<string, RawRuleEntry>;
  possibleClaims?: (typeof CONFIG_SEVERITIES)[number];
  allow?: string[];
  requireDirectiveReason?: boolean;
  reportUnusedDirectives?: boolean;
  pageKind?: (typeof PAGE_KINDS)[number];
}

/** What the pages a configuration covers are, as `--page-kind` says it: `auto` reads each page. */
export const PAGE_KINDS = ['auto', 'sales', 'informational'] as const;

/** A page kind as the user names it (`--page-kind`, `pageKind`) → as the analysis knows it; `auto`: none. */
export function pageKindOf(named: string | undefined): 'commerce' | 'informational' | undefined {
  return named === 'sales' ? 'commerce' : named === 'informational' ? 'informational' : undefined;
}

export type RawRuleEntry =
  | (typeof CONFIG_SEVERITIES)[number]
  | [(typeof CONFIG_SEVERITIES)[number], { allow?: string[]; possibleClaims?: (typeof CONFIG_SEVERITIES)[number] }?];

export const TOP_LEVEL_KEYS = ['$schema', 'extends', 'rules', 'possibleClaims', 'allow', 'requireDirectiveReason', 'reportUnusedDirectives', 'pageKind'];
export const RULE_OPTION_KEYS = ['allow', 'possibleClaims'];

export function configSchema(ruleIds: string[]): object {
  const severity = { enum: [...CONFIG_SEVERITIES] };
  const phrases = { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } };
  const ruleOptions = {
    type: 'object',
    additionalProperties: false,
    properties: { allow: phrases, possibleClaims: severity },
  };
  const ruleEntry = {
    anyOf: [severity, { type: 'array', minItems: 1, maxItems: 2, items: [severity, ruleOptions] }],
  };
  const presetName = { enum: [...PRESET_NAMES] };
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: { anyOf: [presetName, { type: 'array', items: presetName }] },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(ruleIds.map((id) => [id, ruleEntry])),
      },
      possibleClaims: severity,
      allow: phrases,
      requireDirectiveReason: { type: 'boolean' },
      reportUnusedDirectives: { type: 'boolean' },
      pageKind: { enum: [...PAGE_KINDS] },
    },
  };
}

// A 2-item `items` tuple with minItems 1 is intended ([severity] or [severity, options]).
const ajv = new Ajv({ allErrors: true, strict: true, strictTuples: false });

export function compileConfigSchema(ruleIds: string[]): ValidateFunction<RawConfig> {
  return ajv.compile<RawConfig>(configSchema(ruleIds));
}

/** `/rules/x/1/allow/0` → `rules.x[1].allow[0]`, reading the data to tell indexes from keys. */
export function keyPath(instancePath: string, data: unknown, prefix = ''): string {
  let out = prefix;
  let node: unknown = data;
  for (const raw of instancePath.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      out += `[${segment}]`;
      node = node[Number(segment)];
    } else {
      out += out ? `.${segment}` : segment;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out;
}

function valueAt(instancePath: string, data: unknown): unknown {
  let node = data;
  for (const raw of instancePath.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

export interface ConfigProblem {
  /** The key, as a dotted path, or '' for the whole file. */
  key: string;
  message: string;
}

/**
 * Turns ajv's errors into one problem per key. Where a value could take several shapes (a rule
 * entry is a severity or a [severity, options] list), the error deepest in the value is the one
 * that says what is wrong; `anyOf` summaries are dropped.
 */
export function describeConfigErrors(errors: ErrorObject[], data: unknown, ruleIds: string[], prefix = ''): ConfigProblem[] {
  // An unknown key is an error about that key, not about the object holding it.
  const pathOf = (e: ErrorObject): string =>
    e.keyword === 'additionalProperties' ? `${e.instancePath}/${String(e.params.additionalProperty)}` : e.instancePath;
  const relevant = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  const deepest = relevant.filter((e) => !relevant.some((other) => other !== e && pathOf(other).startsWith(`${pathOf(e)}/`)));
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of deepest) byPath.set(pathOf(e), [...(byPath.get(pathOf(e)) ?? []), e]);
  const problems: ConfigProblem[] = [];
  for (const [path, group] of byPath) {
    const e = group.find((x) => x.keyword === 'additionalProperties') ?? group.find((x) => x.keyword === 'enum') ?? group[0]!;
    const key = keyPath(path, data, prefix);
    const got = JSON.stringify(valueAt(e.instancePath, data));
    let message: string;
    if (e.keyword === 'additionalProperties') {
      const name = String(e.params.additionalProperty);
      if (e.instancePath === '/rules') {
        message = `unknown rule "${name}"; the rules are: ${ruleIds.join(', ')}`;
      } else if (e.instancePath === '') {
        message = `unknown key "${name}"; the keys are: ${TOP_LEVEL_KEYS.join(', ')}`;
      } else {
        message = `unknown option "${name}"; the options are: ${RULE_OPTION_KEYS.join(', ')}`;
      }
    } else if (e.keyword === 'enum') {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      message = `must be one of ${allowed} (got ${got})`;
    } else {
      message = `${e.message ?? 'is invalid'} (got ${got})`;
    }
    problems.push({ key, message });
  }
  return problems;
}
