// Baseline: legacy findings pass, new ones fail; matching by rule, path and excerpt, not by line.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, readBaseline, type Baseline } from '../src/engine/baseline.js';
import { runLint } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import type { LintResult } from '../src/types.js';

const HEADLINE = 'Stop cancer tumor spread with MyTea Magic';
const SPREAD = 'no-stop-spread-claim';
const MYTEA = join(PACKAGE_ROOT, 'fixtures', 'pages', 'mytea-magic-metastasis-page.txt');

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'healthlint-baseline-'));
  mkdirSync(join(dir, 'pages'));
  copyFileSync(MYTEA, join(dir, 'pages', 'mytea.txt'));
  writeFileSync(join(dir, 'pages', 'landing.md'), `# MyTea Magic\n\n${HEADLINE}\n`);
  return dir;
}

const ruleFindings = (results: LintResult[]) =>
  results.flatMap((r) => r.messages.filter((m) => m.ruleId !== null).map((m) => ({ file: r.filePath, line: m.line, ruleId: m.ruleId })));

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'healthlint.js'), ...args], { encoding: 'utf8', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('baseline', () => {
  it('records the findings by rule, POSIX path, excerpt fingerprint and count; the writing run passes', async () => {
    const dir = site();
    const before = await runLint({ cwd: dir, inputs: ['pages'] });
    expect(ruleFindings(before.results)).toContainEqual({ file: 'pages/mytea.txt', line: 1, ruleId: SPREAD });

    const written = await runLint({ cwd: dir, inputs: ['pages'], baselineWrite: 'healthlint-baseline.json' });
    expect(ruleFindings(written.results)).toEqual([]);
    expect(written.notices[0]).toMatch(/^wrote \d+ findings? to the baseline healthlint-baseline\.json\.$/);

    const baseline = JSON.parse(readFileSync(join(dir, 'healthlint-baseline.json'), 'utf8')) as Baseline;
    expect(baseline.healthlintBaseline).toBe(1);
    expect(baseline.entries).toContainEqual({
      file: 'pages/mytea.txt',
      ruleId: SPREAD,
      fingerprint: fingerprint('Stop cancer tumor spread\nwith MyTea Magic'),
      count: 1,
      excerpt: HEADLINE,
    });
    expect(baseline.entries.every((e) => !e.file.includes('\\') && !e.file.startsWith('/'))).toBe(true);
    const total = baseline.entries.reduce((n, e) => n + e.count, 0);
    expect(total).toBe(ruleFindings(before.results).length);
  });

  it('legacy findings pass; editing lines above a finding keeps it matched; a new finding fails', async () => {
    const dir = site();
    await runLint({ cwd: dir, inputs: ['pages'], baselineWrite: 'baseline.json' });
    expect(ruleFindings((await runLint({ cwd: dir, inputs: ['pages'], baseline: 'baseline.json' })).results)).toEqual([]);

    // Lines added above the claims: they move, and stay matched (no line numbers in the baseline).
    const landing = join(dir, 'pages', 'landing.md');
    writeFileSync(landing, `# MyTea Magic\n\nA new introduction.\n\nAnother paragraph.\n\n${HEADLINE}\n`);
    const mytea = join(dir, 'pages', 'mytea.txt');
    writeFileSync(mytea, `New first line\n\n\n${readFileSync(mytea, 'utf8')}`);
    const moved = await runLint({ cwd: dir, inputs: ['./pages/'], baseline: 'baseline.json' });
    expect(ruleFindings(moved.results)).toEqual([]);
    // Without the baseline they are there, on their new lines.
    expect(ruleFindings((await runLint({ cwd: dir, inputs: ['pages'] })).results)).toContainEqual({ file: 'pages/landing.md', line: 7, ruleId: SPREAD });

    // The same claim a second time in the file: the baseline has one, so one is new (the later one).
    writeFileSync(landing, `# MyTea Magic\n\n${HEADLINE}\n\n${HEADLINE}\n`);
    const twice = await runLint({ cwd: dir, inputs: ['pages'], baseline: 'baseline.json' });
    expect(ruleFindings(twice.results).filter((f) => f.ruleId === SPREAD)).toEqual([{ file: 'pages/landing.md', line: 5, ruleId: SPREAD }]);
    expect(ruleFindings(twice.results).every((f) => f.line === 5)).toBe(true);

    // The same claim in another file is new too: the path is part of the match.
    writeFileSync(landing, `# MyTea Magic\n\n${HEADLINE}\n`);
    writeFileSync(join(dir, 'pages', 'new.md'), `${HEADLINE}\n`);
    const fresh = await runLint({ cwd: dir, inputs: ['pages'], baseline: 'baseline.json' });
    expect(ruleFindings(fresh.results).filter((f) => f.ruleId === SPREAD)).toEqual([{ file: 'pages/new.md', line: 1, ruleId: SPREAD }]);
  });

  it('fingerprints collapse whitespace only', () => {
    expect(fingerprint('Stop cancer tumor spread\nwith MyTea Magic')).toBe(fingerprint('  Stop cancer  tumor spread with\tMyTea Magic '));
    expect(fingerprint(HEADLINE)).not.toBe(fingerprint(HEADLINE.toLowerCase()));
    expect(fingerprint(HEADLINE)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('from the command line: exit 0 with the baseline, 1 on a new finding, 2 on a bad baseline file', () => {
    const dir = site();
    expect(cli(['--baseline-write', 'baseline.json', 'pages'], dir)).toMatchObject({ code: 0, stderr: expect.stringContaining('wrote') });
    expect(cli(['--baseline', 'baseline.json', 'pages'], dir).code).toBe(0);
    writeFileSync(join(dir, 'pages', 'new.md'), `${HEADLINE}\n`);
    const r = cli(['--format', 'json', '--baseline', 'baseline.json', 'pages'], dir);
    expect(r.code).toBe(1);
    expect(ruleFindings(JSON.parse(r.stdout) as LintResult[]).filter((f) => f.ruleId === SPREAD)).toEqual([{ file: 'pages/new.md', line: 1, ruleId: SPREAD }]);

    writeFileSync(join(dir, 'broken.json'), '{"entries": 3}');
    const bad = cli(['--baseline', 'broken.json', 'pages'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('broken.json: not a healthlint baseline');
    const missing = cli(['--baseline', 'nope.json', 'pages'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: no such baseline file');
  }, 120_000);

  it('rejects a baseline that is not JSON', () => {
    const dir = site();
    writeFileSync(join(dir, 'b.json'), 'not json');
    expect(() => readBaseline('b.json', dir)).toThrow(/b\.json: cannot read the baseline/);
  });
});
