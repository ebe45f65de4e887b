// Configuration files, presets, severities, allowlists, ignores and the exit codes around them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testRule } from './support/test-rule.js';
import { rules as shippedRules } from '../rules/index.js';
import { ConfigError, createConfigResolver } from '../src/config/index.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import { lintSource } from '../src/engine/lint.js';
import { runLint } from '../src/engine/run.js';
import type { Rule } from '../src/rule-kit/types.js';
import type { LintResult } from '../src/types.js';

const bin = join(PACKAGE_ROOT, 'bin', 'healthlint.js');
const MYTEA = join(PACKAGE_ROOT, 'fixtures', 'pages', 'mytea-magic-metastasis-page.txt');
const HEADLINE = 'Stop cancer tumor spread with MyTea Magic';
const SPREAD = 'no-stop-spread-claim';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'healthlint-config-'));
}

function write(dir: string, file: string, text: string): string {
  const path = join(dir, file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const of = (result: LintResult | undefined, ruleId: string) => (result?.messages ?? []).filter((m) => m.ruleId === ruleId);
const byName = (results: LintResult[], name: string) => results.find((r) => r.filePath.endsWith(name));

/** A page with the MyTea headline (a sure claim, error by default). */
const page = `# MyTea Magic\n\n${HEADLINE}\n`;

describe('configuration files', () => {
  it('finds the nearest configuration from each file upward, and nearest wins', async () => {
    const dir = tempDir();
    write(dir, '.healthlintrc.json', JSON.stringify({ rules: { [SPREAD]: 'warn' } }));
    write(dir, 'top.md', page);
    write(dir, 'docs/.healthlintrc.yaml', `rules:\n  ${SPREAD}: info\n`);
    write(dir, 'docs/guide.md', page);
    write(dir, 'docs/deeper/page.md', page);
    write(dir, 'blog/.healthlintrc.yml', `extends: healthlint:strict\n`);
    write(dir, 'blog/post.md', page);
    const { results } = await runLint({ cwd: dir, inputs: ['.'] });
    expect(of(byName(results, 'top.md'), SPREAD).map((m) => m.severity)).toEqual(['warning']);
    expect(of(byName(results, 'docs/guide.md'), SPREAD).map((m) => m.severity)).toEqual(['info']);
    expect(of(byName(results, 'docs/deeper/page.md'), SPREAD).map((m) => m.severity)).toEqual(['info']);
    expect(of(byName(results, 'blog/post.md'), SPREAD).map((m) => m.severity)).toEqual(['error']);
  });

  it('pageKind says what the files it covers are; --page-kind overrides it', async () => {
    // From an FDA and FTC warning letter (fixtures/corpus/violative.jsonl): with no page around it, a possible claim.
    const claim = 'Colloidal silver is the key to protecting yourself from the corona virus\n';
    const dir = tempDir();
    write(dir, 'drafts/claim.txt', claim);
    write(dir, 'shop/.healthlintrc.yaml', 'pageKind: sales\n');
    write(dir, 'shop/claim.txt', claim);
    write(dir, 'education/.healthlintrc.json', JSON.stringify({ pageKind: 'informational' }));
    write(dir, 'education/claim.txt', claim);
    const severities = (results: LintResult[], name: string) => byName(results, name)!.messages.map((m) => m.severity);
    const { results } = await runLint({ cwd: dir, inputs: ['.'] });
    expect(severities(results, 'drafts/claim.txt')).toEqual(['warning']);
    expect(severities(results, 'shop/claim.txt')).toEqual(['error']);
    expect(byName(results, 'shop/claim.txt')!.page).toMatchObject({ kind: 'commerce', readFrom: 'option' });
    expect(severities(results, 'education/claim.txt')).toEqual([]);
    const overridden = await runLint({ cwd: dir, inputs: ['education'], pageKind: 'commerce' });
    expect(severities(overridden.results, 'education/claim.txt')).toEqual(['error']);
    write(dir, 'bad/.healthlintrc.json', JSON.stringify({ pageKind: 'shop' }));
    write(dir, 'bad/claim.txt', claim);
    const refused = cli(['bad/claim.txt'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${join('bad', '.healthlintrc.json')}: pageKind`);
  });

  it('reads a "healthlint" key in package.json, and passes over a package.json without one', async () => {
    const dir = tempDir();
    write(dir, 'package.json', JSON.stringify({ name: 'site', healthlint: { rules: { [SPREAD]: 'off' } } }));
    write(dir, 'app/package.json', JSON.stringify({ name: 'app' }));
    write(dir, 'app/index.md', page);
    const { results } = await runLint({ cwd: dir, inputs: ['app/index.md'] });
    expect(of(results[0], SPREAD)).toEqual([]);
  });

  it('uses --config instead of searching', async () => {
    const dir = tempDir();
    write(dir, '.healthlintrc.json', JSON.stringify({ rules: { [SPREAD]: 'off' } }));
    write(dir, 'ci/healthlint.yml', `rules:\n  ${SPREAD}: warn\n`);
    write(dir, 'page.md', page);
    const searched = await runLint({ cwd: dir, inputs: ['page.md'] });
    expect(of(searched.results[0], SPREAD)).toEqual([]);
    const given = await runLint({ cwd: dir, inputs: ['page.md'], configFile: 'ci/healthlint.yml' });
    expect(of(given.results[0], SPREAD).map((m) => m.severity)).toEqual(['warning']);
  });

  it('without any configuration reports as before (the recommended preset)', async () => {
    const dir = tempDir();
    copyFileSync(MYTEA, join(dir, 'mytea.txt'));
    const { results } = await runLint({ cwd: dir, inputs: ['mytea.txt'] });
    const headline = of(results[0], SPREAD)[0]!;
    expect(headline).toMatchObject({ line: 1, column: 1, severity: 'error' });
    write(dir, '.healthlintrc.json', JSON.stringify({ extends: ['healthlint:recommended'] }));
    const explicit = await runLint({ cwd: dir, inputs: ['mytea.txt'] });
    expect(explicit.results).toEqual(results);
  });

  it('does not run JavaScript configuration: .healthlintrc.js and .cjs are refused, not executed', () => {
    for (const name of ['.healthlintrc.js', '.healthlintrc.cjs']) {
      const dir = tempDir();
      const marker = join(dir, 'EXECUTED');
      write(dir, name, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { rules: {} };\n`);
      write(dir, 'page.md', page);
      const r = cli(['page.md'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${name}: JavaScript configuration is not supported`);
      expect(existsSync(marker)).toBe(false);
      // Named with --config it is refused the same way.
      const given = cli(['--config', name, 'page.md'], dir);
      expect(given.code).toBe(2);
      expect(existsSync(marker)).toBe(false);
    }
  }, 120_000);
});

describe('invalid configuration: the file and the key, exit 2', () => {
  const cases: [string, string, string, RegExp][] = [
    ['unknown rule', '.healthlintrc.json', JSON.stringify({ rules: { 'no-such-rule': 'error' } }), /^\.healthlintrc\.json: rules\.no-such-rule: unknown rule "no-such-rule"/],
    ['bad severity', '.healthlintrc.json', JSON.stringify({ rules: { [SPREAD]: 'fatal' } }), /^\.healthlintrc\.json: rules\.no-stop-spread-claim: must be one of "off", "info", "warn", "error" \(got "fatal"\)/],
    ['bad rule option', '.healthlintrc.yaml', `rules:\n  ${SPREAD}: [warn, { allow: cancer }]\n`, /^\.healthlintrc\.yaml: rules\.no-stop-spread-claim\[1\]\.allow: must be array/],
    ['unknown rule option', '.healthlintrc.yaml', `rules:\n  ${SPREAD}: [warn, { ignore: [x] }]\n`, /^\.healthlintrc\.yaml: rules\.no-stop-spread-claim\[1\]\.ignore: unknown option "ignore"/],
    ['unknown key', '.healthlintrc.yml', 'rule:\n  x: off\n', /^\.healthlintrc\.yml: rule: unknown key "rule"/],
    ['unknown preset', '.healthlintrc.json', JSON.stringify({ extends: ['eslint:recommended'] }), /^\.healthlintrc\.json: extends\[0\]: must be one of "healthlint:recommended", "healthlint:strict"/],
    ['malformed JSON', '.healthlintrc.json', '{ "rules": { ', /^\.healthlintrc\.json: is not valid JSON/],
    ['malformed YAML', '.healthlintrc.yaml', 'rules:\n  a: b\n   c: d\n', /^\.healthlintrc\.yaml: is not valid YAML/],
    ['duplicate YAML key', '.healthlintrc.yaml', 'allow: [a]\nallow: [b]\n', /^\.healthlintrc\.yaml: is not valid YAML/],
    ['not an object', '.healthlintrc.json', '["error"]', /^\.healthlintrc\.json: must be object/],
    ['package.json key', 'package.json', JSON.stringify({ healthlint: { allow: 'x' } }), /^package\.json: healthlint\.allow: must be array/],
  ];
  for (const [name, file, text, expected] of cases) {
    it(name, () => {
      const dir = tempDir();
      write(dir, file, text);
      write(dir, 'page.md', page);
      expect(() => createConfigResolver({ cwd: dir }).forFile('page.md')).toThrow(ConfigError);
      try {
        createConfigResolver({ cwd: dir }).forFile('page.md');
      } catch (error) {
        expect((error as Error).message).toMatch(expected);
      }
    });
  }

  it('the CLI prints it in one line and exits 2', () => {
    const dir = tempDir();
    write(dir, '.healthlintrc.json', JSON.stringify({ rules: { 'no-such-rule': 'warn' } }));
    write(dir, 'page.md', page);
    const r = cli(['page.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^healthlint: \.healthlintrc\.json: rules\.no-such-rule: unknown rule "no-such-rule"/);
  }, 60_000);

  it('a missing --config file is exit 2', () => {
    const dir = tempDir();
    write(dir, 'page.md', page);
    const r = cli(['--config', 'nope.json', 'page.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.json: no such configuration file');
  }, 60_000);
});

// Rules written for these tests, so that what the settings do is seen apart from what the
// analysis decides: one reports a sure claim (error), the other a possible claim (warning), on
// every sentence containing "MyTea Magic".
function mentionRule(id: string, reported: 'error' | 'warning'): Rule {
  return testRule(id, reported, (_source, sentence) => (sentence.text.includes('MyTea Magic') ? [{ possible: reported === 'warning' }] : []));
}
const sure = mentionRule('test-sure', 'error');
const possible = mentionRule('test-possible', 'warning');
const testRules = [sure, possible];

function configFor(raw: object) {
  const dir = tempDir();
  write(dir, '.healthlintrc.json', JSON.stringify(raw));
  return createConfigResolver({ cwd: dir, rules: testRules.map((r) => ({ id: r.meta.id, severity: r.meta.severity })) }).forFile('page.md');
}

function severities(raw: object, text = `${HEADLINE}\n`): Record<string, string[]> {
  const result = lintSource(text, 'page.md', { rules: testRules, config: configFor(raw) });
  const out: Record<string, string[]> = { 'test-sure': [], 'test-possible': [] };
  for (const m of result.messages) out[m.ruleId!]!.push(m.severity);
  return out;
}

describe('presets and severities', () => {
  it('recommended: sure claims at the rule severity, possible claims at warn', () => {
    expect(severities({})).toEqual({ 'test-sure': ['error'], 'test-possible': ['warning'] });
    expect(severities({ extends: 'healthlint:recommended' })).toEqual({ 'test-sure': ['error'], 'test-possible': ['warning'] });
  });

  it('strict: every rule at error, possible claims at error too', () => {
    expect(severities({ extends: ['healthlint:strict'] })).toEqual({ 'test-sure': ['error'], 'test-possible': ['error'] });
  });

  it('a rule severity applies to sure claims; possible claims never rise above it', () => {
    expect(severities({ rules: { 'test-sure': 'warn', 'test-possible': 'info' } })).toEqual({ 'test-sure': ['warning'], 'test-possible': ['info'] });
    expect(severities({ extends: 'healthlint:strict', rules: { 'test-possible': 'warn' } })).toEqual({ 'test-sure': ['error'], 'test-possible': ['warning'] });
  });

  it('off: the rule does not run', () => {
    let ran = false;
    const spy: Rule = { ...sure, check: (a) => ((ran = true), sure.check(a)) };
    const config = configFor({ rules: { 'test-sure': 'off' } });
    const result = lintSource(`${HEADLINE}\n`, 'page.md', { rules: [spy, possible], config });
    expect(ran).toBe(false);
    expect(result.messages.map((m) => m.ruleId)).toEqual(['test-possible']);
  });

  it('possibleClaims, top level and per rule', () => {
    expect(severities({ possibleClaims: 'off' })).toEqual({ 'test-sure': ['error'], 'test-possible': [] });
    expect(severities({ possibleClaims: 'info', rules: { 'test-possible': ['error', { possibleClaims: 'error' }] } })).toEqual({
      'test-sure': ['error'],
      'test-possible': ['error'],
    });
  });

  it('the shipped rules take the same settings', async () => {
    const dir = tempDir();
    copyFileSync(MYTEA, join(dir, 'mytea.txt'));
    write(dir, '.healthlintrc.json', JSON.stringify({ extends: 'healthlint:strict', rules: { [SPREAD]: 'info' } }));
    const { results } = await runLint({ cwd: dir, inputs: ['mytea.txt'] });
    expect(of(results[0], SPREAD)[0]).toMatchObject({ line: 1, severity: 'info' });
    // strict: no warnings left at all, whatever the rules report.
    expect(results[0]!.messages.filter((m) => m.ruleId !== null && m.severity === 'warning')).toEqual([]);
  });
});

describe('allowlists', () => {
  it('drops a finding whose text contains an allowed phrase (case and spacing aside)', () => {
    expect(severities({ allow: ['mytea   MAGIC'] })).toEqual({ 'test-sure': [], 'test-possible': [] });
    expect(severities({ allow: ['cancer-free survival'] })).toEqual({ 'test-sure': ['error'], 'test-possible': ['warning'] });
  });

  it('per rule', () => {
    expect(severities({ rules: { 'test-sure': ['error', { allow: ['tumor spread'] }] } })).toEqual({ 'test-sure': [], 'test-possible': ['warning'] });
  });

  it('matches the sentence text as well as the excerpt, through Markdown markup', async () => {
    const dir = tempDir();
    write(dir, 'page.md', `# MyTea Magic\n\nStop cancer tumor spread with **MyTea Magic**\n`);
    write(dir, '.healthlintrc.json', JSON.stringify({ rules: { [SPREAD]: ['error', { allow: ['with MyTea Magic'] }] } }));
    const { results } = await runLint({ cwd: dir, inputs: ['page.md'] });
    expect(of(results[0], SPREAD)).toEqual([]);
  });
});

describe('ignores', () => {
  function tree(): string {
    const dir = tempDir();
    write(dir, 'content/a.md', page);
    write(dir, 'content/drafts/b.md', page);
    write(dir, 'content/legacy/c.md', page);
    write(dir, 'node_modules/pkg/readme.md', page);
    write(dir, '.healthlintignore', '# drafts are not published\ncontent/drafts/\n');
    return dir;
  }
  const names = (results: LintResult[]) => results.map((r) => r.filePath);

  it('.healthlintignore, --ignore-pattern and node_modules', async () => {
    const dir = tree();
    expect(names((await runLint({ cwd: dir, inputs: ['.'] })).results)).toEqual(['./content/a.md', './content/legacy/c.md']);
    expect(names((await runLint({ cwd: dir, inputs: ['content'], ignorePatterns: ['legacy/'] })).results)).toEqual(['content/a.md']);
    expect(names((await runLint({ cwd: dir, inputs: ['content/**/*.md'] })).results)).toEqual(['content/a.md', 'content/legacy/c.md']);
    expect(names((await runLint({ cwd: dir, inputs: ['content'], useIgnoreFiles: false })).results)).toEqual([
      'content/a.md',
      'content/drafts/b.md',
      'content/legacy/c.md',
    ]);
  });

  it('a file named explicitly that is ignored gets a warning, unless --no-warn-ignored', () => {
    const dir = tree();
    const r = cli(['--format', 'json', 'content/drafts/b.md', 'node_modules/pkg/readme.md'], dir);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout) as LintResult[];
    expect(results.map((x) => [x.filePath, x.warningCount, x.messages[0]!.message])).toEqual([
      ['content/drafts/b.md', 1, expect.stringContaining('File ignored because of a matching ignore pattern')],
      ['node_modules/pkg/readme.md', 1, expect.stringContaining('File ignored because of a matching ignore pattern')],
    ]);
    const quiet = cli(['--format', 'json', '--no-warn-ignored', 'content/drafts/b.md'], dir);
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout)).toEqual([]);
    // It counts as a warning, so --max-warnings 0 fails, as in ESLint.
    expect(cli(['--max-warnings', '0', 'content/drafts/b.md'], dir).code).toBe(1);
  }, 120_000);
});

describe('output and exit codes with configuration', () => {
  it('--quiet, --max-warnings and --output-file follow the configured severities', () => {
    const dir = tempDir();
    write(dir, 'page.md', `${HEADLINE}\n`);
    const all = shippedRules.map((r) => r.meta.id);
    // Only the stop-spread rule, at warn: one warning and nothing else.
    write(dir, '.healthlintrc.json', JSON.stringify({ rules: { ...Object.fromEntries(all.map((id) => [id, 'off'])), [SPREAD]: 'warn' } }));
    const full = cli(['--format', 'json', '--max-warnings', '1', '--output-file', 'report.json', 'page.md'], dir);
    expect(full.code).toBe(0);
    expect(full.stdout).toBe('');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as LintResult[];
    expect(report[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([[SPREAD, 'warning']]);
    expect(cli(['--max-warnings', '0', 'page.md'], dir).code).toBe(1);
    const quiet = cli(['--format', 'json', '--quiet', 'page.md'], dir);
    expect(quiet.code).toBe(0);
    expect((JSON.parse(quiet.stdout) as LintResult[])[0]!.messages).toEqual([]);
  }, 120_000);

  it('exit 0 when the only error is turned off, 1 when it is an error', () => {
    const dir = tempDir();
    write(dir, 'page.md', `${HEADLINE}\n`);
    const all = shippedRules.map((r) => r.meta.id);
    write(dir, 'off.json', JSON.stringify({ rules: Object.fromEntries(all.map((id) => [id, 'off'])) }));
    expect(cli(['--config', 'off.json', 'page.md'], dir).code).toBe(0);
    expect(cli(['page.md'], dir).code).toBe(1);
  }, 120_000);
});
