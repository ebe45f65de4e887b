// SARIF output on real findings (the MyTea page), validated against the SARIF 2.1.0 JSON schema.
//
// The schema file is the one Microsoft's SARIF SDK ships in the npm package @microsoft/jest-sarif
// (lib/schemas/sarif-2.1.0-rtm.5.json, JSON Schema draft-04; the same schema @types/sarif is
// generated from). It is compiled with ajv's draft-04 build and ajv-formats, so "uri",
// "uri-reference" and "date-time" are checked too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { fileProblem, lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import { formatters } from '../src/report/index.js';
import { buildSarifLog, FINGERPRINT_KEY, formatSarif } from '../src/report/sarif.js';
import type { LintResult } from '../src/types.js';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
// unicodeRegExp: false because the schema's "language" pattern has a stray "]" that is legal only
// in a non-Unicode regular expression; strict: false because the schema names required properties
// inside anyOf branches, which ajv's strict mode refuses (it is valid JSON Schema).
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

const pageFile = 'fixtures/pages/mytea-magic-metastasis-page.txt';
const pageText = readFileSync(join(PACKAGE_ROOT, pageFile), 'utf8');
const myTea = (): LintResult => lintSource(pageText, pageFile);

describe('sarif formatter', () => {
  it('uses a schema that rejects what is not SARIF (the validator is live)', () => {
    expect(schema.title).toMatch(/SARIF\) Version 2\.1\.0/);
    expect(validate({ version: '2.1.0' })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
  });

  it('is valid SARIF 2.1.0 on the MyTea page', () => {
    const text = formatters.sarif!([myTea()], {});
    expect(text.endsWith('\n')).toBe(true);
    expectValid(JSON.parse(text));
  });

  it('reports the headline with its region, snippet, fingerprint and evidence', () => {
    const log = buildSarifLog([myTea()]);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('healthlint');
    const headline = run.results!.find((r) => r.ruleId === 'no-stop-spread-claim')!;
    expect(headline.level).toBe('error');
    expect(run.tool.driver.rules![headline.ruleIndex!]!.id).toBe('no-stop-spread-claim');
    const { artifactLocation, region } = headline.locations![0]!.physicalLocation!;
    expect(artifactLocation).toEqual({ uri: pageFile, uriBaseId: '%SRCROOT%' });
    expect(region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 2,
      endColumn: 17,
      snippet: { text: 'Stop cancer tumor spread\nwith MyTea Magic' },
    });
    expect(headline.partialFingerprints![FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}:1$/);
    expect(headline.properties!.evidence[0]).toEqual(expect.objectContaining({ publisher: 'National Cancer Institute' }));
    expect(headline.properties!.regulations).toContainEqual(expect.objectContaining({ cite: '21 CFR 101.93(g)(2)(i)' }));
    expect(headline.properties!.documentation).toBe('docs/rules/no-stop-spread-claim.md');
    // The claim register's reading of the sentence, to rank a scan's results.
    expect(headline.properties!.claimLikeness).toBeGreaterThan(0);
    // A fix only when the message carries a concrete replacement (the rule's suggestions are advice).
    const message = myTea().messages.find((m) => m.ruleId === 'no-stop-spread-claim')!;
    expect(headline.fixes !== undefined).toBe(message.fix !== undefined);
  });

  it('describes every rule with help text, citations and the doc path, and no invented helpUri', () => {
    const rules = buildSarifLog([myTea()]).runs[0]!.tool.driver.rules!;
    const rule = rules.find((r) => r.id === 'no-stop-spread-claim')!;
    expect(rule.helpUri).toBeUndefined();
    expect(rule.defaultConfiguration!.level).toBe('error');
    expect(rule.help!.markdown).toContain('[21 CFR 101.93(g)(2)(i)](https://www.ecfr.gov/current/title-21/section-101.93#p-101.93(g)(2)(i))');
    expect(rule.help!.markdown).toContain('Once cancer spreads, it can be hard to control.');
    expect(rule.help!.markdown).toContain('Remove the claim that the product stops or slows cancer or its spread.');
    expect(rule.help!.markdown).toContain('[docs/rules/no-stop-spread-claim.md](docs/rules/no-stop-spread-claim.md)');
    expect(rule.help!.text).toContain('21 CFR 101.93(g)(2)(i)');
  });

  it('keeps fingerprints when lines move and tells identical findings apart', () => {
    const prints = (log: Log) => log.runs[0]!.results!.map((r) => [r.ruleId, r.partialFingerprints![FINGERPRINT_KEY]]);
    const before = buildSarifLog([myTea()]);
    const shifted = buildSarifLog([lintSource(`\n\n\n${pageText}`, pageFile)]);
    expect(shifted.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(4);
    expect(prints(shifted)).toEqual(prints(before));

    const twice = buildSarifLog([lintSource('Stop cancer tumor spread with MyTea Magic.\n\nStop cancer tumor spread with MyTea Magic.\n', 'twice.md')]);
    const fp = twice.runs[0]!.results!.filter((r) => r.ruleId === 'no-stop-spread-claim').map((r) => r.partialFingerprints![FINGERPRINT_KEY]!);
    expect(fp).toHaveLength(2);
    expect(fp[0]!.split(':')[0]).toBe(fp[1]!.split(':')[0]);
    expect(fp.map((f) => f.split(':')[1])).toEqual(['1', '2']);
  });

  it('adds a fix only when a message carries a concrete replacement', () => {
    const result = myTea();
    const headline = result.messages[0]!;
    const withFix: LintResult = {
      ...result,
      messages: [{ ...headline, fix: { line: 1, column: 1, endLine: 2, endColumn: 17, text: 'Enjoy MyTea Magic' } }, ...result.messages.slice(1)],
    };
    const log = buildSarifLog([withFix]);
    expectValid(log);
    const [first, ...rest] = log.runs[0]!.results!;
    const restMessages = withFix.messages.slice(1).filter((m) => m.ruleId);
    expect(first!.fixes).toEqual([
      {
        description: { text: 'Replace with “Enjoy MyTea Magic”' },
        artifactChanges: [
          {
            artifactLocation: { uri: pageFile, uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 1, startColumn: 1, endLine: 2, endColumn: 17 }, insertedContent: { text: 'Enjoy MyTea Magic' } }],
          },
        ],
      },
    ]);
    expect(rest).toHaveLength(restMessages.length);
    rest.forEach((r, i) => expect(r.fixes !== undefined, r.ruleId).toBe(restMessages[i]!.fix !== undefined));
  });

  it('reports a file that could not be linted as a tool notification, and encodes odd paths', () => {
    const broken: LintResult = {
      filePath: 'content/a page, 100%.md',
      errorCount: 1,
      warningCount: 0,
      infoCount: 0,
      messages: [
        fileProblem('Cannot lint content/a page, 100%.md: binary file', 'error', true),
      ],
    };
    const log = buildSarifLog([broken, myTea()]);
    expectValid(log);
    const invocation = log.runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    const note = invocation.toolExecutionNotifications![0]!;
    expect(note.level).toBe('error');
    expect(note.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('content/a%20page%2C%20100%25.md');
    expect(log.runs[0]!.results!.every((r) => r.ruleId)).toBe(true);
  });

  it('is valid with no findings at all', () => {
    const log = JSON.parse(formatSarif([lintSource('Green tea is a drink.', 'clean.md')]));
    expectValid(log);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('is written by the CLI with --format sarif --output-file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'healthlint-sarif-')), 'healthlint.sarif');
    const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'healthlint.js'), '--format', 'sarif', '--output-file', out, pageFile], {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const log = JSON.parse(readFileSync(out, 'utf8'));
    expectValid(log);
    expect(log.runs[0].results[0].ruleId).toBe('no-stop-spread-claim');
  });
});
