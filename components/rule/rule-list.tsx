import { SiteLink as Link } from '@/components/ui/site-link';
import type { RuleRef } from '@/lib/catalog/types';
import { LevelBadge } from '@/components/ui/badge';
import { ruleHref } from '@/lib/site/urls';

/** A list of linked rules with their level; `extra` adds a note per rule. */
export function RuleList({ rules, extra }: { rules: RuleRef[]; extra?: (r: RuleRef) => React.ReactNode }) {
  return (
    <ul className="space-y-1 text-sm">
      {rules.map((r) => (
        <li key={r.slug} className="flex flex-wrap items-baseline gap-2">
          <Link href={ruleHref(r.slug)} className="text-blue-800 hover:underline">
            {r.title}
          </Link>
          <LevelBadge level={r.level} />
          {extra ? <span className="text-slate-600">{extra(r)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
