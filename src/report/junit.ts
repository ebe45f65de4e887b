/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines, …): one
 * testsuite per file, one testcase per finding. An error or warning is a `<failure>`, a file that
 * could not be linted an `<error>`, an info finding a passing testcase with the text in
 * `<system-out>`; a file without findings gets one passing testcase, so it shows as checked.
 *
 * Built with xmlbuilder2, which escapes markup characters; characters XML 1.0 cannot carry are
 * replaced with U+FFFD, and attribute values are kept on one line (a parser would fold their
 * line breaks into spaces anyway). The full text is in the element body.
 */
import { create } from 'xmlbuilder2';
import type { LintMessage, LintResult } from '../types.js';
import { posixPath } from './locations.js';

type XMLBuilder = ReturnType<typeof create>;

function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function details(filePath: string, m: LintMessage): string {
  const lines = [`${posixPath(filePath)}:${m.line}:${m.column}: ${m.message}`];
  if (m.ruleId) {
    lines.push(`Rule: ${m.ruleId}${m.url ? ` (${m.url})` : ''}`);
    if (m.excerpt) lines.push(`Flagged: ${m.excerpt}`);
    for (const e of m.evidence) lines.push(`Contradicts: ${e.publisher}, “${e.title}” (${e.reviewed}): “${e.quote}”${e.url ? ` ${e.url}` : ''}`);
    for (const r of m.regulations) lines.push(`Breaks: ${r.cite} ${r.url}`);
    for (const s of m.suggestions) lines.push(`Instead: ${s}`);
  }
  return lines.join('\n');
}

function testcase(suite: XMLBuilder, filePath: string, m: LintMessage): void {
  const file = posixPath(filePath);
  const name = m.ruleId
    ? `${m.ruleId} at ${m.line}:${m.column}: ${oneLine(m.excerpt, 80)}`
    : `${m.fatal ? 'cannot lint' : 'notice'}: ${oneLine(m.message, 80)}`;
  const tc = suite.ele('testcase', { name, classname: file, file, time: '0' });
  const text = details(filePath, m);
  if (m.fatal) tc.ele('error', { message: oneLine(m.message), type: 'fatal' }).txt(text);
  else if (m.severity === 'info') tc.ele('system-out').txt(text);
  else tc.ele('failure', { message: oneLine(m.message), type: m.severity }).txt(text);
}

export function formatJunit(results: LintResult[]): string {
  const count = (r: LintResult, what: 'failures' | 'errors'): number =>
    r.messages.filter((m) => (what === 'errors' ? m.fatal : !m.fatal && m.severity !== 'info')).length;
  const tests = (r: LintResult): number => Math.max(1, r.messages.length);

  const doc = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' });
  const root = doc.ele('testsuites', {
    name: 'healthlint',
    tests: String(results.reduce((n, r) => n + tests(r), 0)),
    failures: String(results.reduce((n, r) => n + count(r, 'failures'), 0)),
    errors: String(results.reduce((n, r) => n + count(r, 'errors'), 0)),
    time: '0',
  });
  for (const result of results) {
    const file = posixPath(result.filePath);
    const suite = root.ele('testsuite', {
      name: file,
      tests: String(tests(result)),
      failures: String(count(result, 'failures')),
      errors: String(count(result, 'errors')),
      skipped: '0',
      time: '0',
    });
    if (!result.messages.length) suite.ele('testcase', { name: 'no health claims found', classname: file, file, time: '0' });
    for (const m of result.messages) testcase(suite, result.filePath, m);
  }
  return `${doc.end({ prettyPrint: true })}\n`;
}
