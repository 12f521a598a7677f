import { catalogCoverage, siteLayer } from '@/components/attack/catalog-coverage';

export const dynamic = 'force-static';

/** The whole catalog as an ATT&CK Navigator layer (format 4.5). */
export function GET() {
  const { rules } = catalogCoverage();
  const layer = siteLayer(rules, 'Sigma rules', `All ${rules.length} Sigma rules of the catalog. Score: rules covering the technique or its sub-techniques.`);
  return Response.json(layer);
}
