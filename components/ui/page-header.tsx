import type { ReactNode } from 'react';
import { CopyButton } from './copy-button';

/** A page's title, intro and copy-link button (every view can be shared; views with a query have their own). */
export function PageHeader({ title, children, permalink }: { title: ReactNode; children?: ReactNode; permalink?: string }) {
  return (
    <header className="mb-4">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold">{title}</h1>
        {permalink ? <CopyButton label="Copy link" permalink={permalink} /> : null}
      </div>
      {children ? <div className="mt-2 max-w-3xl text-sm text-slate-700">{children}</div> : null}
    </header>
  );
}
