/**
 * The loopback test site for the web-scanning tests: the seed pages as HTML (fixtures/site/),
 * robots.txt, a sitemap, and one route for each fault the scanner must survive. It listens on
 * 127.0.0.1 only and records every request it gets.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import type { LintResult } from '../src/types.js';
import { SCAN_DEFAULTS } from '../src/web/scan.js';
import { runWebScan, type WebArgs } from '../src/web/command.js';

export const SITE_DIR = join(PACKAGE_ROOT, 'fixtures', 'site');

/** The seed pages under fixtures/site/, by file name. */
export const SEED_PAGES = [
  'acs-blog-when-cancer-spreads.html',
  'acs-what-is-metastatic-cancer.html',
  'ctca-metastatic-cancer-page.html',
  'mytea-magic-metastasis-page.html',
  'nci-metastatic-cancer-fact-sheet.html',
];

/** Content-Type of each static file the site serves. */
export const STATIC: Record<string, string> = {
  '/index.html': 'text/html; charset=utf-8',
  '/tisane.html': 'text/html; charset=windows-1252',
  '/private/members.html': 'text/html; charset=utf-8',
  '/brochure.pdf': 'application/pdf',
  '/robots.txt': 'text/plain; charset=utf-8',
  ...Object.fromEntries(SEED_PAGES.map((p) => [`/${p}`, 'text/html; charset=utf-8'])),
};

export interface TestSite {
  base: string;
  /** Paths requested, in order, with the User-Agent each request sent. */
  requests: { path: string; userAgent: string }[];
  hits(path: string): number;
  close(): Promise<void>;
}

/** Longer than any timeout the tests use: the slow page never answers in time. */
export const SLOW_MS = 20_000;
export const HUGE_BYTES = 300_000;

export function staticFile(path: string): Buffer {
  return readFileSync(join(SITE_DIR, path === '/' ? 'index.html' : path.slice(1)));
}

export function sitemapXml(base: string): string {
  const pages = [...SEED_PAGES.map((p) => `/${p}`), '/tisane.html', '/private/members.html', '/missing.html'];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${pages.map((p) => `  <url><loc>${base}${p}</loc></url>`).join('\n')}
</urlset>
`;
}

export async function startTestSite(): Promise<TestSite> {
  const requests: TestSite['requests'] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let base = '';
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ path, userAgent: String(req.headers['user-agent'] ?? '') });
    const send = (status: number, type: string | undefined, body: string | Buffer, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
      res.end(body);
    };
    switch (path) {
      case '/':
        return send(200, STATIC['/index.html'], staticFile('/'));
      case '/sitemap.xml':
        return send(200, 'application/xml', sitemapXml(base));
      case '/loop/a':
        return send(302, undefined, '', { location: '/loop/b' });
      case '/loop/b':
        return send(302, undefined, '', { location: '/loop/a' });
      case '/moved':
        return send(301, undefined, '', { location: '/nci-metastatic-cancer-fact-sheet.html?from=moved' });
      case '/slow': {
        const timer = setTimeout(() => send(200, 'text/html', '<p>Too late.</p>'), SLOW_MS);
        timers.add(timer);
        return;
      }
      case '/error-500':
        return send(500, 'text/plain', 'Internal error');
      case '/huge.html': {
        // Chunked, no Content-Length: the limit must hold while reading.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const chunk = `<p>${'Filler text for an oversize page. '.repeat(100)}</p>\n`;
        for (let size = 0; size < HUGE_BYTES; size += chunk.length) res.write(chunk);
        res.end();
        return;
      }
    }
    const type = STATIC[path];
    if (type) return send(200, type, staticFile(path));
    send(404, 'text/html; charset=utf-8', '<h1>Not found</h1>');
  };
  const server: Server = createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    hits: (p) => requests.filter((r) => r.path === p).length,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Running a web scan in this process, as the command line does, with its output captured.


/** Settings that keep the tests quick: no pause between requests, short back-off. */
export const FAST: Partial<WebArgs> = {
  'per-host-delay': 0,
  'retry-backoff': 0.05,
  // Generous: linting a large page blocks the event loop for a second or more on a busy machine.
  timeout: 5,
  retries: 1,
  'max-body-bytes': 100_000,
};

export function webArgs(overrides: Partial<WebArgs> = {}): WebArgs {
  return {
    format: 'jsonl',
    quiet: false,
    'max-pages': SCAN_DEFAULTS.maxPages,
    'max-depth': SCAN_DEFAULTS.maxDepth,
    scope: SCAN_DEFAULTS.scope,
    'fetch-concurrency': SCAN_DEFAULTS.concurrency,
    'per-host-concurrency': SCAN_DEFAULTS.perHostConcurrency,
    'per-host-delay': SCAN_DEFAULTS.perHostDelayMs / 1000,
    retries: SCAN_DEFAULTS.retries,
    'retry-backoff': SCAN_DEFAULTS.retryBackoffMs / 1000,
    timeout: SCAN_DEFAULTS.timeoutMs / 1000,
    'max-body-bytes': SCAN_DEFAULTS.maxBodyBytes,
    'max-redirects': SCAN_DEFAULTS.maxRedirects,
    ...FAST,
    ...overrides,
  };
}

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export async function runScan(inputs: string[], overrides: Partial<WebArgs> = {}): Promise<CapturedRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runWebScan(inputs, webArgs(overrides), { stdout, stderr, signals: new EventEmitter() });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export function parseJsonl(text: string): LintResult[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LintResult);
}

export function byUrl(results: LintResult[]): Map<string, LintResult> {
  return new Map(results.map((r) => [r.filePath, r]));
}
