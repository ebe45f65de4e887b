// --concurrency: worker threads give the same results, in the same order, as a serial run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConcurrency, runInWorkers, threadCount } from '../src/engine/pool.js';
import type { FileTask } from '../src/engine/task.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import { formatJson } from '../src/report/json.js';

// The workers run the compiled dist/ (built by `npm test` before vitest); the serial runs here use
// the same compiled modules, so both sides are the same code whatever is being edited in src/.
type RunModule = typeof import('../src/engine/run.js');
const { runLint } = (await import(pathToFileURL(join(PACKAGE_ROOT, 'dist', 'src', 'engine', 'run.js')).href)) as RunModule;

const FIXTURES = join(PACKAGE_ROOT, 'fixtures');


/** The seed pages and the labelled corpus, as ~50 Markdown, HTML and text files. */
function tree(): { dir: string; count: number } {
  const dir = mkdtempSync(join(tmpdir(), 'healthlint-concurrency-'));
  const root = join(dir, 'site');
  mkdirSync(join(root, 'pages'), { recursive: true });
  mkdirSync(join(root, 'corpus'));
  for (const name of readdirSync(join(FIXTURES, 'pages')).filter((n) => n.endsWith('.txt'))) {
    copyFileSync(join(FIXTURES, 'pages', name), join(root, 'pages', name));
  }
  const items = ['violative', 'informational', 'compliant'].flatMap((label) =>
    readFileSync(join(FIXTURES, 'corpus', `${label}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
  const files = 45;
  const per = Math.ceil(items.length / files);
  for (let i = 0; i < files; i++) {
    const chunk = items.slice(i * per, (i + 1) * per);
    const n = String(i).padStart(2, '0');
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    if (i % 3 === 0) writeFileSync(join(root, 'corpus', `items-${n}.md`), `# Items ${n}\n\n${chunk.join('\n\n')}\n`);
    else if (i % 3 === 1) writeFileSync(join(root, 'corpus', `items-${n}.html`), `<html><body>${chunk.map((t) => `<p>${escape(t)}</p>`).join('\n')}</body></html>\n`);
    else writeFileSync(join(root, 'corpus', `items-${n}.txt`), `${chunk.join('\n\n')}\n`);
  }
  return { dir, count: readdirSync(join(root, 'pages')).length + files };
}

describe('concurrency', () => {
  it('worker threads give output identical to a serial run, in a stable order', async () => {
    const { dir, count } = tree();
    expect(count).toBeGreaterThanOrEqual(50);
    const serial = await runLint({ cwd: dir, inputs: ['site'] });
    expect(serial.results).toHaveLength(count);
    expect(serial.results.some((r) => r.messages.length > 0)).toBe(true);
    const parallel = await runLint({ cwd: dir, inputs: ['site'], concurrency: 3 });
    expect(formatJson(parallel.results)).toBe(formatJson(serial.results));

    // The command line, in worker threads, prints the same JSON.
    const cli = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'healthlint.js'), '--format', 'json', '--concurrency', '2', 'site'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toBe(formatJson(serial.results));
  }, 300_000);

  it('works with configuration, directives and the cache in the workers', async () => {
    const { dir } = tree();
    writeFileSync(join(dir, 'site', '.healthlintrc.json'), JSON.stringify({ extends: 'healthlint:strict', reportUnusedDirectives: true }));
    writeFileSync(
      join(dir, 'site', 'pages', 'landing.md'),
      '<!-- healthlint-disable-next-line no-stop-spread-claim -- quoted -->\nStop cancer tumor spread with MyTea Magic\n\n<!-- healthlint-disable no-cure-testimonial -->\n',
    );
    const serial = await runLint({ cwd: dir, inputs: ['site'] });
    const parallel = await runLint({ cwd: dir, inputs: ['site'], concurrency: 4, cache: true });
    expect(parallel.results).toEqual(serial.results);
    const landing = parallel.results.find((r) => r.filePath.endsWith('landing.md'))!;
    expect(landing.messages.map((m) => [m.line, m.ruleId])).toContainEqual([4, null]);
    expect(landing.messages.some((m) => m.ruleId === 'no-stop-spread-claim')).toBe(false);
    let analysed = 0;
    const cached = await runLint({ cwd: dir, inputs: ['site'], concurrency: 4, cache: true, onAnalyze: () => analysed++ });
    expect(analysed).toBe(0);
    expect(cached.results).toEqual(serial.results);
  }, 300_000);

  it('parses --concurrency and picks thread counts', () => {
    expect(parseConcurrency(undefined)).toBe('off');
    expect(parseConcurrency('off')).toBe('off');
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('4')).toBe(4);
    for (const bad of ['0', '-1', 'two', '1.5']) expect(() => parseConcurrency(bad)).toThrow(/--concurrency must be/);
    expect(threadCount('off', 100)).toBe(1);
    expect(threadCount(8, 3)).toBe(3);
    expect(threadCount(1, 100)).toBe(1);
    expect(threadCount('auto', 1)).toBe(1);
    expect(threadCount('auto', 1000)).toBeGreaterThanOrEqual(1);
  });

  it('a bad --concurrency is a usage error (exit 2)', () => {
    const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'healthlint.js'), '--concurrency', 'many', join(FIXTURES, 'pages')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--concurrency must be');
  }, 60_000);
});

describe('a worker that dies', () => {
  it('fails only the file it was linting; the files queued behind it go to a fresh worker', async () => {
    const names = ['a.md', 'b.md', 'dies.md', 'c.md', 'd.md', 'e.md', 'f.md'];
    const tasks = names.map((filePath) => ({ filePath, text: '', invalidUtf8: false }) as unknown as FileTask);
    const outcomes = await runInWorkers(tasks, 2, join(PACKAGE_ROOT, 'test', 'support', 'dying-worker.mjs'));
    expect(outcomes.map((o) => ('result' in o ? o.result.filePath : o.error))).toEqual([
      'a.md',
      'b.md',
      'worker thread stopped: exit code 3',
      'c.md',
      'd.md',
      'e.md',
      'f.md',
    ]);
  });
});
