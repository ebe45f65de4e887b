// Inline directives in Markdown, HTML and MDX comments, on real claims: the MyTea headline
// (fixtures/pages/mytea-magic-metastasis-page.txt) and an FDA warning-letter quote from the corpus.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { resolveRawConfig, type RawConfig } from '../src/config/index.js';
import { parseDirective } from '../src/engine/directives.js';
import { lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import type { LintMessage, LintResult } from '../src/types.js';

const HEADLINE = 'Stop cancer tumor spread with MyTea Magic';
/** FDA, quoted by Drug Store News (fixtures/corpus/violative.jsonl). */
const TREATS = 'Treats all forms of cancer';
const SPREAD = 'no-stop-spread-claim';
const TREAT = 'no-disease-treatment-claim';
const WATCHED = new Set([SPREAD, TREAT, null]);

const defaults = rules.map((r) => ({ id: r.meta.id, severity: r.meta.severity }));
const config = (raw: RawConfig = {}) => resolveRawConfig(raw, null, defaults);

/** [line, ruleId] of the findings of the two rules these inputs are about, and of directive problems. */
function lint(source: string, file: string, raw?: RawConfig): [number, string | null][] {
  return watched(lintSource(source, file, { config: config(raw) }).messages).map((m) => [m.line, m.ruleId]);
}
const watched = (messages: LintMessage[]) => messages.filter((m) => WATCHED.has(m.ruleId));

describe('directives in Markdown', () => {
  it('sees every claim when there is no directive', () => {
    expect(lint(`${HEADLINE}\n\n${TREATS}\n`, 'page.md')).toEqual([
      [1, SPREAD],
      [3, TREAT],
    ]);
  });

  it('healthlint-disable … healthlint-enable, for one rule', () => {
    const md = [
      HEADLINE, // 1
      '',
      `<!-- healthlint-disable ${SPREAD} -- quoted from an FDA warning letter -->`, // 3
      '',
      HEADLINE, // 5: suppressed
      '',
      TREATS, // 7: another rule, still reported
      '',
      `<!-- healthlint-enable ${SPREAD} -->`, // 9
      '',
      HEADLINE, // 11
      '',
    ].join('\n');
    expect(lint(md, 'page.md')).toEqual([
      [1, SPREAD],
      [7, TREAT],
      [11, SPREAD],
    ]);
  });

  it('healthlint-disable with no rule suppresses every rule until healthlint-enable', () => {
    const md = `<!-- healthlint-disable -->\n\n${HEADLINE}\n\n${TREATS}\n\n<!-- healthlint-enable -->\n\n${TREATS}\n`;
    expect(lint(md, 'page.md')).toEqual([[9, TREAT]]);
  });

  it('healthlint-enable RULE after a disable-all re-enables that rule only', () => {
    const md = `<!-- healthlint-disable -->\n<!-- healthlint-enable ${TREAT} -->\n\n${HEADLINE}\n\n${TREATS}\n`;
    expect(lint(md, 'page.md')).toEqual([[6, TREAT]]);
  });

  it('healthlint-disable-next-line and healthlint-disable-line', () => {
    const md = [
      `<!-- healthlint-disable-next-line ${SPREAD} -- the FDA letter we quote -->`, // 1
      HEADLINE, // 2: suppressed
      '',
      `${HEADLINE} <!-- healthlint-disable-line ${SPREAD}, ${TREAT} -->`, // 4: suppressed
      '',
      `<!-- healthlint-disable-next-line ${TREAT} -->`, // 6
      HEADLINE, // 7: another rule: reported
      '',
    ].join('\n');
    expect(lint(md, 'page.md')).toEqual([[7, SPREAD]]);
  });

  it('a directive inside a code block or inline code is not a directive', () => {
    const md = ['```html', `<!-- healthlint-disable -->`, '```', '', `\`<!-- healthlint-disable -->\``, '', HEADLINE, ''].join('\n');
    expect(lint(md, 'page.md')).toEqual([[7, SPREAD]]);
  });

  it('MDX comments {/* … */}', () => {
    // Read as Markdown, `{/* … */}` is paragraph text: the comment needs its own paragraph, or a
    // line that can interrupt one (a heading) after it.
    const md = [
      `{/* healthlint-disable-next-line ${SPREAD} -- quoted */}`, // 1
      `# ${HEADLINE}`, // 2: suppressed
      '',
      '{/*healthlint-disable*/}', // 4
      '',
      TREATS, // 6: suppressed
      '',
      '{/* healthlint-enable */}', // 8
      '',
      `${TREATS} {/* healthlint-disable-line ${TREAT} */}`, // 10: suppressed
      '',
      HEADLINE, // 12
      '',
    ].join('\n');
    expect(lint(md, 'page.md')).toEqual([[12, SPREAD]]);
  });

  it('the plain text format has no comments, so no directives', () => {
    expect(lint(`<!-- healthlint-disable -->\n\n${HEADLINE}\n`, 'page.txt')).toEqual([[3, SPREAD]]);
  });
});

describe('directives in HTML', () => {
  it('reads hast comment nodes, not comment-like text in scripts', () => {
    const html = [
      '<!doctype html><html><body>', // 1
      `<h1>${HEADLINE}</h1>`, // 2
      `<!-- healthlint-disable-next-line ${SPREAD} -- quoted from an FDA warning letter -->`, // 3
      `<p>${HEADLINE}</p>`, // 4: suppressed
      `<script>var s = "<!-- healthlint-disable -->";</script>`, // 5: not a comment
      `<p>${TREATS}</p>`, // 6
      '<!-- healthlint-disable -->', // 7
      `<p>${TREATS}</p>`, // 8: suppressed
      '</body></html>',
    ].join('\n');
    expect(lint(html, 'page.html')).toEqual([
      [2, SPREAD],
      [6, TREAT],
    ]);
  });
});

describe('unused directives and reasons', () => {
  const md = [
    `<!-- healthlint-disable-next-line ${SPREAD} -- quoted -->`, // 1: used
    HEADLINE,
    '',
    `<!-- healthlint-disable-next-line ${TREAT} -- nothing here -->`, // 4: unused
    'MyTea Magic is a tea.',
    '',
    `<!-- healthlint-disable ${SPREAD}, ${TREAT} -->`, // 7: TREAT unused
    HEADLINE,
    `<!-- healthlint-enable -->`,
    '',
  ].join('\n');

  it('reports a directive that suppressed nothing, as a warning, only when asked', () => {
    expect(lint(md, 'page.md')).toEqual([]);
    const messages = watched(lintSource(md, 'page.md', { config: config({ reportUnusedDirectives: true }) }).messages);
    expect(messages.map((m) => [m.line, m.severity, m.message])).toEqual([
      [4, 'warning', `Unused healthlint-disable-next-line directive (no findings were reported from "${TREAT}").`],
      [7, 'warning', `Unused healthlint-disable directive (no findings were reported from "${TREAT}").`],
    ]);
    expect(messages[0]!.excerpt).toBe(`<!-- healthlint-disable-next-line ${TREAT} -- nothing here -->`);
  });

  it('requireDirectiveReason: a directive without "-- reason" is an error and suppresses nothing', () => {
    const messages = watched(lintSource(md, 'page.md', { config: config({ requireDirectiveReason: true }) }).messages);
    expect(messages.map((m) => [m.line, m.ruleId, m.severity])).toEqual([
      [7, null, 'error'],
      [8, SPREAD, 'error'],
    ]);
    expect(messages[0]!.message).toContain('needs a reason');
  });

  it('an unknown rule in a directive is reported', () => {
    const messages = watched(lintSource(`<!-- healthlint-disable no-such-rule -->\n${HEADLINE}\n`, 'page.md', { config: config() }).messages);
    expect(messages.map((m) => [m.line, m.ruleId, m.severity, m.message])).toEqual([
      [1, null, 'warning', 'Unknown rule "no-such-rule" in healthlint-disable directive.'],
      [2, SPREAD, 'error', expect.any(String)],
    ]);
  });

  it('parses rules, separators and the reason', () => {
    const at = { line: 1, column: 1, offset: 0 };
    const d = (value: string) => parseDirective({ value, start: at, end: at });
    expect(d(` healthlint-disable a, b c -- quoted from the NCI page `)).toMatchObject({ kind: 'disable', rules: ['a', 'b', 'c'], reason: 'quoted from the NCI page' });
    expect(d('healthlint-disable-next-line')).toMatchObject({ kind: 'disable-next-line', rules: [], reason: undefined });
    expect(d('healthlint-disable -- ')).toMatchObject({ rules: [], reason: undefined });
    expect(d('healthlint-enable a')).toMatchObject({ kind: 'enable', rules: ['a'] });
    expect(d('healthlint-disabled')).toBeUndefined();
    expect(d('see healthlint-disable')).toBeUndefined();
  });

  it('the CLI flags turn both on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'healthlint-directives-'));
    writeFileSync(join(dir, 'page.md'), md);
    const r = spawnSync(
      process.execPath,
      [join(PACKAGE_ROOT, 'bin', 'healthlint.js'), '--format', 'json', '--report-unused-directives', '--require-directive-reason', 'page.md'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    const [result] = JSON.parse(r.stdout) as LintResult[];
    const messages = watched(result!.messages);
    expect(messages.map((m) => [m.line, m.ruleId, m.severity])).toEqual([
      [4, null, 'warning'], // unused (it has a reason)
      [7, null, 'error'], // no reason
      [8, SPREAD, 'error'], // so not suppressed
    ]);
  }, 60_000);
});
