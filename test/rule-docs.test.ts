// The committed rule pages (docs/rules/) are what scripts/generate-rule-docs.ts writes from the
// rules as they are now: regenerated in memory and compared. `npm run docs` updates them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { RULE_DOCS_DIR, renderRuleDocs, ruleDocFileUri, ruleDocPath } from '../src/docs/rule-docs.js';
import { lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import { regulation } from '../src/knowledge/authorities.js';

const wanted = renderRuleDocs(rules);

describe('rule docs', () => {
  it('are up to date with the generator (run `npm run docs` if this fails)', () => {
    for (const [path, text] of wanted) {
      const file = join(PACKAGE_ROOT, path);
      expect(existsSync(file), `${path} is missing`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${path} is out of date`).toBe(text);
    }
  });

  it('has a page for every rule and no page without one', () => {
    const present = readdirSync(join(PACKAGE_ROOT, RULE_DOCS_DIR))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `${RULE_DOCS_DIR}/${f}`)
      .sort();
    expect(present).toEqual([...wanted.keys()].sort());
    expect(wanted.size).toBe(rules.length + 1);
  });

  it('gives each rule its description, severity, citations with URLs, suggestions and sourced examples', () => {
    for (const { meta, examples } of rules) {
      const page = wanted.get(ruleDocPath(meta.id))!;
      expect(page.startsWith(`# ${meta.id}\n`)).toBe(true);
      expect(page).toContain(meta.description);
      expect(page).toContain(`Severity: \`${meta.severity}\``);
      for (const id of meta.regulations) expect(page).toContain(`](${regulation(id).url})`);
      for (const s of meta.suggestions) expect(page).toContain(s.replace(/\s+/g, ' ').trim());
      for (const example of [...examples.incorrect, ...examples.correct]) {
        if (example.text !== undefined) expect(page).toContain(example.text.trim());
        else expect(page).toContain(`The page [\`${example.file}\`](../../${example.file})`);
        expect(page).toContain(`Source: ${example.source.replace(/\s+/g, ' ').trim()}`);
      }
    }
    const index = wanted.get(`${RULE_DOCS_DIR}/README.md`)!;
    for (const { meta } of rules) expect(index).toContain(`[\`${meta.id}\`](${meta.id}.md)`);
  });

  it('is where a message links', () => {
    const [headline] = lintSource('Stop cancer tumor spread with MyTea Magic', 'draft.md').messages;
    expect(headline!.url).toBe('docs/rules/no-stop-spread-claim.md');
    expect(existsSync(join(PACKAGE_ROOT, headline!.url!))).toBe(true);
    expect(ruleDocFileUri('no-stop-spread-claim')).toMatch(/^file:\/\/.*\/docs\/rules\/no-stop-spread-claim\.md$/);
  });
});
