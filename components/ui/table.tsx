import type { ReactNode } from 'react';

/** A plain, server-rendered table: header row and body rows; readable without JavaScript. */
export function Table({ head, rows, caption }: { head: string[]; rows: ReactNode[][]; caption?: string }) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200">
      <table className="w-full border-collapse text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="border-b border-slate-200 px-3 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i} className="odd:bg-white even:bg-slate-50/50 align-top">
              {cells.map((c, j) => (
                <td key={j} className="border-b border-slate-100 px-3 py-1.5 break-words">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-600 italic">{children}</p>;
}
