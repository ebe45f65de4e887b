/**
 * Expands what the user named (files, folders, globs) into the files to lint, in a stable order.
 * A named path that does not exist is a usage error; a folder is searched for the formats
 * healthlint reads; node_modules and .git are never entered.
 */
import { statSync } from 'node:fs';
import fg from 'fast-glob';
import { SUPPORTED_EXTENSIONS, formatForPath } from '../parse/format.js';
import { UsageError } from './errors.js';

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const extensionGlob = `**/*.{${SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

export function expandInputs(inputs: string[], cwd = process.cwd()): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      for (const f of fg.sync(extensionGlob, { cwd: input, ignore: ALWAYS_IGNORED, dot: false, caseSensitiveMatch: false })) {
        files.add(`${input.replace(/\/+$/, '')}/${f}`);
      }
    } else if (stats) {
      // A file named explicitly is linted whatever its extension (as text if unknown).
      files.add(input);
    } else if (fg.isDynamicPattern(input)) {
      const matched = fg.sync(input, { cwd, ignore: ALWAYS_IGNORED, onlyFiles: true });
      if (matched.length === 0) throw new UsageError(`No files match the pattern "${input}".`);
      for (const f of matched) if (formatForPath(f)) files.add(f);
    } else {
      throw new UsageError(`No such file or directory: ${input}`);
    }
  }
  return [...files].sort();
}
