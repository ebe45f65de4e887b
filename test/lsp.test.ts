// End to end: the built language server (bin/healthlint-lsp.js, and `healthlint --lsp`) driven by
// a real LSP client over stdio, as an editor drives it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import { codeActions, disableComment, formatOf } from '../src/lsp/server.js';
import type { LintMessage } from '../src/types.js';

const pageText = readFileSync(join(PACKAGE_ROOT, 'fixtures', 'pages', 'mytea-magic-metastasis-page.txt'), 'utf8');

interface Client {
  connection: MessageConnection;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** The next diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Diagnostics published for `uri` that no one has waited for yet. */
  unclaimed(uri: string): PublishDiagnosticsParams[];
}

const clients: Client[] = [];

async function startClient(args: string[]): Promise<Client> {
  const child = spawn(process.execPath, args, { cwd: PACKAGE_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const i = waiters.findIndex((w) => w.uri === params.uri && w.accept(params));
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve(params);
    else published.push(params);
  });
  connection.onUnhandledNotification(() => undefined);
  connection.listen();
  const client: Client = {
    connection,
    child,
    exited,
    unclaimed: (uri) => published.filter((p) => p.uri === uri),
    diagnostics(uri, accept = () => true) {
      const i = published.findIndex((p) => p.uri === uri && accept(p));
      if (i >= 0) return Promise.resolve(published.splice(i, 1)[0]!);
      return new Promise((resolve, reject) => {
        waiters.push({ uri, accept, resolve });
        child.on('exit', (code) => reject(new Error(`server exited (${code}) before publishing diagnostics: ${stderr}`)));
      });
    },
  };
  clients.push(client);

  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(PACKAGE_ROOT).href,
    capabilities: {
      textDocument: {
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    },
    workspaceFolders: null,
  });
  expect(init.capabilities.codeActionProvider).toBeTruthy();
  expect(init.serverInfo?.name).toBe('healthlint');
  await connection.sendNotification(InitializedNotification.type, {});
  return client;
}

async function stop(client: Client): Promise<number | null> {
  await client.connection.sendRequest(ShutdownRequest.type);
  await client.connection.sendNotification(ExitNotification.type);
  const code = await client.exited;
  client.connection.dispose();
  return code;
}

afterEach(() => {
  for (const c of clients.splice(0)) if (c.child.exitCode === null) c.child.kill();
});

function open(client: Client, uri: string, languageId: string, text: string): Promise<void> {
  return client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
}

function codeActionsFor(client: Client, uri: string, diagnostic: Diagnostic): Promise<(CodeAction | { command: string })[] | null> {
  return client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  });
}

describe('healthlint language server', () => {
  it('publishes diagnostics for the MyTea page, offers a disable comment, follows edits and shuts down cleanly', async () => {
    const client = await startClient([join(PACKAGE_ROOT, 'bin', 'healthlint-lsp.js')]);
    const uri = 'file:///work/site/mytea-magic-metastasis-page.md';
    await open(client, uri, 'markdown', pageText);

    const { diagnostics, version } = await client.diagnostics(uri);
    expect(version).toBe(1);
    const headline = diagnostics.find((d) => d.code === 'no-stop-spread-claim')!;
    expect(headline).toBeDefined();
    expect(headline.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 1, character: 16 } });
    expect(headline.severity).toBe(DiagnosticSeverity.Error);
    expect(headline.source).toBe('healthlint');
    expect(headline.message).toMatch(/^Disease claim: this says that the product \(MyTea Magic\)/);
    expect(headline.codeDescription!.href).toBe(pathToFileURL(join(PACKAGE_ROOT, 'docs', 'rules', 'no-stop-spread-claim.md')).href);
    const related = headline.relatedInformation!.map((r) => r.message);
    expect(related[0]).toContain('National Cancer Institute');
    expect(related[0]).toContain('Once cancer spreads, it can be hard to control.');
    expect(related).toContain('Breaks 21 CFR 101.93(g)(2)(i): https://www.ecfr.gov/current/title-21/section-101.93#p-101.93(g)(2)(i)');
    expect(headline.relatedInformation![0]!.location).toEqual({ uri, range: headline.range });

    const actions = (await codeActionsFor(client, uri, headline)) as CodeAction[];
    const disable = actions.find((a) => a.title === 'Disable no-stop-spread-claim for this line')!;
    expect(disable).toBeDefined();
    expect(disable.kind).toBe('quickfix');
    expect(disable.diagnostics).toEqual([headline]);
    expect(disable.edit!.changes![uri]).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        newText: '<!-- healthlint-disable-next-line no-stop-spread-claim -- TODO: say why this is not a claim -->\n',
      },
    ]);
    // A replacement action only when the finding carries a concrete replacement; the rule's
    // suggestions are advice, not replacement text.
    const message = lintSource(pageText, '/work/site/mytea-magic-metastasis-page.md').messages.find((m) => m.ruleId === 'no-stop-spread-claim')!;
    expect(actions.filter((a) => !a.title.startsWith('Disable '))).toHaveLength(message.fix ? 1 : 0);

    // An edit that takes the claim out: the headline's diagnostic goes with it.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 16 } }, text: 'MyTea Magic, a herbal tea' }],
    });
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    expect(after.diagnostics.some((d) => d.code === 'no-stop-spread-claim')).toBe(false);

    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    expect((await client.diagnostics(uri, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);

    expect(await stop(client)).toBe(0);
  });

  it('lints plain text without offering a comment it cannot write, and ignores other languages (healthlint --lsp)', async () => {
    const client = await startClient([join(PACKAGE_ROOT, 'bin', 'healthlint.js'), '--lsp', '--stdio']);
    const uri = 'file:///work/site/mytea.txt';
    await open(client, uri, 'plaintext', pageText);
    const { diagnostics } = await client.diagnostics(uri);
    const headline = diagnostics.find((d) => d.code === 'no-stop-spread-claim')!;
    expect(headline.range.start).toEqual({ line: 0, character: 0 });
    expect(((await codeActionsFor(client, uri, headline)) as CodeAction[]).filter((a) => a.title.startsWith('Disable '))).toEqual([]);

    // Not a format healthlint reads: nothing is published. The server handles notifications in
    // order, so by the time the next document's diagnostics arrive, any for this one would have.
    const jsUri = 'file:///work/site/app.js';
    await open(client, jsUri, 'javascript', 'export const x = "Stop cancer tumor spread with MyTea Magic";\n');

    // HTML by language id: the comment goes above the flagged line, with its indentation.
    const htmlUri = 'file:///work/site/page.html';
    await open(client, htmlUri, 'html', '<body>\n  <h1>Stop cancer tumor spread with MyTea Magic</h1>\n</body>\n');
    const html = (await client.diagnostics(htmlUri)).diagnostics.find((d) => d.code === 'no-stop-spread-claim')!;
    expect(html.range.start).toEqual({ line: 1, character: 6 });
    const [action] = (await codeActionsFor(client, htmlUri, html)) as CodeAction[];
    expect(action!.edit!.changes![htmlUri]![0]!.newText).toBe(
      '  <!-- healthlint-disable-next-line no-stop-spread-claim -- TODO: say why this is not a claim -->\n',
    );
    expect(client.unclaimed(jsUri)).toEqual([]);

    expect(await stop(client)).toBe(0);
  });
});

describe('the language server reads the configuration, as the CLI does', () => {
  it('applies the nearest .healthlintrc (pageKind, severities) and says on the document when one cannot be read', async () => {
    // From an FDA and FTC warning letter (fixtures/corpus/violative.jsonl): with no page around it, a possible claim.
    const claim = 'Colloidal silver is the key to protecting yourself from the corona virus\n';
    const dir = mkdtempSync(join(tmpdir(), 'healthlint-lsp-'));
    mkdirSync(join(dir, 'shop'));
    writeFileSync(join(dir, 'shop', '.healthlintrc.yaml'), 'pageKind: sales\n');
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', '.healthlintrc.json'), '{ "rules": { "no-such-rule": "error" } }');
    const client = await startClient([join(PACKAGE_ROOT, 'bin', 'healthlint-lsp.js'), '--stdio']);
    const severities = async (folder: string) => {
      const uri = pathToFileURL(join(dir, folder, 'claim.txt')).href;
      await open(client, uri, 'plaintext', claim);
      return (await client.diagnostics(uri)).diagnostics.map((d) => [d.code ?? null, d.severity]);
    };
    expect(await severities('.')).toEqual([['no-disease-prevention-claim', DiagnosticSeverity.Warning]]);
    expect(await severities('shop')).toEqual([['no-disease-prevention-claim', DiagnosticSeverity.Error]]);
    const broken = await severities('broken');
    expect(broken[0]).toEqual([null, DiagnosticSeverity.Error]);
    expect(broken.slice(1)).toEqual([['no-disease-prevention-claim', DiagnosticSeverity.Warning]]);
    expect(await stop(client)).toBe(0);
  });
});

describe('language server code actions', () => {
  const uri = 'file:///work/site/page.md';
  const text = '# Tea\r\n\r\n  - Stop cancer tumor spread with MyTea Magic\r\n';
  const document = TextDocument.create(uri, 'markdown', 1, text);
  const message: LintMessage = {
    ruleId: 'no-stop-spread-claim',
    severity: 'error',
    message: 'Disease claim',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 46,
    excerpt: 'Stop cancer tumor spread with MyTea Magic',
    category: 'stop-spread',
    evidence: [],
    regulations: [],
    suggestions: [],
    fatal: false,
  };
  const diagnostic: Diagnostic = {
    range: { start: { line: 2, character: 4 }, end: { line: 2, character: 45 } },
    source: 'healthlint',
    code: 'no-stop-spread-claim',
    message: 'Disease claim',
  };
  const params = (d: Diagnostic, only?: string[]) => ({ textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } });

  it('applies a concrete replacement when the message carries one, and keeps the line ending and indentation', () => {
    const fix = { line: 3, column: 5, endLine: 3, endColumn: 46, text: 'Enjoy MyTea Magic' };
    const actions = codeActions(params({ ...diagnostic, data: { ruleId: 'no-stop-spread-claim', fix } }), document);
    expect(actions.map((a) => a.title)).toEqual(['Replace with “Enjoy MyTea Magic”', 'Disable no-stop-spread-claim for this line']);
    expect(actions[0]!.isPreferred).toBe(true);
    expect(actions[0]!.edit!.changes![uri]).toEqual([{ range: diagnostic.range, newText: 'Enjoy MyTea Magic' }]);
    expect(actions[1]!.edit!.changes![uri]![0]!.newText).toBe(`  ${disableComment('no-stop-spread-claim')}\r\n`);
  });

  it('finds the message from the last lint when the client drops diagnostic data', () => {
    const fix = { line: 3, column: 5, endLine: 3, endColumn: 46, text: '' };
    const actions = codeActions(params(diagnostic), document, [{ ...message, fix }]);
    expect(actions.map((a) => a.title)).toEqual(['Delete the flagged text', 'Disable no-stop-spread-claim for this line']);
    expect(codeActions(params(diagnostic), document, [message]).map((a) => a.title)).toEqual(['Disable no-stop-spread-claim for this line']);
  });

  it('offers nothing for other sources or other kinds', () => {
    expect(codeActions(params({ ...diagnostic, source: 'eslint' }), document, [message])).toEqual([]);
    expect(codeActions(params(diagnostic, ['refactor']), document, [message])).toEqual([]);
    expect(codeActions(params(diagnostic, ['quickfix']), document, [message])).toHaveLength(1);
  });

  it('knows the formats by language id, else by extension', () => {
    expect(formatOf({ languageId: 'markdown', uri: 'untitled:1' })).toBe('markdown');
    expect(formatOf({ languageId: 'plaintext', uri: 'file:///a/b.md' })).toBe('text');
    expect(formatOf({ languageId: 'unknown', uri: 'file:///a/page.htm' })).toBe('html');
    expect(formatOf({ languageId: 'javascript', uri: 'file:///a/app.js' })).toBeUndefined();
  });
});
