/**
 * What the machine-readable formatters (SARIF, GitHub annotations, JUnit) share: file paths as
 * URIs, stable fingerprints and the rule a message came from.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from '../../rules/index.js';
import type { Rule } from '../rule-kit/types.js';
import type { LintMessage } from '../types.js';

/** A file path as given on the command line, with forward slashes. */
export function posixPath(filePath: string): string {
  return sep === '\\' ? filePath.replace(/\\/g, '/') : filePath;
}

/**
 * The path as a URI: an absolute path becomes a `file:` URI; a relative one (the usual case: a
 * CI job lints from the repository root) stays a relative URI reference, each segment encoded.
 */
export function artifactUri(filePath: string): { uri: string; relative: boolean } {
  if (isAbsolute(filePath)) return { uri: pathToFileURL(filePath).href, relative: false };
  const uri = posixPath(filePath)
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return { uri, relative: true };
}

/** Excerpt text with whitespace runs collapsed and Unicode normalized, so reflowing a paragraph keeps it. */
export function normalizeExcerpt(excerpt: string): string {
  return excerpt.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * Fingerprints that survive edits elsewhere in the file: a hash of the rule, the file and the
 * flagged text, never the line. Identical findings in one file are told apart by their order,
 * as `hash:n`.
 */
export function fingerprints(filePath: string, messages: LintMessage[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const hash = createHash('sha256')
      .update(`${m.ruleId ?? ''}\u0000${posixPath(filePath)}\u0000${normalizeExcerpt(m.excerpt)}`)
      .digest('hex');
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}

const RULES_BY_ID = new Map(rules.map((rule) => [rule.meta.id, rule]));

export function ruleById(ruleId: string | null): Rule | undefined {
  return ruleId ? RULES_BY_ID.get(ruleId) : undefined;
}

/** The rules healthlint ships, in their listed order. */
export function knownRules(): Rule[] {
  return rules;
}
