'use client';

import { useCallback, useMemo, useState } from 'react';
import type { CatalogRow } from '@/lib/site/catalog-index';
import { facetCounts, type CatalogQuery, type Facet } from '@/lib/site/catalog-query';
import { activeFilters, clearFacet, FACET_BAR, FACET_LABELS, fixedOrder, toggleFacet } from './facet-options';
import { FacetPopover } from './facet-popover';

interface Props {
  /** Rows after the search, before the facets: what the counts are taken over. */
  searched: readonly CatalogRow[] | null;
  facets: CatalogQuery['facets'];
  onChange(facets: CatalogQuery['facets']): void;
  matrixOrder: readonly string[];
  /** Display labels per facet (tactic names, deprecated yes/no). */
  labels: Partial<Record<Facet, Readonly<Record<string, string>>>>;
}

/**
 * The facet filters: one button per facet (one panel open at a time), and the active filters as
 * removable chips. Counts are computed for the open facet only, so typing in search stays cheap.
 */
export function FacetBar({ searched, facets, onChange, matrixOrder, labels }: Props) {
  const [open, setOpen] = useState<Facet | null>(null);
  const counts = useMemo(() => (open && searched ? facetCounts(searched, facets, open) : null), [open, searched, facets]);
  const active = activeFilters(facets);
  const openChange = useCallback((facet: Facet, isOpen: boolean) => setOpen((cur) => (isOpen ? facet : cur === facet ? null : cur)), []);

  return (
    <div>
      <div role="group" aria-label="Filters" className="flex flex-wrap items-center gap-1.5">
        {FACET_BAR.map((facet) => (
          <FacetPopover
            key={facet}
            facet={facet}
            open={open === facet}
            onOpenChange={(isOpen) => openChange(facet, isOpen)}
            selected={facets[facet] ?? []}
            counts={open === facet ? counts : null}
            order={fixedOrder(facet, matrixOrder)}
            labels={labels[facet]}
            onToggle={(value) => onChange(toggleFacet(facets, facet, value))}
            onClear={() => onChange(clearFacet(facets, facet))}
          />
        ))}
      </div>
      {active.length ? (
        <ul aria-label="Active filters" className="mt-2 flex flex-wrap items-center gap-1.5 text-xs">
          {active.map(({ facet, value }) => {
            const text = `${FACET_LABELS[facet]}: ${labels[facet]?.[value] ?? value}`;
            return (
              <li key={`${facet}=${value}`}>
                <button
                  type="button"
                  onClick={() => onChange(toggleFacet(facets, facet, value))}
                  aria-label={`Remove filter ${text}`}
                  className="flex items-center gap-1 rounded-full border border-blue-200 bg-blue-50 px-2 py-0.5 text-blue-900 hover:border-blue-700"
                >
                  {text}
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
          <li>
            <button type="button" onClick={() => onChange({})} className="px-1 text-blue-800 underline hover:text-blue-950">
              Clear all filters
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
