/**
 * Adversarial inputs: synthetic on purpose, each built to make a regular expression or a parser
 * do more than linear work if it can. The benchmark lints each at 10 KB, 100 KB, 1 MB and 10 MB
 * (stopping before a size it projects to take too long) and shows the time per KB: flat means
 * linear; a regular expression that backtracks catastrophically shows as a time per KB that grows
 * with the size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../build-bench-corpus.js';

export interface AdversarialCase {
  id: string;
  description: string;
  /** The file name the text is linted under: it picks the format. */
  fileName: string;
  make(bytes: number): string;
}

const CLAIM = ' Green tea cures cancer.';

/** A run of one character, `bytes` long, in a Markdown file. */
const run = (id: string, ch: string, description: string): AdversarialCase => ({
  id,
  description,
  fileName: `${id}.md`,
  make: (bytes) => ch.repeat(bytes),
});

let oneLine: string | undefined;

export const ADVERSARIAL_CASES: AdversarialCase[] = [
  {
    id: 'one-line-prose',
    description: 'the corpus text with every line break made a space: one unbroken line of real prose',
    fileName: 'one-line.md',
    make: (bytes) => {
      oneLine ??= readFileSync(join(CORPUS_DIR, 'one-line-10mb.txt'), 'utf8');
      // The file is a little under 10 MB (runs of white space became one space): all of it then.
      if (bytes >= oneLine.length) return oneLine;
      const cut = oneLine.lastIndexOf(' ', bytes);
      return oneLine.slice(0, cut > 0 ? cut : bytes);
    },
  },
  {
    id: 'nested-blockquote',
    description: 'one blockquote nested as deep as the file allows ("> > > … claim")',
    fileName: 'nested-blockquote.md',
    make: (bytes) => `${'> '.repeat(Math.max(0, Math.floor((bytes - CLAIM.length) / 2)))}${CLAIM}`,
  },
  {
    id: 'nested-list',
    description: 'one list nested as deep as the file allows ("- - - … claim")',
    fileName: 'nested-list.md',
    make: (bytes) => `${'- '.repeat(Math.max(0, Math.floor((bytes - CLAIM.length) / 2)))}${CLAIM}`,
  },
  {
    id: 'blockquotes-100-deep',
    description: 'blockquotes 100 deep, one after another (a long page of deep nesting)',
    fileName: 'blockquotes-100-deep.md',
    make: (bytes) => {
      const block = `${'> '.repeat(100)}${CLAIM}\n\n`;
      return block.repeat(Math.max(1, Math.floor(bytes / block.length)));
    },
  },
  {
    id: 'nested-html',
    description: 'HTML <div> elements nested as deep as the file allows, the claim innermost',
    fileName: 'nested-html.html',
    make: (bytes) => {
      const depth = Math.max(0, Math.floor((bytes - CLAIM.length) / 11));
      return `${'<div>'.repeat(depth)}${CLAIM}${'</div>'.repeat(depth)}`;
    },
  },
  run('run-a', 'a', 'one word of a single lower-case letter'),
  run('run-A', 'A', 'a run of one capital letter (what brand-name patterns look for)'),
  {
    id: 'run-Ba',
    description: 'a capital then lower-case letters: one long capitalised word',
    fileName: 'run-Ba.md',
    make: (bytes) => `B${'a'.repeat(bytes - 1)}`,
  },
  run('run-space', ' ', 'spaces only'),
  run('run-dot', '.', 'full stops only'),
  run('run-hyphen', '-', 'hyphens only (word-joining punctuation)'),
  run('run-star', '*', 'asterisks only (emphasis markers)'),
  run('run-backtick', '`', 'backticks only (code-span markers)'),
  run('run-bracket', '[', 'open brackets only (link markers)'),
  run('run-lt', '<', 'less-than signs only (HTML markers)'),
  run('run-newline', '\n', 'line breaks only'),
  {
    id: 'words-no-stop',
    description: 'disease words with no full stop ("cancer tumor cancer …"): every word passes the screen, one sentence',
    fileName: 'words-no-stop.md',
    make: (bytes) => 'cancer tumor '.repeat(Math.ceil(bytes / 13)).slice(0, bytes),
  },
];
