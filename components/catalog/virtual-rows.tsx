'use client';

import type { ReactTable, Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { CatalogRow } from '@/lib/site/catalog-index';
import type { CatalogFeatures } from './table-features';

/** Every row is this tall (cells truncate), so rows need no measuring. */
export const ROW_HEIGHT = 36;

interface Props {
  table: ReactTable<CatalogFeatures, CatalogRow>;
  rows: Row<CatalogFeatures, CatalogRow>[];
  scroller: HTMLDivElement | null;
}

/**
 * The table body, virtualized: only the rows in view (plus overscan) are in the DOM, between two spacer
 * rows that keep the scroll height, so the table keeps native table layout and semantics. The header
 * above the body shifts the visible range by one row; the overscan covers it.
 */
export function VirtualRows({ table, rows, scroller }: Props) {
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => rows[i].id,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const columns = table.getAllLeafColumns();

  if (!rows.length) {
    return (
      <tbody>
        <tr>
          <td colSpan={columns.length} className="px-3 py-8 text-center text-slate-600">
            No rule matches this view.
          </td>
        </tr>
      </tbody>
    );
  }

  const before = items.length ? items[0].start : 0;
  const after = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  return (
    <tbody>
      {before > 0 ? <Spacer height={before} span={columns.length} /> : null}
      {items.map((item) => {
        const row = rows[item.index];
        return (
          <tr key={row.id} aria-rowindex={item.index + 2} className={`group ${item.index % 2 ? 'bg-slate-50' : 'bg-white'} hover:bg-blue-50`} style={{ height: ROW_HEIGHT }}>
            {row.getAllCells().map((cell, i) => (
              <td
                key={cell.id}
                className={`overflow-hidden whitespace-nowrap border-b border-slate-100 px-2 ${i === 0 ? 'sticky left-0 z-[1] border-r bg-inherit' : ''}`}
              >
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        );
      })}
      {after > 0 ? <Spacer height={after} span={columns.length} /> : null}
    </tbody>
  );
}

function Spacer({ height, span }: { height: number; span: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={span} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
