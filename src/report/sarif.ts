/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. One run; the rules carry their
 * description, citations, authority statements and suggestions as help; each finding carries its
 * region with the flagged text as snippet, a fingerprint that does not depend on line numbers,
 * the authority evidence in its property bag, and a fix only when the message has a concrete
 * replacement. Files that could not be linted are tool execution notifications, not results.
 *
 * The object is built with the @types/sarif types; test/report-sarif.test.ts validates the output
 * against the SARIF 2.1.0 JSON schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ArtifactLocation,
  Fix,
  Log,
  Notification,
  Region,
  ReportingDescriptor,
  Result,
} from 'sarif';
import { ruleDocPath } from '../docs/rule-docs.js';
import { evidenceFor, regulation } from '../knowledge/authorities.js';
import { PACKAGE_ROOT } from '../knowledge/package-root.js';
import type { Rule } from '../rule-kit/types.js';
import type { LintMessage, LintResult, Severity } from '../types.js';
import { artifactUri, fingerprints, knownRules } from './locations.js';

/** The published OASIS schema for SARIF 2.1.0. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';

/** The key of our fingerprint in result.partialFingerprints. */
export const FINGERPRINT_KEY = 'healthlint/v1';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

let version: string | undefined;
function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function helpFor(rule: Rule): { text: string; markdown: string } {
  const { meta } = rule;
  const regs = meta.regulations.map((id) => regulation(id));
  const evidence = evidenceFor(meta.category);
  const doc = ruleDocPath(meta.id);

  const text = [
    meta.description,
    '',
    'The law it cites:',
    ...regs.map((r) => `- ${r.cite} (${r.url}): ${flat(r.summary)}`),
    ...(evidence.length
      ? ['', 'What the authorities say:', ...evidence.map((e) => `- ${e.publisher}, "${e.title}" (${e.reviewed}): "${flat(e.quote)}"${e.url ? ` ${e.url}` : ''}`)]
      : []),
    '',
    'What to write instead:',
    ...meta.suggestions.map((s) => `- ${flat(s)}`),
    '',
    `Documentation: ${doc}`,
  ].join('\n');

  const markdown = [
    meta.description,
    '',
    '**The law it cites**',
    '',
    ...regs.map((r) => `- [${r.cite}](${r.url}): ${flat(r.summary)}`),
    ...(evidence.length
      ? [
          '',
          '**What the authorities say**',
          '',
          ...evidence.map((e) => `- ${e.publisher}, ${e.url ? `[${e.title}](${e.url})` : e.title} (${e.reviewed}): “${flat(e.quote)}”`),
        ]
      : []),
    '',
    '**What to write instead**',
    '',
    ...meta.suggestions.map((s) => `- ${flat(s)}`),
    '',
    `Documentation: [${doc}](${doc})`,
  ].join('\n');
  return { text, markdown };
}

function descriptorFor(rule: Rule): ReportingDescriptor {
  const { meta } = rule;
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    // helpUri must be an absolute URI and the rule pages have no public host: the relative path is in help.
    help: helpFor(rule),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      category: meta.category,
      tags: ['health-claims', meta.category],
      regulations: meta.regulations.map((id) => regulation(id)),
      documentation: ruleDocPath(meta.id),
    },
  };
}

/** A descriptor for a rule that is not one of ours (a library user's own rule). */
function bareDescriptor(ruleId: string): ReportingDescriptor {
  return { id: ruleId, shortDescription: { text: ruleId } };
}

function artifactLocation(filePath: string): ArtifactLocation {
  const { uri, relative } = artifactUri(filePath);
  return relative ? { uri, uriBaseId: '%SRCROOT%' } : { uri };
}

function regionOf(m: LintMessage): Region {
  return {
    startLine: m.line,
    startColumn: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.excerpt ? { snippet: { text: m.excerpt } } : {}),
  };
}

function fixesFor(m: LintMessage, location: ArtifactLocation): Fix[] | undefined {
  if (!m.fix) return undefined;
  const { line, column, endLine, endColumn, text } = m.fix;
  return [
    {
      description: { text: text ? `Replace with “${text}”` : 'Delete the flagged text' },
      artifactChanges: [
        {
          artifactLocation: location,
          replacements: [{ deletedRegion: { startLine: line, startColumn: column, endLine, endColumn }, insertedContent: { text } }],
        },
      ],
    },
  ];
}

/** The SARIF log as an object. */
export function buildSarifLog(results: LintResult[]): Log {
  const descriptors: ReportingDescriptor[] = knownRules().map(descriptorFor);
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  const sarifResults: Result[] = [];
  const notifications: Notification[] = [];
  let executionSuccessful = true;

  for (const result of results) {
    const location = artifactLocation(result.filePath);
    const prints = fingerprints(result.filePath, result.messages);
    result.messages.forEach((m, i) => {
      if (!m.ruleId) {
        // Not a finding: a file that could not be read or linted, or a note about how it was read.
        if (m.fatal) executionSuccessful = false;
        notifications.push({
          level: LEVEL[m.severity],
          message: { text: m.message },
          locations: [{ physicalLocation: { artifactLocation: location } }],
        });
        return;
      }
      if (!ruleIndex.has(m.ruleId)) {
        ruleIndex.set(m.ruleId, descriptors.length);
        descriptors.push(bareDescriptor(m.ruleId));
      }
      const fixes = fixesFor(m, location);
      sarifResults.push({
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: regionOf(m) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
        ...(fixes ? { fixes } : {}),
        properties: {
          category: m.category,
          evidence: m.evidence,
          regulations: m.regulations,
          suggestions: m.suggestions,
          ...(m.url ? { documentation: m.url } : {}),
          ...(m.claimLikeness !== undefined ? { claimLikeness: m.claimLikeness } : {}),
        },
      });
    });
  }

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'healthlint',
            version: toolVersion(),
            semanticVersion: toolVersion(),
            rules: descriptors,
          },
        },
        invocations: [{ executionSuccessful, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: LintResult[]): string {
  return `${JSON.stringify(buildSarifLog(results), null, 2)}\n`;
}
