/**
 * Web archives (WARC 1.0/1.1, plain or gzip), read as a stream with warcio. Each HTML response
 * record (status 2xx) is one page, linted with its WARC-Target-URI and WARC-Date; other records
 * (requests, metadata, revisits, images, scripts, redirects) are passed over and counted.
 */
import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import type { Severity } from '../types.js';
import { isHtmlType, mediaType } from './decode.js';
import type { PageInput } from './page.js';

export type WarcItem =
  | { kind: 'page'; offset: number; input: PageInput }
  | { kind: 'problem'; offset: number; url: string; capturedAt?: string; status?: number; message: string; severity: Severity }
  | { kind: 'passed-over'; offset: number };

export async function* warcItems(file: string, options: { maxBodyBytes: number }): AsyncGenerator<WarcItem> {
  const parser = new WARCParser(createReadStream(file));
  for await (const record of parser) {
    const offset = parser.offset;
    const type = record.warcType;
    const url = record.warcTargetURI ?? undefined;
    if ((type !== 'response' && type !== 'resource') || !url || !/^https?:/i.test(url)) {
      yield { kind: 'passed-over', offset };
      continue;
    }
    const http = type === 'response' ? record.httpHeaders : null;
    if (type === 'response' && !http) {
      yield { kind: 'passed-over', offset };
      continue;
    }
    const status = http ? Number(http.statusCode) : undefined;
    const contentType = (http ? http.headers.get('content-type') : record.warcContentType) ?? undefined;
    if ((status !== undefined && (status < 200 || status >= 300)) || !(isHtmlType(contentType) || (http && !mediaType(contentType)))) {
      yield { kind: 'passed-over', offset };
      continue;
    }
    const capturedAt = record.warcDate ?? undefined;
    if (record.warcContentLength > options.maxBodyBytes + 64 * 1024) {
      yield {
        kind: 'problem',
        offset,
        url,
        capturedAt,
        status,
        message: `Not linted: archived body of about ${record.warcContentLength} bytes is larger than the limit of ${options.maxBodyBytes} bytes (--max-body-bytes)`,
        severity: 'warning',
      };
      continue;
    }
    const body = await record.readFully(true);
    yield { kind: 'page', offset, input: { url, body, contentType, status, capturedAt, warc: { file, offset } } };
  }
}
