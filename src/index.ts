/**
 * healthlint's library API. The CLI is a thin layer over these functions.
 *
 *   import { lintSource, lintFiles } from 'healthlint';
 *   const [result] = [lintSource('Stop cancer spread with MyTea Magic', 'page.md')];
 */
export { lintSource, lintFile, lintFiles, type LintOptions } from './engine/lint.js';
export { expandInputs } from './engine/inputs.js';
export { UsageError } from './engine/errors.js';
export { formatters, FORMAT_NAMES } from './report/index.js';
export { rules } from '../rules/index.js';
export { analyzeDocument } from './claims/analyze.js';
export { parseDocument } from './parse/index.js';
export type * from './types.js';
export type { Rule, RuleMeta, RuleExample, Finding } from './rule-kit/types.js';
// --- configuration, baseline, cache, concurrency, --fix: a whole run as the CLI makes it ---
export { runLint, type RunOptions, type RunOutcome } from './engine/run.js';
export { createConfigResolver, ConfigError, type ResolvedConfig } from './config/index.js';
// --- end configuration … --fix ---
