import type { CatalogRule } from '@/lib/catalog/types';
import { ExternalLink } from '@/components/ui/external-link';
import { Section } from '@/components/ui/section';

/** References (http/https links only), false positives and tags. */
export function RuleReferences({ rule }: { rule: CatalogRule }) {
  return (
    <>
      {rule.references.length ? (
        <Section id="references" title="References">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {rule.references.map((r, i) => (
              <li key={i}>
                <ExternalLink href={r} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {rule.falsepositives.length ? (
        <Section id="false-positives" title="False positives">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {rule.falsepositives.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      {rule.tags.length ? (
        <Section id="tags" title="Tags">
          <ul className="flex flex-wrap gap-1.5 text-sm">
            {rule.tags.map((t) => (
              <li key={t}>
                <code className="rounded bg-slate-100 px-1.5 py-0.5">{t}</code>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
