import type { Metadata } from 'next';
import { SiteLink as Link } from '@/components/ui/site-link';
import { notFound } from 'next/navigation';
import { catalogCoverage } from '@/components/attack/catalog-coverage';
import { TacticTechniques } from '@/components/attack/tactic-techniques';
import { RuleList } from '@/components/rule/rule-list';
import { ExternalLink } from '@/components/ui/external-link';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { Empty } from '@/components/ui/table';
import { getAttackData } from '@/lib/catalog/attack/data';
import { ruleRef } from '@/lib/catalog/corpus/links';
import { getCatalog } from '@/lib/catalog/load';
import { queryString } from '@/lib/site/catalog-query';
import { pageMetadata } from '@/lib/site/metadata';
import { attackHref, basePath, rulesHref, tacticHref } from '@/lib/site/urls';

type Props = { params: Promise<{ tacticId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getAttackData().tactics.values()].map((t) => ({ tacticId: t.id }));
}

function tactic(id: string) {
  return [...getAttackData().tactics.values()].find((t) => t.id === id);
}

/** Rules with the tactic in their ATT&CK rows (a technique's tactic only counts when the rule tags it). */
function tacticRules(shortname: string) {
  return getCatalog()
    .rules.filter((r) => r.attack.rows.some((row) => row.tactic.shortname === shortname))
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = tactic((await params).tacticId);
  if (!t) return {};
  return pageMetadata(tacticHref(t.id), `${t.id} ${t.name}`, `${tacticRules(t.shortname).length} Sigma rules tag ATT&CK tactic ${t.id} ${t.name}.`);
}

export default async function TacticPage({ params }: Props) {
  const t = tactic((await params).tacticId);
  if (!t) notFound();
  const { model, counts } = catalogCoverage();
  const column = model.tactics.find((c) => c.shortname === t.shortname)!;
  const rules = tacticRules(t.shortname);
  const covered = column.techniques.filter((id) => (counts[id] ?? 0) > 0).length;
  return (
    <div>
      <p className="text-sm text-slate-600">
        <Link href={attackHref} prefetch={false} className="text-blue-800 hover:underline">
          ATT&amp;CK coverage
        </Link>{' '}
        › tactic
      </p>
      <PageHeader title={`${t.id} ${t.name}`} permalink={`${basePath}${tacticHref(t.id)}`}>
        <p>
          {rules.length.toLocaleString('en')} rules tag this tactic; {covered} of its {column.techniques.length} techniques have rules.{' '}
          <ExternalLink href={t.url}>{t.id} on attack.mitre.org</ExternalLink> ·{' '}
          <Link href={`${rulesHref}${queryString({ q: '', facets: { tactic: [t.shortname] }, sort: null })}`} prefetch={false} className="text-blue-800 underline">
            these rules in the catalog
          </Link>
        </p>
      </PageHeader>
      <Section id="techniques" title={`Techniques (${column.techniques.length})`} intro="A technique's count includes the rules of its sub-techniques, whichever tactic the rule tags.">
        <TacticTechniques tactic={column} model={model} counts={counts} />
      </Section>
      <Section id="rules" title={`Rules (${rules.length})`} intro={`Rules whose ATT&CK tags name ${t.name}.`}>
        {rules.length ? <RuleList rules={rules.map(ruleRef)} /> : <Empty>No rule of the catalog tags this tactic.</Empty>}
      </Section>
    </div>
  );
}
