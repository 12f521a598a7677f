/**
 * Sorting for the catalog table, as pure functions: the value orders (severity, maturity, matrix) and the
 * mapping between the URL's single `sort=column.dir` and TanStack's `SortingState`.
 * Comparators return the ascending order only; the table reverses them for descending.
 * Relative imports (not `@/`): vitest runs this file and has no path alias.
 */

import type { SortingState } from '@tanstack/react-table';
import type { CatalogRow } from '../../lib/site/catalog-index';
import { SORTABLE, type CatalogQuery, type SortColumn } from '../../lib/site/catalog-query';

/** Severity, low to high: `level` sorts by this, never alphabetically. */
export const LEVEL_ORDER = ['informational', 'low', 'medium', 'high', 'critical'] as const;

/** Maturity, least to most trusted (Sigma's status lifecycle). */
export const STATUS_ORDER = ['unsupported', 'deprecated', 'experimental', 'test', 'stable'] as const;

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Case-insensitive, number-aware text order (`Rule 2` before `Rule 10`). */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Position in a known order; unknown values go after every known one, then alphabetically. */
export function rankIn(order: readonly string[], value: string): number {
  const i = order.indexOf(value);
  return i < 0 ? order.length : i;
}

export function compareRanked(order: readonly string[]): (a: string, b: string) => number {
  return (a, b) => rankIn(order, a) - rankIn(order, b) || compareText(a, b);
}

export const compareLevel = compareRanked(LEVEL_ORDER);
export const compareStatus = compareRanked(STATUS_ORDER);

/**
 * A sort key for a rule's tactics in matrix order: `03.06` for Execution + Stealth, so rules sort by their
 * earliest tactic, then the next. `undefined` when the rule has none (sorted last).
 */
export function tacticKey(tactics: readonly string[], matrixOrder: readonly string[]): string | undefined {
  if (!tactics.length) return undefined;
  return tactics
    .map((t) => rankIn(matrixOrder, t))
    .sort((a, b) => a - b)
    .map((i) => String(i).padStart(2, '0'))
    .join('.');
}

/** Technique ids sort as text (`T1059.001` < `T1218`); the first one leads. */
export function techniqueKey(techniques: readonly string[]): string | undefined {
  return techniques.length ? [...techniques].sort().join(' ') : undefined;
}

/** `product / category / service`, the way Sigma reads a logsource; `undefined` when empty. */
export function logsourceText(row: Pick<CatalogRow, 'product' | 'category' | 'service'>): string | undefined {
  const parts = [row.product, row.category, row.service].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' / ') : undefined;
}

export function toSorting(sort: CatalogQuery['sort']): SortingState {
  return sort ? [{ id: sort.column, desc: sort.desc }] : [];
}

/** The table's sorting back to the URL form; unknown columns (none expected) clear the sort. */
export function fromSorting(sorting: SortingState): CatalogQuery['sort'] {
  const first = sorting[0];
  if (!first || !(SORTABLE as readonly string[]).includes(first.id)) return null;
  return { column: first.id as SortColumn, desc: first.desc };
}
