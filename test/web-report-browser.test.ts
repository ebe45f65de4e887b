// The HTML report, opened in headless Chromium (Debian's chromium, driven by playwright-core):
// the checks read what the browser renders, not the HTML string. .ci/run installs chromium; where
// it is missing this file is skipped with a message saying so.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../src/report/html.js';
import type { LintResult } from '../src/types.js';
import { lintPage, problemResult } from '../src/web/page.js';
import { STATIC, staticFile } from './web-site.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`web-report-browser: skipped, ${CHROMIUM} is missing (apt-get install chromium; .ci/run does it)`);

const SHOP = 'http://127.0.0.1:8801';
const OTHER = 'http://localhost:8802';
const FETCHED = '2026-11-26T12:00:00.000Z';

function page(base: string, path: string): LintResult {
  return lintPage({ url: `${base}${path}`, body: staticFile(path), contentType: STATIC[path], status: 200, fetchedAt: FETCHED }).result;
}

let browser: BrowserContext;
let view: Page;
let results: LintResult[];

describe.skipIf(!haveChromium)('HTML report in headless Chromium', () => {
  beforeAll(async () => {
    results = [
      page(SHOP, '/mytea-magic-metastasis-page.html'),
      page(SHOP, '/tisane.html'),
      page(SHOP, '/acs-blog-when-cancer-spreads.html'),
      problemResult(`${SHOP}/brochure.pdf`, 'Not linted: not HTML (Content-Type: application/pdf); not linted', 'warning', { url: `${SHOP}/brochure.pdf`, status: 200 }),
      page(OTHER, '/nci-metastatic-cancer-fact-sheet.html'),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'healthlint-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, formatHtml(results, { generatedAt: FETCHED }));
    // A fresh profile (--user-data-dir): playwright takes it as launchPersistentContext's first argument.
    browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'healthlint-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    view = await browser.newPage();
    // Self-contained: any request other than the report itself fails the test.
    const outside: string[] = [];
    view.on('request', (r) => {
      if (!r.url().startsWith('file://')) outside.push(r.url());
    });
    await view.goto(pathToFileURL(file).href);
    expect(outside).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the totals and the counts by rule', async () => {
    expect(await view.title()).toMatch(/^healthlint report: \d+ findings on 2 of 5 pages$/);
    await expect(view.locator('h1').innerText()).resolves.toBe('Health-claim scan report');
    const findings = results.flatMap((r) => r.messages.filter((m) => m.ruleId && !m.fatal)).length;
    await expect(view.locator('[data-count="findings"]').innerText()).resolves.toBe(String(findings));
    await expect(view.locator('[data-count="sites"]').innerText()).resolves.toBe('2');
    const row = view.locator('.summary table.by-rule tr', { has: view.locator('code', { hasText: /^no-stop-spread-claim$/ }) });
    await expect(row.locator('td').first().innerText()).resolves.toBe('2');
  });

  it('groups pages by site', async () => {
    await expect(view.locator('section.site h2').allInnerTexts()).resolves.toEqual(['127.0.0.1:8801', 'localhost:8802']);
    const shop = view.locator('section.site[data-site="127.0.0.1:8801"]');
    await expect(shop.locator('.site-totals').innerText()).resolves.toMatch(/^4 pages: 2 with findings \(\d+ findings\), 1 without, 1 not linted\.$/);
    await expect(shop.locator('table.not-linted').innerText()).resolves.toContain('not HTML (Content-Type: application/pdf)');
  });

  it('shows a finding with its highlighted excerpt in context, the authority contradicted and the rule cited', async () => {
    const finding = view.locator(`article[data-url="${SHOP}/mytea-magic-metastasis-page.html"] li.finding[data-rule="no-stop-spread-claim"]`);
    await expect(finding.count()).resolves.toBe(1);
    const mark = finding.locator('mark');
    await expect(mark.innerText()).resolves.toBe('Stop cancer tumor spread with MyTea Magic');
    expect(await mark.isVisible()).toBe(true);
    const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(255, 224, 102)');
    await expect(finding.locator('.excerpt').innerText()).resolves.toContain('1. Cancer Metastasis: Can this program help me?');
    const text = await finding.innerText();
    expect(text).toMatch(/^ERROR no-stop-spread-claim line 10, column 5/);
    expect(text).toContain('Contradicts: National Cancer Institute, “Metastatic Cancer”');
    expect(text).toContain('Once cancer spreads, it can be hard to control.');
    expect(text).toContain('Rule cited:');
    expect(text).toContain('21 CFR 101.93(g)(2)(i)');
    // The exact excerpt stays folded until asked for.
    expect(await finding.locator('details.evidence pre').isVisible()).toBe(false);
    await finding.locator('details.evidence summary').click();
    await expect(finding.locator('details.evidence pre').innerText()).resolves.toBe('Stop cancer tumor spread\nwith MyTea Magic');
  });

  it('shows provenance: fetch time, status and the SHA-256 of the body', async () => {
    const provenance = view.locator(`article[data-url="${SHOP}/tisane.html"] dl.provenance`);
    const text = await provenance.innerText();
    expect(text).toContain(FETCHED);
    expect(text).toContain('windows-1252');
    expect(text).toMatch(/SHA-256 [0-9a-f]{64}/);
    // How the page was read, which decides whether its sentences are a seller's.
    const mytea = await view.locator(`article[data-url="${SHOP}/mytea-magic-metastasis-page.html"] dl.provenance`).innerText();
    expect(mytea).toMatch(/Read as\s+a sales page, by its signals \([^)]*supplement-disclaimer/);
    expect(text).toMatch(/Read as\s+a (sales page|page of unknown kind)/);
    const tisane = view.locator(`article[data-url="${SHOP}/tisane.html"] mark`);
    await expect(tisane.innerText()).resolves.toBe('Our Tisane Guérison tea stops the spread of cancer.');
  });
});
