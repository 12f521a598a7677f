/**
 * Build-time ATT&CK coverage of the catalog, for the /attack/ pages and layer files (server only: it reads
 * the catalog). Memoized per build worker like the catalog itself.
 */

import { buildMatrixModel, countCoverage, coverageRule, coversTechnique, type CoverageRule, type MatrixModel } from '@/lib/catalog/attack/coverage';
import { getAttackData } from '@/lib/catalog/attack/data';
import { buildLayer, type NavigatorLayer } from '@/lib/catalog/attack/layer';
import { getCatalog } from '@/lib/catalog/load';
import type { CatalogQuery } from '@/lib/site/catalog-query';
import { absoluteUrl } from '@/lib/site/config';

interface Coverage {
  model: MatrixModel;
  rules: CoverageRule[];
  counts: Record<string, number>;
}

let cached: Coverage | null = null;

export function catalogCoverage(): Coverage {
  if (cached) return cached;
  const model = buildMatrixModel(getAttackData());
  const rules = getCatalog().rules.map(coverageRule);
  cached = { model, rules, counts: countCoverage(rules) };
  return cached;
}

/** Rules covering a technique or its sub-techniques (the catalog's `?technique=` facet). */
export function rulesCovering(id: string): CoverageRule[] {
  return catalogCoverage().rules.filter((r) => coversTechnique(r, id));
}

/** A layer of some of the catalog's rules, linking back to the site's public URL. */
export function siteLayer(rules: readonly CoverageRule[], name: string, description: string, query?: CatalogQuery, expandSubtechniques = false): NavigatorLayer {
  return buildLayer({ model: catalogCoverage().model, rules, name, description, siteUrl: absoluteUrl(''), query, expandSubtechniques });
}
