import { catalogCoverage, rulesCovering, siteLayer } from '@/components/attack/catalog-coverage';
import { fullNameOf } from '@/lib/catalog/attack/coverage';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One file per active technique with rules (the technique page links it only then). */
export function generateStaticParams() {
  const { model, counts } = catalogCoverage();
  return Object.keys(model.techniques)
    .filter((id) => (counts[id] ?? 0) > 0)
    .map((techniqueId) => ({ techniqueId }));
}

/** The Navigator layer of one technique's rules (its sub-techniques' included), sub-techniques expanded. */
export async function GET(_request: Request, { params }: { params: Promise<{ techniqueId: string }> }) {
  const id = (await params).techniqueId;
  const { model } = catalogCoverage();
  const rules = rulesCovering(id);
  const name = `${id} ${fullNameOf(model, id)}`;
  const layer = siteLayer(rules, `Sigma rules: ${name}`, `The ${rules.length} Sigma rules covering ${name}${model.techniques[id].subs ? ' or its sub-techniques' : ''}, and the other techniques they cover.`, { q: '', facets: { technique: [id] }, sort: null }, true);
  return Response.json(layer);
}
