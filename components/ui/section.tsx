import type { ReactNode } from 'react';

/** A page section with an `id` anchor and a self-link on its heading, so any section can be shared. */
export function Section({ id, title, children, intro }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="scroll-mt-16 mt-10">
      <h2 id={`${id}-h`} className="group flex items-baseline gap-2 text-lg font-semibold text-slate-900">
        {title}
        <a href={`#${id}`} className="text-sm font-normal text-slate-500 opacity-60 group-hover:opacity-100 hover:text-blue-800" aria-label={`Link to section ${title}`}>
          #
        </a>
      </h2>
      {intro ? <p className="mt-1 text-sm text-slate-600">{intro}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}
