import { extname } from 'node:path';
import type { Format } from '../types.js';

/** File extensions healthlint reads, and the parser each one gets. */
const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/** The format for a path, or undefined when healthlint does not read that kind of file. */
export function formatForPath(filePath: string): Format | undefined {
  return FORMAT_BY_EXTENSION[extname(filePath).toLowerCase()];
}
