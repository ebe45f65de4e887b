/**
 * The resume file (--resume FILE): JSON Lines, one line per finished page, appended and flushed
 * as each page finishes, so a run stopped at any point (Ctrl-C, a killed job) loses at most the
 * pages in flight. A later run with the same file does not fetch those pages again: it replays
 * their results into the report, rebuilds the crawl frontier from the links the finished pages
 * had, and carries on. A half-written last line is ignored.
 *
 *   {"key":"https://example.org/a","mode":"crawl","depth":1,"links":["https://example.org/b"],"result":{…}}
 *   {"warcDone":"crawl-00001.warc.gz"}
 */
import { appendFileSync, closeSync, createReadStream, existsSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { LintResult } from '../types.js';

export type ScanMode = 'list' | 'crawl' | 'warc';

export interface PageLine {
  key: string;
  mode: ScanMode;
  depth?: number;
  /** Crawl mode: the in-scope links the page had, so a resumed crawl can go on from it. */
  links?: string[];
  result: LintResult;
}

interface FileLine {
  warcDone: string;
}

async function* lines(path: string): AsyncGenerator<PageLine | FileLine> {
  const input = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of input) {
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as PageLine | FileLine;
    } catch {
      // The line a killed run was writing.
    }
  }
}

export class ScanState {
  readonly done = new Set<string>();
  readonly doneFiles = new Set<string>();
  /** Crawl pages to visit next: links of finished crawl pages that are not finished themselves. */
  readonly frontier = new Map<string, number>();
  crawlPagesDone = 0;
  private fd: number;

  private constructor(readonly path: string) {
    this.fd = -1;
  }

  static async open(path: string): Promise<ScanState> {
    const state = new ScanState(path);
    if (existsSync(path)) {
      const links: [string, number][] = [];
      for await (const line of lines(path)) {
        if ('warcDone' in line) {
          state.doneFiles.add(line.warcDone);
          continue;
        }
        if (typeof line.key !== 'string' || !line.result) continue;
        state.done.add(line.key);
        if (line.mode === 'crawl') {
          state.crawlPagesDone++;
          for (const link of line.links ?? []) links.push([link, (line.depth ?? 0) + 1]);
        }
      }
      for (const [link, depth] of links) {
        if (state.done.has(link)) continue;
        const known = state.frontier.get(link);
        if (known === undefined || depth < known) state.frontier.set(link, depth);
      }
      // Finish a half-written last line so the next append starts a line of its own.
      const size = statSync(path).size;
      if (size > 0) {
        const fd = openSync(path, 'r');
        const last = Buffer.alloc(1);
        readSync(fd, last, 0, 1, size - 1);
        closeSync(fd);
        if (last[0] !== 0x0a) appendFileSync(path, '\n');
      }
    }
    state.fd = openSync(path, 'a');
    return state;
  }

  /** Results of the pages finished by earlier runs, in the order they finished. */
  async *replay(): AsyncGenerator<LintResult> {
    const seen = new Set<string>();
    for await (const line of lines(this.path)) {
      if ('warcDone' in line || typeof line.key !== 'string' || !line.result) continue;
      if (seen.has(line.key)) continue;
      seen.add(line.key);
      yield line.result;
    }
  }

  record(line: PageLine): void {
    this.done.add(line.key);
    this.frontier.delete(line.key);
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
  }

  recordFileDone(file: string): void {
    this.doneFiles.add(file);
    writeSync(this.fd, `${JSON.stringify({ warcDone: file } satisfies FileLine)}\n`);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}
