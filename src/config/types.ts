/** What a configuration resolves to for one file: plain data, so it can go to a worker thread. */
import type { Severity, SeverityOrOff } from '../types.js';

/** A severity as written in a configuration file. */
export type ConfigSeverity = 'off' | 'info' | 'warn' | 'error';

export const CONFIG_SEVERITIES: readonly ConfigSeverity[] = ['off', 'info', 'warn', 'error'];

export function toSeverity(severity: ConfigSeverity): SeverityOrOff {
  return severity === 'warn' ? 'warning' : severity;
}

export function fromSeverity(severity: SeverityOrOff): ConfigSeverity {
  return severity === 'warning' ? 'warn' : severity;
}

const RANK: Record<SeverityOrOff, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** The lower of two severities ("off" is the lowest). */
export function lowerSeverity(a: SeverityOrOff, b: SeverityOrOff): SeverityOrOff {
  return RANK[a] <= RANK[b] ? a : b;
}

export function severityRank(severity: SeverityOrOff): number {
  return RANK[severity];
}

export interface RuleSettings {
  /** Severity of the rule's sure claims (the seller's own claim). */
  severity: SeverityOrOff;
  /** Severity of the rule's possible claims; never above `severity`. */
  possibleClaims: SeverityOrOff;
  /** Phrases whose findings this rule drops (in addition to the top-level `allow`). */
  allow: string[];
}

export interface ResolvedConfig {
  /** The configuration file (relative to the working folder), or null for the built-in defaults. */
  file: string | null;
  rules: Record<string, RuleSettings>;
  /** Severity of possible claims for rules the configuration does not list (custom rules). */
  possibleClaims: SeverityOrOff;
  allow: string[];
  requireDirectiveReason: boolean;
  reportUnusedDirectives: boolean;
  /**
   * What the files this configuration covers are, when the user knows (a folder of product copy,
   * of patient education); absent: each page is read from its signals and words.
   */
  pageKind?: 'commerce' | 'informational';
  /** sha256 of everything above except `file`: what the cache keys on. */
  hash: string;
}

/** The severity a rule has when nothing configures it. */
export interface RuleDefaults {
  id: string;
  severity: Severity;
}
