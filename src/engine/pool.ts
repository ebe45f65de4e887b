/**
 * A small pool of worker threads for --concurrency. Each worker takes one task at a time; results
 * come back in the order of the tasks, whatever order the workers finish in. A worker that dies
 * fails only the task it was running (the caller turns that into a fatal message for the file)
 * and is replaced.
 *
 * Why not piscina: it is a fine pool, but it brings a native optional dependency for thread
 * priorities, and this needs only "run N tasks on K threads, keep the order".
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../knowledge/package-root.js';
import type { LintResult } from '../types.js';
import { UsageError } from './errors.js';
import type { FileTask } from './task.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

export const WORKER_FILE = join(PACKAGE_ROOT, 'dist', 'src', 'engine', 'worker.js');

export type Concurrency = 'off' | 'auto' | number;

/** Tasks sent to a worker ahead of its answers. */
const IN_FLIGHT = 2;

/** Parses --concurrency: `off`, `auto` or a whole number of threads (1 = in this thread). */
export function parseConcurrency(value: string | number | undefined): Concurrency {
  if (value === undefined || value === 'off') return 'off';
  if (value === 'auto') return 'auto';
  const n = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency must be "off", "auto" or a whole number of threads (got "${value}").`);
  return n;
}

/**
 * How many threads to use for `taskCount` files: `auto` takes half the processors, and no more
 * than one thread per 8 files (starting a thread costs more than linting a few files).
 */
export function threadCount(concurrency: Concurrency, taskCount: number): number {
  if (concurrency === 'off') return 1;
  if (concurrency === 'auto') {
    return Math.max(1, Math.min(Math.floor(availableParallelism() / 2), Math.ceil(taskCount / 8)));
  }
  return Math.max(1, Math.min(concurrency, taskCount));
}

export type PoolOutcome = { result: LintResult } | { error: string };

/** `workerFile` is for tests, which check what happens when a worker dies. */
export async function runInWorkers(tasks: FileTask[], threads: number, workerFile = WORKER_FILE): Promise<PoolOutcome[]> {
  if (!existsSync(workerFile)) {
    throw new UsageError(`--concurrency needs the compiled worker ${workerFile}; run "npm run build".`);
  }
  const outcomes: PoolOutcome[] = new Array(tasks.length);
  let next = 0;
  /** Tasks a dead worker had queued but not started: they go out again first. */
  const retry: number[] = [];
  const take = (): number | undefined => retry.pop() ?? (next < tasks.length ? next++ : undefined);
  const remaining = (): boolean => retry.length > 0 || next < tasks.length;
  let done = 0;
  return new Promise<PoolOutcome[]>((resolveAll) => {
    const workers = new Set<Worker>();
    const finish = (): void => {
      for (const w of workers) void w.terminate();
      resolveAll(outcomes);
    };
    const start = (): void => {
      const worker = new Worker(workerFile);
      workers.add(worker);
      // Tasks sent and not yet answered, oldest first. Two in flight keep the worker busy while
      // its last answer travels back and the next task travels out.
      const inFlight: number[] = [];
      const feed = (): void => {
        while (inFlight.length < IN_FLIGHT) {
          const id = take();
          if (id === undefined) break;
          inFlight.push(id);
          worker.postMessage({ id, task: tasks[id]! } satisfies WorkerRequest);
        }
        if (inFlight.length === 0) {
          workers.delete(worker);
          void worker.terminate();
        }
      };
      const settle = (id: number, outcome: PoolOutcome): void => {
        outcomes[id] = outcome;
        done++;
        if (done === tasks.length) finish();
      };
      worker.on('message', (response: WorkerResponse) => {
        inFlight.splice(inFlight.indexOf(response.id), 1);
        settle(response.id, 'result' in response ? { result: response.result } : { error: response.error });
        if (done < tasks.length) feed();
      });
      const fail = (reason: string): void => {
        workers.delete(worker);
        if (inFlight.length === 0) return;
        // The task it was running fails; those queued behind it go to a fresh worker.
        const [failed, ...queued] = inFlight.splice(0);
        settle(failed!, { error: `worker thread stopped: ${reason}` });
        retry.push(...queued);
        if (remaining()) start();
      };
      worker.on('error', (error) => fail(error.message));
      worker.on('exit', (code) => {
        if (inFlight.length) fail(`exit code ${code}`);
      });
      feed();
    };
    if (tasks.length === 0) {
      resolveAll(outcomes);
      return;
    }
    for (let i = 0; i < Math.min(threads, tasks.length); i++) start();
  });
}
