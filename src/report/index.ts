import { formatCsv } from './csv.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJsonl } from './jsonl.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './load.js';

export type { Formatter } from './load.js';
export { FORMAT_NAMES, loadFormatter } from './load.js';

/** Every formatter, loaded (the library's API; the command line loads only the one it prints). */
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
