import { createSortedRowModel, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

/** What the renderer needs per column beyond TanStack's model. */
export interface CatalogColumnMeta {
  /** Fixed width in px: rows have a fixed height, so cells truncate instead of wrapping. */
  width: number;
  /** Header text, also the sort button's accessible name. */
  label: string;
}

/** Client-side sorting only: search and facets run before the table (they set the data and its relevance order). */
export const catalogFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnMeta: {} as CatalogColumnMeta,
});

export type CatalogFeatures = typeof catalogFeatures;
