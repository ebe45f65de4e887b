/**
 * `npm run bench`: how fast healthlint lints, against alex and textlint on the same text, and
 * where its time goes. Not a test: nothing here asserts a time; it prints figures and checks them
 * against the targets of the benchmark issue. The machine is shared and noisy, so every figure is
 * a median of several runs after a warm-up, and the comparisons are ratios measured in one run.
 *
 *   npm run bench                  everything (about 6 to 9 minutes on 2 cores)
 *   npm run bench -- --quick       one run each, adversarial inputs up to 1 MB, no peers on health.md
 *   npm run bench -- --no-peers    healthlint only
 *   npm run bench -- --runs 5      timed runs per figure (default 3)
 *
 * Builds the corpus (bench-corpus/, gitignored) first when it is missing. Writes the tables to
 * standard output and to bench-corpus/results.md, and every number to bench-corpus/results.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR, MB, ROOT, SIZES_MB, buildCorpus, existingCorpus, type Manifest } from '../build-bench-corpus.js';
import { ADVERSARIAL_CASES } from './adversarial.js';
import { alexTool, healthlintTool, helpText, median, runTool, series, textlintTool, type Series, type Tool } from './run.js';

interface Options {
  runs: number;
  quick: boolean;
  peers: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 3, quick: false, peers: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-peers') options.peers = false;
    else if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]));
    else throw new Error(`unknown option ${arg}`);
  }
  if (options.quick) options.runs = 1;
  return options;
}

const out: string[] = [];
const say = (line = ''): void => {
  out.push(line);
  process.stdout.write(`${line}\n`);
};
const progress = (line: string): void => {
  process.stderr.write(`  … ${line}\n`);
};

const mbps = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);
const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const table = (head: string[], rows: (string | number)[][]): void => {
  say(`| ${head.join(' | ')} |`);
  say(`| ${head.map((_, i) => (i === 0 ? ':---' : '---:')).join(' | ')} |`);
  for (const row of rows) say(`| ${row.join(' | ')} |`);
  say();
};
const file = (name: string): string => join(CORPUS_DIR, name);
const size = (path: string): number => statSync(path).size;

function siteBytes(dir: string): { files: string[]; bytes: number } {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.md')) files.push(join(d, e.name));
    }
  };
  walk(dir);
  return { files, bytes: files.reduce((n, f) => n + size(f), 0) };
}

/** Parses the `--timing` table healthlint prints to standard error. */
function parseTiming(stderr: string): { stage: string; ms: number; pct: string }[] {
  const rows: { stage: string; ms: number; pct: string }[] = [];
  for (const line of stderr.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || cells[1] === 'Stage' || cells[1]!.startsWith(':') || cells[1] === 'total') continue;
    const ms = Number(cells[2]);
    if (Number.isFinite(ms)) rows.push({ stage: cells[1]!, ms, pct: cells[3]! });
  }
  return rows;
}

function inproc(args: string[], timeoutMs: number): { lines: Record<string, unknown>[]; timedOut: boolean; error?: string } {
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', join(ROOT, 'dist', 'scripts', 'bench', 'inproc.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = (child.stdout ?? '')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const timedOut = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  // The line that names the error (a RangeError, "heap out of memory"…), not Node's version footer.
  const stderrLines = (child.stderr ?? '').trim().split('\n');
  const error = child.status !== 0 && !timedOut ? (stderrLines.find((l) => /error|memory/i.test(l)) ?? stderrLines[0])?.trim().slice(0, 160) : undefined;
  return { lines, timedOut, error };
}

interface Results {
  date: string;
  machine: { cpus: number; model: string; node: string; memoryGb: number; platform: string };
  corpus: Manifest;
  [section: string]: unknown;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli.js'))) throw new Error('Build first: npm run build');
  let manifest = existingCorpus();
  if (!manifest) {
    process.stderr.write('Building the benchmark corpus (bench-corpus/)…\n');
    manifest = buildCorpus((line) => process.stderr.write(`${line}\n`));
  }

  const machine = {
    cpus: availableParallelism(),
    model: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    memoryGb: Math.round(totalmem() / 1e9),
    platform: `${process.platform} ${process.arch}`,
  };
  const results: Results = { date: new Date().toISOString(), machine, corpus: manifest };
  const healthlint = healthlintTool();
  const { runs } = options;

  say(`# healthlint benchmark, ${results.date.slice(0, 10)}`);
  say();
  say(`Machine: ${machine.cpus} CPUs (${machine.model}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}.`);
  say(`Every time is the median of ${runs} run(s) after a warm-up; MB = 10^6 bytes; memory is peak RSS.`);
  say();

  // --- Corpus ------------------------------------------------------------------------------
  say('## Corpus');
  say();
  table(
    ['source', 'what', 'available', 'in mixed-1mb.md', 'in mixed-8mb.md'],
    (Object.keys(manifest.sources) as (keyof Manifest['sources'])[]).map((s) => [
      s,
      manifest.sources[s].description,
      `${manifest.sources[s].units} units, ${fmt(manifest.sources[s].bytes / MB)} MB`,
      `${fmt((manifest.files['mixed-1mb.md']?.bytesBySource[s] ?? 0) / 1000, 0)} KB`,
      `${fmt((manifest.files['mixed-8mb.md']?.bytesBySource[s] ?? 0) / 1000, 0)} KB`,
    ]),
  );
  say(
    `Files: mixed-{1,2,4,8}mb.md (one stream, each a prefix of the next), health.md (${fmt(size(file('health.md')) / 1000, 0)} KB, ` +
      `health text only), site/ (${manifest.site.files} pages, ${fmt(manifest.site.bytes / MB)} MB, ${manifest.site.smallest} B to ${fmt(manifest.site.largest / 1000, 0)} KB).`,
  );
  say();

  // --- Building blocks ---------------------------------------------------------------------
  progress('building blocks (in process)');
  const blocks = inproc(['blocks', file('mixed-1mb.md'), String(Math.max(runs, 3))], 600_000);
  const blockRows = blocks.lines.filter((l) => 'name' in l) as { name: string; ms: number; bytes: number; note: string }[];
  const profile = (blocks.lines.find((l) => 'profile' in l)?.profile ?? {}) as Record<string, { ms: number; calls: number }>;
  const remarkAlone = blockRows.find((r) => r.name === 'remark-parse alone');
  const lintInProc = blockRows.find((r) => r.name.startsWith('healthlint lintSource'));
  say('## Building blocks on mixed-1mb.md (in process, warm)');
  say();
  table(
    ['step', 'time', 'MB/s', 'note'],
    blockRows.map((r) => [r.name, `${fmt(r.ms, 0)} ms`, fmt(mbps(r.bytes, r.ms)), r.note || '']),
  );
  const vsRemark = lintInProc && remarkAlone ? lintInProc.ms / remarkAlone.ms : NaN;
  say(`healthlint in process takes ${fmt(vsRemark)}× the time of remark-parse alone on the same file.`);
  say();
  results.blocks = { rows: blockRows, profile, vsRemark };

  // --- End to end against the peers --------------------------------------------------------
  say('## End to end, one file, against alex and textlint');
  say();
  say('Each tool is run from its command line on the same file (start-up included, output to /dev/null).');
  say('Peers run on the 1 MB file and health.md only: alex takes about half a minute per megabyte.');
  say();
  const tools: Tool[] = [healthlint, ...(options.peers ? [alexTool(), textlintTool()] : [])];
  const e2e: Record<string, Record<string, Series>> = {};
  const e2eFiles = ['mixed-1mb.md', ...(options.quick && options.peers ? [] : ['health.md'])];
  for (const name of e2eFiles) {
    e2e[name] = {};
    for (const tool of tools) {
      progress(`${tool.name} on ${name}`);
      e2e[name]![tool.name] = series(tool, [file(name)], runs, { timeoutMs: 300_000 });
    }
  }
  const e2eRows: (string | number)[][] = [];
  for (const name of e2eFiles) {
    const bytes = size(file(name));
    const own = e2e[name]!.healthlint!;
    for (const tool of tools) {
      const s = e2e[name]![tool.name]!;
      const ratio = tool.name === 'healthlint' ? '1' : `**${fmt(s.medianMs / own.medianMs, 1)}×**`;
      e2eRows.push([name, `${tool.name} ${tool.version}`, `${fmt(s.medianMs / 1000)} s`, fmt(mbps(bytes, s.medianMs), 3), `${fmt(s.peakMb, 0)} MB`, ratio]);
    }
  }
  table(['file', 'tool', 'median time', 'MB/s', 'peak memory', 'its time ÷ healthlint\'s'], e2eRows);
  say('A ratio above 1 means healthlint is that many times faster than the peer.');
  say();
  results.endToEnd = Object.fromEntries(
    Object.entries(e2e).map(([name, byTool]) => [name, Object.fromEntries(Object.entries(byTool).map(([t, s]) => [t, { medianMs: s.medianMs, peakMb: s.peakMb, runsMs: s.runs.map((r) => r.ms) }]))]),
  );

  // --- Scaling -------------------------------------------------------------------------------
  progress('scaling 1–8 MB');
  say('## Throughput against size (healthlint, one file, end to end)');
  say();
  const scaling: { mb: number; bytes: number; medianMs: number; peakMb: number; runs: number }[] = [];
  const timingTool = healthlintTool(['--timing']);
  const profiles: Record<string, { stage: string; ms: number; pct: string }[]> = {};
  for (const mb of SIZES_MB) {
    const path = file(`mixed-${mb}mb.md`);
    if (mb === 1) {
      const s = e2e['mixed-1mb.md']!.healthlint!;
      scaling.push({ mb, bytes: size(path), medianMs: s.medianMs, peakMb: s.peakMb, runs: s.runs.length });
      continue;
    }
    // Big files: fewer runs, no warm-up (the first read warms the file cache for the rest). The
    // profiler costs one clock read per stage, so these runs also give the stage table.
    const n = mb <= 2 ? Math.max(1, runs - 1) : 1;
    const rs = Array.from({ length: n }, () => runTool(timingTool, [path], { captureStderr: true, timeoutMs: 600_000 }));
    if (rs.some((r) => r.timedOut || r.exitCode === null || r.exitCode > 1)) throw new Error(`healthlint on ${path} failed`);
    profiles[`mixed-${mb}mb.md`] = parseTiming(rs[rs.length - 1]!.stderr);
    scaling.push({ mb, bytes: size(path), medianMs: median(rs.map((r) => r.ms)), peakMb: Math.max(...rs.map((r) => r.peakMb)), runs: n });
  }
  const first = scaling[0]!;
  table(
    ['size', 'median time', 'runs', 'MB/s', 's per MB', 'time ÷ time at 1 MB (linear = size)', 'peak memory'],
    scaling.map((r) => [`${r.mb} MB`, `${fmt(r.medianMs / 1000)} s`, r.runs, fmt(mbps(r.bytes, r.medianMs)), fmt(r.medianMs / 1000 / (r.bytes / MB)), fmt(r.medianMs / first.medianMs, 1), `${fmt(r.peakMb, 0)} MB`]),
  );
  // Marginal cost: the slope between 1 and 8 MB, free of start-up.
  const last = scaling[scaling.length - 1]!;
  const slopeMsPerMb = (last.medianMs - first.medianMs) / ((last.bytes - first.bytes) / MB);
  say(`Marginal throughput (slope from 1 to ${last.mb} MB, start-up excluded): ${fmt(1000 / slopeMsPerMb)} MB/s; fixed cost (intercept): ${fmt((first.medianMs - slopeMsPerMb * (first.bytes / MB)) / 1000)} s.`);
  say();
  results.scaling = { rows: scaling, marginalMbPerS: 1000 / slopeMsPerMb };

  // --- Stage profile ---------------------------------------------------------------------------
  progress('stage profiles (--timing)');
  say('## Where the time goes (`healthlint --timing`)');
  say();
  for (const name of ['mixed-1mb.md', 'health.md']) {
    const r = runTool(timingTool, [file(name)], { captureStderr: true, timeoutMs: 600_000 });
    profiles[name] = parseTiming(r.stderr);
  }
  const stages = [...new Set(Object.values(profiles).flatMap((p) => p.map((r) => r.stage)))];
  const columns = [...SIZES_MB.map((mb) => `mixed-${mb}mb.md`), 'health.md'].filter((name) => profiles[name]);
  table(
    ['stage', ...columns],
    stages.map((stage) => [stage, ...columns.map((name) => profiles[name]!).map((p) => {
      const row = p.find((r) => r.stage === stage);
      return row ? `${fmt(row.ms, 0)} ms (${row.pct})` : '';
    })]),
  );
  results.stages = profiles;

  // --- Many files: serial, parallel, cache ------------------------------------------------------
  progress('1000-file site');
  const help = helpText(healthlint);
  const site = siteBytes(file('site'));
  const siteDir = file('site');
  say(`## A ${site.files.length}-file site (${fmt(site.bytes / MB)} MB)`);
  say();
  const siteRuns = Math.min(runs, 2);
  const serial = series(healthlint, [siteDir], siteRuns, { timeoutMs: 600_000 });
  const oneFile = scaling.find((r) => r.mb === 4);
  const siteRows: (string | number)[][] = [
    ['serial', `${fmt(serial.medianMs / 1000)} s`, fmt(mbps(site.bytes, serial.medianMs)), `${fmt(serial.peakMb, 0)} MB`, ''],
  ];
  const siteResult: Record<string, unknown> = { files: site.files.length, bytes: site.bytes, serialMs: serial.medianMs, serialPeakMb: serial.peakMb };
  if (/--concurrency\b/.test(help)) {
    const workers = Math.max(2, machine.cpus);
    const parallel = series(healthlintTool(['--concurrency', String(workers)]), [siteDir], siteRuns, { timeoutMs: 600_000, warmup: false });
    siteRows.push([`parallel (--concurrency ${workers})`, `${fmt(parallel.medianMs / 1000)} s`, fmt(mbps(site.bytes, parallel.medianMs)), `${fmt(parallel.peakMb, 0)} MB`, `${fmt(serial.medianMs / parallel.medianMs)}× serial`]);
    siteResult.parallelMs = parallel.medianMs;
    siteResult.parallelPeakMb = parallel.peakMb;
  } else {
    siteRows.push(['parallel', 'not available', '', '', 'healthlint has no --concurrency option yet']);
  }
  if (/--cache\b/.test(help)) {
    const cacheFile = join(CORPUS_DIR, '.healthlintcache');
    const cacheArgs = /--cache-location\b/.test(help) ? ['--cache', '--cache-location', cacheFile] : ['--cache'];
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < Math.min(runs, 1); i++) {
      rmSync(cacheFile, { recursive: true, force: true });
      rmSync(join(ROOT, '.healthlintcache'), { recursive: true, force: true });
      cold.push(runTool(healthlintTool(cacheArgs), [siteDir]).ms);
      warm.push(runTool(healthlintTool(cacheArgs), [siteDir]).ms);
    }
    siteRows.push(['cache, cold', `${fmt(median(cold) / 1000)} s`, fmt(mbps(site.bytes, median(cold))), '', '']);
    siteRows.push(['cache, warm (nothing changed)', `${fmt(median(warm) / 1000)} s`, '', '', `${fmt(median(cold) / median(warm), 1)}× faster than cold`]);
    siteResult.cacheColdMs = median(cold);
    siteResult.cacheWarmMs = median(warm);
  } else {
    siteRows.push(['cached re-run', 'not available', '', '', 'healthlint has no --cache option yet']);
  }
  table(['mode', 'median wall time', 'MB/s', 'peak memory', 'note'], siteRows);
  if (oneFile) {
    const perFile = serial.medianMs / oneFile.medianMs;
    say(`Flat in the number of files: the same ${fmt(site.bytes / MB)} MB as ${site.files.length} files takes ${fmt(perFile)}× the time it takes as one file.`);
    say();
    siteResult.filesVsOneFile = perFile;
  }
  results.site = siteResult;

  // --- Adversarial ---------------------------------------------------------------------------
  say('## Adversarial input: time per KB as the input grows');
  say();
  say('Synthetic inputs made to trip regular expressions and parsers (scripts/bench/adversarial.ts), linted in');
  say('process after a warm-up, at 10 KB, 100 KB, 1 MB and 10 MB. A size projected to take longer than the');
  say(`limit (${options.quick ? 10 : 20} s) is skipped. Flat time per KB means linear work; "growth" is the time per KB at the`);
  say('largest size reached over that at the size ten times smaller (1 = linear, 10 = quadratic).');
  say();
  const sizes = [10_000, 100_000, 1_000_000, 10_000_000];
  const advRows: (string | number)[][] = [];
  const adversarial: { case: string; growth: number; superlinear: boolean; regexStage: boolean; largest: number }[] = [];
  const advDetails: Record<string, unknown>[] = [];
  for (const kase of ADVERSARIAL_CASES) {
    progress(`adversarial ${kase.id}`);
    const limitMs = options.quick ? 10_000 : 20_000;
    const r = inproc(['adversarial', kase.id, String(limitMs), String(options.quick ? 1_000_000 : 10_000_000)], limitMs * 3 + 30_000);
    const measured = r.lines.filter((l) => 'ms' in l) as { bytes: number; ms: number; fatal?: string; slowest?: { stage: string } }[];
    const skipped = r.lines.find((l) => 'skipped' in l) as { skipped: number; projectedMs: number } | undefined;
    const cells = sizes.map((s) => {
      const row = measured.find((m) => Math.abs(m.bytes - s) / s < 0.05);
      if (row) return `${fmt((row.ms * 1000) / row.bytes, 2)}${row.fatal ? ' †' : ''}`;
      if (skipped && s >= skipped.skipped) return `skipped (~${fmt(skipped.projectedMs / 1000, 0)} s)`;
      return r.timedOut ? 'time limit' : '';
    });
    const last = measured[measured.length - 1];
    const before = measured[measured.length - 2];
    const growth = last && before ? last.ms / last.bytes / (before.ms / before.bytes) : NaN;
    const fatal = measured.find((x) => x.fatal)?.fatal;
    const stage = last?.slowest?.stage ?? '';
    advRows.push([kase.id, ...cells, fmt(growth), stage, fatal ? `† ${fatal.replace(/^Internal error while linting: /, '')}` : (r.error ?? '')]);
    // Regular expressions run in the screen, page and NLP stages; the parse stages are remark,
    // rehype and parse-english.
    // Skipped sizes are not evidence of superlinear work by themselves (a linear but slow parser
    // projects past the limit too): growth is.
    const superlinear = r.timedOut || growth > 2;
    adversarial.push({ case: kase.id, growth, superlinear, regexStage: ['screen', 'page', 'nlp', 'rules'].includes(stage), largest: last?.bytes ?? 0 });
    advDetails.push({ case: kase.id, description: kase.description, measured, skipped, timedOut: r.timedOut, error: r.error });
  }
  table(['case (µs per byte, i.e. ms per KB)', '10 KB', '100 KB', '1 MB', '10 MB', 'growth', 'slowest stage', 'note'], advRows);
  say('† the file got one fatal "Internal error" message, and the run went on.');
  say();
  for (const kase of ADVERSARIAL_CASES) say(`- \`${kase.id}\`: ${kase.description}`);
  say();
  results.adversarial = advDetails;

  // --- Targets ---------------------------------------------------------------------------------
  const alex1 = e2e['mixed-1mb.md']?.alex;
  const textlint1 = e2e['mixed-1mb.md']?.textlint;
  const own1 = e2e['mixed-1mb.md']!.healthlint!;
  const eight = scaling.find((r) => r.mb === 8);
  const marginal = 1000 / slopeMsPerMb;
  const parallelMs = (siteResult.parallelMs as number | undefined) ?? undefined;
  const check = (ok: boolean | undefined): string => (ok === undefined ? 'n/a' : ok ? 'met' : '**not met**');
  say('## Targets');
  say();
  table(
    ['target', 'measured', ''],
    [
      ['≥ 1 MB/s end to end on Markdown, one core', `${fmt(mbps(first.bytes, first.medianMs))} MB/s on 1 MB (start-up included); ${fmt(mbps(eight?.bytes ?? 0, eight?.medianMs ?? NaN))} MB/s on 8 MB; ${fmt(marginal)} MB/s marginal`, check(eight ? mbps(eight.bytes, eight.medianMs) >= 1 : undefined)],
      ['within 1.5× of remark-parse alone', `${fmt(vsRemark)}× (in process, warm)`, check(Number.isFinite(vsRemark) ? vsRemark <= 1.5 : undefined)],
      ['≥ 30× alex', alex1 ? `${fmt(alex1.medianMs / own1.medianMs, 1)}× (1 MB, end to end)` : 'peers not run', check(alex1 ? alex1.medianMs / own1.medianMs >= 30 : undefined)],
      ['faster than textlint + write-good', textlint1 ? `${fmt(textlint1.medianMs / own1.medianMs, 1)}×` : 'peers not run', check(textlint1 ? own1.medianMs < textlint1.medianMs : undefined)],
      ['1000-file site ≤ 6 s on 2 cores', `${fmt((parallelMs ?? serial.medianMs) / 1000)} s (${parallelMs ? 'parallel' : 'serial; no parallel mode'})`, check((parallelMs ?? serial.medianMs) <= 6000)],
      ['peak memory ≤ 250 MB on 8 MB', eight ? `${fmt(eight.peakMb, 0)} MB` : 'n/a', check(eight ? eight.peakMb <= 250 : undefined)],
      ['flat in the number of files', siteResult.filesVsOneFile ? `${fmt(siteResult.filesVsOneFile as number)}× one file of the same text` : 'n/a', check(siteResult.filesVsOneFile ? (siteResult.filesVsOneFile as number) <= 1.25 : undefined)],
      ['linear in size', `8 MB takes ${fmt((eight?.medianMs ?? NaN) / first.medianMs, 1)}× 1 MB`, check(eight ? eight.medianMs / first.medianMs <= 8 * 1.2 : undefined)],
      [
        'no catastrophic backtracking (flat time per KB)',
        `${adversarial.filter((a) => a.superlinear).length} of ${adversarial.length} cases superlinear` +
          (adversarial.some((a) => a.superlinear) ? `: ${adversarial.filter((a) => a.superlinear).map((a) => `${a.case} (${a.regexStage ? 'in a regex stage' : 'in parsing'})`).join(', ')}` : ''),
        check(adversarial.every((a) => !a.superlinear)),
      ],
      [
        'adversarial inputs at 10 MB',
        `${adversarial.filter((a) => a.largest >= 9_000_000).length} of ${adversarial.length} reached 10 MB within the limit; too slow: ${adversarial.filter((a) => a.largest < 9_000_000).map((a) => a.case).join(', ') || 'none'}`,
        check(adversarial.every((a) => a.largest >= 9_000_000)),
      ],
    ],
  );
  say(`Benchmark finished in ${fmt((Date.now() - started) / 60000, 1)} min.`);

  results.elapsedMs = Date.now() - started;
  writeFileSync(join(CORPUS_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(CORPUS_DIR, 'results.md'), `${out.join('\n')}\n`);
  process.stderr.write(`\nWrote ${relative(process.cwd(), join(CORPUS_DIR, 'results.md'))} and results.json\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}
