import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { basePath } from '@/lib/site/urls';

/**
 * An internal link rendered as a plain anchor (base path added). Server pages list hundreds of rules; as
 * next/link each would be a client component in the page's payload, which made the export ~2.5x slower
 * than the framework floor. A static site navigates fine with plain links. `prefetch` is accepted and ignored.
 */
export function SiteLink({ href, children, prefetch: _prefetch, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; prefetch?: boolean; children?: ReactNode }) {
  return (
    <a href={`${basePath}${href}`} {...rest}>
      {children}
    </a>
  );
}
