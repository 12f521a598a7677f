/** The whole SigmaHQ corpus: every file is in the catalog or reported; nothing stops the run. */

import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type BuiltCatalog } from './build';
import { listRuleFiles } from './ingest/files';
import { catalogToJson } from './serialize';
import { corpusDir, skipWithoutCorpus } from './test-corpus';

describe.skipIf(skipWithoutCorpus('corpus'))('SigmaHQ corpus', () => {
  let catalog: BuiltCatalog;
  let files: string[];
  beforeAll(() => {
    files = listRuleFiles(corpusDir);
    catalog = buildCatalog([{ name: 'sigma', dir: corpusDir }]);
  });

  it('accounts for every .yml file: files in = files with rules + files reported with an error', () => {
    expect(files.length).toBeGreaterThan(4000);
    expect(catalog.files).toBe(files.length);
    const withRules = new Set(catalog.rules.map((r) => r.path));
    const rejected = new Set(catalog.diagnostics.filter((d) => d.severity === 'error').map((d) => d.path));
    for (const f of rejected) expect(withRules.has(f), `${f} is both in the catalog and rejected`).toBe(false);
    const missing = files.filter((f) => !withRules.has(f) && !rejected.has(f));
    expect(missing).toEqual([]);
    expect(withRules.size + rejected.size).toBe(files.length);
  });

  it('rejects only legacy syntax, all of it outside the active rule folders', () => {
    const errors = catalog.diagnostics.filter((d) => d.severity === 'error');
    for (const e of errors) {
      expect(['deprecated', 'unsupported']).toContain(e.path.split('/')[0]);
      expect(['deprecated-syntax', 'condition-syntax']).toContain(e.code);
    }
  });

  it('gives every rule a unique slug and every diagnostic a real position', () => {
    expect(new Set(catalog.rules.map((r) => r.slug)).size).toBe(catalog.rules.length);
    for (const d of catalog.diagnostics) {
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
    }
  });

  it('resolves every ATT&CK tag of the corpus', () => {
    expect(catalog.rules.flatMap((r) => r.attack.unknown)).toEqual([]);
  });

  it('maps events for most rules and the condition of every detection rule into stages', () => {
    const detection = catalog.rules.filter((r) => r.kind === 'detection');
    expect(detection.every((r) => r.stages.length >= 2 && r.stages[0].label === 'condition')).toBe(true);
    const withEvents = detection.filter((r) => r.events.length > 0).length;
    expect(withEvents / detection.length).toBeGreaterThan(0.85);
  });

  it('is byte-identical across two builds', () => {
    expect(catalogToJson(buildCatalog([{ name: 'sigma', dir: corpusDir }]))).toBe(catalogToJson(catalog));
  });
});
