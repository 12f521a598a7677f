import type { MetadataRoute } from 'next';
import { getAttackData } from '@/lib/catalog/attack/data';
import { getCatalog, getExclusionGroups, listSharedIndicatorIds } from '@/lib/catalog/load';
import { absoluteUrl } from '@/lib/site/config';
import { indicatorHref, ruleHref, tacticHref, techniqueHref } from '@/lib/site/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const attack = getAttackData().content;
  const paths = [
    '/',
    '/rules/',
    '/attack/',
    '/indicators/',
    '/exclusions/',
    '/events/',
    '/health/',
    ...getCatalog().rules.map((r) => ruleHref(r.slug)),
    ...attack.tactics.map((t) => tacticHref(t.id)),
    ...attack.techniques.filter((t) => !t.revoked).map((t) => techniqueHref(t.id)),
    ...listSharedIndicatorIds().map(indicatorHref),
    ...[...getExclusionGroups().keys()].map((id) => `/exclusions/${id}/`),
  ];
  return paths.map((p) => ({ url: absoluteUrl(p) }));
}
