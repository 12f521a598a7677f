import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { CatalogRow } from '@/lib/site/catalog-index';
import { ruleHref, techniqueHref } from '@/lib/site/urls';

/**
 * Table cells. Rows have a fixed height (virtualized), so every cell is one line: long text truncates
 * and keeps its full value in `title`. Links never prefetch: thousands of rows scroll past.
 */

export function TitleCell({ row }: { row: CatalogRow }) {
  return (
    <span className="flex min-w-0 items-center gap-1.5">
      <Link href={ruleHref(row.slug)} prefetch={false} title={row.title} className={`truncate hover:underline ${row.deprecated ? 'text-slate-600' : 'text-blue-800'}`}>
        {row.title}
      </Link>
      {row.kind !== 'detection' ? <Badge tone="bg-violet-100 text-violet-900">{row.kind}</Badge> : null}
      {row.deprecated ? <Badge tone="bg-slate-200 text-slate-700">deprecated</Badge> : null}
    </span>
  );
}

export function TextCell({ text, mono, numeric }: { text: string | null | undefined; mono?: boolean; numeric?: boolean }) {
  if (!text) return <span className="text-slate-400">—</span>;
  return (
    <span title={text} className={`block truncate ${mono ? 'font-mono text-xs' : ''} ${numeric ? 'tabular-nums' : ''}`}>
      {text}
    </span>
  );
}

/** How many technique links a cell shows before `+N` (all of them are in its tooltip). */
const TECHNIQUE_LINKS = 2;

export function TechniquesCell({ ids }: { ids: readonly string[] }) {
  if (!ids.length) return <span className="text-slate-400">—</span>;
  const rest = ids.length - TECHNIQUE_LINKS;
  return (
    <span className="flex min-w-0 items-center gap-1 overflow-hidden" title={ids.join(', ')}>
      {ids.slice(0, TECHNIQUE_LINKS).map((id) => (
        <Link key={id} href={techniqueHref(id)} prefetch={false} className="shrink-0 rounded bg-slate-100 px-1 font-mono text-xs text-blue-800 hover:bg-blue-100 hover:underline">
          {id}
        </Link>
      ))}
      {rest > 0 ? <span className="shrink-0 text-xs text-slate-600">+{rest}</span> : null}
    </span>
  );
}
