'use client';

import { useEffect, useRef } from 'react';

interface Props {
  value: string;
  onChange(value: string): void;
  /** First focus: the page starts loading the full text and the search index. */
  onActivate(): void;
  /** Shown under the box: full text still loading, index building. */
  note: string | null;
}

/** The full-text search box; `/` focuses it from anywhere on the page (as on GitHub). */
export function SearchBox({ value, onChange, onActivate, note }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || target?.closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="min-w-0 flex-1">
      <label htmlFor="catalog-search" className="sr-only">
        Search rules
      </label>
      <input
        ref={input}
        id="catalog-search"
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onFocus={onActivate}
        placeholder="Search titles, techniques, authors, descriptions, fields and values…  ( / )"
        autoComplete="off"
        spellCheck={false}
        aria-describedby="catalog-search-note"
        className="w-full rounded border border-slate-300 px-3 py-1.5 text-sm shadow-sm placeholder:text-slate-500"
      />
      <p id="catalog-search-note" className="mt-0.5 h-4 text-xs text-slate-600" aria-live="polite">
        {note}
      </p>
    </div>
  );
}
