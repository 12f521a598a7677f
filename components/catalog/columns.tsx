import { createColumnHelper, type SortFn } from '@tanstack/react-table';
import { LevelBadge } from '@/components/ui/badge';
import type { CatalogRow } from '@/lib/site/catalog-index';
import type { SortColumn } from '@/lib/site/catalog-query';
import { TechniquesCell, TextCell, TitleCell } from './cells';
import { compareLevel, compareStatus, compareText, logsourceText, tacticKey, techniqueKey } from './sorting';
import type { CatalogFeatures } from './table-features';
import type { TacticInfo } from './tactics';

const helper = createColumnHelper<CatalogFeatures, CatalogRow>();

/** Compares two rows by their column values (never undefined here: `sortUndefined: 'last'` handles those first). */
function by(compare: (a: string, b: string) => number): SortFn<CatalogFeatures, CatalogRow> {
  return (a, b, id) => compare(a.getValue<string>(id), b.getValue<string>(id));
}

const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One column per sortable field of the URL (`SORTABLE`): the column id is the `sort=` value. Missing values
 * sort last in both directions; level and dates start descending (most severe, newest first).
 */
export function catalogColumns(tactics: readonly TacticInfo[]) {
  const order = tactics.map((t) => t.shortname);
  const names = new Map(tactics.map((t) => [t.shortname, t.name]));
  const tacticNames = (row: CatalogRow) => row.tactics.map((t) => names.get(t) ?? t).join(', ');
  const common = { sortUndefined: 'last' as const, enableMultiSort: false };
  const id = (column: SortColumn) => column;

  return helper.columns([
    helper.accessor((r) => r.title, {
      id: id('title'),
      header: 'Title',
      meta: { label: 'Title', width: 320 },
      sortFn: by(compareText),
      cell: (c) => <TitleCell row={c.row.original} />,
      ...common,
    }),
    helper.accessor((r) => r.level ?? undefined, {
      id: id('level'),
      header: 'Level',
      meta: { label: 'Level', width: 84 },
      sortFn: by(compareLevel),
      sortDescFirst: true,
      cell: (c) => <LevelBadge level={c.row.original.level} />,
      ...common,
    }),
    helper.accessor((r) => r.status ?? undefined, {
      id: id('status'),
      header: 'Status',
      meta: { label: 'Status', width: 104 },
      sortFn: by(compareStatus),
      cell: (c) => <TextCell text={c.row.original.status} />,
      ...common,
    }),
    helper.accessor((r) => logsourceText(r), {
      id: id('logsource'),
      header: 'Log source',
      meta: { label: 'Log source', width: 180 },
      sortFn: by(compareText),
      cell: (c) => <TextCell text={c.getValue()} mono />,
      ...common,
    }),
    helper.accessor((r) => tacticKey(r.tactics, order), {
      id: id('tactics'),
      header: 'Tactics',
      meta: { label: 'Tactics', width: 150 },
      sortFn: by(plain),
      cell: (c) => <TextCell text={tacticNames(c.row.original)} />,
      ...common,
    }),
    helper.accessor((r) => techniqueKey(r.techniques), {
      id: id('techniques'),
      header: 'Techniques',
      meta: { label: 'Techniques', width: 160 },
      sortFn: by(plain),
      cell: (c) => <TechniquesCell ids={c.row.original.techniques} />,
      ...common,
    }),
    helper.accessor((r) => r.author ?? undefined, {
      id: id('author'),
      header: 'Author',
      meta: { label: 'Author', width: 150 },
      sortFn: by(compareText),
      cell: (c) => <TextCell text={c.row.original.author} />,
      ...common,
    }),
    helper.accessor((r) => r.date ?? undefined, {
      id: id('date'),
      header: 'Date',
      meta: { label: 'Date', width: 108 },
      sortFn: by(plain),
      sortDescFirst: true,
      cell: (c) => <TextCell text={c.row.original.date} numeric />,
      ...common,
    }),
    helper.accessor((r) => r.modified ?? undefined, {
      id: id('modified'),
      header: 'Modified',
      meta: { label: 'Modified', width: 108 },
      sortFn: by(plain),
      sortDescFirst: true,
      cell: (c) => <TextCell text={c.row.original.modified} numeric />,
      ...common,
    }),
    helper.accessor((r) => r.root, {
      id: id('root'),
      header: 'Source',
      meta: { label: 'Source', width: 90 },
      sortFn: by(compareText),
      cell: (c) => <TextCell text={c.row.original.root} />,
      ...common,
    }),
  ]);
}
