import { SiteLink as Link } from '@/components/ui/site-link';
import type { MatrixModel, MatrixTactic } from '@/lib/catalog/attack/coverage';
import { Table } from '@/components/ui/table';
import { techniqueHref } from '@/lib/site/urls';
import { HeatCount } from './heat';

/** A tactic's techniques in matrix order: ID, name, sub-techniques with rules, rule count as a heat chip. */
export function TacticTechniques({ tactic, model, counts }: { tactic: MatrixTactic; model: MatrixModel; counts: Record<string, number> }) {
  const rows = tactic.techniques.map((id) => {
    const t = model.techniques[id];
    const subs = t.subs ?? [];
    return [
      <Link key="id" href={techniqueHref(id)} prefetch={false} className="font-mono text-blue-800 hover:underline">
        {id}
      </Link>,
      t.name,
      subs.length ? `${subs.filter((s) => (counts[s] ?? 0) > 0).length} of ${subs.length}` : '—',
      <HeatCount key="n" count={counts[id] ?? 0} />,
    ];
  });
  return <Table head={['ID', 'Technique', 'Sub-techniques with rules', 'Rules']} rows={rows} caption={`${tactic.name} techniques and their rule counts`} />;
}
