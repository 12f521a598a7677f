'use client';

import type { CoverageRule, MatrixModel } from '@/lib/catalog/attack/coverage';
import { buildLayer, describeQuery } from '@/lib/catalog/attack/layer';
import type { CatalogQuery } from '@/lib/site/catalog-query';
import { basePath } from '@/lib/site/urls';
import { buttonClass } from './styles';

/** Builds the Navigator layer of a filtered view in the browser and saves it (the rows are already loaded). */
export function LayerButton({ model, rules, total, query }: { model: MatrixModel; rules: readonly CoverageRule[]; total: number; query: CatalogQuery }) {
  const save = () => {
    const filter = describeQuery(query);
    const layer = buildLayer({
      model,
      rules,
      query,
      name: `Sigma rules: ${filter}`,
      description: `${rules.length} of ${total} Sigma rules (${filter}). Score: rules covering the technique or its sub-techniques.`,
      siteUrl: `${window.location.origin}${basePath}`,
    });
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(layer, null, 2)}\n`], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `sigma-layer-${filter.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'filtered'}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <button type="button" onClick={save} className={buttonClass}>
      Download Navigator layer
    </button>
  );
}
