/**
 * A worker thread for --concurrency: lints the tasks it is sent, one at a time. Runs from the
 * compiled dist/ (dist/src/engine/worker.js).
 */
import { parentPort } from 'node:worker_threads';
import { lintTask, type FileTask } from './task.js';

export interface WorkerRequest {
  id: number;
  task: FileTask;
}

export type WorkerResponse = { id: number; result: ReturnType<typeof lintTask> } | { id: number; error: string };

parentPort?.on('message', ({ id, task }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id, result: lintTask(task) };
  } catch (error) {
    response = { id, error: (error as Error).message };
  }
  parentPort!.postMessage(response);
});
