/**
 * The site's only door to the catalog: one memoized catalog per process (Next runs several build
 * workers; each builds it once), and the lookups pages need.
 */

import { buildTechniqueIndex } from './attack/rule-index';
import { buildCatalog, type BuiltCatalog } from './build';
import { configuredRoots } from './config';
import type { IndicatorUse } from './corpus/counts';
import { exclusionGroups } from './explore';
import { neighboursOf } from './corpus/neighbours';
import type { CatalogRule, Neighbours, RuleRoot } from './types';

interface Loaded {
  catalog: BuiltCatalog;
  bySlug: Map<string, CatalogRule>;
  byIndicatorId: Map<string, IndicatorUse>;
  byTechnique: Map<string, CatalogRule[]>;
}

let loaded: Loaded | null = null;

function load(): Loaded {
  if (loaded) return loaded;
  const catalog = buildCatalog(configuredRoots());
  loaded = {
    catalog,
    bySlug: new Map(catalog.rules.map((r) => [r.slug, r])),
    byIndicatorId: new Map([...catalog.indicators.values()].filter((u) => u.id).map((u) => [u.id!, u])),
    byTechnique: buildTechniqueIndex(catalog.rules),
  };
  return loaded;
}

export function getCatalog(): BuiltCatalog {
  return load().catalog;
}

export function listRuleSlugs(): string[] {
  return getCatalog().rules.map((r) => r.slug);
}

export function getRule(slug: string): CatalogRule | undefined {
  return load().bySlug.get(slug);
}

export function getRoot(name: string): RuleRoot | undefined {
  return getCatalog().roots.find((r) => r.name === name);
}

export function getNeighbours(rule: CatalogRule): Neighbours {
  return neighboursOf(getCatalog(), rule);
}

/** Page ids of the rule's indicators that other rules share (a count of 1 has no page). */
export function sharedIndicatorIds(rule: CatalogRule): Map<string, string> {
  const index = getCatalog().indicators;
  const out = new Map<string, string>();
  for (const i of rule.indicators) {
    const id = index.get(i.key)?.id;
    if (id) out.set(i.key, id);
  }
  return out;
}

export function listSharedIndicatorIds(): string[] {
  return [...load().byIndicatorId.keys()];
}

export function getIndicator(id: string): { use: IndicatorUse; rules: CatalogRule[] } | undefined {
  const use = load().byIndicatorId.get(id);
  return use && { use, rules: use.rules.map((s) => load().bySlug.get(s)!) };
}

export function rulesForTechnique(id: string): CatalogRule[] {
  return load().byTechnique.get(id) ?? [];
}

type ExclusionGroups = ReturnType<typeof exclusionGroups>;
let exclusions: ExclusionGroups | null = null;

/** Excluded values shared by several rules, by the id the exclusion explorer links to. */
export function getExclusionGroups(): ExclusionGroups {
  if (!exclusions) exclusions = exclusionGroups(getCatalog());
  return exclusions;
}
