/**
 * Expands what the user named (files, folders, globs) into the files to lint, in a stable order.
 * A named path that does not exist is a usage error; a folder is searched for the formats
 * healthlint reads; node_modules and .git are never entered.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import fg from 'fast-glob';
import { SUPPORTED_EXTENSIONS, formatForPath } from '../parse/format.js';
import { UsageError } from './errors.js';

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const extensionGlob = `**/*.{${SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

// --- ignores (src/engine/ignores.ts) ---
export interface ExpandOptions {
  /** True for a file not to lint (.healthlintignore, --ignore-pattern); files in folders and globs are skipped silently. */
  isIgnored?: (filePath: string) => boolean;
  /** Called for a file named explicitly that is ignored, for the "File ignored" warning. */
  onIgnoredFile?: (filePath: string) => void;
}
// --- end ignores ---

export function expandInputs(inputs: string[], cwd = process.cwd(), options: ExpandOptions = {}): string[] {
  const files = new Set<string>();
  const ignored = options.isIgnored ?? (() => false);
  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(resolve(cwd, input));
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      for (const f of fg.sync(extensionGlob, { cwd: resolve(cwd, input), ignore: ALWAYS_IGNORED, dot: false, caseSensitiveMatch: false })) {
        const file = `${input.replace(/\/+$/, '')}/${f}`;
        if (!ignored(file)) files.add(file);
      }
    } else if (stats) {
      // A file named explicitly is linted whatever its extension (as text if unknown).
      if (!ignored(input)) files.add(input);
      else options.onIgnoredFile?.(input);
    } else if (fg.isDynamicPattern(input)) {
      const matched = fg.sync(input, { cwd, ignore: ALWAYS_IGNORED, onlyFiles: true });
      if (matched.length === 0) throw new UsageError(`No files match the pattern "${input}".`);
      for (const f of matched) if (formatForPath(f) && !ignored(f)) files.add(f);
    } else {
      throw new UsageError(`No such file or directory: ${input}`);
    }
  }
  return [...files].sort();
}
