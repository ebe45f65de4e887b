// --cache: unchanged files are not analysed again (counted through the onAnalyze hook, never timed).
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, HEALTHLINT_VERSION, rulesDataHash } from '../src/engine/cache.js';
import { runLint, type RunOptions } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';

const PAGES = join(PACKAGE_ROOT, 'fixtures', 'pages');
const HEADLINE = 'Stop cancer tumor spread with MyTea Magic';

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'healthlint-cache-'));
  mkdirSync(join(dir, 'pages'));
  for (const name of ['mytea-magic-metastasis-page.txt', 'nci-metastatic-cancer-fact-sheet.txt', 'acs-blog-when-cancer-spreads.txt']) {
    copyFileSync(join(PAGES, name), join(dir, 'pages', name));
  }
  writeFileSync(join(dir, 'pages', 'landing.md'), `# MyTea Magic\n\n${HEADLINE}\n`);
  return dir;
}

async function counted(options: RunOptions) {
  const analysed: string[] = [];
  const outcome = await runLint({ ...options, onAnalyze: (file) => analysed.push(file) });
  return { ...outcome, analysed };
}

describe('cache', () => {
  it('analyses only what changed: content, configuration', async () => {
    const dir = site();
    const options: RunOptions = { cwd: dir, inputs: ['pages'], cache: true };
    const first = await counted(options);
    expect(first.analysed).toHaveLength(4);
    expect(existsSync(join(dir, '.healthlintcache'))).toBe(true);

    const second = await counted(options);
    expect(second.analysed).toEqual([]);
    expect(second.results).toEqual(first.results);
    // Without --cache the same results come from analysis.
    expect((await runLint({ cwd: dir, inputs: ['pages'] })).results).toEqual(first.results);

    writeFileSync(join(dir, 'pages', 'landing.md'), `# MyTea Magic\n\nIntro.\n\n${HEADLINE}\n`);
    const edited = await counted(options);
    expect(edited.analysed).toEqual(['pages/landing.md']);
    expect(edited.results.find((r) => r.filePath === 'pages/landing.md')!.messages.find((m) => m.ruleId === 'no-stop-spread-claim')!.line).toBe(5);

    // A configuration change is a new key for every file it applies to.
    writeFileSync(join(dir, '.healthlintrc.json'), JSON.stringify({ rules: { 'no-stop-spread-claim': 'warn' } }));
    const configured = await counted(options);
    expect(configured.analysed).toHaveLength(4);
    expect((await counted(options)).analysed).toEqual([]);
    // So is a command-line switch that changes the resolved configuration.
    expect((await counted({ ...options, reportUnusedDirectives: true })).analysed).toHaveLength(4);
  });

  it('keys on healthlint’s version and on the mode: a cache from another version is not used', async () => {
    const dir = site();
    await counted({ cwd: dir, inputs: ['pages'], cache: true });
    const file = join(dir, '.healthlintcache');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { healthlint: string };
    writeFileSync(file, JSON.stringify({ ...data, healthlint: '0.0.0-other' }));
    const other = await counted({ cwd: dir, inputs: ['pages'], cache: true });
    expect(other.analysed).toHaveLength(4);
    expect(other.notices).toEqual([]);
    expect(cacheKey('c', 'k', 'lint')).not.toBe(cacheKey('c', 'k', 'fix'));
    expect(JSON.parse(readFileSync(file, 'utf8')).healthlint).toBe(HEALTHLINT_VERSION);
    // --fix-dry-run results are kept apart from lint results.
    expect((await counted({ cwd: dir, inputs: ['pages'], cache: true, fixDryRun: true })).analysed).toHaveLength(4);
  });

  it('a corrupt cache is ignored with a warning and rebuilt, never a crash', async () => {
    for (const corrupt of ['{"format": 1, "healthlint"', '[1, 2, 3]', '{"format":1,"healthlint":"x","files":{"a":{"key":1}}}', '']) {
      const dir = site();
      const file = join(dir, '.healthlintcache');
      writeFileSync(file, corrupt);
      const run = await counted({ cwd: dir, inputs: ['pages'], cache: true });
      expect(run.analysed).toHaveLength(4);
      expect(run.notices).toEqual([expect.stringMatching(/^warning: ignoring the cache .*\.healthlintcache: .*It will be rebuilt\.$/)]);
      expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
      expect((await counted({ cwd: dir, inputs: ['pages'], cache: true })).analysed).toEqual([]);
    }
  });

  it('--cache-location: a file or a folder; written atomically (no temporary files left)', async () => {
    const dir = site();
    mkdirSync(join(dir, 'tmp'));
    await counted({ cwd: dir, inputs: ['pages'], cache: true, cacheLocation: 'tmp/' });
    expect(readdirSync(join(dir, 'tmp'))).toEqual(['.healthlintcache']);
    await counted({ cwd: dir, inputs: ['pages'], cache: true, cacheLocation: 'tmp/lint-cache.json' });
    expect(readdirSync(join(dir, 'tmp')).sort()).toEqual(['.healthlintcache', 'lint-cache.json']);
    expect((await counted({ cwd: dir, inputs: ['pages'], cache: true, cacheLocation: 'tmp' })).analysed).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('from the command line: same report and exit code from the cache; a corrupt cache is a warning', () => {
    const dir = site();
    const run = (args: string[]) => spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'healthlint.js'), ...args], { cwd: dir, encoding: 'utf8' });
    const first = run(['--cache', '--format', 'json', 'pages']);
    const second = run(['--cache', '--format', 'json', 'pages']);
    expect(first.status).toBe(1);
    expect(second.status).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    writeFileSync(join(dir, '.healthlintcache'), 'garbage');
    const third = run(['--cache', '--format', 'json', 'pages']);
    expect(third.status).toBe(1);
    expect(third.stdout).toBe(first.stdout);
    expect(third.stderr).toMatch(/^healthlint: warning: ignoring the cache /);
  }, 120_000);

  it('a change to the reviewed data (a lexicon, the model) changes every key', () => {
    const rules = mkdtempSync(join(tmpdir(), 'healthlint-rules-'));
    for (const folder of ['lexicons', 'knowledge', 'models']) cpSync(join(PACKAGE_ROOT, 'rules', folder), join(rules, folder), { recursive: true });
    const before = rulesDataHash(rules);
    expect(before).toBe(rulesDataHash(join(PACKAGE_ROOT, 'rules')));
    appendFileSync(join(rules, 'lexicons', 'targets.yml'), '# a reviewer\'s note\n');
    expect(rulesDataHash(rules)).not.toBe(before);
    expect(cacheKey('c', 'k', 'lint', rulesDataHash(rules))).not.toBe(cacheKey('c', 'k', 'lint', before));
    expect(cacheKey('c', 'k', 'lint')).toBe(cacheKey('c', 'k', 'lint', before));
  });

  it('a folder given with a trailing slash that is a file is a usage error, before any file is read', () => {
    const dir = site();
    writeFileSync(join(dir, 'cache'), 'not a folder');
    const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'healthlint.js'), 'pages', '--cache', '--cache-location', 'cache/'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`healthlint: --cache-location cache/: ${join(dir, 'cache')} is a file, not a folder`);
    expect(run.stdout).toBe('');
  });
});

