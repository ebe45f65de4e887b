import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { authorityStatements, regulation } from '../src/knowledge/authorities.js';
import { PACKAGE_ROOT, loadDataFile } from '../src/knowledge/data-file.js';
import { lexicon } from '../src/claims/lexicon.js';
import { maskTargets } from '../src/claims/patterns.js';
import { lintSource } from '../src/engine/lint.js';
import { diseasesIn } from '../src/claims/effects.js';

const collapse = (s: string): string => s.replace(/\s+/g, ' ');

describe('knowledge base', () => {
  it.each(authorityStatements().map((s) => [s.id, s] as const))('quotes %s verbatim from its seed page', (_id, statement) => {
    const seed = readFileSync(join(PACKAGE_ROOT, 'fixtures', 'pages', statement.seed), 'utf8');
    expect(collapse(seed)).toContain(collapse(statement.quote));
  });

  it('cites only regulations that exist', () => {
    for (const rule of rules) for (const id of rule.meta.regulations) expect(regulation(id).url).toMatch(/^https:\/\//);
  });

  it('has evidence for every cancer claim category', () => {
    const topics = new Set(authorityStatements().flatMap((s) => s.topics));
    for (const category of ['stop-spread', 'cell-kill', 'cure-treat', 'substitute-therapy', 'testimonial']) {
      expect(topics.has(category)).toBe(true);
    }
  });

  it('cites what the authorities say of cancer only for a claim about cancer', () => {
    const quotes = (text: string): string[] =>
      lintSource(text, 'x.txt', { pageKind: 'commerce' }).messages.flatMap((m) => (m.evidence ?? []).map((e) => e.quote));
    // fixtures/corpus/violative.jsonl
    const arthritis = quotes('YOU CAN CURE YOUR ARTHRITIS USING NEW TECHNOLOGY NOW!');
    expect(arthritis.length).toBeGreaterThan(0);
    expect(arthritis.every((q) => !/cancer/i.test(q))).toBe(true);
    expect(quotes('Treats all forms of cancer').some((q) => /metastatic cancer/i.test(q))).toBe(true);
  });
});

describe('lexicons', () => {
  it('load and validate', () => {
    expect(lexicon().effects.length).toBeGreaterThan(3);
  });

  it('reject a malformed data file naming the file and the key', () => {
    expect(() => loadDataFile('lexicons/targets.yml', { type: 'object', required: ['nonexistent'], properties: { nonexistent: { type: 'string' } } })).toThrow(
      /rules\/lexicons\/targets\.yml: .*nonexistent/,
    );
  });

  it('know a disease missing from the lists by its form, but not the exceptions', () => {
    const { diseaseWordInName } = lexicon();
    const named = (text: string): boolean => diseasesIn(text).length > 0;
    // fixtures/corpus/informational.jsonl and fixtures/corpus/violative.jsonl
    for (const term of ['postherpetic neuralgia', 'knee arthrosis', 'post-infectious dysbiosis', 'encephalopathy']) expect(named(term), term).toBe(true);
    for (const word of ['diagnosis', 'the aroma of green tea', 'homeopathy', 'apoptosis', 'ketosis']) expect(named(word), word).toBe(false);
    // Only its capitals name AIDS (bench-corpus prose: "with the help of White House aids").
    expect(named('with the help of White House aids')).toBe(false);
    expect(named('cancer and AIDS sufferers')).toBe(true);
    expect(diseaseWordInName.test('Aromatherapy Oil')).toBe(false);
    expect(diseaseWordInName.test('Colitis Relief Tea')).toBe(true);
    // fixtures/corpus/violative.jsonl: the name of a disease itself, not a product named for one.
    expect(diseaseWordInName.test('Tuberous Sclerosis Complex')).toBe(false);
    // A disease inside another word is none (bench-corpus prose: "MacNee probably regretted this");
    // a part of a coined name marked by its capitals is.
    expect(diseaseWordInName.test('MacNee')).toBe(false);
    expect(diseaseWordInName.test('ArthritisCare Formula')).toBe(true);
  });

  it('mask the diseases a text names character for character, whatever order the ranges come in', () => {
    const text = 'cures arthritis and gout';
    const masked = maskTargets(text, [{ start: 20, end: 24 }, { start: 6, end: 15 }]);
    expect(masked).toBe(`cures ${'\u0001'.repeat(9)} and ${'\u0001'.repeat(4)}`);
    expect(masked.length).toBe(text.length);
    // A mark character already in the text is not taken for a disease.
    expect(maskTargets('a\u0001b', [])).toBe('a b');
  });

  it('no pattern backtracks catastrophically on adversarial input', () => {
    const lex = lexicon();
    const patterns = [lex.screen, lex.target, ...lex.effects.map((e) => e.active), ...lex.phrases.map((p) => p.pattern)];
    const attacks = ['a'.repeat(50_000), 'stop '.repeat(10_000), 'kill - '.repeat(10_000), `${'-'.repeat(30_000)}x`, "cancer' ".repeat(8000), 'cure for cancer for '.repeat(3000), 'itis'.repeat(20_000), 'cures arthritis, '.repeat(5000)];
    // Counting steps is not possible with RegExp; instead each run must finish, and the run over
    // all of them is bounded by the test timeout, far above linear cost.
    for (const attack of attacks) {
      // The disease-naming phrase patterns run on the text with its diseases masked.
      const masked = maskTargets(attack, [...attack.matchAll(lex.target)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })));
      for (const re of patterns) expect(() => attack.match(re ?? /(?:)/)).not.toThrow();
      for (const re of lex.phrases.map((p) => p.targetPattern)) expect(() => masked.match(re ?? /(?:)/)).not.toThrow();
    }
    expect(lex.phrases.some((p) => p.targetPattern?.test(maskTargets('cure for cancer', [{ start: 9, end: 15 }])))).toBe(true);
  });
});

describe('no state between documents', () => {
  it('linting one page does not change how the next is linted', async () => {
    const { lintSource } = await import('../src/engine/lint.js');
    const { readFileSync } = await import('node:fs');
    const page = readFileSync(join(PACKAGE_ROOT, 'fixtures', 'pages', 'fda-approval-claim.txt'), 'utf8');
    const before = lintSource('Causes cancer cells to commit suicide!', 'a.txt');
    lintSource(page, 'fda-approval-claim.txt');
    const after = lintSource('Causes cancer cells to commit suicide!', 'a.txt');
    expect(after).toEqual(before);
    expect(before.messages.length).toBeGreaterThan(0);
  });
});
