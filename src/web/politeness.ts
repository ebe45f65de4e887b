/**
 * Per-host politeness: at most `concurrency` requests to one host at a time, and request starts
 * on one host at least `delayMs` apart (longer when robots.txt asks for a Crawl-delay). Crawlee
 * keeps the queue and the global concurrency; this only paces each host.
 */

export interface HostGateOptions {
  concurrency: number;
  delayMs: number;
  /** Upper bound for a robots.txt Crawl-delay, so one host cannot stall a scan for hours. */
  maxDelayMs?: number;
}

interface HostState {
  active: number;
  waiting: (() => void)[];
  nextStart: number;
  delayMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class HostGate {
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly options: HostGateOptions) {}

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, waiting: [], nextStart: 0, delayMs: this.options.delayMs };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** A host's robots.txt Crawl-delay (seconds), used when it is longer than the default pace. */
  setCrawlDelay(host: string, seconds: number | undefined): void {
    if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return;
    const cap = this.options.maxDelayMs ?? 30_000;
    const state = this.state(host);
    state.delayMs = Math.max(state.delayMs, Math.min(seconds * 1000, cap));
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(host);
    while (state.active >= Math.max(1, this.options.concurrency)) {
      await new Promise<void>((resolve) => state.waiting.push(resolve));
    }
    state.active++;
    try {
      const now = Date.now();
      const start = Math.max(now, state.nextStart);
      state.nextStart = start + state.delayMs;
      if (start > now) await sleep(start - now);
      return await task();
    } finally {
      state.active--;
      state.waiting.shift()?.();
    }
  }
}
