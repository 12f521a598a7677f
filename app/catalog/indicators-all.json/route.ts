import { getCatalog } from '@/lib/catalog/load';
import { buildIndicatorExplorer } from '@/lib/catalog/explore';

export const dynamic = 'force-static';

/** Every indicator, those of a single rule included (loaded on request: it is large). */
export function GET() {
  return Response.json(buildIndicatorExplorer(getCatalog()));
}
