/**
 * Writes docs/rules/<id>.md for every rule and docs/rules/README.md, from the rules' metadata and
 * examples (src/docs/rule-docs.ts). `npm run docs`; test/rule-docs.test.ts fails when the
 * committed pages differ from what this writes.
 *
 *   node dist/scripts/generate-rule-docs.js [--check]
 *
 * With --check nothing is written; the exit code is 1 when a page is missing, stale or extra.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rules } from '../rules/index.js';
import { RULE_DOCS_DIR, renderRuleDocs } from '../src/docs/rule-docs.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';

function main(args: string[]): number {
  const check = args.includes('--check');
  const wanted = renderRuleDocs(rules);
  const dir = join(PACKAGE_ROOT, RULE_DOCS_DIR);
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => `${RULE_DOCS_DIR}/${f}`) : [];
  const extra = present.filter((p) => !wanted.has(p));
  const changed = [...wanted].filter(([path, text]) => {
    const file = join(PACKAGE_ROOT, path);
    return !existsSync(file) || readFileSync(file, 'utf8') !== text;
  });

  if (check) {
    for (const [path] of changed) process.stderr.write(`out of date: ${path}\n`);
    for (const path of extra) process.stderr.write(`no rule for: ${path}\n`);
    return changed.length || extra.length ? 1 : 0;
  }
  for (const [path, text] of changed) {
    const file = join(PACKAGE_ROOT, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    process.stdout.write(`wrote ${path}\n`);
  }
  for (const path of extra) {
    rmSync(join(PACKAGE_ROOT, path));
    process.stdout.write(`removed ${path}\n`);
  }
  if (!changed.length && !extra.length) process.stdout.write(`${RULE_DOCS_DIR}: up to date\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
