/** Site-wide settings: the public URL (canonical links, Open Graph) and the name. */

import { readConfig } from '../catalog/config';

export interface SiteConfig {
  siteUrl: string;
  siteName: string;
  basePath: string;
}

let cached: SiteConfig | null = null;

export function siteConfig(): SiteConfig {
  if (cached) return cached;
  const file = readConfig();
  const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
  const siteUrl = (process.env.SITE_URL ?? file.siteUrl ?? 'http://localhost:3000').replace(/\/$/, '');
  cached = { siteUrl, siteName: file.siteName ?? 'Sigma Rule Catalog', basePath };
  return cached;
}

/** Absolute URL of a site path, base path included. */
export function absoluteUrl(path: string): string {
  const { siteUrl, basePath } = siteConfig();
  return `${siteUrl}${basePath}${path}`;
}
