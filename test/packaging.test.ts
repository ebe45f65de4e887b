// The CI packaging: the composite action, the pre-commit hook and the bins are what the README says.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/knowledge/data-file.js';
import { SUPPORTED_EXTENSIONS } from '../src/parse/format.js';

const read = (file: string) => readFileSync(join(PACKAGE_ROOT, file), 'utf8');

describe('packaging for CI and editors', () => {
  it('action.yml is a composite action that sets up Node, writes SARIF and uploads it', () => {
    const action = parseYaml(read('action.yml'));
    expect(action.runs.using).toBe('composite');
    const steps = action.runs.steps as { uses?: string; run?: string; with?: Record<string, string> }[];
    expect(steps.some((s) => s.uses?.startsWith('actions/setup-node@'))).toBe(true);
    const lint = steps.find((s) => s.run?.includes('bin/healthlint.js'))!;
    expect(lint.run).toContain('--format sarif --output-file');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with!.sarif_file).toBe('${{ inputs.sarif-file }}');
    for (const input of ['files', 'node-version', 'sarif-file', 'upload', 'category', 'fail-on-findings', 'max-warnings']) {
      expect(action.inputs).toHaveProperty(input);
    }
  });

  it('the pre-commit hook takes the files healthlint reads and no others', () => {
    const [hook] = parseYaml(read('.pre-commit-hooks.yaml'));
    expect(hook.id).toBe('healthlint');
    expect(hook.entry).toBe('healthlint');
    const files = new RegExp(hook.files);
    for (const ext of SUPPORTED_EXTENSIONS) expect(files.test(`content/page${ext}`), ext).toBe(true);
    for (const name of ['src/app.js', 'page.mdx', 'notes.md.bak', 'data.json']) expect(files.test(name), name).toBe(false);
  });

  it('ships both bins and the rule pages', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.bin).toEqual(expect.objectContaining({ healthlint: 'bin/healthlint.js', 'healthlint-lsp': 'bin/healthlint-lsp.js' }));
    for (const bin of Object.values(pkg.bin) as string[]) {
      expect(existsSync(join(PACKAGE_ROOT, bin))).toBe(true);
      expect(statSync(join(PACKAGE_ROOT, bin)).mode & 0o111).not.toBe(0);
    }
    expect(pkg.files).toContain('docs/rules');
    expect(pkg.scripts.docs).toContain('generate-rule-docs');
  });
});
