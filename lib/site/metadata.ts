/** Every page's title, description, canonical URL and Open Graph tags, from one place. */

import type { Metadata } from 'next';
import type { CatalogRule } from '../catalog/types';
import { absoluteUrl, siteConfig } from './config';
import { ruleHref } from './urls';

export function pageMetadata(path: string, title: string, description: string): Metadata {
  const url = absoluteUrl(path);
  const { siteName } = siteConfig();
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, siteName, type: 'website' },
    twitter: { card: 'summary', title, description },
  };
}

/** A pasted link unfurls with the rule's title, level and techniques. */
export function ruleMetadata(rule: CatalogRule): Metadata {
  const techniques = rule.attack.rows.flatMap((r) => r.techniques.map((t) => t.id));
  const facts = [rule.level && `Level ${rule.level}`, techniques.length ? [...new Set(techniques)].join(', ') : null, rule.status]
    .filter(Boolean)
    .join(' · ');
  const text = (rule.description ?? '').replace(/\s+/g, ' ').trim();
  const description = `${facts}${facts && text ? ' — ' : ''}${text}`.slice(0, 300);
  const meta = pageMetadata(ruleHref(rule.slug), `${rule.title} · Sigma rule`, description);
  return { ...meta, openGraph: { ...meta.openGraph, type: 'article' } };
}
