import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../build';
import { configuredRoots } from '../config';
import { defaultRulesDir } from '../roots';
import { buildMatrixModel, coverageRule, tacticsOf, type CoverageRule } from './coverage';
import { getAttackData } from './data';
import { buildLayer, describeQuery, gradientColorAt, layerProblems, type NavigatorLayer } from './layer';
import { buildTechniqueIndex } from './rule-index';

const model = buildMatrixModel(getAttackData());
const SITE = 'https://sigma.example.org/base';

const rule = (slug: string, level: string | null, ...techniques: string[]): CoverageRule => ({ slug, title: `Rule ${slug}`, level, techniques });
const rules = [
  rule('a', 'high', 'T1218.009'),
  rule('b', 'medium', 'T1218', 'T1218.009'),
  rule('c', 'low', 'T1053.005'), // three tactics
  rule('d', null, 'T1053.004'), // deprecated: rolls up into T1053, never listed itself
  ...Array.from({ length: 12 }, (_, i) => rule(`x${i}`, 'critical', 'T1059.001')),
];
const layer = buildLayer({ model, rules, name: 'Test layer', description: 'level high', siteUrl: SITE, query: { q: '', facets: { level: ['high'] }, sort: null } });

/** Independent count: distinct rules naming the technique or, for a technique, one of its sub-techniques. */
const expected = (list: readonly CoverageRule[], id: string) => list.filter((r) => r.techniques.some((t) => t === id || t.split('.')[0] === id)).length;

describe('Navigator layer 4.5', () => {
  it('passes the format check and the ATT&CK v19 check', () => {
    expect(layerProblems(layer, model)).toEqual([]);
    expect(layerProblems(JSON.parse(JSON.stringify(layer)), model)).toEqual([]);
  });

  it('has the required keys, versions and view settings', () => {
    expect(layer).toMatchObject({
      name: 'Test layer',
      description: 'level high',
      domain: 'enterprise-attack',
      versions: { layer: '4.5', attack: '19', navigator: '5.1.0' },
      hideDisabled: false,
      selectTechniquesAcrossTactics: true,
      selectSubtechniquesWithParent: false,
      sorting: 0,
      layout: { layout: 'side', showAggregateScores: false, expandedSubtechniques: 'none' },
    });
    expect(layer.gradient).toMatchObject({ minValue: 0, maxValue: 12 });
    expect(layer.gradient.colors.length).toBeGreaterThanOrEqual(2);
    expect(layer.legendItems.map((l) => l.label)).toEqual(['no rule (unscored)', '1 rule', '2–4 rules', '5–9 rules', '10–19 rules']);
  });

  it('has one entry per (technique, tactic) pair, only active techniques, scores = rule counts', () => {
    const ids = [...new Set(layer.techniques.map((t) => t.techniqueID))].sort();
    expect(ids).toEqual(['T1053', 'T1053.005', 'T1059', 'T1059.001', 'T1218', 'T1218.009']);
    for (const id of ids) {
      const entries = layer.techniques.filter((t) => t.techniqueID === id);
      expect(entries.map((t) => t.tactic), id).toEqual(tacticsOf(model, id));
      for (const t of entries) expect(t.score, id).toBe(expected(rules, id));
    }
    expect(layer.techniques.find((t) => t.techniqueID === 'T1218')!.score).toBe(2);
    expect(layer.techniques.find((t) => t.techniqueID === 'T1053')!.score).toBe(2);
    expect(layer.techniques.filter((t) => t.techniqueID === 'T1053.005').map((t) => t.tactic)).toEqual(['execution', 'persistence', 'privilege-escalation']);
  });

  it('links back to the site with absolute URLs, keeps the query, and caps the rule links', () => {
    const t = layer.techniques.find((x) => x.techniqueID === 'T1218.009')!;
    expect(t.links).toEqual([
      { label: 'T1218.009 rules in the catalog', url: `${SITE}/rules/?level=high&technique=T1218.009` },
      { label: 'T1218.009 technique page', url: `${SITE}/attack/techniques/T1218.009/` },
      { divider: true },
      { label: 'Rule a (high)', url: `${SITE}/rules/a/` },
      { label: 'Rule b (medium)', url: `${SITE}/rules/b/` },
    ]);
    expect(t.metadata).toEqual([{ name: 'Rules', value: '2' }, { divider: true }, { name: 'high', value: '1' }, { name: 'medium', value: '1' }]);
    expect(t.comment).toBe('2 Sigma rules cover T1218.009 System Binary Proxy Execution: Regsvcs/Regasm.');
    const busy = layer.techniques.find((x) => x.techniqueID === 'T1059.001')!;
    expect(busy.links.filter((l) => 'url' in l && l.url.includes('/rules/x'))).toHaveLength(10);
    expect(busy.links.at(-1)).toEqual({ label: '… 2 more in the catalog', url: `${SITE}/rules/?level=high&technique=T1059.001` });
    expect(layer.links).toEqual([{ label: 'These rules in the catalog', url: `${SITE}/rules/?level=high` }]);
  });

  it('expands covered sub-techniques only when asked (one technique’s layer)', () => {
    const one = buildLayer({ model, rules: rules.slice(0, 2), name: 'T1218', description: '', siteUrl: SITE, expandSubtechniques: true });
    expect(layerProblems(one, model)).toEqual([]);
    expect(one.techniques.map((t) => [t.techniqueID, t.showSubtechniques])).toEqual([
      ['T1218', true],
      ['T1218.009', false],
    ]);
    expect(one.layout.expandedSubtechniques).toBe('annotated');
    expect(layer.techniques.every((t) => !t.showSubtechniques)).toBe(true);
  });

  it('keeps a valid gradient when nothing is covered', () => {
    const empty = buildLayer({ model, rules: [], name: 'Nothing', description: '', siteUrl: SITE });
    expect(empty.techniques).toEqual([]);
    expect(empty.gradient.maxValue).toBeGreaterThan(empty.gradient.minValue);
    expect(layerProblems(empty, model)).toEqual([]);
  });

  it('legend colours are the gradient’s colours at those scores', () => {
    const g = layer.gradient;
    expect(gradientColorAt(g, 0)).toBe(g.colors[0].toLowerCase());
    expect(gradientColorAt(g, 12)).toBe(g.colors.at(-1)!.toLowerCase());
    expect(layer.legendItems[1].color).toBe(gradientColorAt(g, 1));
    // Log-like spread: one rule is visibly away from the lightest colour even against a maximum of 12.
    expect(gradientColorAt(g, 1)).not.toBe(g.colors[0]);
  });

  it('on the embedded rules: scores equal the catalog’s rule counts', () => {
    const catalog = buildCatalog(configuredRoots([defaultRulesDir()]));
    const index = buildTechniqueIndex(catalog.rules);
    const l = buildLayer({ model, rules: catalog.rules.map(coverageRule), name: 'All', description: '', siteUrl: SITE });
    expect(layerProblems(l, model)).toEqual([]);
    expect(l.techniques.length).toBeGreaterThan(0);
    for (const t of l.techniques) {
      const ids = [t.techniqueID, ...(model.techniques[t.techniqueID].subs ?? [])];
      expect(t.score, t.techniqueID).toBe(new Set(ids.flatMap((id) => index.get(id) ?? [])).size);
    }
  });
});

describe('layer format check', () => {
  const broken = (patch: (l: Record<string, unknown>) => void) => {
    const copy = JSON.parse(JSON.stringify(layer)) as Record<string, unknown>;
    patch(copy);
    return layerProblems(copy, model);
  };
  const techniques = (l: Record<string, unknown>) => l.techniques as Record<string, unknown>[];

  it('reports missing, misspelt and mistyped properties', () => {
    expect(broken((l) => delete l.name)).toEqual(['layer.name: required']);
    expect(broken((l) => (l.legendItem = []))).toEqual(['layer.legendItem: not a property of the 4.5 format']);
    expect(broken((l) => ((l.versions as NavigatorLayer['versions']).layer = '4.4' as '4.5'))).toEqual(['layer.versions.layer: expected one of "4.5", got "4.4"']);
    expect(broken((l) => ((l.versions as Record<string, string>).navigator = '4.8.2'))).toHaveLength(1);
    expect(broken((l) => (techniques(l)[0].techniqueId = 'T1053'))).toEqual(['layer.techniques[0].techniqueId: not a property of the 4.5 format']);
    expect(broken((l) => (techniques(l)[0].score = '2'))).toEqual(['layer.techniques[0].score: expected a number, got "2"']);
    expect(broken((l) => ((l.gradient as Record<string, number>).maxValue = 0))).toEqual(['layer.gradient: maxValue must be > minValue']);
    expect(broken((l) => (l.domain = 'mitre-enterprise'))).toHaveLength(1);
    expect(broken((l) => (techniques(l)[0].links = [{ label: 'x', url: '/rules/' }]))).toHaveLength(1);
  });

  it('reports techniques that are not active in v19 or sit under a tactic they do not belong to', () => {
    expect(broken((l) => (techniques(l)[0].techniqueID = 'T1562.001'))).toEqual([`layer.techniques[0] T1562.001: not an active technique of ATT&CK v19.0`]);
    expect(broken((l) => (techniques(l)[0].tactic = 'impact'))).toEqual([`layer.techniques[0] T1053: impact is not one of its tactics`]);
    expect(broken((l) => techniques(l).push(techniques(l)[0]))).toHaveLength(1);
  });
});

describe('describeQuery', () => {
  it('summarises facets in the catalog’s order, then the search', () => {
    expect(describeQuery({ q: 'regasm', facets: { product: ['windows'], level: ['critical', 'high'] }, sort: null })).toBe('level critical, high · product windows · search "regasm"');
    expect(describeQuery({ q: '', facets: {}, sort: null })).toBe('');
  });
});
