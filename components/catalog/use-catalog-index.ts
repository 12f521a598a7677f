'use client';

import { useEffect, useState } from 'react';
import { decodeIndex, INDEX_URL, SEARCH_URL, type CatalogIndexFile, type CatalogRow, type SearchTextsFile } from '@/lib/site/catalog-index';
import { basePath } from '@/lib/site/urls';

/** One fetch per page load, shared by every component that needs the rows. */
let indexPromise: Promise<CatalogIndexFile> | null = null;
let textsPromise: Promise<SearchTextsFile> | null = null;

function fetchJson<T>(url: string): Promise<T> {
  return fetch(`${basePath}${url}`).then((r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return r.json() as Promise<T>;
  });
}

/** The catalog rows (null while loading); with `fullText`, the search texts are loaded and merged too. */
export function useCatalogRows(fullText: boolean): { rows: CatalogRow[] | null; fullTextLoaded: boolean; attackVersion: string | null; error: string | null } {
  const [state, setState] = useState<{ file: CatalogIndexFile | null; texts: SearchTextsFile | null; error: string | null }>({ file: null, texts: null, error: null });
  useEffect(() => {
    indexPromise ??= fetchJson<CatalogIndexFile>(INDEX_URL);
    indexPromise.then((file) => setState((s) => ({ ...s, file })), (e: Error) => setState((s) => ({ ...s, error: e.message })));
  }, []);
  useEffect(() => {
    if (!fullText) return;
    textsPromise ??= fetchJson<SearchTextsFile>(SEARCH_URL);
    textsPromise.then((texts) => setState((s) => ({ ...s, texts })), () => undefined);
  }, [fullText]);
  const [rows, setRows] = useState<CatalogRow[] | null>(null);
  useEffect(() => {
    if (state.file) setRows(decodeIndex(state.file, state.texts ?? undefined));
  }, [state.file, state.texts]);
  return { rows, fullTextLoaded: Boolean(state.texts), attackVersion: state.file?.attackVersion ?? null, error: state.error };
}
