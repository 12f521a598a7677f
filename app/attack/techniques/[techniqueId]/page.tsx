import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RuleList } from '@/components/rule/rule-list';
import { ExternalLink } from '@/components/ui/external-link';
import { Empty } from '@/components/ui/table';
import { getAttackData } from '@/lib/catalog/attack/data';
import { ruleRef } from '@/lib/catalog/corpus/links';
import { rulesForTechnique } from '@/lib/catalog/load';
import { pageMetadata } from '@/lib/site/metadata';
import { techniqueHref } from '@/lib/site/urls';

type Props = { params: Promise<{ techniqueId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAttackData().content.techniques.filter((t) => !t.revoked).map((t) => ({ techniqueId: t.id }));
}

function technique(id: string) {
  return getAttackData().content.techniques.find((t) => t.id === id && !t.revoked);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = technique((await params).techniqueId);
  if (!t) return {};
  const n = rulesForTechnique(t.id).length;
  return pageMetadata(techniqueHref(t.id), `${t.id} ${t.fullName}`, `${n} Sigma rules cover ATT&CK technique ${t.id} ${t.fullName}.`);
}

export default async function TechniquePage({ params }: Props) {
  const t = technique((await params).techniqueId);
  if (!t) notFound();
  const subs = getAttackData().content.techniques.filter((s) => s.parent === t.id && !s.revoked);
  const own = rulesForTechnique(t.id);
  return (
    <div>
      <p className="text-sm text-slate-600">ATT&amp;CK technique</p>
      <h1 className="text-2xl font-bold">
        {t.id} {t.fullName}
      </h1>
      <p className="mt-2 text-sm">
        <ExternalLink href={t.url}>{t.id} on attack.mitre.org</ExternalLink>
        {t.deprecated ? ' · deprecated in ATT&CK' : null}
      </p>
      <h2 className="mt-6 text-lg font-semibold">Rules ({own.length})</h2>
      {own.length ? <RuleList rules={own.map(ruleRef)} /> : <Empty>No rule of the catalog covers this technique.</Empty>}
      {subs.map((s) => {
        const rules = rulesForTechnique(s.id);
        return (
          <section key={s.id} className="mt-6">
            <h2 className="text-lg font-semibold">
              <Link href={techniqueHref(s.id)} className="text-blue-800 hover:underline">
                {s.id} {s.name}
              </Link>{' '}
              ({rules.length})
            </h2>
            {rules.length ? <RuleList rules={rules.map(ruleRef)} /> : null}
          </section>
        );
      })}
    </div>
  );
}
