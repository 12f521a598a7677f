import type { ReactNode } from 'react';
import { safeHttpUrl } from '@/lib/site/safe-url';

/** A link to outside the site: http(s) only (rule text is untrusted); anything else is plain text. */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  const url = safeHttpUrl(href);
  if (!url) return <span className="break-all">{children ?? href}</span>;
  return (
    <a href={url} rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline decoration-blue-300 hover:decoration-blue-800">
      {children ?? href}
    </a>
  );
}
