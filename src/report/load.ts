/**
 * The formatters by name, each loaded only when asked for: a run prints one format, and the
 * others (SARIF's builder, the HTML report) would cost start-up time on every run, which is most
 * of a run that the cache answers.
 */
import type { LintResult } from '../types.js';

export type Formatter = (results: LintResult[], options: { color?: boolean }) => string;

const LOADERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
  // Web scanning reports (src/web/ streams jsonl and csv as pages finish).
  jsonl: async () => (await import('./jsonl.js')).formatJsonl,
  csv: async () => (await import('./csv.js')).formatCsv,
  html: async () => (await import('./html.js')).formatHtml,
};

export const FORMAT_NAMES = Object.keys(LOADERS);

/** The formatter called `name`, or undefined if there is none. */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name]!() : undefined;
}
