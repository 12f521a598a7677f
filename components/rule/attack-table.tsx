import type { AttackCoverage } from '@/lib/catalog/types';
import { ExternalLink } from '@/components/ui/external-link';
import { Empty, Table } from '@/components/ui/table';
import { basePath, techniqueHref } from '@/lib/site/urls';

/** Tactic | techniques, each technique linked to its page here and to attack.mitre.org. */
export function AttackTable({ attack }: { attack: AttackCoverage }) {
  if (attack.rows.length === 0 && attack.untacticed.length === 0) return <Empty>This rule carries no ATT&amp;CK tags.</Empty>;
  const rows = attack.rows.map((row) => [
    <span key="t">
      <ExternalLink href={row.tactic.url}>{row.tactic.name}</ExternalLink>
      {row.legacyTag ? <Legacy tag={row.legacyTag} /> : null}
    </span>,
    <ul key="x" className="space-y-0.5">
      {row.techniques.map((t) => (
        <li key={t.id}>
          {/* A plain link: next/link would drop the trailing slash of `T1218.009/` (it reads `.009` as an extension). */}
          <a href={`${basePath}${techniqueHref(t.id)}`} className="font-mono text-blue-800 hover:underline">
            {t.id}
          </a>{' '}
          {t.fullName}
          {t.deprecated ? ' (deprecated in ATT&CK)' : null} <ExternalLink href={t.url}>↗<span className="sr-only"> {t.id} on attack.mitre.org</span></ExternalLink>
          {t.legacyTag ? <Legacy tag={t.legacyTag} /> : null}
        </li>
      ))}
      {row.techniques.length === 0 ? <li className="text-slate-600">no technique tagged</li> : null}
    </ul>,
  ]);
  return (
    <>
      <Table head={['Tactic', 'Techniques']} rows={rows} caption="MITRE ATT&CK coverage" />
      {attack.groups.length + attack.software.length > 0 ? (
        <p className="mt-2 text-sm">
          Groups and software:{' '}
          {[...attack.groups, ...attack.software].map((g, i) => (
            <span key={g.id}>
              {i ? ', ' : ''}
              <ExternalLink href={g.url}>{`${g.id} ${g.name}`}</ExternalLink>
            </span>
          ))}
        </p>
      ) : null}
      {attack.unknown.length ? <p className="mt-2 text-sm text-slate-700">Unknown ATT&amp;CK tags: {attack.unknown.join(', ')}</p> : null}
    </>
  );
}

function Legacy({ tag }: { tag: string }) {
  return <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-950" title="This tag names an older ATT&CK ID; shown under the current one">legacy tag {tag}</span>;
}
