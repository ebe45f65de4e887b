// A crawl of the loopback test site: the MyTea claim is found, robots.txt is honoured, every
// fault is survived and reported, and the evidence can be reproduced from the bytes.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import type { LintResult } from '../src/types.js';
import { decodeHtml } from '../src/web/decode.js';
import { SEED_PAGES, byUrl, parseJsonl, runScan, staticFile, startTestSite, type CapturedRun, type TestSite } from './web-site.js';

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const fatalOf = (r: LintResult | undefined) => r?.messages.find((m) => m.fatal);

let site: TestSite;
let run: CapturedRun;
let results: Map<string, LintResult>;
const url = (path: string): string => `${site.base}${path}`;
// The command-line run gets a site of its own, and runs while the crawl does.
let cliSite: TestSite;
let cli: Promise<{ status: number | null; stdout: string; stderr: string }>;

function runCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const bin = join(PACKAGE_ROOT, 'bin', 'healthlint.js');
  // Asynchronously: the test site answers from this process.
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd: PACKAGE_ROOT }, (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }));
  });
}

beforeAll(async () => {
  site = await startTestSite();
  cliSite = await startTestSite();
  cli = runCli([`${cliSite.base}/tisane.html`, '--format', 'jsonl', '--per-host-delay', '0']);
  run = await runScan([], { crawl: [url('/')] });
  results = byUrl(parseJsonl(run.stdout));
}, 60_000);
afterAll(async () => {
  await cli;
  await Promise.all([site?.close(), cliSite?.close()]);
});

describe('crawling the loopback test site', () => {
  it('reports the MyTea headline by no-stop-spread-claim, as an error, and exits 1', () => {
    const mytea = results.get(url('/mytea-magic-metastasis-page.html'));
    const headline = mytea?.messages.find((m) => m.ruleId === 'no-stop-spread-claim');
    expect(headline).toBeDefined();
    expect(flat(headline!.excerpt)).toBe('Stop cancer tumor spread with MyTea Magic');
    expect(headline!.severity).toBe('error');
    expect(headline!.evidence[0]!.publisher).toBe('National Cancer Institute');
    expect(headline!.regulations.map((r) => r.cite)).toContain('21 CFR 101.93(g)(2)(i)');
    expect(run.code).toBe(1);
  });

  it('lints every seed page it can reach, with one result each', () => {
    const all = parseJsonl(run.stdout).map((r) => r.filePath);
    expect(new Set(all).size).toBe(all.length);
    for (const page of SEED_PAGES) {
      const result = results.get(url(`/${page}`));
      expect(result, page).toBeDefined();
      expect(fatalOf(result), page).toBeUndefined();
      // Once each, or twice after a retry; the NCI page is also reached through /moved (?from=moved).
      expect(site.hits(`/${page}`), page).toBeLessThanOrEqual(page.startsWith('nci-') ? 4 : 2);
    }
    // The informational seed pages stay clean.
    expect(results.get(url('/nci-metastatic-cancer-fact-sheet.html'))!.errorCount).toBe(0);
  });

  it('honours robots.txt: the disallowed page is never requested and is reported with the rule', () => {
    expect(site.hits('/private/members.html')).toBe(0);
    expect(site.hits('/robots.txt')).toBe(1);
    const members = fatalOf(results.get(url('/private/members.html')));
    expect(members?.severity).toBe('info');
    expect(members?.message).toMatch(/robots\.txt \(line 2\) disallows it for user agent "healthlint"/);
  });

  it('names healthlint in the User-Agent of every request', () => {
    expect(site.requests.length).toBeGreaterThan(10);
    for (const r of site.requests) expect(r.userAgent).toMatch(/^healthlint\/\S+ /);
  });

  it('survives every fault and reports each one with why', () => {
    const expectations: [string, 'error' | 'warning', RegExp][] = [
      ['/loop/a', 'error', /redirect loop: .*\/loop\/a → .*\/loop\/b → .*\/loop\/a/],
      ['/slow', 'error', /timed out after 5 s .*\(2 attempts\)/],
      ['/error-500', 'error', /HTTP 500 Internal Server Error \(2 attempts\)/],
      ['/missing.html', 'error', /HTTP 404 Not Found/],
      ['/huge.html', 'warning', /larger than the limit of 100000 bytes/],
      ['/brochure.pdf', 'warning', /not HTML \(Content-Type: application\/pdf\)/],
    ];
    for (const [path, severity, message] of expectations) {
      const fatal = fatalOf(results.get(url(path)));
      expect(fatal, path).toBeDefined();
      expect(fatal!.severity, path).toBe(severity);
      expect(fatal!.message, path).toMatch(message);
    }
    // Retried with back-off where trying again may help, not where it cannot.
    expect(site.hits('/error-500')).toBe(2);
    expect(site.hits('/slow')).toBe(2);
    expect(site.hits('/missing.html')).toBe(1);
    expect(site.hits('/brochure.pdf')).toBe(1);
  });

  it('decodes a windows-1252 page: é and ’ come out right', () => {
    const tisane = results.get(url('/tisane.html'))!;
    expect(tisane.source?.charset).toBe('windows-1252');
    const claim = tisane.messages.find((m) => m.ruleId === 'no-stop-spread-claim')!;
    expect(claim.excerpt).toBe('Our Tisane Guérison tea stops the spread of cancer.');
    expect(claim.context?.before).toContain('Grandma’s herbal blend');
  });

  it('follows a redirect and keeps both addresses', () => {
    const moved = results.get(url('/nci-metastatic-cancer-fact-sheet.html?from=moved'));
    expect(moved?.source?.requestedUrl).toBe(url('/moved'));
    expect(moved?.source?.status).toBe(200);
  });

  it('keeps the evidence reproducible: URL, fetch time, SHA-256 of the body, excerpt at its line and column', () => {
    const mytea = results.get(url('/mytea-magic-metastasis-page.html'))!;
    const bytes = staticFile('/mytea-magic-metastasis-page.html');
    expect(mytea.source?.url).toBe(url('/mytea-magic-metastasis-page.html'));
    expect(Number.isNaN(Date.parse(mytea.source!.fetchedAt!))).toBe(false);
    expect(mytea.source?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(mytea.source?.bytes).toBe(bytes.length);
    const lines = decodeHtml(bytes, mytea.source?.contentType).text.split('\n');
    for (const m of mytea.messages.filter((x) => x.ruleId)) {
      const start = lines.slice(0, m.line - 1).join('\n').length + (m.line > 1 ? 1 : 0) + m.column - 1;
      const end = lines.slice(0, m.endLine - 1).join('\n').length + (m.endLine > 1 ? 1 : 0) + m.endColumn - 1;
      expect(lines.join('\n').slice(start, end)).toBe(m.excerpt);
    }
  });

  it('prints nothing on standard error when it is not a terminal', () => {
    expect(run.stderr).toBe('');
  });
});

describe('reports a person files', () => {
  it('writes CSV with one row per finding and the columns an analyst needs', async () => {
    const csv = await runScan([url('/mytea-magic-metastasis-page.html'), url('/brochure.pdf')], { format: 'csv' });
    const rows = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    const headline = rows.find((r) => r.rule === 'no-stop-spread-claim')!;
    expect(headline).toMatchObject({
      url: url('/mytea-magic-metastasis-page.html'),
      site: new URL(site.base).host,
      severity: 'error',
      excerpt: 'Stop cancer tumor spread\nwith MyTea Magic',
    });
    expect(headline.citation).toContain('21 CFR 101.93(g)(2)(i)');
    expect(Number(headline.claim_likeness)).toBeGreaterThan(0);
    expect(headline.authority_quote).toContain('Once cancer spreads, it can be hard to control.');
    expect(Number.isNaN(Date.parse(headline.fetched_at!))).toBe(false);
    const pdf = rows.find((r) => r.url.endsWith('/brochure.pdf'))!;
    expect(pdf.message).toMatch(/not HTML/);
  });

  it('writes one self-contained HTML page', async () => {
    const html = await runScan([url('/tisane.html')], { format: 'html' });
    expect(html.code).toBe(1);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('<mark>Our Tisane Guérison tea stops the spread of cancer.</mark>');
    expect(html.stdout).not.toMatch(/<script|<link |src="http/);
  });

  it('runs from the command line: a URL argument is a web scan', async () => {
    const r = await cli;
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const [result] = parseJsonl(r.stdout);
    expect(result!.filePath).toBe(`${cliSite.base}/tisane.html`);
    expect(result!.messages[0]!.ruleId).toBe('no-stop-spread-claim');
  }, 30_000);
});
