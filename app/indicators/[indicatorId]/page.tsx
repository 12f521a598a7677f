import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FieldName, Operator, Value } from '@/components/rule/operator';
import { RuleList } from '@/components/rule/rule-list';
import { ruleRef } from '@/lib/catalog/corpus/links';
import { getIndicator, listSharedIndicatorIds } from '@/lib/catalog/load';
import { pageMetadata } from '@/lib/site/metadata';
import { nonEmpty } from '@/lib/site/static-params';
import { indicatorHref } from '@/lib/site/urls';

type Props = { params: Promise<{ indicatorId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return nonEmpty('indicatorId', listSharedIndicatorIds());
}

function load(id: string) {
  const found = getIndicator(id);
  if (!found) return null;
  const sample = found.rules[0].indicators.find((i) => i.key === found.use.key)!;
  return { ...found, sample };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const x = load((await params).indicatorId);
  if (!x) return {};
  const what = `${x.sample.field ?? 'keyword'} ${x.sample.operator} ${x.sample.value}`;
  return pageMetadata(indicatorHref(x.use.id!), `${what} · ${x.rules.length} rules`, `${x.rules.length} Sigma rules look for ${what}.`);
}

export default async function IndicatorPage({ params }: Props) {
  const x = load((await params).indicatorId);
  if (!x) notFound();
  return (
    <div>
      <p className="text-sm text-slate-600">Indicator</p>
      <h1 className="flex flex-wrap items-baseline gap-2 text-xl font-bold">
        <FieldName field={x.sample.field} /> <Operator name={x.sample.operator} modifiers={x.sample.modifiers} /> <Value value={x.sample.value} />
      </h1>
      <p className="mt-2 text-sm text-slate-700">
        {x.rules.length} rules look for this (compared as Sigma compares: case-insensitive unless <code>cased</code>).
        {Object.keys(x.use.byRoot).length > 1 ? ` By root: ${Object.entries(x.use.byRoot).map(([r, n]) => `${r} ${n}`).join(', ')}.` : null}
      </p>
      <div className="mt-4">
        <RuleList rules={x.rules.map(ruleRef)} />
      </div>
    </div>
  );
}
