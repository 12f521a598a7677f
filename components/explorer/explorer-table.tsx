'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExplorerFile, ExplorerRow } from '@/lib/catalog/explore';
import { explorerQueryString, filterExplorerRows, parseExplorerQuery, type ExplorerQuery } from '@/lib/site/explorer-query';
import { basePath, ruleHref } from '@/lib/site/urls';
import { CopyButton } from '@/components/ui/copy-button';

const ROW_HEIGHT = 34;

/**
 * A filterable, virtualized table of (field, operator, value, rule count) rows, with its view in the URL.
 * `src` is the first file to load; `allSrc` (optional) the larger one with single-rule rows too.
 */
export function ExplorerTable({ src, allSrc, pagePrefix, opLabel }: { src: string; allSrc?: string; pagePrefix: string; opLabel: string }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = useMemo(() => parseExplorerQuery(new URLSearchParams(params.toString())), [params]);
  const [data, setData] = useState<ExplorerFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState(query.q);
  // The checkbox follows the URL, but answers the click at once (the navigation lands a moment later).
  const [all, setAll] = useState(query.all);
  useEffect(() => setAll(query.all), [query.all]);
  const file = query.all && allSrc ? allSrc : src;

  useEffect(() => {
    setData(null);
    fetch(`${basePath}${file}`)
      .then((r) => (r.ok ? (r.json() as Promise<ExplorerFile>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setData, (e: Error) => setError(e.message));
  }, [file]);

  const update = (patch: Partial<ExplorerQuery>, replace = false) => {
    const next = `${pathname}${explorerQueryString({ ...query, ...patch })}`;
    if (replace) router.replace(next, { scroll: false });
    else router.push(next, { scroll: false });
  };
  useEffect(() => {
    if (text === query.q) return;
    const t = setTimeout(() => update({ q: text }, true), 200);
    return () => clearTimeout(t);
  });

  const rows = useMemo(() => (data ? filterExplorerRows(data.rows, { ...query, q: text }) : []), [data, query, text]);
  const fields = useMemo(() => topValues(data?.rows ?? [], 0), [data]);
  const ops = useMemo(() => topValues(data?.rows ?? [], 1), [data]);

  return (
    <div>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          <span className="text-slate-700">Search values and fields</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} className="w-72 rounded border border-slate-400 px-2 py-1" placeholder="e.g. powershell.exe" />
        </label>
        <Select label="Field" value={query.field} options={fields} onChange={(field) => update({ field })} />
        <Select label={opLabel} value={query.op} options={ops} onChange={(op) => update({ op })} />
        <label className="flex flex-col">
          <span className="text-slate-700">At least … rules</span>
          <input type="number" min={0} value={query.min || ''} onChange={(e) => update({ min: Number(e.target.value) || 0 }, true)} className="w-24 rounded border border-slate-400 px-2 py-1" />
        </label>
        <Select label="Sort by" value={query.sort} options={['rules', 'field', 'value']} onChange={(sort) => update({ sort: (sort || 'rules') as ExplorerQuery['sort'] })} blank={false} />
        {allSrc ? (
          <label className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={all}
              onChange={(e) => {
                setAll(e.target.checked);
                update({ all: e.target.checked });
              }}
            />
            <span>include those of a single rule</span>
          </label>
        ) : null}
        <CopyButton label="Copy link" permalink={`${basePath}${pathname}${explorerQueryString({ ...query, q: text })}`} />
      </div>
      <p className="mt-3 text-sm text-slate-700" aria-live="polite">
        {error ? `Could not load the data: ${error}` : data ? `${rows.length.toLocaleString('en')} of ${data.rows.length.toLocaleString('en')} rows` : 'Loading…'}
      </p>
      <Rows rows={rows} pagePrefix={pagePrefix} opLabel={opLabel} />
    </div>
  );
}

function Rows({ rows, pagePrefix, opLabel }: { rows: ExplorerRow[]; pagePrefix: string; opLabel: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtual.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} className="mt-2 h-[70vh] overflow-auto rounded border border-slate-200" tabIndex={0} aria-label="Results">
      <table className="w-full table-fixed border-collapse text-sm">
        <thead className="sticky top-0 bg-slate-100 text-left">
          <tr>
            <th scope="col" className="w-1/5 px-3 py-2">Field</th>
            <th scope="col" className="w-1/6 px-3 py-2">{opLabel}</th>
            <th scope="col" className="px-3 py-2">Value</th>
            <th scope="col" className="w-24 px-3 py-2 text-right">Rules</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 ? <tr style={{ height: top }} aria-hidden="true" /> : null}
          {items.map((v) => {
            const r = rows[v.index];
            return (
              <tr key={v.key} style={{ height: ROW_HEIGHT }} className="border-b border-slate-100 odd:bg-white even:bg-slate-50/60">
                <td className="truncate px-3 font-mono text-xs" title={r[0] ?? 'keyword'}>{r[0] ?? <i className="font-sans text-slate-600">keyword</i>}</td>
                <td className="truncate px-3 font-mono text-xs">
                  {r[1]}
                  {r[2] ? <span className="ml-1 rounded bg-slate-200 px-1 text-slate-800">{r[2]}</span> : null}
                </td>
                <td className="truncate px-3 font-mono text-xs" title={r[3]}>{r[3] === '' ? <i className="font-sans text-slate-600">(empty)</i> : r[3]}</td>
                <td className="px-3 text-right">
                  {r[6] ? (
                    <Link href={`${pagePrefix}${r[6]}/`} prefetch={false} className="text-blue-800 hover:underline">{r[4]}</Link>
                  ) : (
                    <Link href={ruleHref(r[5])} prefetch={false} className="text-blue-800 hover:underline" aria-label={`1 rule (${r[3]})`}>1</Link>
                  )}
                </td>
              </tr>
            );
          })}
          {bottom > 0 ? <tr style={{ height: bottom }} aria-hidden="true" /> : null}
        </tbody>
      </table>
    </div>
  );
}

function Select({ label, value, options, onChange, blank = true }: { label: string; value: string; options: string[]; onChange: (v: string) => void; blank?: boolean }) {
  return (
    <label className="flex flex-col">
      <span className="text-slate-700">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} className="max-w-56 rounded border border-slate-400 px-2 py-1">
        {blank ? <option value="">any</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>{o}</option>
        ))}
      </select>
    </label>
  );
}

/** Distinct values of a column, most frequent first (capped: a select of 2,000 fields helps nobody). */
function topValues(rows: readonly ExplorerRow[], col: 0 | 1): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const v = (r[col] ?? '(keyword)') as string;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 300).map(([v]) => v);
}
