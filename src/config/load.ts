/**
 * Finds, reads, validates and resolves configuration.
 *
 * A file's configuration is the nearest of `.healthlintrc.json`, `.healthlintrc.yaml`,
 * `.healthlintrc.yml` or a `healthlint` key in `package.json`, searched from the file's folder up
 * to the filesystem root (nearest wins; configurations do not merge). `--config FILE` replaces the
 * search. Configuration is data only: JSON and YAML are parsed, never run, so linting an untrusted
 * repository cannot execute code from it; a `.healthlintrc.js`, `.cjs` or `.mjs` is refused with
 * an error and never loaded. lilconfig does the search; its JavaScript loaders are replaced.
 */
import { createHash } from 'node:crypto';
import { dirname, parse as parsePath, relative, resolve } from 'node:path';
import { lilconfigSync, type LoaderSync } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import { rules as allRules } from '../../rules/index.js';
import { UsageError } from '../engine/errors.js';
import type { SeverityOrOff } from '../types.js';
import { preset, type PresetName } from './presets.js';
import { compileConfigSchema, describeConfigErrors, pageKindOf, type RawConfig } from './schema.js';
import { toSeverity, type ResolvedConfig, type RuleDefaults, type RuleSettings } from './types.js';

export const CONFIG_FILE_NAMES = ['.healthlintrc.json', '.healthlintrc.yaml', '.healthlintrc.yml', 'package.json'];
const CODE_CONFIG_FILE_NAMES = ['.healthlintrc.js', '.healthlintrc.cjs', '.healthlintrc.mjs'];
const PACKAGE_KEY = 'healthlint';

/** An invalid configuration: names the file and the key; the CLI exits 2. */
export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    detail: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

export interface ConfigResolverOptions {
  /** The folder relative paths are resolved from and error messages are shown relative to. */
  cwd?: string;
  /** `--config`: use this file for every file instead of searching. */
  configFile?: string;
  /** The rules whose ids a configuration may name (default: every shipped rule). */
  rules?: RuleDefaults[];
  /** Command-line switches that turn a setting on whatever the configuration says. */
  overrides?: { requireDirectiveReason?: boolean; reportUnusedDirectives?: boolean };
}

export interface ConfigResolver {
  /** The configuration that applies to `filePath` (relative to cwd, or absolute). */
  forFile(filePath: string): ResolvedConfig;
}

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`is not valid JSON: ${(error as Error).message}`);
  }
}

function parseYamlData(content: string): unknown {
  try {
    // The core schema: plain data, no custom tags; a duplicate key is an error.
    return parseYaml(content, { schema: 'core', uniqueKeys: true });
  } catch (error) {
    throw new Error(`is not valid YAML: ${(error as Error).message}`);
  }
}

const CODE_REFUSED =
  'JavaScript configuration is not supported: healthlint reads configuration as data only ' +
  '(.healthlintrc.json, .healthlintrc.yaml, .healthlintrc.yml or a "healthlint" key in package.json), ' +
  'so that linting a folder never runs code from it. This file was not loaded.';

/** JSON and YAML parsers in lilconfig's loader shape; every JavaScript loader is replaced by a refusal. */
function dataLoaders(shown: (file: string) => string): Record<string, LoaderSync> {
  const wrap =
    (parse: (content: string) => unknown): LoaderSync =>
    (file, content) => {
      try {
        return parse(content);
      } catch (error) {
        throw new ConfigError(shown(file), undefined, (error as Error).message);
      }
    };
  const refuse: LoaderSync = (file) => {
    throw new ConfigError(shown(file), undefined, CODE_REFUSED);
  };
  return {
    '.json': wrap(parseJson),
    '.yaml': wrap(parseYamlData),
    '.yml': wrap(parseYamlData),
    // `--config some-file` without an extension: YAML (a superset of JSON).
    noExt: wrap(parseYamlData),
    '.js': refuse,
    '.cjs': refuse,
    '.mjs': refuse,
    '.ts': refuse,
    '.mts': refuse,
    '.cts': refuse,
  };
}

function defaultsOf(rules: RuleDefaults[] | undefined): RuleDefaults[] {
  return rules ?? allRules.map((r) => ({ id: r.meta.id, severity: r.meta.severity }));
}

function hashOf(config: Omit<ResolvedConfig, 'hash' | 'file'>): string {
  return createHash('sha256').update(JSON.stringify(config)).digest('hex');
}

/** Applies presets, then the file's own settings, to the built-in defaults. */
export function resolveRawConfig(
  raw: RawConfig,
  file: string | null,
  rules: RuleDefaults[],
  overrides: ConfigResolverOptions['overrides'] = {},
): ResolvedConfig {
  const base = preset('healthlint:recommended', rules);
  let possibleClaims: SeverityOrOff = base.possibleClaims;
  const severities: Record<string, SeverityOrOff> = { ...base.rules };
  const presets = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  for (const name of presets) {
    const p = preset(name as PresetName, rules);
    possibleClaims = p.possibleClaims;
    Object.assign(severities, p.rules);
  }
  if (raw.possibleClaims) possibleClaims = toSeverity(raw.possibleClaims);

  const resolvedRules: Record<string, RuleSettings> = {};
  for (const { id } of rules) {
    const entry = raw.rules?.[id];
    const [severity, options] = entry === undefined ? [undefined, undefined] : Array.isArray(entry) ? entry : [entry, undefined];
    resolvedRules[id] = {
      severity: severity ? toSeverity(severity) : severities[id]!,
      possibleClaims: options?.possibleClaims ? toSeverity(options.possibleClaims) : possibleClaims,
      allow: options?.allow ?? [],
    };
  }
  const settings = {
    rules: resolvedRules,
    possibleClaims,
    allow: raw.allow ?? [],
    requireDirectiveReason: Boolean(overrides.requireDirectiveReason || raw.requireDirectiveReason),
    reportUnusedDirectives: Boolean(overrides.reportUnusedDirectives || raw.reportUnusedDirectives),
    ...(pageKindOf(raw.pageKind) ? { pageKind: pageKindOf(raw.pageKind) } : {}),
  };
  return { file, ...settings, hash: hashOf(settings) };
}

/**
 * The schema validator for a set of rule ids, compiled on the first configuration file read with
 * that set: a run without one (or answered from the cache) never pays for it, and the language
 * server, which resolves afresh on every lint, pays once.
 */
const validators = new Map<string, ReturnType<typeof compileConfigSchema>>();
function validatorFor(ruleIds: string[]): ReturnType<typeof compileConfigSchema> {
  const key = ruleIds.join('\n');
  let validator = validators.get(key);
  if (!validator) validators.set(key, (validator = compileConfigSchema(ruleIds)));
  return validator;
}

export function createConfigResolver(options: ConfigResolverOptions = {}): ConfigResolver {
  const cwd = resolve(options.cwd ?? process.cwd());
  const rules = defaultsOf(options.rules);
  const ruleIds = rules.map((r) => r.id);
  const shown = (file: string): string => relative(cwd, file) || file;
  const explorer = lilconfigSync(PACKAGE_KEY, {
    searchPlaces: [...CONFIG_FILE_NAMES, ...CODE_CONFIG_FILE_NAMES],
    loaders: dataLoaders(shown),
    packageProp: PACKAGE_KEY,
    stopDir: parsePath(cwd).root,
    ignoreEmptySearchPlaces: false,
    cache: true,
  });
  const resolvedByFile = new Map<string, ResolvedConfig>();
  const builtIn = resolveRawConfig({}, null, rules, options.overrides);

  const fromFile = (file: string, data: unknown): ResolvedConfig => {
    let resolved = resolvedByFile.get(file);
    if (resolved) return resolved;
    const isPackage = parsePath(file).base === 'package.json';
    const raw = data === undefined || data === null ? {} : data;
    const validate = validatorFor(ruleIds);
    if (!validate(raw)) {
      const problems = describeConfigErrors(validate.errors ?? [], raw, ruleIds, isPackage ? PACKAGE_KEY : '');
      const [first, ...rest] = problems;
      const more = rest.map((p) => `; ${p.key || '(top level)'}: ${p.message}`).join('');
      throw new ConfigError(shown(file), first?.key || (isPackage ? PACKAGE_KEY : undefined), `${first?.message ?? 'is invalid'}${more}`);
    }
    resolved = resolveRawConfig(raw, shown(file), rules, options.overrides);
    resolvedByFile.set(file, resolved);
    return resolved;
  };

  const guard = <T>(file: string, load: () => T): T => {
    try {
      return load();
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      const e = error as NodeJS.ErrnoException;
      const detail = e.code === 'ENOENT' ? 'no such configuration file' : e.message.replace(/^No loader specified for extension/, 'cannot read configuration with the extension');
      throw new ConfigError(shown(file), undefined, detail);
    }
  };

  if (options.configFile) {
    const file = resolve(cwd, options.configFile);
    const found = guard(file, () => explorer.load(file));
    if (parsePath(file).base === 'package.json' && (found?.config === null || found?.config === undefined)) {
      throw new ConfigError(shown(file), undefined, `has no "${PACKAGE_KEY}" key`);
    }
    const config = fromFile(file, found?.config);
    return { forFile: () => config };
  }

  return {
    forFile(filePath) {
      const from = dirname(resolve(cwd, filePath));
      const found = guard(from, () => explorer.search(from));
      if (!found) return builtIn;
      return fromFile(found.filepath, found.config);
    },
  };
}
