// Every rule's documented examples run here, so the docs cannot drift from the behaviour.
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lintSource } from '../src/engine/lint.js';

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  it('has metadata a user can act on', () => {
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(rule.meta.regulations.length).toBeGreaterThan(0);
    expect(rule.meta.suggestions.length).toBeGreaterThan(0);
    expect(rule.examples.incorrect.length).toBeGreaterThan(0);
    expect(rule.examples.correct.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.incorrect.map((e) => [e.text, e] as const))('reports: %s', (_text, example) => {
    const result = lintSource(example.text, `example.${example.format === 'markdown' ? 'md' : 'txt'}`);
    const found = result.messages.filter((m) => m.ruleId === id);
    expect(found.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(found[0]!.severity);
    expect(found[0]!.regulations.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.correct.map((e) => [e.text, e] as const))('does not report: %s', (_text, example) => {
    const result = lintSource(example.text, 'example.txt');
    expect(result.messages.filter((m) => m.ruleId === id)).toEqual([]);
  });
});
