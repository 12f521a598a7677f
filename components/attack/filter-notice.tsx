'use client';

import Link from 'next/link';
import { CopyButton } from '@/components/ui/copy-button';
import { FACETS, queryString, type CatalogQuery } from '@/lib/site/catalog-query';
import { attackHref, basePath, rulesHref } from '@/lib/site/urls';

/** The catalog filters the matrix follows, how many rules they keep, and the way to the same view in /rules/. */
export function FilterNotice({ query, matched, total, searching, error }: { query: CatalogQuery; matched: number | null; total: number | null; searching: boolean; error: string | null }) {
  // The catalog link keeps the table's sort too: it is the same view, seen as a table.
  const qs = queryString(query);
  const chips = [...FACETS.filter((f) => query.facets[f]?.length).map((f) => [f, query.facets[f]!.join(', ')] as const), ...(query.q ? [['search', `“${query.q}”`] as const] : [])];
  return (
    <div className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900">
      <p className="flex flex-wrap items-center gap-1.5">
        <span className="font-semibold">Catalog filters:</span>
        {chips.map(([name, value]) => (
          <span key={name} className="rounded bg-white px-1.5 py-0.5 text-xs ring-1 ring-amber-300">
            {name}: <span className="font-medium">{value}</span>
          </span>
        ))}
      </p>
      <p className="mt-1.5" role="status">
        {error
          ? `The catalog could not be loaded (${error}); the counts below are for every rule.`
          : matched === null
            ? 'Loading the catalog to count the filtered rules…'
            : `${matched.toLocaleString('en')} of ${(total ?? 0).toLocaleString('en')} rules match; the counts below are theirs${searching ? ' (refining the search)' : ''}.`}
      </p>
      <p className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1">
        <Link href={`${rulesHref}${qs}`} prefetch={false} className="text-blue-800 underline">
          Show these rules in the catalog
        </Link>
        <Link href={attackHref} prefetch={false} className="text-blue-800 underline">
          Clear filters
        </Link>
        <CopyButton label="Copy link to this view" permalink={`${basePath}${attackHref}${qs}`} />
      </p>
    </div>
  );
}
