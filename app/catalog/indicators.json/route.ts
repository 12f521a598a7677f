import { getCatalog } from '@/lib/catalog/load';
import { buildIndicatorExplorer } from '@/lib/catalog/explore';

export const dynamic = 'force-static';

/** Indicators shared by several rules: what the explorer loads first. */
export function GET() {
  const all = buildIndicatorExplorer(getCatalog());
  return Response.json({ ...all, rows: all.rows.filter((r) => r[4] > 1) });
}
