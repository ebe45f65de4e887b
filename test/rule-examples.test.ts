// Every rule's documented examples run here, so the docs cannot drift from the behaviour.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import type { RuleExample } from '../src/rule-kit/types.js';

const read = (path: string): string => readFileSync(join(PACKAGE_ROOT, path), 'utf8');

function lintExample(example: RuleExample) {
  const references = (example.references ?? []).map((path) => ({ publisher: path, title: path, text: read(path) }));
  const options = { references, ...(example.pageKind ? { pageKind: example.pageKind } : {}) };
  if (example.file) return lintSource(read(example.file), example.file, options);
  const name = `example.${example.format === 'html' ? 'html' : example.format === 'markdown' ? 'md' : 'txt'}`;
  return lintSource(example.text!, name, options);
}

const label = (e: RuleExample): string => e.text ?? e.file!;

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  it('has metadata a user can act on', () => {
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(rule.meta.regulations.length).toBeGreaterThan(0);
    expect(rule.meta.suggestions.length).toBeGreaterThan(0);
    expect(rule.examples.incorrect.length).toBeGreaterThan(0);
    expect(rule.examples.correct.length).toBeGreaterThan(0);
    for (const e of [...rule.examples.incorrect, ...rule.examples.correct]) expect(Boolean(e.text) !== Boolean(e.file)).toBe(true);
  });

  it.each(rule.examples.incorrect.map((e) => [label(e), e] as const))('reports: %s', (_label, example) => {
    const found = lintExample(example).messages.filter((m) => m.ruleId === id);
    expect(found.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(found[0]!.severity);
    expect(found[0]!.regulations.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.correct.map((e) => [label(e), e] as const))('does not report: %s', (_label, example) => {
    expect(lintExample(example).messages.filter((m) => m.ruleId === id && m.severity !== 'info')).toEqual([]);
  });
});
