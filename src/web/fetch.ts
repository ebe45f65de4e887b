/**
 * One polite HTTP GET: healthlint's user agent, a time limit for the whole exchange, a limit on
 * the body size (checked on Content-Length and while reading), redirects followed by hand so
 * each hop is counted, checked (robots.txt, scope) and recorded, and the body kept as the exact
 * bytes received (after Content-Encoding), which is what line and column point into.
 *
 * A failure is a FetchProblem that says why, whether the page was skipped on purpose or failed,
 * and whether trying again may help (timeouts, 5xx, 429, connection errors).
 */
import { STATUS_CODES } from 'node:http';
import { mediaType } from './decode.js';

export interface FetchPolicy {
  userAgent: string;
  /** Time limit for one request, headers and body (ms). */
  timeoutMs: number;
  maxBodyBytes: number;
  maxRedirects: number;
}

export interface Fetched {
  /** The URL of the content, after redirects. */
  url: string;
  requestedUrl: string;
  redirects: string[];
  status: number;
  contentType?: string;
  headers: Headers;
  body: Buffer;
  fetchedAt: string;
}

export type ProblemKind = 'skipped' | 'failed';

export class FetchProblem extends Error {
  constructor(
    message: string,
    readonly kind: ProblemKind,
    readonly retry: boolean,
    readonly details: { status?: number; url?: string; retryAfterMs?: number; fetchedAt?: string } = {},
  ) {
    super(message);
    this.name = 'FetchProblem';
  }
}

export interface FetchHooks {
  /** Whether a response of this media type should be read ("" when the server sent none). */
  acceptType?: (type: string) => boolean;
  /** Return a reason to refuse following a redirect to `to`, or undefined to follow it. */
  checkRedirect?: (to: string, from: string) => Promise<string | undefined> | string | undefined;
  /** Runs each request (one hop) under the per-host limits. */
  gate?: <T>(host: string, task: () => Promise<T>) => Promise<T>;
  accept?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function describeStatus(status: number, statusText: string): string {
  return `HTTP ${status} ${statusText || STATUS_CODES[status] || ''}`.trim();
}

function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function networkReason(error: unknown): string {
  const e = error as { cause?: { code?: string; message?: string }; message?: string };
  const cause = e?.cause;
  if (cause?.code) return `${cause.code}${cause.message && !cause.message.includes(cause.code) ? ` (${cause.message})` : ''}`;
  return cause?.message ?? e?.message ?? String(error);
}

async function readLimited(response: Response, limit: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new FetchProblem(`body larger than the limit of ${limit} bytes (--max-body-bytes); not linted`, 'skipped', false, { url });
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks, size);
}

type HopOutcome = { redirect: string; status: number } | { fetched: Omit<Fetched, 'requestedUrl' | 'redirects' | 'fetchedAt'> };

const direct = <T>(_host: string, task: () => Promise<T>): Promise<T> => task();

export async function fetchResource(requestedUrl: string, policy: FetchPolicy, hooks: FetchHooks = {}): Promise<Fetched> {
  const gate = hooks.gate ?? direct;
  const redirects: string[] = [];
  let url = requestedUrl;
  for (let hop = 0; ; hop++) {
    const fetchedAt = new Date().toISOString();
    const outcome = await gate<HopOutcome>(new URL(url).host, async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
      try {
        let response: Response;
        try {
          response = await fetch(url, {
            redirect: 'manual',
            signal: controller.signal,
            headers: { 'user-agent': policy.userAgent, accept: hooks.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
          });
        } catch (error) {
          if (controller.signal.aborted) throw new FetchProblem(`timed out after ${policy.timeoutMs / 1000} s (--timeout)`, 'failed', true, { url });
          throw new FetchProblem(`could not connect: ${networkReason(error)}`, 'failed', true, { url });
        }
        const { status } = response;
        if (REDIRECTS.has(status)) {
          await response.body?.cancel().catch(() => undefined);
          const location = response.headers.get('location');
          if (!location) throw new FetchProblem(`${describeStatus(status, response.statusText)} without a Location header`, 'failed', false, { status, url });
          return { redirect: new URL(location, url).href.replace(/#.*$/, ''), status };
        }
        if (status === 429 || status >= 500) {
          await response.body?.cancel().catch(() => undefined);
          throw new FetchProblem(describeStatus(status, response.statusText), 'failed', true, {
            status,
            url,
            retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
          });
        }
        if (status >= 400 || status < 200 || status === 204) {
          await response.body?.cancel().catch(() => undefined);
          throw new FetchProblem(describeStatus(status, response.statusText), 'failed', false, { status, url });
        }
        const contentType = response.headers.get('content-type') ?? undefined;
        const type = mediaType(contentType);
        if (hooks.acceptType && !hooks.acceptType(type)) {
          await response.body?.cancel().catch(() => undefined);
          throw new FetchProblem(`not HTML (Content-Type: ${type || 'none'}); not linted`, 'skipped', false, { status, url });
        }
        const length = Number(response.headers.get('content-length'));
        if (Number.isFinite(length) && length > policy.maxBodyBytes) {
          await response.body?.cancel().catch(() => undefined);
          throw new FetchProblem(
            `body of ${length} bytes is larger than the limit of ${policy.maxBodyBytes} bytes (--max-body-bytes); not linted`,
            'skipped',
            false,
            { status, url },
          );
        }
        let body: Buffer;
        try {
          body = await readLimited(response, policy.maxBodyBytes, url);
        } catch (error) {
          if (error instanceof FetchProblem) throw error;
          if (controller.signal.aborted) throw new FetchProblem(`timed out after ${policy.timeoutMs / 1000} s while reading the body (--timeout)`, 'failed', true, { url });
          throw new FetchProblem(`connection lost while reading the body: ${networkReason(error)}`, 'failed', true, { url });
        }
        return { fetched: { url, status, contentType, headers: response.headers, body } };
      } finally {
        clearTimeout(timer);
      }
    });
    if ('fetched' in outcome) return { ...outcome.fetched, requestedUrl, redirects, fetchedAt };
    const next = outcome.redirect;
    const chain = [requestedUrl, ...redirects, next];
    if (next === url || redirects.includes(next) || next === requestedUrl) {
      throw new FetchProblem(`redirect loop: ${chain.join(' → ')}`, 'failed', false, { status: outcome.status, url: requestedUrl });
    }
    if (hop + 1 > policy.maxRedirects) {
      throw new FetchProblem(`more than ${policy.maxRedirects} redirects (--max-redirects): ${chain.join(' → ')}`, 'failed', false, {
        status: outcome.status,
        url: requestedUrl,
      });
    }
    if (!/^https?:$/.test(new URL(next).protocol)) {
      throw new FetchProblem(`redirected to ${next}, which is not http(s)`, 'skipped', false, { url: requestedUrl });
    }
    const refusal = await hooks.checkRedirect?.(next, url);
    if (refusal) throw new FetchProblem(`redirected to ${next}: ${refusal}`, 'skipped', false, { url: requestedUrl });
    redirects.push(next);
    url = next;
  }
}
