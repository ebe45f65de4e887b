/**
 * Which files are not linted: `node_modules` and `.git` always, the patterns of
 * `.healthlintignore` in the working folder (gitignore syntax) and each `--ignore-pattern` (the
 * same syntax, relative to the working folder). The `ignore` package implements gitignore's rules.
 * A file outside the working folder is only checked against the two default folders.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';

export const IGNORE_FILE = '.healthlintignore';
export const DEFAULT_IGNORES = ['node_modules/', '.git/'];

export const IGNORED_FILE_WARNING =
  'File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway, or "--no-warn-ignored" to suppress this warning.';

export interface IgnoreOptions {
  cwd?: string;
  /** `--ignore-pattern` values. */
  patterns?: string[];
  /** Read `.healthlintignore` and the patterns (default true; `--no-ignore` makes it false). */
  useIgnoreFiles?: boolean;
}

export type IgnoreMatcher = (filePath: string) => boolean;

export function createIgnoreMatcher(options: IgnoreOptions = {}): IgnoreMatcher {
  const cwd = resolve(options.cwd ?? process.cwd());
  const matcher = ignore().add(DEFAULT_IGNORES);
  if (options.useIgnoreFiles !== false) {
    const file = join(cwd, IGNORE_FILE);
    if (existsSync(file)) matcher.add(readFileSync(file, 'utf8'));
    matcher.add(options.patterns ?? []);
  }
  return (filePath) => {
    const absolute = resolve(cwd, filePath);
    const rel = relative(cwd, absolute);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      return absolute.split(sep).some((segment) => segment === 'node_modules' || segment === '.git');
    }
    return matcher.ignores(rel.split(sep).join('/'));
  };
}
