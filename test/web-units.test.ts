// The parts of the web scanner one at a time: charset decoding, the fetch limits, robots.txt
// that cannot be read, per-host pacing, the progress bar, CSV and JSON Lines, usage errors.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/engine/errors.js';
import { formatCsv } from '../src/report/csv.js';
import { formatJsonl } from '../src/report/jsonl.js';
import type { LintResult } from '../src/types.js';
import { scanOptionsFrom } from '../src/web/command.js';
import { decodeHtml } from '../src/web/decode.js';
import { FetchProblem, fetchResource, type FetchPolicy } from '../src/web/fetch.js';
import { problemResult } from '../src/web/page.js';
import { HostGate } from '../src/web/politeness.js';
import { Progress } from '../src/web/progress.js';
import { RobotsCache } from '../src/web/robots.js';
import { webArgs } from './web-site.js';

describe('decodeHtml', () => {
  const cafe = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x92, 0x73]); // "Café ’s" in windows-1252
  it('uses the charset of the Content-Type header, as browsers resolve it', () => {
    expect(decodeHtml(cafe, 'text/html; charset=ISO-8859-1')).toEqual({ text: 'Café ’s', charset: 'windows-1252' });
  });
  it('falls back to a <meta> declaration, then to UTF-8', () => {
    const page = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), cafe]);
    expect(decodeHtml(page, 'text/html').text).toBe('<meta charset="windows-1252"><p>Café ’s');
    expect(decodeHtml(Buffer.from('<p>Café</p>'), 'text/html')).toEqual({ text: '<p>Café</p>', charset: 'utf-8' });
  });
  it('honours a byte order mark', () => {
    expect(decodeHtml(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'text/html; charset=windows-1252')).toEqual({ text: 'A', charset: 'utf-8' });
  });
  it('reads undeclared bytes that are not UTF-8 as windows-1252, and says so', () => {
    const decoded = decodeHtml(cafe, 'text/html');
    expect(decoded.text).toBe('Café ’s');
    expect(decoded.note).toMatch(/not UTF-8; read as windows-1252/);
  });
  it('ignores an unknown charset with a note', () => {
    expect(decodeHtml(Buffer.from('<p>ok</p>'), 'text/html; charset=x-unheard-of').note).toMatch(/unknown charset "x-unheard-of"/);
  });
});

describe('fetchResource limits', () => {
  let server: Server;
  let base = '';
  const policy: FetchPolicy = { userAgent: 'healthlint/test', timeoutMs: 5000, maxBodyBytes: 1000, maxRedirects: 3 };
  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      const hop = /^\/hop\/(\d+)$/.exec(path);
      if (hop) {
        res.writeHead(302, { location: `/hop/${Number(hop[1]) + 1}` });
        res.end();
      } else if (path === '/big') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
        res.end('x'.repeat(5000));
      } else if (path === '/busy') {
        res.writeHead(429, { 'retry-after': '7' });
        res.end();
      } else if (path === '/robots-down/robots.txt' || path === '/robots.txt') {
        res.writeHead(503);
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<p>${req.headers['user-agent']}</p>`);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const problem = async (path: string): Promise<FetchProblem> => {
    try {
      await fetchResource(`${base}${path}`, policy);
    } catch (error) {
      return error as FetchProblem;
    }
    throw new Error(`${path} did not fail`);
  };

  it('sends the user agent and keeps the bytes', async () => {
    const fetched = await fetchResource(`${base}/`, policy);
    expect(fetched.body.toString()).toBe('<p>healthlint/test</p>');
    expect(fetched.status).toBe(200);
  });

  it('refuses a body whose Content-Length is over the limit, without retrying', async () => {
    const p = await problem('/big');
    expect(p).toBeInstanceOf(FetchProblem);
    expect(p.message).toBe('body of 5000 bytes is larger than the limit of 1000 bytes (--max-body-bytes); not linted');
    expect([p.kind, p.retry]).toEqual(['skipped', false]);
  });

  it('stops after --max-redirects and shows the chain', async () => {
    const p = await problem('/hop/0');
    expect(p.message).toMatch(/^more than 3 redirects \(--max-redirects\): .*\/hop\/0 → .*\/hop\/1 → .*\/hop\/2 → .*\/hop\/3 → .*\/hop\/4$/);
    expect(p.retry).toBe(false);
  });

  it('retries a 429 after the time Retry-After asks for', async () => {
    const p = await problem('/busy');
    expect([p.kind, p.retry, p.details.status, p.details.retryAfterMs]).toEqual(['failed', true, 429, 7000]);
  });

  it('treats a site whose robots.txt answers 5xx as disallowed (RFC 9309)', async () => {
    const robots = new RobotsCache((u) => fetchResource(u, policy), 'healthlint');
    const rules = await robots.get(`${base}/page.html`);
    expect(rules.allows(`${base}/page.html`)).toBe(false);
    expect(rules.why(`${base}/page.html`)).toMatch(/could not be read \(HTTP 503 Service Unavailable\)/);
  });
});

describe('HostGate', () => {
  it('never runs more than the per-host limit at once on one host', async () => {
    const gate = new HostGate({ concurrency: 2, delayMs: 0 });
    let active = 0;
    let most = 0;
    const task = async (): Promise<void> => {
      active++;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active--;
    };
    await Promise.all(Array.from({ length: 10 }, () => gate.run('a.example', task)));
    expect(most).toBe(2);
  });
});

describe('Progress', () => {
  class Sink extends Writable {
    text = '';
    constructor(readonly isTTY: boolean) {
      super();
    }
    columns = 160;
    override _write(chunk: Buffer, _e: BufferEncoding, done: () => void): void {
      this.text += chunk.toString();
      done();
    }
    cursorTo(): boolean {
      return true;
    }
    clearLine(): boolean {
      return true;
    }
    moveCursor(): boolean {
      return true;
    }
  }
  const counters = { done: 3, queued: 4, findings: 2, errors: 1, skipped: 1, startedAt: Date.now() - 1000 };

  it('draws pages, queued, findings, errors and rate on a terminal', () => {
    const tty = new Sink(true);
    const bar = new Progress(tty);
    bar.update(counters);
    bar.stop();
    expect(tty.text).toMatch(/3\/7 pages \| queued 4 \| findings 2 \| errors 1 \| skipped 1 \| \d+\.\d pages\/s/);
  });

  it('is silent when the stream is not a terminal', () => {
    const pipe = new Sink(false);
    const bar = new Progress(pipe, true);
    bar.update(counters);
    bar.stop();
    expect(pipe.text).toBe('');
  });
});

describe('CSV and JSON Lines', () => {
  const result: LintResult = {
    ...problemResult('http://127.0.0.1:1/a', 'x', 'warning', { url: 'http://127.0.0.1:1/a', fetchedAt: '2026-01-01T00:00:00.000Z' }),
  };
  result.messages[0] = { ...result.messages[0]!, excerpt: 'He said "stop", then\nleft, quickly' };

  it('quotes commas, quotes and line breaks so the excerpt survives a round trip', () => {
    const rows = parseCsv(formatCsv([result]), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.excerpt).toBe('He said "stop", then\nleft, quickly');
    expect(rows[0]!.fetched_at).toBe('2026-01-01T00:00:00.000Z');
    expect(rows[0]!.site).toBe('127.0.0.1:1');
  });

  it('writes one result per line', () => {
    const lines = formatJsonl([result, result]).split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]!)).toEqual(result);
  });
});

describe('web scan usage errors', () => {
  it('refuses local files mixed into a web scan, bad shards and missing archives', () => {
    expect(() => scanOptionsFrom(['http://127.0.0.1:1/', 'README.md'], webArgs())).toThrow(UsageError);
    expect(() => scanOptionsFrom(['http://127.0.0.1:1/'], webArgs({ shard: '3/2' }))).toThrow(/--shard/);
    expect(() => scanOptionsFrom(['nowhere.warc.gz'], webArgs())).toThrow(/No such web archive/);
    expect(() => scanOptionsFrom([], webArgs({ crawl: ['ftp://127.0.0.1/'] }))).toThrow(/--crawl needs an http\(s\) URL/);
  });
});

describe('fixtures/site', () => {
  it('holds each seed page as HTML with its text verbatim, one <h1> or <p> per paragraph', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { SEED_PAGES, SITE_DIR } = await import('./web-site.js');
    const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    for (const page of SEED_PAGES) {
      const seed = readFileSync(join(SITE_DIR, '..', 'pages', page.replace(/\.html$/, '.txt')), 'utf8').replace(/\r\n/g, '\n');
      const blocks = seed.split(/\n[ \t]*\n+/).map((b) => b.replace(/^\n+|\n+$/g, '')).filter((b) => b.trim());
      const html = readFileSync(join(SITE_DIR, page), 'utf8');
      const paragraphs = [...html.matchAll(/<(h1|p)>([\s\S]*?)<\/\1>/g)].map((m) => unescape(m[2]!));
      expect(paragraphs, page).toEqual(blocks);
    }
  });
});
