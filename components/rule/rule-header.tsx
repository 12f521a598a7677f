import { SiteLink as Link } from '@/components/ui/site-link';
import type { CatalogRule, RuleRoot } from '@/lib/catalog/types';
import { Badge, LevelBadge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { ExternalLink } from '@/components/ui/external-link';
import { basePath, ruleHref } from '@/lib/site/urls';

/** Breadcrumb, title, badges, description and the rule's metadata. */
export function RuleHeader({ rule, root }: { rule: CatalogRule; root: RuleRoot | undefined }) {
  const source = root?.sourceUrl ? `${root.sourceUrl}${rule.path}` : null;
  return (
    <header>
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <ol className="flex gap-1">
          <li>
            <Link href="/rules/" prefetch={false} className="hover:underline">
              Detection rules
            </Link>
            <span aria-hidden="true"> › </span>
          </li>
          <li aria-current="page">Sigma</li>
        </ol>
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">{rule.title}</h1>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <LevelBadge level={rule.level} />
        {rule.status ? <Badge>{rule.status}</Badge> : null}
        {rule.kind !== 'detection' ? <Badge tone="bg-violet-100 text-violet-900">{rule.kind} rule</Badge> : null}
        {rule.deprecated ? <Badge tone="bg-slate-700 text-white">deprecated</Badge> : null}
        {rule.unsupported ? <Badge tone="bg-slate-700 text-white">unsupported</Badge> : null}
        <CopyButton label="Copy link" permalink={`${basePath}${ruleHref(rule.slug)}`} />
      </div>
      {rule.description ? <p className="mt-3 whitespace-pre-line text-slate-800">{rule.description.trim()}</p> : null}
      <dl id="metadata" className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <Meta label="ID">
          <code>{rule.id}</code>
          {rule.idDerived ? ' (derived from the file path: the rule has no id)' : null}
        </Meta>
        {rule.name ? <Meta label="Name"><code>{rule.name}</code></Meta> : null}
        <Meta label="Status">{rule.status ?? '—'}</Meta>
        <Meta label="Level">{rule.level ?? '—'}</Meta>
        <Meta label="Author">{rule.author ?? '—'}</Meta>
        <Meta label="Date">
          <time dateTime={isoDate(rule.date)}>{rule.date ?? '—'}</time>
          {rule.modified ? (
            <>
              {' · modified '}
              <time dateTime={isoDate(rule.modified)}>{rule.modified}</time>
            </>
          ) : null}
        </Meta>
        {rule.logsource ? (
          <Meta label="Log source">
            {(['product', 'category', 'service'] as const)
              .filter((k) => rule.logsource![k])
              .map((k) => `${k}: ${rule.logsource![k]}`)
              .join(' · ')}
            {rule.logsource.definition ? <span className="block text-slate-600">{rule.logsource.definition}</span> : null}
          </Meta>
        ) : null}
        <Meta label="Source">
          {rule.root}: {source ? <ExternalLink href={source}>{rule.path}</ExternalLink> : <code className="break-all">{rule.path}</code>}
        </Meta>
        <Meta label="Licence">{rule.license ?? root?.license ?? 'as the rule repository states'}{rule.author ? ` · by ${rule.author}` : null}</Meta>
      </dl>
    </header>
  );
}

function Meta({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </>
  );
}

function isoDate(d: string | null): string | undefined {
  return d ? d.replace(/\//g, '-') : undefined;
}
