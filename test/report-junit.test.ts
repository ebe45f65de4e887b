// JUnit XML on real findings (the MyTea page), read back with an XML parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import { formatters } from '../src/report/index.js';
import { formatJunit } from '../src/report/junit.js';
import type { LintMessage, LintResult } from '../src/types.js';

const pageFile = 'fixtures/pages/mytea-magic-metastasis-page.txt';
const pageText = readFileSync(join(PACKAGE_ROOT, pageFile), 'utf8');

interface El {
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<El>;
  textContent: string | null;
  nodeName: string;
}

function parse(xml: string): El {
  return create(xml).root().node as unknown as El;
}

const all = (el: El, tag: string): El[] => Array.from(el.getElementsByTagName(tag));

function message(over: Partial<LintMessage>): LintMessage {
  return {
    ruleId: 'no-stop-spread-claim',
    severity: 'error',
    message: 'm',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    excerpt: 'x',
    category: 'stop-spread',
    evidence: [],
    regulations: [],
    suggestions: [],
    fatal: false,
    ...over,
  };
}

describe('junit formatter', () => {
  it('has one testsuite per file and one failing testcase per finding on the MyTea page', () => {
    const result = lintSource(pageText, pageFile);
    const xml = formatters.junit!([result, lintSource('Green tea is a drink.', 'clean.md')], {});
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const root = parse(xml);
    expect(root.nodeName).toBe('testsuites');
    const suites = all(root, 'testsuite');
    expect(suites.map((s) => s.getAttribute('name'))).toEqual([pageFile, 'clean.md']);

    const [page, clean] = suites as [El, El];
    const cases = all(page, 'testcase');
    expect(cases).toHaveLength(result.messages.length);
    expect(page.getAttribute('failures')).toBe(String(result.errorCount + result.warningCount));
    const headline = cases.find((c) => c.getAttribute('name')!.startsWith('no-stop-spread-claim at 1:1'))!;
    expect(headline.getAttribute('name')).toBe('no-stop-spread-claim at 1:1: Stop cancer tumor spread with MyTea Magic');
    expect(headline.getAttribute('classname')).toBe(pageFile);
    const failure = all(headline, 'failure')[0]!;
    expect(failure.getAttribute('type')).toBe('error');
    expect(failure.getAttribute('message')).toMatch(/^Disease claim: this says that the product \(MyTea Magic\)/);
    expect(failure.textContent).toContain('Contradicts: National Cancer Institute, “Metastatic Cancer”');
    expect(failure.textContent).toContain('Breaks: FD&C Act § 201(g)(1)(B)');
    expect(failure.textContent).toContain('Rule: no-stop-spread-claim (docs/rules/no-stop-spread-claim.md)');

    expect(clean.getAttribute('tests')).toBe('1');
    expect(clean.getAttribute('failures')).toBe('0');
    expect(all(clean, 'failure')).toHaveLength(0);
    expect(root.getAttribute('tests')).toBe(String(result.messages.length + 1));
  });

  it('escapes markup and replaces characters XML cannot carry', () => {
    const nasty = 'Our <b>tea</b> & "cure" \'now\' ]]> \u0001 done';
    const result: LintResult = {
      filePath: 'a&b<c>.md',
      errorCount: 1,
      warningCount: 1,
      infoCount: 1,
      messages: [
        message({ message: nasty, excerpt: nasty }),
        message({ severity: 'warning', message: 'line one\nline two' }),
        message({ severity: 'info', message: 'just so you know' }),
      ],
    };
    const xml = formatJunit([result]);
    expect(xml).not.toContain('\u0001');
    const root = parse(xml);
    const suite = all(root, 'testsuite')[0]!;
    expect(suite.getAttribute('name')).toBe('a&b<c>.md');
    expect(suite.getAttribute('failures')).toBe('2');
    const [first, second, third] = all(suite, 'testcase') as [El, El, El];
    const failure = all(first, 'failure')[0]!;
    const cleaned = 'Our <b>tea</b> & "cure" \'now\' ]]> \uFFFD done';
    expect(failure.getAttribute('message')).toBe(cleaned);
    expect(failure.textContent).toContain(`a&b<c>.md:1:1: ${cleaned}`);
    expect(all(second, 'failure')[0]!.getAttribute('type')).toBe('warning');
    expect(all(second, 'failure')[0]!.getAttribute('message')).toBe('line one line two');
    expect(all(third, 'failure')).toHaveLength(0);
    expect(all(third, 'system-out')[0]!.textContent).toContain('just so you know');
  });

  it('reports a file that could not be linted as an error', () => {
    const fatal = message({ ruleId: null, fatal: true, message: 'Cannot lint x.md: binary file', category: null, excerpt: '' });
    const root = parse(formatJunit([{ filePath: 'x.md', errorCount: 1, warningCount: 0, infoCount: 0, messages: [fatal] }]));
    expect(root.getAttribute('errors')).toBe('1');
    expect(root.getAttribute('failures')).toBe('0');
    const error = all(root, 'error')[0]!;
    expect(error.getAttribute('type')).toBe('fatal');
    expect(error.getAttribute('message')).toBe('Cannot lint x.md: binary file');
  });
});
