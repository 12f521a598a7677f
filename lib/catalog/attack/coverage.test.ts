import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../build';
import { configuredRoots } from '../config';
import { defaultRulesDir } from '../roots';
import { buildCatalogIndex } from '../rows';
import { decodeIndex } from '../../site/catalog-index';
import { buildMatrixModel, countCoverage, coverageRule, fullNameOf, HEAT_BINS, heatBin, tacticsOf } from './coverage';
import { getAttackData } from './data';
import { buildTechniqueIndex } from './rule-index';

const model = buildMatrixModel(getAttackData());

describe('matrix model', () => {
  it('has the v19 enterprise matrix: 15 tactics in order, 222 techniques, 475 sub-techniques', () => {
    expect(model.version).toBe('19.0');
    expect(model.tactics.map((t) => t.shortname)).toEqual(getAttackData().matrixOrder);
    expect(model.tactics[6]).toMatchObject({ id: 'TA0005', shortname: 'stealth', name: 'Stealth' });
    const ids = Object.keys(model.techniques);
    expect(ids.filter((id) => !id.includes('.'))).toHaveLength(222);
    expect(ids.filter((id) => id.includes('.'))).toHaveLength(475);
    expect(new Set(model.tactics.flatMap((t) => t.techniques)).size).toBe(222);
  });

  it('sorts columns and sub-techniques by name, and leaves out revoked and deprecated techniques', () => {
    for (const t of model.tactics) {
      const names = t.techniques.map((id) => model.techniques[id].name);
      expect(names).toEqual([...names].sort());
    }
    expect(model.techniques.T1218.subs).toContain('T1218.009');
    const subNames = model.techniques.T1218.subs!.map((id) => model.techniques[id].name);
    expect(subNames).toEqual([...subNames].sort());
    expect(model.techniques['T1562.001']).toBeUndefined(); // revoked
    expect(model.techniques['T1053.004']).toBeUndefined(); // deprecated
    expect(fullNameOf(model, 'T1218.009')).toBe('System Binary Proxy Execution: Regsvcs/Regasm');
    expect(tacticsOf(model, 'T1053.005')).toEqual(['execution', 'persistence', 'privilege-escalation']);
  });
});

describe('countCoverage', () => {
  it('rolls sub-techniques up into their parent, each rule once', () => {
    const counts = countCoverage([
      { techniques: ['T1218', 'T1218.009', 'T1218.010'] },
      { techniques: ['T1218.009'] },
      { techniques: ['T1053.004'] }, // deprecated sub-technique: still the parent's behaviour
    ]);
    expect(counts).toEqual({ T1218: 2, 'T1218.009': 2, 'T1218.010': 1, T1053: 1, 'T1053.004': 1 });
  });

  it('agrees with the catalog index and with the browser rows on the embedded rules', () => {
    const catalog = buildCatalog(configuredRoots([defaultRulesDir()]));
    const index = buildTechniqueIndex(catalog.rules);
    const fromRules = countCoverage(catalog.rules.map(coverageRule));
    const fromRows = countCoverage(decodeIndex(buildCatalogIndex(catalog)));
    expect(fromRows).toEqual(fromRules);
    for (const id of Object.keys(model.techniques)) {
      const rules = new Set([id, ...(model.techniques[id].subs ?? [])].flatMap((t) => index.get(t) ?? []));
      expect(fromRules[id] ?? 0, id).toBe(rules.size);
    }
  });
});

describe('heat scale', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };

  it('bins counts log-like, zero has no bin', () => {
    expect(heatBin(0)).toBeNull();
    expect([1, 2, 4, 5, 9, 10, 19, 20, 49, 50, 99, 100, 458].map((n) => heatBin(n)!.label)).toEqual(['1', '2–4', '2–4', '5–9', '5–9', '10–19', '10–19', '20–49', '20–49', '50–99', '50–99', '100+', '100+']);
  });

  it('gets darker bin by bin and keeps text at 4.5:1 or more', () => {
    const l = HEAT_BINS.map((b) => luminance(b.background));
    expect(l).toEqual([...l].sort((a, b) => b - a));
    for (const b of HEAT_BINS) expect(contrast(b.background, b.color), b.label).toBeGreaterThanOrEqual(4.5);
  });
});
