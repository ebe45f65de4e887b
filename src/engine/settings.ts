/**
 * Applies a file's configuration to the findings of its rules: rules turned off do not run, each
 * finding gets the configured severity (sure claims the rule's severity, possible claims the
 * `possibleClaims` severity, never above the rule's), and findings whose text contains an allowed
 * phrase are dropped.
 */
import { lowerSeverity, severityRank, type ResolvedConfig, type RuleSettings } from '../config/types.js';
import type { Rule } from '../rule-kit/types.js';
import type { LintMessage } from '../types.js';

/** A placed finding and the text of its sentence (markup removed), for allowlist matching. */
export interface PlacedFinding {
  message: LintMessage;
  text: string;
  /** A possible claim: takes the `possibleClaims` severity. */
  possible?: boolean;
}

function settingsFor(rule: Rule, config: ResolvedConfig): RuleSettings {
  return config.rules[rule.meta.id] ?? { severity: rule.meta.severity, possibleClaims: config.possibleClaims, allow: [] };
}

/** The rules that run for this file: all of them, less those configured `off`. */
export function activeRules(rules: Rule[], config: ResolvedConfig | undefined): Rule[] {
  if (!config) return rules;
  return rules.filter((rule) => settingsFor(rule, config).severity !== 'off');
}

/** Lower case, whitespace collapsed, typographic apostrophes straightened: how phrases are compared. */
export function normalizePhrase(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

export function applyConfig(placed: PlacedFinding[], rules: Rule[], config: ResolvedConfig | undefined): LintMessage[] {
  if (!config) return placed.map((p) => p.message);
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const globalAllow = config.allow.map(normalizePhrase);
  const out: LintMessage[] = [];
  for (const { message, text, possible } of placed) {
    const rule = message.ruleId ? byId.get(message.ruleId) : undefined;
    if (!rule) {
      out.push(message);
      continue;
    }
    const settings = settingsFor(rule, config);
    // A possible claim takes the possibleClaims severity; a finding its rule chose to report below
    // its own severity (an `info` note of what cannot be checked) stays below the configured one.
    const chosenLower = !possible && severityRank(message.severity) < severityRank(rule.meta.severity);
    const severity = possible
      ? lowerSeverity(settings.severity, settings.possibleClaims)
      : chosenLower
        ? lowerSeverity(settings.severity, message.severity)
        : settings.severity;
    if (severity === 'off') continue;
    const allow = [...globalAllow, ...settings.allow.map(normalizePhrase)];
    if (allow.length) {
      const haystacks = [normalizePhrase(message.excerpt), normalizePhrase(text)];
      if (allow.some((phrase) => haystacks.some((h) => h.includes(phrase)))) continue;
    }
    out.push(severity === message.severity ? message : { ...message, severity });
  }
  return out;
}
