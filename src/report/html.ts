/**
 * One self-contained HTML page for a scan, for a person to read, print or file: totals, counts by
 * rule, then per site and per page the findings, each with its excerpt highlighted in the text
 * around it, the authority statement it contradicts, the rule of law cited, and the exact
 * excerpt with its line and column in the fetched HTML. No scripts, no outside resources.
 */
import type { LintMessage, LintResult, PageReading, PageSource } from '../types.js';
import { siteOf } from './csv.js';

const esc = (text: string | number | undefined): string =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

/** The readable text of a piece of HTML source: tags removed, common character references decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
      }
      return NAMED[ref.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const safeHref = (url: string | undefined): string | undefined => (url && /^https?:\/\//i.test(url) ? url : undefined);
const link = (url: string | undefined, text: string): string => {
  const href = safeHref(url);
  return href ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text);
};

const plural = (n: number, word: string): string => (n === 1 ? word : `${word}s`);
const isFinding = (m: LintMessage): boolean => !m.fatal && m.ruleId !== null;
const notLinted = (r: LintResult): LintMessage | undefined => r.messages.find((m) => m.fatal);

function finding(m: LintMessage): string {
  const authority = m.evidence[0];
  const place = `line ${m.line}, column ${m.column} – line ${m.endLine}, column ${m.endColumn}`;
  const before = m.context?.before ? `<span class="context">${esc(m.context.before)} </span>` : '';
  const after = m.context?.after ? `<span class="context"> ${esc(m.context.after)}</span>` : '';
  return `<li class="finding ${m.severity}" data-rule="${esc(m.ruleId ?? '')}">
<p class="head"><span class="severity">${esc(m.severity)}</span> <code class="rule">${esc(m.ruleId ?? '')}</code> <span class="where">${esc(place)}</span></p>
<blockquote class="excerpt">${before}<mark>${esc(textOf(m.excerpt))}</mark>${after}</blockquote>
<p class="message">${esc(m.message)}</p>
${
  authority
    ? `<div class="authority"><p>Contradicts: <cite>${link(authority.url, `${authority.publisher}, “${authority.title}”`)}</cite> <span class="reviewed">(${esc(authority.reviewed)})</span></p>
<blockquote class="quote">${esc(authority.quote)}</blockquote></div>`
    : ''
}
${m.regulations.length ? `<p class="law">Rule cited: ${m.regulations.map((r) => link(r.url, r.cite)).join('; ')}</p>` : ''}
${m.suggestions[0] ? `<p class="instead">Instead: ${esc(m.suggestions[0])}</p>` : ''}
<details class="evidence"><summary>Exact excerpt in the fetched HTML, ${esc(place)}</summary><pre>${esc(m.excerpt)}</pre></details>
</li>`;
}

const KIND_NAMES: Record<PageReading['kind'], string> = { commerce: 'a sales page', informational: 'an informational page', unknown: 'a page of unknown kind' };

/** How the linter read the page, which decides whether a sentence is a seller's claim or information. */
export function readAs(page: PageReading): string {
  const about = page.topics?.length ? `; about ${page.topics.join(' and ')}` : '';
  return readKind(page) + about;
}

function readKind(page: PageReading): string {
  const kind = KIND_NAMES[page.kind];
  const score = page.sellerLikeness === undefined ? '' : `reads ${page.sellerLikeness.toFixed(2)} like a seller's`;
  switch (page.readFrom) {
    case 'signals':
      return `${kind}, by its signals (${page.signals.join(', ')})`;
    case 'words':
      return `${kind}, by its words (${score})`;
    case 'option':
      return `${kind}, as --page-kind or the configuration says`;
    default:
      return score ? `${kind}: no signal, and its words are not sure (${score})` : `${kind}: no signal, and too short to read its words`;
  }
}

function provenance(r: LintResult): string {
  const rows: [string, string][] = r.page ? [['Read as', esc(readAs(r.page))]] : [];
  const s: Partial<PageSource> = r.source ?? {};
  if (s.requestedUrl) rows.push(['Requested', esc(s.requestedUrl)]);
  if (s.fetchedAt) rows.push(['Fetched at', `<time datetime="${esc(s.fetchedAt)}">${esc(s.fetchedAt)}</time>`]);
  if (s.capturedAt) rows.push(['Captured at', `<time datetime="${esc(s.capturedAt)}">${esc(s.capturedAt)}</time>`]);
  if (s.warc) rows.push(['Archive', `${esc(s.warc.file)}, record at byte ${esc(s.warc.offset)}`]);
  if (s.status !== undefined) rows.push(['HTTP status', esc(s.status)]);
  if (s.contentType) rows.push(['Content-Type', esc(s.contentType)]);
  if (s.charset) rows.push(['Decoded as', esc(s.charset)]);
  if (s.sha256) rows.push(['Body', `${esc(s.bytes)} bytes, SHA-256 <code>${esc(s.sha256)}</code>`]);
  return rows.length ? `<dl class="provenance">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>` : '';
}

function page(r: LintResult): string {
  const url = r.source?.url ?? r.filePath;
  const notes = r.messages.filter((m) => !m.fatal && m.ruleId === null);
  const findings = r.messages.filter(isFinding);
  return `<article class="page" data-url="${esc(url)}">
<h3>${link(url, url)}</h3>
${provenance(r)}
${notes.map((n) => `<p class="note">${esc(n.message)}</p>`).join('\n')}
<ol class="findings">
${findings.map(finding).join('\n')}
</ol>
</article>`;
}

interface RuleCount {
  error: number;
  warning: number;
  info: number;
  pages: Set<string>;
}

function countByRule(results: LintResult[]): Map<string, RuleCount> {
  const counts = new Map<string, RuleCount>();
  for (const r of results) {
    for (const m of r.messages.filter(isFinding)) {
      const c = counts.get(m.ruleId!) ?? { error: 0, warning: 0, info: 0, pages: new Set<string>() };
      c[m.severity]++;
      c.pages.add(r.filePath);
      counts.set(m.ruleId!, c);
    }
  }
  const total = (c: RuleCount): number => c.error + c.warning + c.info;
  return new Map([...counts].sort(([a, x], [b, y]) => y.error - x.error || total(y) - total(x) || a.localeCompare(b)));
}

function ruleTable(results: LintResult[], caption: string): string {
  const counts = countByRule(results);
  if (!counts.size) return `<p class="none">No findings.</p>`;
  return `<table class="by-rule"><caption>${esc(caption)}</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Info</th><th scope="col">Pages</th></tr></thead>
<tbody>${[...counts]
    .map(([rule, c]) => `<tr><th scope="row"><code>${esc(rule)}</code></th><td>${c.error}</td><td>${c.warning}</td><td>${c.info}</td><td>${c.pages.size}</td></tr>`)
    .join('\n')}</tbody></table>`;
}

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;max-width:72rem;margin:0 auto;padding:1rem 1.5rem 4rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:2px solid #ddd}h3{font-size:1rem;margin:.2rem 0;word-break:break-all}
table{border-collapse:collapse;margin:.8rem 0}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}td{text-align:right}caption{text-align:left;font-weight:600;padding:.3rem 0}
.totals{display:flex;flex-wrap:wrap;gap:.6rem;padding:0;list-style:none}.totals li{border:1px solid #ccc;border-radius:.4rem;padding:.3rem .8rem}.totals b{font-size:1.2rem}
.page{border:1px solid #ccc;border-radius:.5rem;padding:.8rem 1rem;margin:1rem 0;break-inside:avoid}
.provenance{display:grid;grid-template-columns:max-content auto;gap:0 1rem;font-size:.85rem;color:#444;margin:.3rem 0}.provenance dt{font-weight:600}.provenance dd{margin:0;word-break:break-all}
.findings{padding-left:1.2rem}.finding{margin:.8rem 0;padding-left:.6rem;border-left:4px solid #999}
.finding.error{border-color:#b00020}.finding.warning{border-color:#b26a00}.finding.info{border-color:#1f5fa8}
.severity{font-weight:700;text-transform:uppercase;font-size:.8rem}.error .severity{color:#b00020}.warning .severity{color:#8a5300}.info .severity{color:#1f5fa8}
.where{color:#555;font-size:.85rem}
blockquote{margin:.4rem 0;padding:.4rem .8rem;background:#f6f6f6;border-radius:.3rem}
.excerpt .context{color:#555}mark{background:#ffe066;padding:0 .1rem}
.quote{background:#eef4fb;font-style:italic}.law,.instead,.message{margin:.3rem 0}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f6f6;padding:.5rem;border-radius:.3rem}
.note{color:#8a5300}.none{color:#555}
@media print{details{display:none}.page{border-color:#999}}
`;

export interface HtmlReportOptions {
  color?: boolean;
  title?: string;
  generatedAt?: string;
}

export function formatHtml(results: LintResult[], options: HtmlReportOptions = {}): string {
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  const bySite = new Map<string, LintResult[]>();
  for (const r of results) {
    const site = siteOf(r);
    bySite.set(site, [...(bySite.get(site) ?? []), r]);
  }
  const sites = [...bySite].sort(([a], [b]) => a.localeCompare(b));
  const findings = results.flatMap((r) => r.messages.filter(isFinding));
  const errors = findings.filter((m) => m.severity === 'error').length;
  const warnings = findings.filter((m) => m.severity === 'warning').length;
  const unlinted = results.filter(notLinted);
  const withFindings = results.filter((r) => r.messages.some(isFinding));
  const title = options.title ?? `healthlint report: ${findings.length} ${plural(findings.length, 'finding')} on ${withFindings.length} of ${results.length} ${plural(results.length, 'page')}`;

  const siteSections = sites.map(([site, pages]) => {
    const sorted = [...pages].sort((a, b) => (a.source?.url ?? a.filePath).localeCompare(b.source?.url ?? b.filePath));
    const flagged = sorted.filter((r) => r.messages.some(isFinding));
    const skipped = sorted.filter(notLinted);
    const clean = sorted.filter((r) => !notLinted(r) && !r.messages.some(isFinding));
    const siteFindings = flagged.reduce((n, r) => n + r.messages.filter(isFinding).length, 0);
    return `<section class="site" data-site="${esc(site)}">
<h2>${esc(site)}</h2>
<p class="site-totals">${sorted.length} ${plural(sorted.length, 'page')}: ${flagged.length} with findings (${siteFindings} ${plural(siteFindings, 'finding')}), ${clean.length} without, ${skipped.length} not linted.</p>
${ruleTable(pages, `Findings by rule on ${site}`)}
${flagged.map(page).join('\n')}
${
  skipped.length
    ? `<table class="not-linted"><caption>Pages not linted on ${esc(site)}</caption><thead><tr><th scope="col">Page</th><th scope="col">Why</th></tr></thead><tbody>
${skipped.map((r) => `<tr class="${esc(notLinted(r)!.severity)}"><th scope="row">${link(r.source?.url ?? r.filePath, r.source?.url ?? r.filePath)}</th><td style="text-align:left">${esc(notLinted(r)!.message)}</td></tr>`).join('\n')}
</tbody></table>`
    : ''
}
${clean.length ? `<details class="clean"><summary>${clean.length} page${clean.length === 1 ? '' : 's'} without findings</summary><ul>${clean.map((r) => `<li>${link(r.source?.url ?? r.filePath, r.source?.url ?? r.filePath)}</li>`).join('')}</ul></details>` : ''}
</section>`;
  });

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="healthlint">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Health-claim scan report</h1>
<p>Generated by healthlint at <time datetime="${esc(generatedAt)}">${esc(generatedAt)}</time>. Each finding quotes the page exactly as fetched, with its line and column in the HTML and the SHA-256 of the body, so it can be checked against the same bytes.</p>
<ul class="totals">
<li><b data-count="pages">${results.length}</b> ${plural(results.length, 'page')}</li>
<li><b data-count="sites">${sites.length}</b> ${plural(sites.length, 'site')}</li>
<li><b data-count="findings">${findings.length}</b> ${plural(findings.length, 'finding')}</li>
<li><b data-count="errors">${errors}</b> ${plural(errors, 'error')}</li>
<li><b data-count="warnings">${warnings}</b> ${plural(warnings, 'warning')}</li>
<li><b data-count="not-linted">${unlinted.length}</b> ${plural(unlinted.length, 'page')} not linted</li>
</ul>
</header>
<main>
<section class="summary">
<h2>Summary</h2>
${ruleTable(results, 'Findings by rule, all sites')}
<table class="sites"><caption>Sites</caption>
<thead><tr><th scope="col">Site</th><th scope="col">Pages</th><th scope="col">With findings</th><th scope="col">Findings</th><th scope="col">Not linted</th></tr></thead>
<tbody>${sites
    .map(
      ([site, pages]) =>
        `<tr><th scope="row">${esc(site)}</th><td>${pages.length}</td><td>${pages.filter((r) => r.messages.some(isFinding)).length}</td><td>${pages.reduce((n, r) => n + r.messages.filter(isFinding).length, 0)}</td><td>${pages.filter(notLinted).length}</td></tr>`,
    )
    .join('\n')}</tbody></table>
</section>
${siteSections.join('\n')}
</main>
</body>
</html>
`;
}
