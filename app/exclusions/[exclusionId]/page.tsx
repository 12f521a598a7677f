import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FieldName, Operator, Value } from '@/components/rule/operator';
import { RuleList } from '@/components/rule/rule-list';
import { PageHeader } from '@/components/ui/page-header';
import { ruleRef } from '@/lib/catalog/corpus/links';
import { getExclusionGroups } from '@/lib/catalog/load';
import { pageMetadata } from '@/lib/site/metadata';
import { nonEmpty } from '@/lib/site/static-params';
import { basePath } from '@/lib/site/urls';

type Props = { params: Promise<{ exclusionId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return nonEmpty('exclusionId', [...getExclusionGroups().keys()]);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = (await params).exclusionId;
  const g = getExclusionGroups().get(id);
  if (!g) return {};
  return pageMetadata(`/exclusions/${id}/`, `Excluded: ${g.field ?? 'keyword'} ${g.kind} ${g.value}`, `${g.rules.length} Sigma rules exclude ${g.field ?? 'keyword'} ${g.kind} ${g.value}.`);
}

export default async function ExclusionPage({ params }: Props) {
  const id = (await params).exclusionId;
  const g = getExclusionGroups().get(id);
  if (!g) notFound();
  return (
    <div>
      <p className="text-sm text-slate-600">Excluded value</p>
      <PageHeader
        title={
          <span className="flex flex-wrap items-baseline gap-2 text-xl">
            <FieldName field={g.field} /> <Operator name={g.kind} modifiers={g.modifiers ? g.modifiers.split(' ') : []} /> <Value value={g.value} />
          </span>
        }
        permalink={`${basePath}/exclusions/${id}/`}
      >
        {g.rules.length} rules exclude this in a top-level <code>not</code> filter.
      </PageHeader>
      <RuleList rules={g.rules.map(ruleRef)} />
    </div>
  );
}
