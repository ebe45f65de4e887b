// GitHub Actions workflow commands on real findings (the MyTea page), and their escaping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import { escapeData, escapeProperty, formatGithub } from '../src/report/github.js';
import { formatters } from '../src/report/index.js';
import type { LintMessage, LintResult } from '../src/types.js';

const pageFile = 'fixtures/pages/mytea-magic-metastasis-page.txt';
const pageText = readFileSync(join(PACKAGE_ROOT, pageFile), 'utf8');

/** What the runner does with a command line: split it and undo the escaping. */
function parseCommand(line: string) {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties = Object.fromEntries(
    match[2]!.split(',').map((pair) => {
      const eq = pair.indexOf('=');
      return [pair.slice(0, eq), unescape(pair.slice(eq + 1))];
    }),
  );
  return { command: match[1]!, properties, message: unescape(match[3]!) };
}

const base: LintMessage = {
  ruleId: 'no-stop-spread-claim',
  severity: 'warning',
  message: 'Possible disease claim: 100% natural,\r\nstops: spread',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 20,
  excerpt: 'stops, spread: 100%',
  category: 'stop-spread',
  evidence: [],
  regulations: [],
  suggestions: [],
  fatal: false,
};

function result(filePath: string, messages: LintMessage[]): LintResult {
  return { filePath, errorCount: 0, warningCount: messages.length, infoCount: 0, messages };
}

describe('github formatter', () => {
  it('annotates the MyTea headline with its full range, rule and evidence', () => {
    const out = formatters.github!([lintSource(pageText, pageFile)], {});
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(lintSource(pageText, pageFile).messages.length);
    const headline = lines.find((l) => l.includes('title=healthlint (no-stop-spread-claim)'))!;
    expect(headline).toMatch(
      /^::error file=fixtures\/pages\/mytea-magic-metastasis-page\.txt,line=1,col=1,endLine=2,endColumn=17,title=healthlint \(no-stop-spread-claim\)%3A Stop cancer tumor spread with MyTea Magic::Disease claim: /,
    );
    const { command, properties, message } = parseCommand(headline);
    expect(command).toBe('error');
    expect(properties).toEqual({
      file: pageFile,
      line: '1',
      col: '1',
      endLine: '2',
      endColumn: '17',
      title: 'healthlint (no-stop-spread-claim): Stop cancer tumor spread with MyTea Magic',
    });
    const body = message.split('\n');
    expect(body[0]).toMatch(/^Disease claim: this says that the product \(MyTea Magic\)/);
    expect(body).toContain('Contradicts: National Cancer Institute, “Metastatic Cancer” (Updated: February 6, 2017): “Once cancer spreads, it can be hard to control. Although some types of metastatic cancer can be cured with current treatments, most cannot.”');
    expect(body.find((l) => l.startsWith('Breaks: '))).toContain('21 CFR 101.93(g)(2)(i)');
    expect(body).toContain('Rule: docs/rules/no-stop-spread-claim.md');
  });

  it('escapes %, CR and LF in messages, and , and : in properties as well', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
    const out = formatGithub([result('content/a,b:c%.md', [base])]);
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    const line = out.trimEnd();
    expect(line.startsWith('::warning file=content/a%2Cb%3Ac%25.md,line=3,col=5,endLine=3,endColumn=20,')).toBe(true);
    const { command, properties, message } = parseCommand(line);
    expect(command).toBe('warning');
    expect(properties.file).toBe('content/a,b:c%.md');
    expect(properties.title).toBe('healthlint (no-stop-spread-claim): stops, spread: 100%');
    expect(message).toBe('Possible disease claim: 100% natural,\r\nstops: spread');
  });

  it('maps info to notice and a file that could not be linted to an error without a range', () => {
    const info = { ...base, severity: 'info' as const, message: 'note' };
    const fatal: LintMessage = { ...base, ruleId: null, severity: 'error', message: 'Cannot lint x.md: binary file', fatal: true, category: null };
    const lines = formatGithub([result('x.md', [info, fatal])]).trimEnd().split('\n');
    expect(parseCommand(lines[0]!).command).toBe('notice');
    expect(lines[1]).toBe('::error file=x.md,title=healthlint::Cannot lint x.md: binary file');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatGithub([lintSource('Green tea is a drink.', 'clean.md')])).toBe('');
  });
});
