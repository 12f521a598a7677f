import type { Metadata } from 'next';
import { SiteLink as Link } from '@/components/ui/site-link';
import { FigureBars } from '@/components/home/figure-bars';
import { RuleList } from '@/components/rule/rule-list';
import { PageHeader } from '@/components/ui/page-header';
import { ruleRef } from '@/lib/catalog/corpus/links';
import { buildFigures, recentRules } from '@/lib/catalog/explore';
import { getCatalog } from '@/lib/catalog/load';
import { queryString, type Facet } from '@/lib/site/catalog-query';
import { pageMetadata } from '@/lib/site/metadata';
import { basePath } from '@/lib/site/urls';

export const metadata: Metadata = {
  ...pageMetadata('/', 'Sigma Rule Catalog', 'A catalog and explorer of Sigma detection rules.'),
  alternates: { types: { 'application/atom+xml': '/feed.xml' } },
};

const filtered = (facet: Facet) => (value: string) => `/rules/${queryString({ q: '', sort: null, facets: { [facet]: [value] } })}`;

export default function Home() {
  const c = getCatalog();
  const f = buildFigures(c);
  return (
    <div>
      <PageHeader title="Sigma detection rules" permalink={`${basePath}/`}>
        {f.rules.toLocaleString('en')} rules from {c.roots.map((r) => r.name).join(', ')} ({f.files.toLocaleString('en')} files), mapped to MITRE ATT&amp;CK v
        {c.attackVersion}. Find rules by{' '}
        <Link href="/attack/" prefetch={false} className="text-blue-800 underline">technique</Link>, by{' '}
        <Link href="/rules/" prefetch={false} className="text-blue-800 underline">keyword and facets</Link>, by{' '}
        <Link href="/events/" prefetch={false} className="text-blue-800 underline">telemetry</Link>, or by what they{' '}
        <Link href="/indicators/" prefetch={false} className="text-blue-800 underline">look for</Link> and{' '}
        <Link href="/exclusions/" prefetch={false} className="text-blue-800 underline">filter out</Link>.
      </PageHeader>
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <FigureBars title="By level" items={f.byLevel} href={filtered('level')} />
        <FigureBars title="By status" items={f.byStatus} href={filtered('status')} />
        <FigureBars title="By product" items={f.byProduct.slice(0, 10)} href={filtered('product')} />
        <FigureBars title="By tactic" items={f.byTactic.map(([, name, n]) => [name, n])} href={(_, i) => filtered('tactic')(f.byTactic[i][0])} />
        <FigureBars title="By kind" items={f.byKind} href={filtered('kind')} />
        <section aria-labelledby="health-h" className="rounded border border-slate-200 p-3 text-sm">
          <h3 id="health-h" className="font-semibold text-slate-800">Corpus health</h3>
          <ul className="mt-2 space-y-1">
            <li>{f.filesWithDiagnostics} files with diagnostics: {f.errors} errors, {f.warnings} warnings</li>
            <li>{f.duplicateIds} duplicate ids (both rules kept)</li>
            <li>{f.unknownTags} unknown ATT&amp;CK tags, {f.legacyTags} legacy tags</li>
          </ul>
          <Link href="/health/" prefetch={false} className="mt-2 inline-block text-blue-800 underline">All diagnostics</Link>
        </section>
      </div>
      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="new-h">
          <h2 id="new-h" className="text-lg font-semibold">Recently added</h2>
          <RuleList rules={recentRules(c, 12, 'date').map(ruleRef)} extra={(r) => c.rules.find((x) => x.slug === r.slug)?.date} />
        </section>
        <section aria-labelledby="mod-h">
          <h2 id="mod-h" className="text-lg font-semibold">Recently modified</h2>
          <RuleList rules={recentRules(c, 12, 'modified').map(ruleRef)} extra={(r) => c.rules.find((x) => x.slug === r.slug)?.modified} />
        </section>
      </div>
      <p className="mt-6 text-sm">
        <a href={`${basePath}/feed.xml`} className="text-blue-800 underline">Atom feed of new and modified rules</a>
      </p>
    </div>
  );
}
