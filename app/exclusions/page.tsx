import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExplorerTable } from '@/components/explorer/explorer-table';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata('/exclusions/', 'Exclusions', 'What the Sigma rules filter out most: every excluded field value with the number of rules that exclude it.');

export default function ExclusionsPage() {
  return (
    <div>
      <PageHeader title="Exclusions">
        Every value the rules’ top-level <code>not</code> filters exclude, with the number of rules that exclude it: what the
        corpus filters out most.
      </PageHeader>
      <noscript>This explorer needs JavaScript; each rule page lists its own exclusions.</noscript>
      <Suspense>
        <ExplorerTable src="/catalog/exclusions.json" pagePrefix="/exclusions/" opLabel="Kind" />
      </Suspense>
    </div>
  );
}
