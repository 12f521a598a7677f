import { getCatalog } from '@/lib/catalog/load';
import { buildSearchTexts } from '@/lib/catalog/rows';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildSearchTexts(getCatalog()));
}
