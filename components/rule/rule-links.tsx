import type { CatalogRule } from '@/lib/catalog/types';
import { Section } from '@/components/ui/section';
import { RuleList } from './rule-list';

/** Related rules both ways, correlations and the rules they name, filters and the rules they apply to. */
export function RuleLinks({ rule }: { rule: CatalogRule }) {
  const l = rule.links;
  const resolved = l.related.filter((x) => x.rule);
  const unresolved = l.related.filter((x) => !x.rule);
  const any = l.related.length + l.relatedFrom.length + l.correlatedBy.length + l.filters.length + l.filtered.length > 0;
  if (!any) return null;
  return (
    <Section id="related" title="Related rules">
      <div className="space-y-4">
        {resolved.length ? (
          <div>
            <h3 className="text-sm font-semibold">This rule names</h3>
            <RuleList rules={resolved.map((x) => x.rule!)} extra={(r) => resolved.find((x) => x.rule!.slug === r.slug)!.type} />
          </div>
        ) : null}
        {unresolved.length ? (
          <div>
            <h3 className="text-sm font-semibold">Named but not in this catalog</h3>
            <ul className="text-sm">
              {unresolved.map((x) => (
                <li key={x.id}>
                  <code>{x.id}</code> ({x.type}) — unresolved
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {l.relatedFrom.length ? (
          <div>
            <h3 className="text-sm font-semibold">Rules that name this one</h3>
            <RuleList rules={l.relatedFrom.map((x) => x.rule)} extra={(r) => l.relatedFrom.find((x) => x.rule.slug === r.slug)!.type} />
          </div>
        ) : null}
        {l.correlatedBy.length ? (
          <div>
            <h3 className="text-sm font-semibold">Correlation rules that use this rule</h3>
            <RuleList rules={l.correlatedBy} />
          </div>
        ) : null}
        {l.filters.length ? (
          <div>
            <h3 className="text-sm font-semibold">Filters that apply to this rule</h3>
            <RuleList rules={l.filters} />
          </div>
        ) : null}
        {l.filtered.length ? (
          <div>
            <h3 className="text-sm font-semibold">Rules this filter applies to ({l.filtered.length})</h3>
            <RuleList rules={l.filtered} />
          </div>
        ) : null}
      </div>
    </Section>
  );
}
