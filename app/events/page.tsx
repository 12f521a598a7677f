import type { Metadata } from 'next';
import { SiteLink as Link } from '@/components/ui/site-link';
import { eventLabel } from '@/components/rule/event-table';
import { RuleList } from '@/components/rule/rule-list';
import { PageHeader } from '@/components/ui/page-header';
import { Table } from '@/components/ui/table';
import { ruleRef } from '@/lib/catalog/corpus/links';
import { buildEventGroups, buildLogsourceGroups } from '@/lib/catalog/explore';
import { getCatalog } from '@/lib/catalog/load';
import { queryString } from '@/lib/site/catalog-query';
import { pageMetadata } from '@/lib/site/metadata';
import { basePath } from '@/lib/site/urls';

export const metadata: Metadata = pageMetadata('/events/', 'Event coverage', 'What telemetry the catalog needs: the rules per provider and event ID, and per log source.');

export default function EventsPage() {
  const catalog = getCatalog();
  const groups = buildEventGroups(catalog);
  const providers = [...new Set(groups.map((g) => g.provider))];
  const logsources = buildLogsourceGroups(catalog);
  return (
    <div>
      <PageHeader title="Event coverage" permalink={`${basePath}/events/`}>
        What telemetry this catalog needs: per provider and event ID, the rules that need it; then per Sigma log source.
      </PageHeader>
      <nav aria-label="Providers" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {providers.map((p) => (
          <a key={p} href={`#${anchor(p)}`} className="text-blue-800 hover:underline">
            {p}
          </a>
        ))}
        <a href="#logsources" className="text-blue-800 hover:underline">
          Log sources
        </a>
      </nav>
      {providers.map((p) => (
        <section key={p} id={anchor(p)} aria-labelledby={`${anchor(p)}-h`} className="mt-8 scroll-mt-16">
          <h2 id={`${anchor(p)}-h`} className="text-lg font-semibold">
            {p}
          </h2>
          <ul className="mt-2 divide-y divide-slate-100 rounded border border-slate-200">
            {groups
              .filter((g) => g.provider === p)
              .map((g) => (
                <li key={`${g.channel}-${g.eventId}`} className="px-3 py-1.5 text-sm">
                  <details>
                    <summary className="cursor-pointer">
                      <span className="font-medium">{eventLabel(g.eventId)}</span>
                      {g.title ? <span className="text-slate-700"> — {g.title}</span> : null}
                      <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-800">{g.rules.length} rules</span>
                      {g.channel ? <span className="ml-2 text-xs text-slate-600">{g.channel}</span> : null}
                    </summary>
                    <div className="mt-2 pl-4">
                      <RuleList rules={g.rules.map(ruleRef)} />
                    </div>
                  </details>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <section id="logsources" aria-labelledby="logsources-h" className="mt-10 scroll-mt-16">
        <h2 id="logsources-h" className="text-lg font-semibold">
          Log sources
        </h2>
        <div className="mt-2">
          <Table
            head={['Product', 'Category', 'Service', 'Rules', 'Event mapping']}
            rows={logsources.map((l) => [
              l.product ?? '—',
              l.category ?? '—',
              l.service ?? '—',
              <Link
                key="n"
                prefetch={false}
                className="text-blue-800 hover:underline"
                href={`/rules/${queryString({ q: '', sort: null, facets: { product: [l.product ?? '(none)'], category: [l.category ?? '(none)'], service: [l.service ?? '(none)'] } })}`}
              >
                {l.rules}
              </Link>,
              l.coverage.replace('_', ' '),
            ])}
            caption="Rules per log source"
          />
        </div>
      </section>
    </div>
  );
}

function anchor(provider: string): string {
  return `p-${provider.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
