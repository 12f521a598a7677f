import type { Metadata } from 'next';
import { AttackCoverage } from '@/components/attack/attack-coverage';
import { catalogCoverage } from '@/components/attack/catalog-coverage';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/site/metadata';
import { basePath } from '@/lib/site/urls';

export const metadata: Metadata = pageMetadata('/attack/', 'ATT&CK coverage', 'Sigma rules per MITRE ATT&CK technique: the enterprise matrix as a heatmap.');

export default function AttackPage() {
  const { model, rules, counts } = catalogCoverage();
  return (
    <div>
      <PageHeader title="ATT&CK coverage" permalink={`${basePath}/attack/`}>
        The MITRE ATT&amp;CK v{model.version} enterprise matrix. Each cell counts the rules that cover the technique or any of its
        sub-techniques, each rule once; legacy tags count under their current technique. It follows the filters of the rule catalog
        (<code>?level=high&amp;product=windows</code>). The layer opens in the ATT&amp;CK Navigator (Open Existing Layer → Upload from local).
      </PageHeader>
      <AttackCoverage model={model} counts={counts} totalRules={rules.length} />
    </div>
  );
}
