/**
 * Inline directives, as ESLint's, written in comments the parser found (HTML comments in Markdown
 * and HTML, `{/* … *\/}` in MDX):
 *
 *   healthlint-disable [RULE…] [-- reason]            from here on (no rule: every rule)
 *   healthlint-enable [RULE…]                         ends a disable (no rule: every rule)
 *   healthlint-disable-line [RULE…] [-- reason]       findings that start on the comment's line
 *   healthlint-disable-next-line [RULE…] [-- reason]  findings that start on the line after it
 *
 * Rules are separated by commas or spaces; the reason follows `--`. A directive suppresses
 * findings of rules only (never a file problem). Options: report directives that suppressed
 * nothing (warning) and require a reason (a disable without one is reported, as an error, and
 * suppresses nothing).
 */
import type { LintMessage, Point, SourceComment } from '../types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason?: string;
  comment: SourceComment;
}

export interface DirectiveOptions {
  reportUnused?: boolean;
  requireReason?: boolean;
  /** Every rule id a directive may name (also those turned off); others are reported. */
  knownRules?: string[];
  source?: string;
}

const DIRECTIVE = /^healthlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;
const REASON = /(?:^|\s)-{2,}(?:\s|$)/;

export function parseDirective(comment: SourceComment): Directive | undefined {
  const text = comment.value.trim();
  const match = DIRECTIVE.exec(text);
  if (!match) return undefined;
  let body = text.slice(match[0].length);
  let reason: string | undefined;
  const at = body.search(REASON);
  if (at >= 0) {
    reason = body.slice(at).replace(/^\s*-{2,}/, '').trim() || undefined;
    body = body.slice(0, at);
  }
  const rules = body.split(/[\s,]+/).filter(Boolean);
  return { kind: match[1] as DirectiveKind, rules, reason, comment };
}

export function parseDirectives(comments: SourceComment[] = []): Directive[] {
  return comments.flatMap((c) => parseDirective(c) ?? []);
}

function before(a: Point, line: number, column: number): boolean {
  return a.line < line || (a.line === line && a.column <= column);
}

function problemAt(directive: Directive, message: string, severity: 'error' | 'warning', source: string | undefined): LintMessage {
  const { start, end } = directive.comment;
  return {
    ruleId: null,
    severity,
    message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    excerpt: source ? source.slice(start.offset, end.offset) : '',
    category: null,
    evidence: [],
    regulations: [],
    suggestions: [],
    fatal: false,
  };
}

const list = (rules: string[]): string => rules.map((r) => `"${r}"`).join(', ');

/** Drops the findings directives suppress and adds the problems with the directives themselves. */
export function applyDirectives(messages: LintMessage[], comments: SourceComment[] | undefined, options: DirectiveOptions = {}): LintMessage[] {
  const all = parseDirectives(comments);
  if (all.length === 0) return messages;
  const problems: LintMessage[] = [];
  const known = options.knownRules ? new Set(options.knownRules) : undefined;

  const directives: Directive[] = [];
  for (const d of all) {
    const name = `healthlint-${d.kind}`;
    const unknown = known ? d.rules.filter((r) => !known.has(r)) : [];
    if (unknown.length) {
      problems.push(problemAt(d, `Unknown rule ${list(unknown)} in ${name} directive.`, 'warning', options.source));
    }
    if (options.requireReason && d.kind !== 'enable' && !d.reason) {
      problems.push(
        problemAt(d, `The ${name} directive needs a reason: add "-- " and why, e.g. "${name} ${d.rules.join(', ') || 'RULE'} -- quoted from an FDA warning letter". It suppresses nothing until then.`, 'error', options.source),
      );
      continue;
    }
    directives.push(d);
  }

  // Which (directive, rule) pairs suppressed something; '*' for a directive naming no rule.
  const used = new Map<Directive, Set<string>>();
  const mark = (d: Directive, rule: string): void => {
    const set = used.get(d) ?? new Set<string>();
    set.add(d.rules.length ? rule : '*');
    used.set(d, set);
  };
  const names = (d: Directive, rule: string): boolean => d.rules.length === 0 || d.rules.includes(rule);

  const kept: LintMessage[] = [];
  for (const message of messages) {
    const rule = message.ruleId;
    if (rule === null || message.fatal) {
      kept.push(message);
      continue;
    }
    let by: Directive | undefined;
    // Line directives first, then the disable/enable state at the finding's start.
    for (const d of directives) {
      if (d.kind === 'disable-line' && d.comment.start.line === message.line && names(d, rule)) by ??= d;
      if (d.kind === 'disable-next-line' && d.comment.end.line + 1 === message.line && names(d, rule)) by ??= d;
    }
    if (!by) {
      let disableAll: Directive | undefined;
      const reenabled = new Set<string>();
      const disabled = new Map<string, Directive>();
      for (const d of directives) {
        if ((d.kind !== 'disable' && d.kind !== 'enable') || !before(d.comment.start, message.line, message.column)) continue;
        if (d.kind === 'disable') {
          if (d.rules.length === 0) {
            disableAll = d;
            reenabled.clear();
            disabled.clear();
          } else {
            for (const r of d.rules) {
              disabled.set(r, d);
              reenabled.delete(r);
            }
          }
        } else if (d.rules.length === 0) {
          disableAll = undefined;
          reenabled.clear();
          disabled.clear();
        } else {
          for (const r of d.rules) {
            disabled.delete(r);
            if (disableAll) reenabled.add(r);
          }
        }
      }
      by = disabled.get(rule) ?? (disableAll && !reenabled.has(rule) ? disableAll : undefined);
    }
    if (by) mark(by, rule);
    else kept.push(message);
  }

  if (options.reportUnused) {
    for (const d of directives) {
      if (d.kind === 'enable') continue;
      const name = `healthlint-${d.kind}`;
      const hit = used.get(d);
      if (d.rules.length === 0) {
        if (!hit) problems.push(problemAt(d, `Unused ${name} directive (no findings were reported).`, 'warning', options.source));
        continue;
      }
      const unused = d.rules.filter((r) => !hit?.has(r) && (!known || known.has(r)));
      if (unused.length) {
        problems.push(problemAt(d, `Unused ${name} directive (no findings were reported from ${list(unused)}).`, 'warning', options.source));
      }
    }
  }
  return [...kept, ...problems];
}
