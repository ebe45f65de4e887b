/**
 * Reads a file as UTF-8 prose. Binary files are refused with a reason; invalid UTF-8 is decoded
 * with replacement characters and reported, so one odd file never stops a run.
 */
import { readFile } from 'node:fs/promises';

export type ReadOutcome =
  | { ok: true; text: string; invalidUtf8: boolean }
  | { ok: false; reason: string };

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

export function decode(bytes: Uint8Array): ReadOutcome {
  // A NUL byte in the first 8 KB is how git and grep tell a binary file.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file (it contains NUL bytes); not prose' };
  try {
    return { ok: true, text: strictDecoder.decode(bytes).replace(/^\uFEFF/, ''), invalidUtf8: false };
  } catch {
    return { ok: true, text: lenientDecoder.decode(bytes).replace(/^\uFEFF/, ''), invalidUtf8: true };
  }
}

export async function readProse(filePath: string): Promise<ReadOutcome> {
  try {
    return decode(await readFile(filePath));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const reason =
      e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a directory' : e.code === 'ENOENT' ? 'file not found' : e.message;
    return { ok: false, reason: `cannot read file: ${reason}` };
  }
}
