import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { CatalogBrowser } from '@/components/catalog/catalog-browser';
import { CatalogSkeleton } from '@/components/catalog/catalog-skeleton';
import type { TacticInfo } from '@/components/catalog/tactics';
import { getAttackData } from '@/lib/catalog/attack/data';
import { getCatalog } from '@/lib/catalog/load';
import { pageMetadata } from '@/lib/site/metadata';
import { attackHref } from '@/lib/site/urls';

export const metadata: Metadata = pageMetadata('/rules/', 'All rules', 'Every Sigma rule of the catalog: search, filter by level, log source, ATT&CK and more, and share the view.');

/**
 * The catalog. The server renders the shell (heading, a note for readers without JavaScript, the search
 * and facet skeleton); the rows are fetched by the browser from /catalog/rows.json. The browser reads the
 * URL query (useSearchParams), so it renders on the client, inside Suspense, with the skeleton as fallback.
 */
export default function RulesPage() {
  const attack = getAttackData();
  const count = getCatalog().rules.length;
  const tactics: TacticInfo[] = attack.matrixOrder.map((shortname) => ({ shortname, name: attack.tactics.get(shortname)?.name ?? shortname }));
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h1 className="text-2xl font-bold">All rules</h1>
        <p className="text-sm text-slate-600">
          {count.toLocaleString('en')} Sigma rules · MITRE ATT&amp;CK v{attack.version}
        </p>
      </div>
      <noscript>
        <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          Searching, filtering and sorting the catalog need JavaScript. Without it, browse the rules by{' '}
          <Link href={attackHref} className="text-blue-800 underline">
            ATT&amp;CK technique
          </Link>
          .
        </p>
      </noscript>
      <div className="mt-4">
        <Suspense fallback={<CatalogSkeleton />}>
          <CatalogBrowser tactics={tactics} />
        </Suspense>
      </div>
    </div>
  );
}
