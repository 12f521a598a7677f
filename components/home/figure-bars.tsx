import { SiteLink as Link } from '@/components/ui/site-link';

/** A labelled horizontal bar list; each label links to the catalog filtered on it. */
export function FigureBars({ title, items, href }: { title: string; items: [string, number][]; href: (label: string, index: number) => string }) {
  const max = Math.max(1, ...items.map(([, n]) => n));
  return (
    <section aria-labelledby={`fig-${title}`} className="rounded border border-slate-200 p-3">
      <h3 id={`fig-${title}`} className="text-sm font-semibold text-slate-800">
        {title}
      </h3>
      <ul className="mt-2 space-y-1 text-sm">
        {items.map(([label, n], i) => (
          <li key={label} className="grid grid-cols-[9rem_1fr_3.5rem] items-center gap-2">
            <Link href={href(label, i)} prefetch={false} className="truncate text-blue-800 hover:underline" title={label}>
              {label}
            </Link>
            <span className="h-2 rounded bg-blue-700/70" style={{ width: `${(100 * n) / max}%` }} aria-hidden="true" />
            <span className="text-right tabular-nums text-slate-800">{n.toLocaleString('en')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
