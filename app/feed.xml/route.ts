import { recentRules } from '@/lib/catalog/explore';
import { getCatalog } from '@/lib/catalog/load';
import { atomFeed } from '@/lib/site/atom';
import { absoluteUrl, siteConfig } from '@/lib/site/config';
import { ruleHref } from '@/lib/site/urls';

export const dynamic = 'force-static';

export function GET() {
  const xml = atomFeed({
    title: `${siteConfig().siteName}: new and modified rules`,
    siteUrl: absoluteUrl(''),
    selfUrl: absoluteUrl('/feed.xml'),
    rules: recentRules(getCatalog(), 50),
    ruleUrl: (r) => absoluteUrl(ruleHref(r.slug)),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
