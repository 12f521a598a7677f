import type { Metadata } from 'next';
import { RuleList } from '@/components/rule/rule-list';
import { ruleRef } from '@/lib/catalog/corpus/links';
import { getCatalog } from '@/lib/catalog/load';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata('/rules/', 'All rules', 'Every Sigma rule of the catalog.');

export default function RulesPage() {
  const rules = getCatalog().rules;
  return (
    <div>
      <h1 className="text-2xl font-bold">All rules ({rules.length})</h1>
      <div className="mt-4">
        <RuleList rules={rules.map(ruleRef)} />
      </div>
    </div>
  );
}
