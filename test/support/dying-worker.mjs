// A stand-in for the lint worker that dies on any file named "dies…": the pool must fail only
// that file and send the files queued behind it to a fresh worker.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, task }) => {
  if (task.filePath.startsWith('dies')) process.exit(3);
  parentPort.postMessage({ id, result: { filePath: task.filePath, errorCount: 0, warningCount: 0, infoCount: 0, messages: [] } });
});
