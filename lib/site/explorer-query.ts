/** The explorers' view state in the URL (`?q=powershell&field=Image&op=endswith&min=3&sort=rules`), and filtering. */

import type { ExplorerRow } from '../catalog/explore';

export interface ExplorerQuery {
  q: string;
  field: string;
  op: string;
  min: number;
  sort: 'rules' | 'field' | 'value';
  all: boolean;
}

export function parseExplorerQuery(p: URLSearchParams): ExplorerQuery {
  const sort = p.get('sort');
  return {
    q: p.get('q') ?? '',
    field: p.get('field') ?? '',
    op: p.get('op') ?? '',
    min: Math.max(0, Number(p.get('min')) || 0),
    sort: sort === 'field' || sort === 'value' ? sort : 'rules',
    all: p.get('all') === '1',
  };
}

export function explorerQueryString(q: ExplorerQuery): string {
  const p = new URLSearchParams();
  if (q.q) p.set('q', q.q);
  if (q.field) p.set('field', q.field);
  if (q.op) p.set('op', q.op);
  if (q.min > 0) p.set('min', String(q.min));
  if (q.sort !== 'rules') p.set('sort', q.sort);
  if (q.all) p.set('all', '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function filterExplorerRows(rows: readonly ExplorerRow[], q: ExplorerQuery): ExplorerRow[] {
  const needle = q.q.toLowerCase();
  const out = rows.filter(
    (r) =>
      (!q.field || (r[0] ?? '(keyword)') === q.field) &&
      (!q.op || r[1] === q.op) &&
      r[4] >= q.min &&
      (!needle || r[3].toLowerCase().includes(needle) || (r[0] ?? '').toLowerCase().includes(needle)),
  );
  if (q.sort === 'field') out.sort((a, b) => cmp(a[0] ?? '', b[0] ?? '') || b[4] - a[4]);
  else if (q.sort === 'value') out.sort((a, b) => cmp(a[3].toLowerCase(), b[3].toLowerCase()) || b[4] - a[4]);
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
