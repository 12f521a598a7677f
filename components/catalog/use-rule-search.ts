'use client';

import { useEffect, useMemo, useState } from 'react';
import type { CatalogRow } from '@/lib/site/catalog-index';
import type { RuleSearch } from '@/lib/site/catalog-search';

type SearchModule = typeof import('@/lib/site/catalog-search');

/** MiniSearch stays out of the page's first load: it is fetched when search is first wanted. */
let modulePromise: Promise<SearchModule> | null = null;

function useSearchModule(wanted: boolean): SearchModule | null {
  const [mod, setMod] = useState<SearchModule | null>(null);
  useEffect(() => {
    if (!wanted || mod) return;
    modulePromise ??= import('@/lib/site/catalog-search');
    let live = true;
    modulePromise.then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, [wanted, mod]);
  return mod;
}

/**
 * The search index over the rows, built when it is needed: when there is a query, or when the search box
 * was focused and the rows carry their full text (so the index is ready before the first keystroke).
 * Building takes a few hundred ms over the whole corpus, hence not on page load. Rebuilt when the rows
 * change (the full text arriving replaces them); `activated`: the search box has had focus (sticky).
 */
export function useRuleSearch(rows: readonly CatalogRow[] | null, opts: { query: string; activated: boolean }): {
  search: RuleSearch | null;
  /** The rows carry descriptions, fields and values (not only titles, ATT&CK and authors). */
  fullText: boolean;
} {
  // `some` stops at the first rule with a text: the texts are merged into every row at once.
  const fullText = useMemo(() => Boolean(rows?.some((r) => r.search)), [rows]);
  // Once needed, the index is kept: clearing the box must not throw away a 300 ms build.
  const [needed, setNeeded] = useState(false);
  if (!needed && (Boolean(opts.query) || (opts.activated && fullText))) setNeeded(true);
  const mod = useSearchModule(opts.activated || Boolean(opts.query));
  const search = useMemo(() => (needed && mod && rows ? mod.buildRuleSearch(rows) : null), [needed, mod, rows]);
  return { search, fullText };
}
