import { FACET_BAR, FACET_LABELS } from './facet-options';

/** The table's frame while the rows load: same height as the table, so nothing jumps. */
export function TablePlaceholder({ children }: { children: React.ReactNode }) {
  return <div className="flex h-[70vh] min-h-80 items-center justify-center rounded border border-slate-200 bg-slate-50 text-sm text-slate-600">{children}</div>;
}

/**
 * The server-rendered shell of the catalog (the Suspense fallback): the search box and facet buttons,
 * inert until the script takes over, laid out as the live catalog is.
 */
export function CatalogSkeleton() {
  return (
    <div className="space-y-3" aria-busy="true">
      <div className="flex flex-wrap items-start gap-2">
        <div className="min-w-0 flex-1">
          <input
            type="search"
            disabled
            aria-label="Search rules"
            placeholder="Search titles, techniques, authors, descriptions, fields and values…  ( / )"
            className="w-full rounded border border-slate-300 bg-slate-50 px-3 py-1.5 text-sm"
          />
          <p className="mt-0.5 h-4" />
        </div>
        <span className="rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-500">Copy link</span>
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        {FACET_BAR.map((f) => (
          <span key={f} className="rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-500">
            {FACET_LABELS[f]} ▾
          </span>
        ))}
      </div>
      <p className="h-5 text-sm text-slate-600">Loading rules…</p>
      <TablePlaceholder>Loading rules…</TablePlaceholder>
    </div>
  );
}
