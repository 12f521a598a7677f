import type { CatalogQuery } from '@/lib/site/catalog-query';

const SORT_LABELS: Record<NonNullable<CatalogQuery['sort']>['column'], string> = {
  title: 'title',
  level: 'level',
  status: 'status',
  logsource: 'log source',
  tactics: 'tactics',
  techniques: 'techniques',
  author: 'author',
  date: 'date',
  modified: 'modification date',
  root: 'source',
};

/** "N of M rules", and in what order: the count is a polite live region, announced as the view changes. */
export function ViewSummary({ shown, total, query }: { shown: number | null; total: number | null; query: CatalogQuery }) {
  const order = query.sort
    ? `sorted by ${SORT_LABELS[query.sort.column]}, ${query.sort.desc ? 'descending' : 'ascending'}`
    : query.q.trim()
      ? 'best matches first'
      : null;
  return (
    <p className="flex h-5 items-baseline gap-2 text-sm text-slate-700">
      <span role="status" data-testid="rule-count">
        {shown === null || total === null ? 'Loading rules…' : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} rules`}
      </span>
      {order && shown !== null ? <span className="text-slate-600">· {order}</span> : null}
    </p>
  );
}
