/**
 * Baseline: `--baseline-write FILE` records today's findings; `--baseline FILE` drops the findings
 * it records, so legacy content passes while any new finding fails.
 *
 * A finding is matched by rule id, file path (relative to the working folder, `/` separators) and
 * the sha256 of its excerpt with whitespace collapsed, never by line, so editing text above a
 * finding keeps it matched. Each entry has a count: two identical findings in a file where the
 * baseline has one leave one new finding (the later one). Messages without a rule (unreadable
 * files, directive problems) are never baselined.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { Ajv } from 'ajv';
import type { LintMessage, LintResult, Severity } from '../types.js';
import { writeFileAtomic } from './atomic.js';
import { sha256 } from './cache.js';
import { UsageError } from './errors.js';

export interface BaselineEntry {
  file: string;
  ruleId: string;
  fingerprint: string;
  count: number;
  /** For people reviewing the baseline; not used to match. */
  excerpt: string;
}

export interface Baseline {
  healthlintBaseline: 1;
  entries: BaselineEntry[];
}

export function baselinePath(filePath: string, cwd: string): string {
  return relative(cwd, resolve(cwd, filePath)).split(sep).join('/');
}

export function fingerprint(excerpt: string): string {
  return sha256(excerpt.replace(/\s+/g, ' ').trim());
}

const keyOf = (file: string, ruleId: string, print: string): string => JSON.stringify([file, ruleId, print]);

export function createBaseline(results: LintResult[], cwd: string): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const result of results) {
    const file = baselinePath(result.filePath, cwd);
    for (const m of result.messages) {
      if (m.ruleId === null || m.fatal) continue;
      const print = fingerprint(m.excerpt);
      const key = keyOf(file, m.ruleId, print);
      const entry = entries.get(key);
      if (entry) entry.count++;
      else entries.set(key, { file, ruleId: m.ruleId, fingerprint: print, count: 1, excerpt: m.excerpt.replace(/\s+/g, ' ').trim() });
    }
  }
  const sorted = [...entries.values()].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint),
  );
  return { healthlintBaseline: 1, entries: sorted };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** Compiled when a baseline is first read: most runs have none. */
const compileValidator = () => new Ajv({ allErrors: true, strict: true }).compile<Baseline>({
  type: 'object',
  required: ['healthlintBaseline', 'entries'],
  additionalProperties: false,
  properties: {
    healthlintBaseline: { const: 1 },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'ruleId', 'fingerprint', 'count'],
        additionalProperties: false,
        properties: {
          file: { type: 'string' },
          ruleId: { type: 'string' },
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          count: { type: 'integer', minimum: 1 },
          excerpt: { type: 'string' },
        },
      },
    },
  },
});

let validator: ReturnType<typeof compileValidator> | undefined;

export function readBaseline(file: string, cwd: string): Baseline {
  const shown = relative(cwd, resolve(cwd, file)) || file;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(`${shown}: ${e.code === 'ENOENT' ? 'no such baseline file' : `cannot read the baseline: ${e.message}`}`);
  }
  const validate = (validator ??= compileValidator());
  if (!validate(data)) {
    const e = validate.errors?.[0];
    throw new UsageError(`${shown}: not a healthlint baseline: ${e?.instancePath || '(top level)'} ${e?.message ?? 'is invalid'}`);
  }
  return data;
}

function count(messages: LintMessage[], severity: Severity): number {
  return messages.filter((m) => m.severity === severity).length;
}

/** Drops the findings the baseline records (up to each entry's count) and recounts. */
export function applyBaseline(results: LintResult[], baseline: Baseline, cwd: string): LintResult[] {
  const remaining = new Map<string, number>();
  for (const e of baseline.entries) {
    const key = keyOf(e.file, e.ruleId, e.fingerprint);
    remaining.set(key, (remaining.get(key) ?? 0) + e.count);
  }
  return results.map((result) => {
    const file = baselinePath(result.filePath, cwd);
    const messages = result.messages.filter((m) => {
      if (m.ruleId === null || m.fatal) return true;
      const key = keyOf(file, m.ruleId, fingerprint(m.excerpt));
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      return false;
    });
    if (messages.length === result.messages.length) return result;
    return {
      ...result,
      errorCount: count(messages, 'error'),
      warningCount: count(messages, 'warning'),
      infoCount: count(messages, 'info'),
      messages,
    };
  });
}
