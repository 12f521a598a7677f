'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Facet } from '@/lib/site/catalog-query';
import { FACET_LABELS, facetOptions } from './facet-options';

/** More options than this get a filter box; the long facets always have one. */
const FILTER_BOX_FROM = 12;
const LONG_FACETS: readonly Facet[] = ['author', 'technique', 'category'];
/** Options rendered at once; the filter box reaches the others. */
const MAX_SHOWN = 150;

interface Props {
  facet: Facet;
  open: boolean;
  onOpenChange(open: boolean): void;
  selected: readonly string[];
  /** Live counts under the other filters; only computed while the panel is open. */
  counts: ReadonlyMap<string, number> | null;
  order: readonly string[] | null;
  labels?: Readonly<Record<string, string>>;
  onToggle(value: string): void;
  onClear(): void;
}

/**
 * One facet: a disclosure button and, when open, a panel of real checkboxes with their counts. Escape or
 * focus leaving the panel closes it; Escape returns focus to the button.
 */
export function FacetPopover({ facet, open, onOpenChange, selected, counts, order, labels, onToggle, onClear }: Props) {
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const label = FACET_LABELS[facet];

  // A click elsewhere closes the panel (keyboard users close it with Escape or by tabbing out).
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, onOpenChange]);

  return (
    <div
      ref={wrapper}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          onOpenChange(false);
          button.current?.focus();
        }
      }}
      onBlur={(e) => {
        if (open && e.relatedTarget && !wrapper.current?.contains(e.relatedTarget as Node)) onOpenChange(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${label} filter${selected.length ? `, ${selected.length} selected` : ''}`}
        onClick={() => onOpenChange(!open)}
        className={`flex items-center gap-1 rounded border px-2 py-1 text-sm ${selected.length ? 'border-blue-700 bg-blue-50 text-blue-900' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`}
      >
        {label}
        {selected.length ? <span className="rounded-full bg-blue-800 px-1.5 text-xs font-semibold text-white">{selected.length}</span> : null}
        <span aria-hidden="true" className="text-xs text-slate-500">
          ▾
        </span>
      </button>
      {open ? (
        <FacetPanel id={panelId} facet={facet} label={label} selected={selected} counts={counts} order={order} labels={labels} onToggle={onToggle} onClear={onClear} />
      ) : null}
    </div>
  );
}

function FacetPanel({ id, facet, label, selected, counts, order, labels, onToggle, onClear }: Omit<Props, 'open' | 'onOpenChange'> & { id: string; label: string }) {
  const [filter, setFilter] = useState('');
  const all = useMemo(() => facetOptions({ counts: counts ?? new Map(), selected, order, labels }), [counts, selected, order, labels]);
  const options = useMemo(() => (filter ? facetOptions({ counts: counts ?? new Map(), selected, order, labels, filter }) : all), [all, filter, counts, selected, order, labels]);
  const shown = options.slice(0, MAX_SHOWN);

  return (
    <div id={id} className={`absolute left-0 top-full z-30 mt-1 ${facet === 'author' ? 'w-[28rem]' : 'w-72'} max-w-[calc(100vw-2rem)] rounded border border-slate-300 bg-white p-2 text-sm shadow-lg`}>
      <fieldset className="min-w-0">
        <legend className="flex w-full items-center justify-between px-1 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
          {label}
        </legend>
        {LONG_FACETS.includes(facet) || all.length > FILTER_BOX_FROM ? (
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            aria-label={`Filter ${label.toLowerCase()} options`}
            placeholder={`Filter ${all.length} ${label.toLowerCase()} values…`}
            className="mb-1 w-full rounded border border-slate-300 px-2 py-1 text-sm"
          />
        ) : null}
        <ul className="max-h-72 overflow-y-auto" data-facet={facet}>
          {shown.map((o) => (
            <li key={o.value}>
              <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-slate-100">
                <input type="checkbox" checked={o.selected} onChange={() => onToggle(o.value)} className="accent-blue-700" />
                <span className={`min-w-0 flex-1 truncate ${facet === 'technique' ? 'font-mono text-xs' : ''}`} title={o.label}>
                  {o.label}
                </span>
                <span className="text-xs tabular-nums text-slate-600">{o.count.toLocaleString('en')}</span>
              </label>
            </li>
          ))}
        </ul>
        {!counts ? <p className="px-1 py-1 text-slate-600">Loading…</p> : null}
        {counts && !options.length ? <p className="px-1 py-1 text-slate-600">No value matches.</p> : null}
        {options.length > shown.length ? (
          <p className="px-1 pt-1 text-xs text-slate-600">
            {options.length - shown.length} more: type to narrow the list.
          </p>
        ) : null}
      </fieldset>
      {selected.length ? (
        <button type="button" onClick={onClear} className="mt-1 w-full rounded px-1 py-0.5 text-left text-xs text-blue-800 hover:bg-slate-100 hover:underline">
          Clear {label.toLowerCase()} filter
        </button>
      ) : null}
    </div>
  );
}
