import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { Table } from '@/components/ui/table';
import { getCatalog } from '@/lib/catalog/load';
import { pageMetadata } from '@/lib/site/metadata';
import { basePath } from '@/lib/site/urls';

export const metadata: Metadata = pageMetadata('/health/', 'Corpus health', 'Every diagnostic of the rule files: what could not enter the catalog, and what did with a warning.');

export default function HealthPage() {
  const c = getCatalog();
  const errors = c.diagnostics.filter((d) => d.severity === 'error');
  return (
    <div>
      <PageHeader title="Corpus health" permalink={`${basePath}/health/`}>
        {c.files} rule files read: {c.rules.length} rules in the catalog, {new Set(errors.map((d) => `${d.root}/${d.path}`)).size} files rejected ({errors.length} errors),{' '}
        {c.diagnostics.length - errors.length} warnings. <code>error</code>: the file or rule could not enter the catalog; <code>warning</code>: it did.
      </PageHeader>
      <Table
        head={['Location', 'Severity', 'Code', 'Message']}
        rows={c.diagnostics.map((d) => [
          <code key="l" className="break-all text-xs">{`${d.root}:${d.path}:${d.line}:${d.column}`}</code>,
          <span key="s" className={d.severity === 'error' ? 'font-semibold text-red-800' : 'text-amber-900'}>{d.severity}</span>,
          <code key="c" className="text-xs">{d.code}</code>,
          d.message,
        ])}
        caption="Diagnostics"
      />
    </div>
  );
}
