import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExplorerTable } from '@/components/explorer/explorer-table';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata('/indicators/', 'Indicators', 'Every field, operator and value the Sigma rules look for, with how many rules share it.');

export default function IndicatorsPage() {
  return (
    <div>
      <PageHeader title="Indicators">
        Every positive field | operator | value of the catalog with the number of rules that look for it (compared as Sigma
        compares: case-insensitively unless <code>cased</code>). Shown first: the indicators several rules share.
      </PageHeader>
      <noscript>This explorer needs JavaScript; each rule page lists its own indicators.</noscript>
      <Suspense>
        <ExplorerTable src="/catalog/indicators.json" allSrc="/catalog/indicators-all.json" pagePrefix="/indicators/" opLabel="Operator" />
      </Suspense>
    </div>
  );
}
