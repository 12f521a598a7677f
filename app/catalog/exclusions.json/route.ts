import { getCatalog } from '@/lib/catalog/load';
import { buildExclusionExplorer } from '@/lib/catalog/explore';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildExclusionExplorer(getCatalog()));
}
