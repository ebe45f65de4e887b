/**
 * A small profiler for `--timing` (like ESLint's TIMING): wall time per pipeline stage, keyed by
 * name. Stages nest, and each one is charged only its own (exclusive) time, so the stages of a run
 * add up to the time spent linting. Off by default: every hook takes an optional `Timing` and,
 * when it is absent, calls the wrapped function directly (see `timed`), so a normal run pays
 * nothing but one `undefined` test per hook.
 */

interface Frame {
  stage: string;
  /** When this frame last started running (entered, or a child returned). */
  resumed: number;
}

export interface StageTime {
  stage: string;
  ms: number;
  calls: number;
}

/** The stages in pipeline order, for the report; unknown stages follow, slowest first. */
export const STAGE_ORDER = ['startup', 'read', 'parse', 'parse:english', 'parse:sentences', 'page', 'screen', 'nlp', 'register', 'rules', 'output'];

export const STAGE_MEANING: Record<string, string> = {
  startup: 'loading modules, before the first file',
  read: 'reading and decoding files',
  parse: 'Markdown/HTML to a syntax tree (remark, rehype)',
  'parse:english': 'syntax tree to English words and sentences (nlcst)',
  'parse:sentences': 'flat sentences with their source offsets',
  page: 'page context: commerce and informational signals, product names',
  screen: 'lexicon screen and effect patterns on every sentence',
  nlp: 'compromise on the candidate sentences: agent and framing',
  register: 'claim-register model on the sentences with a claim frame',
  rules: 'rules and placing their findings',
  output: 'formatting and writing the report',
};

export class Timing {
  private readonly totals = new Map<string, StageTime>();
  private readonly stack: Frame[] = [];

  /** Runs `fn`, charging its time (less that of nested stages) to `stage`. */
  time<T>(stage: string, fn: () => T): T {
    const start = performance.now();
    const parent = this.stack[this.stack.length - 1];
    if (parent) this.charge(parent.stage, start - parent.resumed, 0);
    const frame: Frame = { stage, resumed: start };
    this.stack.push(frame);
    try {
      return fn();
    } finally {
      const end = performance.now();
      this.stack.pop();
      this.charge(stage, end - frame.resumed, 1);
      if (parent) parent.resumed = end;
    }
  }

  /** Adds time measured elsewhere (an awaited read, the process start-up). */
  add(stage: string, ms: number): void {
    this.charge(stage, ms, 1);
  }

  private charge(stage: string, ms: number, calls: number): void {
    const entry = this.totals.get(stage);
    if (entry) {
      entry.ms += ms;
      entry.calls += calls;
    } else {
      this.totals.set(stage, { stage, ms, calls });
    }
  }

  /** Stages in pipeline order, then any others by time. */
  stages(): StageTime[] {
    const known = STAGE_ORDER.flatMap((s) => (this.totals.has(s) ? [{ ...this.totals.get(s)! }] : []));
    const others = [...this.totals.values()].filter((t) => !STAGE_ORDER.includes(t.stage)).sort((a, b) => b.ms - a.ms);
    return [...known, ...others.map((t) => ({ ...t }))];
  }

  toJSON(): Record<string, { ms: number; calls: number }> {
    return Object.fromEntries(this.stages().map((t) => [t.stage, { ms: round(t.ms), calls: t.calls }]));
  }

  /**
   * The table printed by `--timing`. `wallMs`, when given, adds an "other" row for time outside
   * every stage (glob expansion, GC pauses between stages) and makes the percentages of the wall.
   */
  format(wallMs?: number): string {
    const rows = this.stages();
    const staged = rows.reduce((n, r) => n + r.ms, 0);
    const total = wallMs !== undefined ? Math.max(wallMs, staged) : staged;
    if (wallMs !== undefined && total - staged >= 0.05) rows.push({ stage: 'other', ms: total - staged, calls: 0 });
    const lines = [['Stage', 'Time (ms)', 'Relative', 'Calls', 'What'].join(' | '), [':---', '---:', '---:', '---:', ':---'].join(' | ')];
    for (const r of rows) {
      const pct = total > 0 ? ((100 * r.ms) / total).toFixed(1) : '0.0';
      lines.push([r.stage, r.ms.toFixed(1), `${pct}%`, String(r.calls), STAGE_MEANING[r.stage] ?? ''].join(' | '));
    }
    lines.push(['total', total.toFixed(1), '100.0%', '', ''].join(' | '));
    return `${lines.map((l) => `| ${l} |`).join('\n')}\n`;
  }
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** `fn()`, timed under `stage` when a profile is being taken, else just `fn()`. */
export function timed<T>(timing: Timing | undefined, stage: string, fn: () => T): T {
  return timing ? timing.time(stage, fn) : fn();
}
