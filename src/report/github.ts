/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` line per finding, which
 * the runner turns into an annotation on the file and line in the pull request.
 *
 *   ::error file=page.md,line=1,col=1,endLine=2,endColumn=17,title=healthlint (no-stop-spread-claim)::Disease claim: …
 *
 * The message and the property values are escaped as the runner unescapes them: `%`, CR and LF
 * everywhere, and `:` and `,` in property values as well.
 */
import type { LintMessage, LintResult, Severity } from '../types.js';
import { posixPath } from './locations.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The annotation text: the message, then the evidence, the law and what to write instead. */
function body(m: LintMessage): string {
  const lines = [m.message];
  if (m.ruleId) {
    const first = m.evidence[0];
    if (first) lines.push(`Contradicts: ${first.publisher}, “${first.title}” (${first.reviewed}): “${first.quote}”`);
    if (m.regulations.length) lines.push(`Breaks: ${m.regulations.map((r) => r.cite).join('; ')}`);
    if (m.suggestions[0]) lines.push(`Instead: ${m.suggestions[0]}`);
    if (m.url) lines.push(`Rule: ${m.url}`);
  }
  return lines.join('\n');
}

function command(filePath: string, m: LintMessage): string {
  const props: [string, string | number][] = [['file', posixPath(filePath)]];
  if (m.ruleId) {
    props.push(['line', m.line], ['col', m.column], ['endLine', m.endLine], ['endColumn', m.endColumn]);
    props.push(['title', `healthlint (${m.ruleId}): ${shorten(m.excerpt, 80)}`]);
  } else {
    props.push(['title', 'healthlint']);
  }
  const properties = props.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMAND[m.severity]} ${properties}::${escapeData(body(m))}`;
}

export function formatGithub(results: LintResult[]): string {
  const lines = results.flatMap((r) => r.messages.map((m) => command(r.filePath, m)));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
