/**
 * CSV for spreadsheets and case files: one row per message (findings, and the one message of a
 * page that was not linted), written with csv-stringify (RFC 4180 quoting).
 */
import { stringify } from 'csv-stringify/sync';
import type { LintMessage, LintResult } from '../types.js';

export const CSV_COLUMNS = [
  'url',
  'site',
  'line',
  'column',
  'rule',
  'severity',
  // The claim register's reading of the sentence (claim findings only): sort a scan by it.
  'claim_likeness',
  'message',
  'excerpt',
  'citation',
  'authority',
  'authority_quote',
  'authority_url',
  'fetched_at',
  'captured_at',
  'status',
  'sha256',
] as const;

/** The site a result belongs to: the host of its URL, or "local files". */
export function siteOf(result: LintResult): string {
  const url = result.source?.url ?? result.filePath;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.host;
  } catch {
    /* a file path */
  }
  return 'local files';
}

function row(result: LintResult, m: LintMessage): Record<(typeof CSV_COLUMNS)[number], string | number> {
  const authority = m.evidence[0];
  return {
    url: result.source?.url ?? result.filePath,
    site: siteOf(result),
    line: m.line,
    column: m.column,
    rule: m.ruleId ?? '',
    severity: m.severity,
    claim_likeness: m.claimLikeness ?? '',
    message: m.message,
    excerpt: m.excerpt,
    citation: m.regulations.map((r) => r.cite).join('; '),
    authority: authority ? `${authority.publisher}, "${authority.title}" (${authority.reviewed})` : '',
    authority_quote: authority?.quote ?? '',
    authority_url: authority?.url ?? '',
    fetched_at: result.source?.fetchedAt ?? '',
    captured_at: result.source?.capturedAt ?? '',
    status: result.source?.status ?? '',
    sha256: result.source?.sha256 ?? '',
  };
}

/** Rows for one result; with `header`, the header line first. */
export function csvRows(result: LintResult | undefined, options: { header?: boolean } = {}): string {
  const records = result ? result.messages.map((m) => row(result, m)) : [];
  if (!records.length && !options.header) return '';
  return stringify(records, { header: options.header ?? false, columns: [...CSV_COLUMNS] });
}

export function formatCsv(results: LintResult[]): string {
  return [csvRows(undefined, { header: true }), ...results.map((r) => csvRows(r))].join('');
}
