'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parseQuery, toSearchParams, type CatalogQuery } from '@/lib/site/catalog-query';

/** How long typing waits before the URL follows (the table itself follows every keystroke). */
const SEARCH_URL_DELAY_MS = 150;

/** The query string a view is written as; equal views give equal strings (the search box may hold spaces). */
export function canonicalQuery(query: CatalogQuery): string {
  return toSearchParams({ ...query, q: query.q.trim() }).toString();
}

export interface CatalogUrl {
  /** The view on screen; `q` is the search box's text as typed. */
  query: CatalogQuery;
  /** Facet and sort changes: a new history entry, so Back returns to the previous view. */
  update(change: (current: CatalogQuery) => CatalogQuery): void;
  /** Typing: the view changes now, the current history entry is replaced a little later. */
  setSearch(q: string): void;
}

/**
 * The catalog view, kept in the URL. Local state leads (the URL lags behind typing, and useSearchParams
 * behind the URL); the URL wins when it changes to something this hook did not write: Back, Forward, or
 * a link to another view.
 */
export function useCatalogUrl(): CatalogUrl {
  const params = useSearchParams();
  const fromUrl = useMemo(() => parseQuery(new URLSearchParams(params.toString())), [params]);
  const [query, setQuery] = useState(fromUrl);
  // Refs, not state: the handlers below must see the latest view even between renders.
  const current = useRef(query);
  const written = useRef(canonicalQuery(fromUrl));
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancelPending = useCallback(() => {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = null;
  }, []);

  // Our writes Next has not reflected in useSearchParams yet. Next applies them in order but late (in a
  // transition, after our own renders), so an older one can surface after newer keystrokes: it is an echo
  // to ignore, not a navigation to follow.
  const inFlight = useRef<string[]>([]);

  const write = useCallback((next: CatalogQuery, mode: 'push' | 'replace') => {
    const qs = canonicalQuery(next);
    written.current = qs;
    inFlight.current = [...inFlight.current.slice(-49), qs];
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);

  const adopt = useCallback(
    (next: CatalogQuery) => {
      cancelPending();
      written.current = canonicalQuery(next);
      current.current = next;
      setQuery(next);
    },
    [cancelPending],
  );

  // A URL change seen by Next that is not one of our writes: a link to another view of this page.
  useEffect(() => {
    const qs = canonicalQuery(fromUrl);
    const echo = inFlight.current.indexOf(qs);
    if (echo >= 0) inFlight.current = inFlight.current.slice(echo + 1);
    else if (qs !== written.current) adopt(fromUrl);
  }, [fromUrl, adopt]);

  // Back/Forward: follow the URL at once (not when Next gets to it); a pending search write must not
  // overwrite the entry navigated to.
  useEffect(() => {
    const onPop = () => adopt(parseQuery(new URLSearchParams(window.location.search)));
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      cancelPending();
    };
  }, [adopt, cancelPending]);

  const update = useCallback(
    (change: (q: CatalogQuery) => CatalogQuery) => {
      // Typing not yet in the URL goes into the entry being left, so Back shows it.
      if (pending.current !== null) {
        cancelPending();
        write(current.current, 'replace');
      }
      const next = change(current.current);
      current.current = next;
      setQuery(next);
      if (canonicalQuery(next) !== written.current) write(next, 'push');
    },
    [write, cancelPending],
  );

  const setSearch = useCallback(
    (q: string) => {
      const next = { ...current.current, q };
      current.current = next;
      setQuery(next);
      cancelPending();
      pending.current = setTimeout(() => {
        pending.current = null;
        if (canonicalQuery(next) !== written.current) write(next, 'replace');
      }, SEARCH_URL_DELAY_MS);
    },
    [write, cancelPending],
  );

  return { query, update, setSearch };
}
