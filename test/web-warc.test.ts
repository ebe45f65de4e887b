// Web archives: a WARC built here with warcio from the same pages the loopback site serves lints
// exactly as the live pages do, with the capture date and the record's place in the archive.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../src/types.js';
import { HUGE_BYTES, SEED_PAGES, STATIC, byUrl, parseJsonl, runScan, staticFile, startTestSite, type TestSite } from './web-site.js';

const CAPTURED = '2026-11-20T10:00:00Z';
const PAGES = [...SEED_PAGES.map((p) => `/${p}`), '/tisane.html'];

let site: TestSite;
let live: Map<string, LintResult>;
const tmp = mkdtempSync(join(tmpdir(), 'healthlint-warc-'));
const url = (path: string): string => `${site.base}${path}`;

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function serialize(record: WARCRecord, gzip: boolean): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, { gzip });
}

function response(path: string, body: Uint8Array, contentType: string, statusline = 'HTTP/1.1 200 OK'): WARCRecord {
  return WARCRecord.create(
    { url: url(path), date: CAPTURED, type: 'response', warcVersion: 'WARC/1.1', statusline, httpHeaders: { 'Content-Type': contentType, 'Content-Length': String(body.length) } },
    once(body),
  );
}

/** A WARC as a crawler would write it: warcinfo, then a request and a response for each capture. */
async function buildWarc(file: string, paths: string[], gzip: boolean): Promise<void> {
  const parts: Uint8Array[] = [];
  parts.push(await serialize(WARCRecord.createWARCInfo({ filename: file, warcVersion: 'WARC/1.1' }, { software: 'healthlint tests' }), gzip));
  for (const path of paths) {
    const request = WARCRecord.create(
      { url: url(path), date: CAPTURED, type: 'request', warcVersion: 'WARC/1.1', statusline: `GET ${path} HTTP/1.1`, httpHeaders: { 'User-Agent': 'test' } },
      once(new Uint8Array()),
    );
    parts.push(await serialize(request, gzip));
    parts.push(await serialize(response(path, staticFile(path), STATIC[path]!), gzip));
  }
  writeFileSync(file, Buffer.concat(parts));
}

beforeAll(async () => {
  site = await startTestSite();
  live = byUrl(parseJsonl((await runScan(PAGES.map(url))).stdout));
}, 60_000);
afterAll(() => site?.close());

describe('WARC and WARC.gz input', () => {
  it('lints each HTML response the same as the live page, with its target URI and capture date', async () => {
    const file = join(tmp, 'site.warc.gz');
    await buildWarc(file, [...PAGES, '/brochure.pdf'], true);
    const run = await runScan([file]);
    const archived = byUrl(parseJsonl(run.stdout));
    expect([...archived.keys()].sort()).toEqual(PAGES.map(url).sort());
    for (const path of PAGES) {
      const a = archived.get(url(path))!;
      const l = live.get(url(path))!;
      expect(a.messages, path).toEqual(l.messages);
      expect(a.source?.sha256, path).toBe(l.source?.sha256);
      expect(a.source?.charset, path).toBe(l.source?.charset);
      expect(a.source?.capturedAt, path).toBe(CAPTURED);
      expect(a.source?.fetchedAt, path).toBeUndefined();
      expect(a.source?.warc?.file, path).toBe(file);
      expect(typeof a.source?.warc?.offset, path).toBe('number');
    }
    const mytea = archived.get(url('/mytea-magic-metastasis-page.html'))!;
    expect(mytea.messages.find((m) => m.ruleId === 'no-stop-spread-claim')?.severity).toBe('error');
    expect(run.code).toBe(1);
  }, 30_000);

  it('reads an uncompressed WARC, passes over what is not a 2xx HTML response, and reports an oversize record', async () => {
    const file = join(tmp, 'faults.warc');
    const parts = [
      await serialize(response('/tisane.html', staticFile('/tisane.html'), STATIC['/tisane.html']!), false),
      await serialize(response('/brochure.pdf', staticFile('/brochure.pdf'), 'application/pdf'), false),
      await serialize(response('/missing.html', Buffer.from('<h1>Not found</h1>'), 'text/html', 'HTTP/1.1 404 Not Found'), false),
      await serialize(response('/huge.html', Buffer.alloc(HUGE_BYTES, 'a'), 'text/html'), false),
    ];
    writeFileSync(file, Buffer.concat(parts));
    const results = parseJsonl((await runScan([file], { 'max-body-bytes': 100_000 })).stdout);
    expect(results.map((r) => r.filePath)).toEqual([url('/tisane.html'), url('/huge.html')]);
    expect(results[0]!.messages).toEqual(live.get(url('/tisane.html'))!.messages);
    expect(results[1]!.messages[0]).toMatchObject({ fatal: true, severity: 'warning' });
    expect(results[1]!.messages[0]!.message).toMatch(/larger than the limit of 100000 bytes/);
  }, 30_000);
});
