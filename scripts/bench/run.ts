/**
 * Runs a command-line linter as a child process and measures it: wall time from spawn to exit
 * (start-up included, as a user or CI pays it) and peak resident memory, reported by a preload
 * (peak-rss.cjs) so every tool is measured the same way. Output goes to /dev/null.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../build-bench-corpus.js';

export interface Tool {
  name: string;
  version: string;
  /** Node script and arguments before the inputs. */
  script: string;
  args: string[];
}

export interface RunResult {
  ms: number;
  /** Peak resident set size in MB (10^6 bytes), or NaN when unknown. */
  peakMb: number;
  exitCode: number | null;
  stderr: string;
  timedOut: boolean;
}

const require = createRequire(import.meta.url);
const PRELOAD = join(ROOT, 'scripts', 'bench', 'peak-rss.cjs');

function packageInfo(name: string): { dir: string; version: string; bin: Record<string, string> | string } {
  const manifestPath = require.resolve(`${name}/package.json`, { paths: [ROOT] });
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; bin: Record<string, string> | string };
  return { dir: dirname(manifestPath), version: manifest.version, bin: manifest.bin };
}

function binOf(name: string, command?: string): { script: string; version: string } {
  const info = packageInfo(name);
  const rel = typeof info.bin === 'string' ? info.bin : info.bin[command ?? name]!;
  return { script: join(info.dir, rel), version: info.version };
}

export function healthlintTool(extraArgs: string[] = []): Tool {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return { name: 'healthlint', version: manifest.version, script: join(ROOT, 'bin', 'healthlint.js'), args: extraArgs };
}

/** alex 11 with its defaults (Markdown for .md files). */
export function alexTool(): Tool {
  const { script, version } = binOf('alex');
  return { name: 'alex', version, script, args: [] };
}

/** textlint 15 with textlint-rule-write-good and no other configuration. */
export function textlintTool(): Tool {
  const { script, version } = binOf('textlint');
  const rule = packageInfo('textlint-rule-write-good').version;
  return { name: 'textlint', version: `${version} + write-good ${rule}`, script, args: ['--no-textlintrc', '--rule', 'write-good'] };
}

export function runTool(tool: Tool, inputs: string[], options: { timeoutMs?: number; captureStderr?: boolean; cwd?: string } = {}): RunResult {
  const dir = mkdtempSync(join(tmpdir(), 'healthlint-bench-'));
  const rssFile = join(dir, 'rss');
  try {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['--require', PRELOAD, tool.script, ...tool.args, ...inputs], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, HEALTHLINT_BENCH_RSS: rssFile, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', options.captureStderr ? 'pipe' : 'ignore'],
      timeout: options.timeoutMs ?? 600_000,
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    let peakMb = NaN;
    try {
      peakMb = (Number(readFileSync(rssFile, 'utf8')) * 1024) / 1e6;
    } catch {
      // The process died before its exit handler ran (timeout, crash).
    }
    const timedOut = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    return { ms, peakMb, exitCode: child.status, stderr: child.stderr ?? '', timedOut };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Series {
  runs: RunResult[];
  medianMs: number;
  peakMb: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One untimed warm-up (file cache, disk), then `runs` timed runs. */
export function series(tool: Tool, inputs: string[], runs: number, options: { timeoutMs?: number; warmup?: boolean; cwd?: string } = {}): Series {
  if (options.warmup !== false) runTool(tool, inputs, options);
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) results.push(runTool(tool, inputs, options));
  const bad = results.find((r) => r.timedOut || r.exitCode === null || r.exitCode > 1);
  if (bad) throw new Error(`${tool.name} ${inputs.join(' ')}: ${bad.timedOut ? 'timed out' : `exit ${bad.exitCode}`}`);
  return { runs: results, medianMs: median(results.map((r) => r.ms)), peakMb: Math.max(...results.map((r) => r.peakMb)) };
}

/** The options a CLI lists in its --help, to tell whether a feature exists. */
export function helpText(tool: Tool): string {
  const child = spawnSync(process.execPath, [tool.script, '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return `${child.stdout ?? ''}${child.stderr ?? ''}`;
}
