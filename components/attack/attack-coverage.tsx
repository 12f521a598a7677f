'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense, useMemo, type ReactNode } from 'react';
import { countCoverage, type MatrixModel } from '@/lib/catalog/attack/coverage';
import { parseQuery, type CatalogQuery } from '@/lib/site/catalog-query';
import { basePath } from '@/lib/site/urls';
import { FilterNotice } from './filter-notice';
import { HeatLegend } from './heat-legend';
import { LayerButton } from './layer-button';
import { AttackMatrix } from './matrix';
import { buttonClass } from './styles';
import { useFilteredRows } from './use-filtered-rows';

interface Props {
  model: MatrixModel;
  /** Counts of the whole catalog, computed at build time. */
  counts: Record<string, number>;
  totalRules: number;
}

/**
 * The matrix, following the catalog's URL query. The prerendered HTML is the unfiltered matrix (the
 * Suspense fallback: `useSearchParams` is only known in the browser), complete without JavaScript; in the
 * browser a filtered query loads the catalog rows and recounts. Without filters nothing is fetched.
 */
export function AttackCoverage(props: Props) {
  return (
    <Suspense fallback={<CoverageView {...props} />}>
      <QueryCoverage {...props} />
    </Suspense>
  );
}

function QueryCoverage(props: Props) {
  const params = useSearchParams();
  const key = params.toString();
  const query = useMemo(() => parseQuery(new URLSearchParams(key)), [key]);
  const filtered = Boolean(query.q) || Object.values(query.facets).some((v) => v?.length);
  return filtered ? <FilteredCoverage key={key} {...props} query={query} /> : <CoverageView {...props} />;
}

function FilteredCoverage({ model, counts, totalRules, query }: Props & { query: CatalogQuery }) {
  const { rows, total, searching, error } = useFilteredRows(query);
  const filteredCounts = useMemo(() => (rows ? countCoverage(rows) : null), [rows]);
  return (
    <>
      <FilterNotice query={query} matched={rows?.length ?? null} total={total} searching={searching} error={error} />
      <CoverageView
        model={model}
        counts={filteredCounts ?? counts}
        totalRules={rows?.length ?? totalRules}
        busy={!rows && !error}
        download={rows ? <LayerButton model={model} rules={rows} total={total ?? totalRules} query={query} /> : null}
      />
    </>
  );
}

/**
 * Summary, download, legend and matrix for one set of counts. `download` replaces the link to the static
 * whole-catalog layer (undefined: that link; null: nothing yet, while the filtered rows load).
 */
function CoverageView({ model, counts, totalRules, busy = false, download }: Props & { busy?: boolean; download?: ReactNode }) {
  const top = model.tactics.flatMap((t) => t.techniques);
  const parents = [...new Set(top)];
  const subs = Object.keys(model.techniques).filter((id) => id.includes('.'));
  const covered = (ids: string[]) => ids.filter((id) => (counts[id] ?? 0) > 0).length;
  return (
    <>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-800">
          <strong>{totalRules.toLocaleString('en')}</strong> rules cover <strong>{covered(parents)}</strong> of {parents.length} techniques and{' '}
          <strong>{covered(subs)}</strong> of {subs.length} sub-techniques.
        </p>
        <div className="flex items-center gap-2">
          {download === undefined ? (
            <a href={`${basePath}/attack/layer.json`} download="sigma-attack-layer.json" className={buttonClass}>
              Download Navigator layer
            </a>
          ) : (
            download
          )}
        </div>
      </div>
      <div className="mt-2">
        <HeatLegend />
      </div>
      <AttackMatrix model={model} counts={counts} busy={busy} />
    </>
  );
}
