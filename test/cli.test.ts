// End to end: the built command, as a user or a CI job runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';

const bin = join(PACKAGE_ROOT, 'bin', 'healthlint.js');
const page = (name: string): string => join(PACKAGE_ROOT, 'fixtures', 'pages', name);

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: PACKAGE_ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('healthlint CLI', () => {
  it('exits 1 on the MyTea page and prints the claim, its evidence and the rule broken', () => {
    const r = run([page('mytea-magic-metastasis-page.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1:1-2:17');
    expect(r.stdout).toContain('no-stop-spread-claim');
    expect(r.stdout).toContain('Once cancer spreads, it can be hard to control.');
    expect(r.stdout).toContain('21 CFR 101.93(g)(2)(i)');
  });

  it('exits 0 on the NCI fact sheet', () => {
    const r = run([page('nci-metastatic-cancer-fact-sheet.txt')]);
    expect(r.code).toBe(0);
  });

  it('prints the JSON contract', () => {
    const r = run(['--format', 'json', page('mytea-magic-metastasis-page.txt')]);
    const [result] = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(['filePath', 'errorCount', 'warningCount', 'infoCount', 'messages', 'page']);
    // How the page was read: a sales page, by its own signals (the supplement disclaimer).
    expect(result.page).toMatchObject({ kind: 'commerce', readFrom: 'signals' });
    const headline = result.messages[0];
    for (const key of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'excerpt', 'category', 'evidence', 'regulations', 'suggestions', 'fatal']) {
      expect(headline).toHaveProperty(key);
    }
    expect(headline.evidence[0]).toEqual(expect.objectContaining({ publisher: 'National Cancer Institute' }));
  });

  it('reads standard input in the format --stdin-filename names', () => {
    const r = run(['--stdin', '--stdin-filename', 'draft.md', '--format', 'json'], '# Intro\n\nStop cancer tumor spread with **MyTea Magic**\n');
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(result.filePath).toBe('draft.md');
    expect(result.messages[0].line).toBe(3);
  });

  it('treats a missing path as a usage error, in one line', () => {
    const r = run(['no/such/file.md']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('healthlint: No such file or directory: no/such/file.md');
  });

  it('refuses an unknown format with exit 2', () => {
    const r = run(['--format', 'xml', page('nci-metastatic-cancer-fact-sheet.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown format "xml"');
  });

  it('keeps going past binary, empty, invalid UTF-8 and one-line files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'healthlint-'));
    writeFileSync(join(dir, 'a-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'b-empty.md'), '');
    writeFileSync(join(dir, 'c-latin1.txt'), Buffer.from('Caf\xe9 tea. Stop cancer tumor spread with MyTea Magic\n', 'latin1'));
    writeFileSync(join(dir, 'd-long.txt'), `${'word '.repeat(200_000)}\n`);
    writeFileSync(join(dir, 'ignored.png'), 'not prose');
    const r = run(['--format', 'json', dir]);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { fatal: boolean; message: string; ruleId: string | null }[] }[];
    expect(results.map((x) => x.filePath.split('/').pop())).toEqual(['a-binary.txt', 'b-empty.md', 'c-latin1.txt', 'd-long.txt']);
    expect(results[0]!.messages).toEqual([expect.objectContaining({ fatal: true, ruleId: null })]);
    expect(results[0]!.messages[0]!.message).toContain('binary');
    expect(results[1]!.messages).toEqual([]);
    expect(results[2]!.messages[0]).toEqual(expect.objectContaining({ ruleId: null, severity: 'warning' }));
    expect(results[2]!.messages.map((m) => m.ruleId)).toContain('no-stop-spread-claim');
    expect(results[3]!.messages).toEqual([]);
  });

  it('writes the report to --output-file and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'healthlint-'));
    const out = join(dir, 'report.json');
    const r = run(['--format', 'json', '--output-file', out, page('acs-blog-when-cancer-spreads.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].errorCount).toBe(0);
  });

  it('fails on warnings over --max-warnings', () => {
    // From an FDA and FTC warning letter (fixtures/corpus/violative.jsonl): with no page around it, a warning.
    const claim = 'Colloidal silver is the key to protecting yourself from the corona virus\n';
    expect(run(['--stdin'], claim).code).toBe(0);
    expect(run(['--max-warnings', '0', '--stdin'], claim).code).toBe(1);
    expect(run(['--max-warnings', '1', '--stdin'], claim).code).toBe(0);
  });

  it('--page-kind says what the pages are: a possible claim on an unknown page, a claim on a sales page, nothing on an informational one', () => {
    // From an FDA and FTC warning letter (fixtures/corpus/violative.jsonl).
    const claim = 'Colloidal silver is the key to protecting yourself from the corona virus\n';
    const severities = (kind: string) =>
      JSON.parse(run(['--stdin', '--format', 'json', '--page-kind', kind], claim).stdout)[0].messages.map((m: { severity: string }) => m.severity);
    expect(severities('auto')).toEqual(['warning']);
    expect(severities('sales')).toEqual(['error']);
    expect(severities('informational')).toEqual([]);
    expect(run(['--page-kind', 'blog', page('nci-metastatic-cancer-fact-sheet.txt')]).code).toBe(2);
  });

  it('--reference takes one page each time, and the files after it are still linted', () => {
    const errorLines = (args: string[]) =>
      JSON.parse(run(['--format', 'json', ...args]).stdout).map((r: { messages: { severity: string; line: number }[] }) =>
        r.messages.filter((m) => m.severity === 'error').map((m) => m.line),
      );
    const mytea = page('mytea-magic-metastasis-page.txt');
    const hospital = page('ctca-metastatic-cancer-page.txt');
    // With the hospital's page as a reference, the line the seller copied from it is not the seller's claim.
    expect(errorLines(['--reference', hospital, mytea])).toEqual([[1]]);
    expect(errorLines(['--reference', hospital, '--reference', page('nci-metastatic-cancer-fact-sheet.txt'), mytea])).toEqual([[1]]);
    expect(errorLines([mytea])[0]).toContain(1);
    expect(errorLines([mytea])[0].length).toBeGreaterThan(1);
  });
});
