import { getCatalog } from '@/lib/catalog/load';
import { buildCatalogIndex } from '@/lib/catalog/rows';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildCatalogIndex(getCatalog()));
}
