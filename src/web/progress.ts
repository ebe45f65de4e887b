/**
 * The progress line on a terminal (cli-progress): pages done of those known, queued, findings,
 * errors and pages per second. Nothing at all when the stream is not a terminal (CI logs, pipes).
 */
import { SingleBar } from 'cli-progress';

export interface ScanCounters {
  /** Pages with a result: linted, skipped or failed. */
  done: number;
  queued: number;
  findings: number;
  /** Pages that could not be fetched. */
  errors: number;
  /** Pages not linted on purpose (robots.txt, not HTML, too big) and archive records passed over. */
  skipped: number;
  startedAt: number;
  /** Of `done`, the pages replayed from the resume file (not counted in the rate). */
  resumed?: number;
}

export interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

export class Progress {
  private bar: SingleBar | undefined;

  constructor(stream: ProgressStream, enabled = stream.isTTY === true) {
    if (!enabled || stream.isTTY !== true) return;
    this.bar = new SingleBar({
      stream: stream as NodeJS.WritableStream,
      format: 'healthlint {bar} {value}/{total} pages | queued {queued} | findings {findings} | errors {errors} | skipped {skipped} | {rate} pages/s',
      barsize: 20,
      hideCursor: true,
      clearOnComplete: false,
      fps: 5,
      etaBuffer: 50,
    });
    this.bar.start(0, 0, { queued: 0, findings: 0, errors: 0, skipped: 0, rate: '0.0' });
  }

  get active(): boolean {
    return this.bar !== undefined;
  }

  update(c: ScanCounters): void {
    if (!this.bar) return;
    const seconds = Math.max(0.001, (Date.now() - c.startedAt) / 1000);
    this.bar.setTotal(c.done + Math.max(0, c.queued));
    this.bar.update(c.done, { queued: Math.max(0, c.queued), findings: c.findings, errors: c.errors, skipped: c.skipped, rate: ((c.done - (c.resumed ?? 0)) / seconds).toFixed(1) });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}
