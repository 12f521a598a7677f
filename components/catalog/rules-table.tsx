'use client';

import { functionalUpdate, useTable, type Header, type ReactTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import type { CatalogRow } from '@/lib/site/catalog-index';
import type { CatalogQuery } from '@/lib/site/catalog-query';
import { catalogColumns } from './columns';
import { fromSorting, toSorting } from './sorting';
import { catalogFeatures, type CatalogFeatures } from './table-features';
import type { TacticInfo } from './tactics';
import { VirtualRows } from './virtual-rows';

interface Props {
  /** Searched and filtered rows, in relevance order (kept when no sort is chosen). */
  rows: readonly CatalogRow[];
  sort: CatalogQuery['sort'];
  onSort(sort: CatalogQuery['sort']): void;
  tactics: readonly TacticInfo[];
  /** Changes whenever the view does: the list scrolls back to its top. */
  viewKey: string;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * The rules table: TanStack Table sorts (state owned by the URL), the body is virtualized, so every
 * result is in the list however long. A real <table> (sticky header, native semantics, aria-rowcount).
 */
export function RulesTable({ rows, sort, onSort, tactics, viewKey }: Props) {
  const columns = useMemo(() => catalogColumns(tactics), [tactics]);
  const sorting = useMemo(() => toSorting(sort), [sort]);
  const table = useTable({
    features: catalogFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.slug,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => onSort(fromSorting(functionalUpdate(updater, sorting))),
    enableMultiSort: false,
    enableSortingRemoval: true,
  });

  // State, not a ref: the body's virtualizer needs the element, and refs attach after children's effects.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    scroller?.scrollTo({ top: 0 });
  }, [viewKey, scroller]);

  const width = columns.reduce((sum, c) => sum + (c.meta?.width ?? 0), 0);
  const modelRows = table.getRowModel().rows;

  return (
    <div ref={setScroller} role="region" aria-label="Rules" tabIndex={0} className="h-[70vh] min-h-80 overflow-auto rounded border border-slate-200">
      <table className="table-fixed border-separate border-spacing-0 text-sm" style={{ width, minWidth: '100%' }} aria-rowcount={modelRows.length + 1}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.id} style={{ width: c.meta?.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header, i) => (
                <HeaderCell key={header.id} header={header} first={i === 0} table={table} />
              ))}
            </tr>
          ))}
        </thead>
        <VirtualRows table={table} rows={modelRows} scroller={scroller} />
      </table>
    </div>
  );
}

function HeaderCell({ header, first, table }: { header: Header<CatalogFeatures, CatalogRow, unknown>; first: boolean; table: ReactTable<CatalogFeatures, CatalogRow> }) {
  const dir = header.column.getIsSorted();
  const label = header.column.columnDef.meta?.label ?? header.id;
  return (
    <th
      scope="col"
      aria-sort={dir ? ARIA_SORT[dir] : 'none'}
      className={`sticky top-0 border-b border-slate-300 bg-slate-50 p-0 text-left font-semibold text-slate-700 ${first ? 'left-0 z-20' : 'z-10'}`}
    >
      <button
        type="button"
        onClick={header.column.getToggleSortingHandler()}
        className="flex h-9 w-full items-center gap-1 px-2 text-left hover:bg-slate-100"
        title={`Sort by ${label}`}
      >
        <table.FlexRender header={header} />
        <SortIcon dir={dir} />
      </button>
    </th>
  );
}

function SortIcon({ dir }: { dir: false | 'asc' | 'desc' }) {
  return (
    <span aria-hidden="true" className={dir ? 'text-blue-800' : 'text-slate-400'}>
      {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
    </span>
  );
}
