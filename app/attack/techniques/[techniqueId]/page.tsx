import type { Metadata } from 'next';
import { SiteLink as Link } from '@/components/ui/site-link';
import { notFound } from 'next/navigation';
import { rulesCovering } from '@/components/attack/catalog-coverage';
import { HeatCount } from '@/components/attack/heat';
import { buttonClass } from '@/components/attack/styles';
import { RuleList } from '@/components/rule/rule-list';
import { ExternalLink } from '@/components/ui/external-link';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { Empty } from '@/components/ui/table';
import { getAttackData, type ContentTechnique } from '@/lib/catalog/attack/data';
import { ruleRef } from '@/lib/catalog/corpus/links';
import { rulesForTechnique } from '@/lib/catalog/load';
import type { CatalogRule } from '@/lib/catalog/types';
import { queryString } from '@/lib/site/catalog-query';
import { pageMetadata } from '@/lib/site/metadata';
import { attackHref, basePath, rulesHref, tacticHref, techniqueHref } from '@/lib/site/urls';

type Props = { params: Promise<{ techniqueId: string }> };

export const dynamicParams = false;

/** Every technique that is not revoked: active ones, and deprecated ones that rules may still name. */
export function generateStaticParams() {
  return getAttackData().content.techniques.filter((t) => !t.revoked).map((t) => ({ techniqueId: t.id }));
}

function technique(id: string) {
  const t = getAttackData().techniques.get(id);
  return t && !t.revoked ? t : undefined;
}

const LEVELS = ['critical', 'high', 'medium', 'low', 'informational'];
const rank = (r: CatalogRule) => (LEVELS.includes(r.level ?? '') ? LEVELS.indexOf(r.level!) : LEVELS.length);
/** Most severe first, then by title: what a detection engineer reviews first. */
const bySeverity = (rules: CatalogRule[]) => [...rules].sort((a, b) => rank(a) - rank(b) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = technique((await params).techniqueId);
  if (!t) return {};
  const n = rulesCovering(t.id).length;
  return pageMetadata(techniqueHref(t.id), `${t.id} ${t.fullName}`, `${n} Sigma rules cover ATT&CK technique ${t.id} ${t.fullName}.`);
}

export default async function TechniquePage({ params }: Props) {
  const t = technique((await params).techniqueId);
  if (!t) notFound();
  const data = getAttackData();
  const parent = t.parent ? data.techniques.get(t.parent) : undefined;
  const subs = data.content.techniques.filter((s) => s.parent === t.id && !s.revoked);
  const total = rulesCovering(t.id).length;
  const own = bySeverity(rulesForTechnique(t.id));
  const active = !t.deprecated;
  return (
    <div>
      <p className="text-sm text-slate-600">
        <Link href={attackHref} prefetch={false} className="text-blue-800 hover:underline">
          ATT&amp;CK coverage
        </Link>
        {parent ? (
          <>
            {' › '}
            <Link href={techniqueHref(parent.id)} prefetch={false} className="text-blue-800 hover:underline">
              {parent.id} {parent.name}
            </Link>
          </>
        ) : null}{' '}
        › {parent ? 'sub-technique' : 'technique'}
      </p>
      <PageHeader title={`${t.id} ${t.name}`} permalink={`${basePath}${techniqueHref(t.id)}`}>
        <TechniqueFacts t={t} parent={parent} />
      </PageHeader>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <HeatCount count={total} />
        <span>
          {total === 1 ? 'rule covers' : 'rules cover'} this technique{subs.length ? ' or its sub-techniques' : ''}.
        </span>
        {total ? (
          <Link href={`${rulesHref}${queryString({ q: '', facets: { technique: [t.id] }, sort: null })}`} prefetch={false} className="text-blue-800 underline">
            Filter them in the catalog
          </Link>
        ) : null}
        {total && active ? (
          <a href={`${basePath}${techniqueHref(t.id)}layer.json`} download={`sigma-layer-${t.id}.json`} className={buttonClass}>
            Download Navigator layer
          </a>
        ) : null}
      </div>
      {subs.length ? <SubTechniqueIndex subs={subs} /> : null}
      <Section id="rules" title={`Rules tagging ${t.id} (${own.length})`} intro={subs.length ? 'Rules that name the technique itself; its sub-techniques’ rules follow.' : undefined}>
        {own.length ? <RuleList rules={own.map(ruleRef)} /> : <Empty>No rule of the catalog tags {t.id} itself.</Empty>}
      </Section>
      {subs.length ? <SubTechniqueRules subs={subs} /> : null}
    </div>
  );
}

function TechniqueFacts({ t, parent }: { t: ContentTechnique; parent?: ContentTechnique }) {
  const tactics = t.tactics.map((s) => getAttackData().tactics.get(s)).filter((x) => x !== undefined);
  return (
    <>
      {parent ? (
        <p>
          {t.fullName}: a sub-technique of{' '}
          <Link href={techniqueHref(parent.id)} prefetch={false} className="text-blue-800 underline">
            {parent.id} {parent.name}
          </Link>
          .
        </p>
      ) : null}
      <p className={parent ? 'mt-1' : undefined}>
        Tactic{tactics.length === 1 ? '' : 's'}:{' '}
        {tactics.map((x, i) => (
          <span key={x.id}>
            {i ? ', ' : ''}
            <Link href={tacticHref(x.id)} prefetch={false} className="text-blue-800 underline">
              {x.name}
            </Link>
          </span>
        ))}
        {' · '}
        <ExternalLink href={t.url}>{t.id} on attack.mitre.org</ExternalLink>
      </p>
      {t.deprecated ? <p className="mt-1 font-medium text-amber-900">Deprecated in ATT&amp;CK: it is not part of the current matrix.</p> : null}
    </>
  );
}

/** The sub-techniques at a glance: count and page of each, so the gaps show before the long lists. */
function SubTechniqueIndex({ subs }: { subs: ContentTechnique[] }) {
  return (
    <Section id="sub-techniques" title={`Sub-techniques (${subs.length})`}>
      <ul className="grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {subs.map((s) => (
          <li key={s.id} className="flex items-baseline gap-2">
            <HeatCount count={rulesForTechnique(s.id).length} />
            <Link href={techniqueHref(s.id)} prefetch={false} className="text-blue-800 hover:underline">
              {s.id} {s.name}
            </Link>
            {s.deprecated ? <span className="text-xs text-amber-900">deprecated</span> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Each sub-technique with rules, and its rules (a rule tagging several appears under each). */
function SubTechniqueRules({ subs }: { subs: ContentTechnique[] }) {
  const groups = subs.map((s) => ({ s, rules: bySeverity(rulesForTechnique(s.id)) })).filter((g) => g.rules.length);
  if (!groups.length) return null;
  return (
    <Section id="sub-technique-rules" title="Rules by sub-technique">
      {groups.map(({ s, rules }) => (
        <section key={s.id} aria-labelledby={`sub-${s.id}`} className="mt-5 first:mt-0">
          <h3 id={`sub-${s.id}`} className="flex flex-wrap items-center gap-2 font-semibold">
            <Link href={techniqueHref(s.id)} prefetch={false} className="text-blue-800 hover:underline">
              {s.id} {s.name}
            </Link>
            <HeatCount count={rules.length} />
          </h3>
          <div className="mt-1">
            <RuleList rules={rules.map(ruleRef)} />
          </div>
        </section>
      ))}
    </Section>
  );
}
