/**
 * Output for people, through vfile-reporter (the unified ecosystem's reporter): location,
 * severity, message and rule id, with the flagged text, the authority it contradicts, the rule
 * of law and what to write instead as a note under each finding.
 */
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { LintMessage, LintResult } from '../types.js';

const MAX_EXCERPT = 160;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function noteFor(message: LintMessage): string | undefined {
  if (message.fatal || !message.ruleId) return undefined;
  const lines = [`flagged: “${shorten(message.excerpt, MAX_EXCERPT)}”`];
  const first = message.evidence[0];
  if (first) lines.push(`contradicts: ${first.publisher}, “${first.title}” (${first.reviewed}): “${first.quote}”`);
  if (message.regulations.length) lines.push(`breaks: ${message.regulations.map((r) => r.cite).join('; ')}`);
  if (message.suggestions[0]) lines.push(`instead: ${message.suggestions[0]}`);
  return lines.join('\n');
}

export function formatStylish(results: LintResult[], options: { color?: boolean } = {}): string {
  const files = results.map((result) => {
    const file = new VFile({ path: result.filePath });
    for (const m of result.messages) {
      const vm = file.message(m.message, {
        place: { start: { line: m.line, column: m.column }, end: { line: m.endLine, column: m.endColumn } },
        ruleId: m.ruleId ?? undefined,
        source: 'healthlint',
      });
      // vfile: true is an error, false a warning, undefined an info message.
      vm.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined;
      const note = noteFor(m);
      if (note) vm.note = note;
    }
    return file;
  });
  const text = reporter(files, { verbose: true, color: options.color ?? false, defaultName: '<stdin>' });
  return text ? `${text}\n` : '';
}
