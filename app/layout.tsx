import type { Metadata } from 'next';
import { SiteLink as Link } from '@/components/ui/site-link';
import type { ReactNode } from 'react';
import { getAttackData } from '@/lib/catalog/attack/data';
import { siteConfig } from '@/lib/site/config';
import './globals.css';

export function generateMetadata(): Metadata {
  const { siteUrl, basePath, siteName } = siteConfig();
  return {
    metadataBase: new URL(`${siteUrl}${basePath}/`),
    title: { default: siteName, template: `%s · ${siteName}` },
    description: 'A catalog and explorer of Sigma detection rules: ATT&CK coverage, telemetry, stages, exclusions and indicators.',
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const attack = getAttackData();
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-slate-900 text-white">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-3 text-sm">
            <Link href="/" className="font-semibold">
              {siteConfig().siteName}
            </Link>
            <Link href="/rules/" prefetch={false} className="hover:underline">
              Rules
            </Link>
            <Link href="/attack/" prefetch={false} className="hover:underline">
              ATT&amp;CK
            </Link>
            <Link href="/indicators/" prefetch={false} className="hover:underline">
              Indicators
            </Link>
            <Link href="/exclusions/" prefetch={false} className="hover:underline">
              Exclusions
            </Link>
            <Link href="/events/" prefetch={false} className="hover:underline">
              Events
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl border-t border-slate-200 px-4 py-6 text-xs text-slate-600">
          <p>
            MITRE ATT&amp;CK® v{attack.version} data: {attack.content.attribution}
          </p>
          <p className="mt-1">Rules are shown under the licence of their repository; see each rule’s metadata.</p>
        </footer>
      </body>
    </html>
  );
}
