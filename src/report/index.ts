import type { LintResult } from '../types.js';
import { formatCsv } from './csv.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJsonl } from './jsonl.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type Formatter = (results: LintResult[], options: { color?: boolean }) => string;

export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  // Web scanning reports (src/web/ streams jsonl and csv as pages finish).
  jsonl: formatJsonl,
  csv: formatCsv,
  html: formatHtml,
};

export const FORMAT_NAMES = Object.keys(formatters);
