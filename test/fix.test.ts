// --fix and --fix-dry-run plumbing, with rules written for the test (no shipped rule is needed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testRule } from './support/test-rule.js';
import { applyFixes, MAX_FIX_PASSES, normalizeFix } from '../src/engine/fix.js';
import { lintSource } from '../src/engine/lint.js';
import { runLint } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import type { Finding, Rule } from '../src/rule-kit/types.js';
import type { LintMessage, Replacement } from '../src/types.js';

const HEADLINE = 'Stop cancer tumor spread with MyTea Magic';

function rule(id: string, fixesOf: (source: string, sentence: Finding['sentence']) => { fix: unknown }[]): Rule {
  return testRule(id, 'warning', (source, sentence) => fixesOf(source, sentence) as Partial<Finding>[]);
}

/** Marks the brand: "MyTea Magic" → "MyTea Magic™", as offsets (ESLint's shape). */
const trademark = rule('test-trademark', (_source, sentence) =>
  [...sentence.text.matchAll(/MyTea Magic(?!™)/g)].map((m) => {
    const end = sentence.offsets.at(m.index + m[0].length - 1) + 1;
    return { fix: { range: [end, end], text: '™' } };
  }),
);

/** The same, given as line and column only (the Replacement shape of src/types.ts). */
const trademarkByLine = rule('test-trademark-lines', (source, sentence) =>
  [...sentence.text.matchAll(/MyTea Magic(?!™)/g)].map((m) => {
    const end = sentence.offsets.at(m.index + m[0].length - 1) + 1;
    const before = source.slice(0, end).split('\n');
    const line = before.length;
    const column = before.at(-1)!.length + 1;
    return { fix: { line, column, endLine: line, endColumn: column, text: '™' } satisfies Replacement };
  }),
);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'healthlint-fix-'));
}

const testMessages = (messages: LintMessage[]) => messages.filter((m) => m.ruleId?.startsWith('test-'));

describe('fixes on messages', () => {
  it('a message carries its fix with offsets and line/column', () => {
    const source = `# Tea\n\n${HEADLINE}\n`;
    const [message] = testMessages(lintSource(source, 'page.md', { rules: [trademark] }).messages).filter((m) => m.line === 3);
    const end = source.indexOf('MyTea Magic') + 'MyTea Magic'.length;
    expect(message!.fix).toEqual({ range: [end, end], text: '™', line: 3, column: HEADLINE.length + 1, endLine: 3, endColumn: HEADLINE.length + 1 });
    // Given as line/column, the engine fills in the range.
    const [byLine] = testMessages(lintSource(source, 'page.md', { rules: [trademarkByLine] }).messages).filter((m) => m.line === 3);
    expect(byLine!.fix).toEqual(message!.fix);
  });

  it('a fix outside the file is dropped', () => {
    expect(normalizeFix({ range: [5, 2], text: 'x' }, 'abcdef')).toBeUndefined();
    expect(normalizeFix({ range: [0, 99], text: 'x' }, 'abcdef')).toBeUndefined();
    expect(normalizeFix({ range: [6, 6], text: '!' }, 'abcdef')).toMatchObject({ line: 1, column: 7, range: [6, 6] });
  });

  it('applies fixes in order and leaves overlapping ones for the next pass', () => {
    const fix = (range: [number, number], text: string) => ({ fix: { range, text } }) as LintMessage;
    expect(applyFixes('abcdef', [fix([4, 6], 'EF'), fix([0, 2], 'AB'), fix([1, 3], 'xx')])).toEqual({ output: 'ABcdEF', applied: 2 });
  });
});

describe('--fix-dry-run and --fix', () => {
  it('--fix-dry-run puts the fixed text in `output` and writes nothing', async () => {
    const dir = tempDir();
    const text = `# MyTea Magic\n\n${HEADLINE}\n`;
    writeFileSync(join(dir, 'page.md'), text);
    const { results } = await runLint({ cwd: dir, inputs: ['page.md'], fixDryRun: true, rules: [trademark] });
    expect(results[0]!.output).toBe(`# MyTea Magic™\n\n${HEADLINE}™\n`);
    // The messages are those of the fixed text: none left.
    expect(testMessages(results[0]!.messages)).toEqual([]);
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toBe(text);
    // Without fixing, the same run reports both.
    const plain = await runLint({ cwd: dir, inputs: ['page.md'], rules: [trademark] });
    expect(testMessages(plain.results[0]!.messages)).toHaveLength(2);
    expect(plain.results[0]).not.toHaveProperty('output');
  });

  it('--fix writes fixed files atomically and never touches a file with nothing to fix', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), `\uFEFF${HEADLINE}\n`);
    writeFileSync(join(dir, 'b.md'), 'Green tea is a drink.\n');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(dir, 'b.md'), past, past);
    const before = statSync(join(dir, 'b.md'));
    const { results } = await runLint({ cwd: dir, inputs: ['.'], fix: true, rules: [trademark] });
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(`\uFEFF${HEADLINE}™\n`);
    expect(results.find((r) => r.filePath.endsWith('a.md'))!.output).toBe(`${HEADLINE}™\n`);
    const after = statSync(join(dir, 'b.md'));
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
    expect(results.find((r) => r.filePath.endsWith('b.md'))).not.toHaveProperty('output');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
  });

  it('does not apply the fix of a suppressed finding, and does not fix invalid UTF-8', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'quoted.md'), `<!-- healthlint-disable-next-line test-trademark -- the brand as the seller wrote it -->\n${HEADLINE}\n`);
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from(`Caf\xe9. ${HEADLINE}\n`, 'latin1'));
    const { results } = await runLint({ cwd: dir, inputs: ['.'], fix: true, rules: [trademark] });
    expect(results.every((r) => r.output === undefined)).toBe(true);
    expect(readFileSync(join(dir, 'quoted.md'), 'utf8')).not.toContain('™');
    expect(readFileSync(join(dir, 'latin1.txt'))).toEqual(Buffer.from(`Caf\xe9. ${HEADLINE}\n`, 'latin1'));
  });

  it(`stops after ${MAX_FIX_PASSES} passes when fixes keep coming`, async () => {
    const always = rule('test-always', (_source, sentence) => (sentence.index === 0 ? [{ fix: { range: [0, 0], text: '!' } }] : []));
    const dir = tempDir();
    writeFileSync(join(dir, 'page.txt'), `${HEADLINE}\n`);
    const { results } = await runLint({ cwd: dir, inputs: ['page.txt'], fixDryRun: true, rules: [always] });
    expect(results[0]!.output).toBe(`${'!'.repeat(MAX_FIX_PASSES)}${HEADLINE}\n`);
  });

  it('from the command line: --fix-dry-run writes nothing; bad combinations are exit 2', () => {
    const dir = tempDir();
    const text = `# MyTea Magic\n\n${HEADLINE}\n`;
    writeFileSync(join(dir, 'page.md'), text);
    const run = (args: string[], input?: string) =>
      spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'healthlint.js'), ...args], { cwd: dir, input, encoding: 'utf8' });
    const dry = run(['--fix-dry-run', '--format', 'json', 'page.md']);
    expect(dry.status).toBe(1);
    expect(JSON.parse(dry.stdout)[0].filePath).toBe('page.md');
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toBe(text);
    const both = run(['--fix', '--fix-dry-run', 'page.md']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('Give either --fix or --fix-dry-run');
    const stdin = run(['--fix', '--stdin'], HEADLINE);
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toContain('--fix cannot write standard input');
  }, 120_000);
});
