/** An Atom feed of new and modified rules. Rule text is untrusted: everything is XML-escaped. */

import type { CatalogRule } from '../catalog/types';
import { maxDate } from '../catalog/explore';

export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function isoDay(d: string | null): string {
  return `${(d ?? '1970-01-01').replace(/\//g, '-')}T00:00:00Z`;
}

export function atomFeed(opts: { title: string; siteUrl: string; selfUrl: string; rules: CatalogRule[]; ruleUrl: (r: CatalogRule) => string }): string {
  const updated = opts.rules.length ? isoDay(maxDate(opts.rules[0].date, opts.rules[0].modified)) : isoDay(null);
  const entries = opts.rules.map((r) => {
    const when = maxDate(r.date, r.modified);
    const what = r.modified && r.modified === when && r.modified !== r.date ? 'Modified' : 'New';
    return [
      '  <entry>',
      `    <id>urn:uuid:${escapeXml(r.id)}</id>`,
      `    <title>${escapeXml(`${what}: ${r.title}`)}</title>`,
      `    <link href="${escapeXml(opts.ruleUrl(r))}"/>`,
      `    <updated>${isoDay(when)}</updated>`,
      `    <published>${isoDay(r.date)}</published>`,
      r.author ? `    <author><name>${escapeXml(r.author)}</name></author>` : '',
      `    <summary>${escapeXml([r.level ? `Level ${r.level}.` : '', r.description ?? ''].join(' ').trim())}</summary>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(opts.title)}</title>`,
    `  <id>${escapeXml(opts.siteUrl)}/</id>`,
    `  <link rel="self" href="${escapeXml(opts.selfUrl)}"/>`,
    `  <link href="${escapeXml(opts.siteUrl)}/"/>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
