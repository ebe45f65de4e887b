/**
 * The language server: editors get healthlint's findings as diagnostics while the copy is written.
 *
 *   healthlint-lsp            (or: healthlint --lsp)   speaks LSP over standard input and output
 *
 * Markdown, HTML and plain-text documents (by language id, else by file extension) are linted
 * when opened and, lightly debounced, when changed. Each diagnostic carries the rule id as code,
 * a link to the rule's page, the authority statement it contradicts and the law it cites as
 * related information. A document on disk is linted with the configuration the CLI would use for
 * it. Code actions: a comment that disables the rule for the next line
 * (Markdown and HTML; plain text has no comment syntax), and the replacement when a finding
 * carries a concrete one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format as formatArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import {
  CodeActionKind,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocFileUri } from '../docs/rule-docs.js';
import { createConfigResolver, type ResolvedConfig } from '../config/index.js';
import { UsageError } from '../engine/errors.js';
import { fileProblem, lintSource } from '../engine/lint.js';
import { PACKAGE_ROOT } from '../knowledge/package-root.js';
import { formatForPath } from '../parse/format.js';
import type { Format, LintMessage, Replacement, Severity } from '../types.js';

/** How long after the last keystroke a changed document is linted again. */
export const CHANGE_DEBOUNCE_MS = 200;

const FORMAT_BY_LANGUAGE: Record<string, Format> = {
  markdown: 'markdown',
  mdx: 'markdown',
  html: 'html',
  plaintext: 'text',
  text: 'text',
};

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What the diagnostic carries for the code actions (clients send it back with the diagnostic). */
interface DiagnosticData {
  ruleId: string;
  fix?: Replacement;
}

/** The path part of a document URI, to name the document and pick a format from its extension. */
function pathOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/**
 * The configuration that applies to a document on disk, as the CLI finds it (the nearest
 * .healthlintrc.* or package.json key, searching up from the file's folder): severities, allowed
 * phrases, pageKind. Searched afresh on every lint, so that an edited configuration applies at
 * once; a document that is not a file (an unsaved buffer) gets the defaults.
 */
function configurationFor(uri: string): { config?: ResolvedConfig; problem?: string } {
  if (!uri.startsWith('file:')) return {};
  try {
    return { config: createConfigResolver().forFile(pathOf(uri)) };
  } catch (error) {
    // A malformed file, an unknown key or rule (ConfigError), or a .healthlintrc.js refused.
    if (error instanceof UsageError) return { problem: `healthlint configuration: ${error.message}` };
    throw error;
  }
}

/** The format healthlint reads the document as, or undefined for a document it does not lint. */
export function formatOf(document: { languageId: string; uri: string }): Format | undefined {
  return FORMAT_BY_LANGUAGE[document.languageId] ?? formatForPath(pathOf(document.uri));
}

function toRange(line: number, column: number, endLine: number, endColumn: number): Range {
  return {
    start: { line: Math.max(0, line - 1), character: Math.max(0, column - 1) },
    end: { line: Math.max(0, endLine - 1), character: Math.max(0, endColumn - 1) },
  };
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function toDiagnostic(uri: string, m: LintMessage): Diagnostic {
  const range = toRange(m.line, m.column, m.endLine, m.endColumn);
  const diagnostic: Diagnostic = { range, severity: SEVERITY[m.severity], source: 'healthlint', message: m.message };
  if (!m.ruleId) return diagnostic;

  diagnostic.code = m.ruleId;
  diagnostic.codeDescription = { href: ruleDocFileUri(m.ruleId) };
  const related: DiagnosticRelatedInformation[] = [];
  const here = { uri, range };
  const evidence = m.evidence[0];
  if (evidence) {
    related.push({
      location: here,
      message: `Contradicts ${evidence.publisher}, “${evidence.title}” (${evidence.reviewed}): “${flat(evidence.quote)}”${evidence.url ? ` ${evidence.url}` : ''}`,
    });
  }
  for (const r of m.regulations) related.push({ location: here, message: `Breaks ${r.cite}: ${r.url}` });
  if (m.suggestions[0]) related.push({ location: here, message: `Instead: ${flat(m.suggestions[0])}` });
  if (related.length) diagnostic.relatedInformation = related;
  const data: DiagnosticData = { ruleId: m.ruleId, ...(m.fix ? { fix: m.fix } : {}) };
  diagnostic.data = data;
  return diagnostic;
}

/** The comment that turns the rule off for the line below, indented as that line is. */
export function disableComment(ruleId: string, indent = ''): string {
  return `${indent}<!-- healthlint-disable-next-line ${ruleId} -- TODO: say why this is not a claim -->`;
}

export interface ServerOptions {
  input?: Readable;
  output?: Writable;
}

/** Starts the server on standard input and output (or the given streams) and returns the connection. */
export function startLanguageServer(options: ServerOptions = {}): Connection {
  const connection = createConnection(ProposedFeatures.all, options.input ?? process.stdin, options.output ?? process.stdout);
  // Standard output is the protocol channel: anything a library prints goes to the client's log.
  const log = (...args: unknown[]): void => connection.console.log(formatArgs(...args));
  console.log = log;
  console.info = log;
  console.debug = log;
  console.warn = (...args: unknown[]) => connection.console.warn(formatArgs(...args));
  console.error = (...args: unknown[]) => connection.console.error(formatArgs(...args));

  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  const linted = new Map<string, LintMessage[]>();

  function validate(document: TextDocument): void {
    const format = formatOf(document);
    if (!format) return;
    const { config, problem } = configurationFor(document.uri);
    const result = lintSource(document.getText(), pathOf(document.uri), { format, ...(config ? { config } : {}) });
    // A configuration that cannot be read is said on the document, as the CLI says it, and the
    // document is linted with the defaults meanwhile.
    if (problem) result.messages.unshift(fileProblem(problem, 'error', false));
    linted.set(document.uri, result.messages);
    void connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: result.messages.map((m) => toDiagnostic(document.uri, m)),
    });
  }

  function cancel(uri: string): void {
    const timer = timers.get(uri);
    if (timer) clearTimeout(timer);
    timers.delete(uri);
  }

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'healthlint', version: packageVersion() },
  }));

  // Fired on open and on every change: lint at once the first time, then after a short pause.
  documents.onDidChangeContent(({ document }) => {
    cancel(document.uri);
    if (!linted.has(document.uri)) {
      validate(document);
      return;
    }
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const latest = documents.get(document.uri);
        if (latest) validate(latest);
      }, CHANGE_DEBOUNCE_MS),
    );
  });

  documents.onDidClose(({ document }) => {
    cancel(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => codeActions(params, documents.get(params.textDocument.uri), linted.get(params.textDocument.uri)));

  connection.onShutdown(() => {
    for (const uri of [...timers.keys()]) cancel(uri);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** The message a diagnostic came from: from its data, else from the last lint of the document. */
function findingFor(diagnostic: Diagnostic, messages: LintMessage[] | undefined): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (data?.ruleId) return { ruleId: data.ruleId, ...(data.fix ? { fix: data.fix } : {}) };
  if (typeof diagnostic.code !== 'string') return undefined;
  const m = messages?.find(
    (x) => x.ruleId === diagnostic.code && x.line - 1 === diagnostic.range.start.line && x.column - 1 === diagnostic.range.start.character,
  );
  return m?.ruleId ? { ruleId: m.ruleId, ...(m.fix ? { fix: m.fix } : {}) } : undefined;
}

export function codeActions(params: CodeActionParams, document: TextDocument | undefined, messages?: LintMessage[]): CodeAction[] {
  if (!document) return [];
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix === kind || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return [];
  const format = formatOf(document);
  const text = document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const actions: CodeAction[] = [];

  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'healthlint') continue;
    const finding = findingFor(diagnostic, messages);
    if (!finding) continue;

    if (finding.fix) {
      const { line, column, endLine, endColumn, text: newText } = finding.fix;
      actions.push({
        title: newText ? `Replace with “${flat(newText)}”` : 'Delete the flagged text',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.uri]: [{ range: toRange(line, column, endLine, endColumn), newText }] } },
      });
    }

    // Plain text has no comment syntax, so there is nothing to insert there.
    if (format === 'markdown' || format === 'html') {
      const line = diagnostic.range.start.line;
      const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
      const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
      const at = { line, character: 0 };
      actions.push({
        title: `Disable ${finding.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri]: [{ range: { start: at, end: at }, newText: `${disableComment(finding.ruleId, indent)}${eol}` }] } },
      });
    }
  }
  return actions;
}

let version: string | undefined;
function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
