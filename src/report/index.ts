import type { LintResult } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export type Formatter = (results: LintResult[], options: { color?: boolean }) => string;

export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
};

export const FORMAT_NAMES = Object.keys(formatters);
