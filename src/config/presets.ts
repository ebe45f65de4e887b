/**
 * Presets a configuration extends: `"extends": ["healthlint:recommended"]` or `"healthlint:strict"`.
 *
 * - `healthlint:recommended` (what applies when there is no configuration at all): every rule at
 *   its own default severity (all shipped rules: `error`) for sure claims, and possible claims
 *   (the analysis cannot tell whose statement it is) at `warn`.
 * - `healthlint:strict`: every rule at `error`, and possible claims at `error` too.
 */
import type { SeverityOrOff } from '../types.js';
import type { RuleDefaults } from './types.js';

export const PRESET_NAMES = ['healthlint:recommended', 'healthlint:strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface PresetSettings {
  possibleClaims: SeverityOrOff;
  /** Severity of each rule's sure claims. */
  rules: Record<string, SeverityOrOff>;
}

export function preset(name: PresetName, rules: RuleDefaults[]): PresetSettings {
  if (name === 'healthlint:strict') {
    return {
      possibleClaims: 'error',
      rules: Object.fromEntries(rules.map((r) => [r.id, 'error'])),
    };
  }
  return {
    possibleClaims: 'warning',
    rules: Object.fromEntries(rules.map((r) => [r.id, r.severity])),
  };
}
