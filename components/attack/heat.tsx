import type { CSSProperties } from 'react';
import { heatBin } from '@/lib/catalog/attack/coverage';

/** Covered: the heat scale's colours. Uncovered: white with a dashed border, so gaps stand out without a colour. */
export function heatStyle(count: number): CSSProperties | undefined {
  const bin = heatBin(count);
  return bin ? { backgroundColor: bin.background, color: bin.color } : undefined;
}

export function heatClass(count: number): string {
  return count > 0 ? 'border border-transparent' : 'border border-dashed border-slate-400 bg-white text-slate-700';
}

/** A rule count as a small heat chip (tables on the tactic and technique pages). */
export function HeatCount({ count, label = 'rules' }: { count: number; label?: string }) {
  return (
    <span className={`inline-block min-w-[2.5rem] rounded px-1.5 py-0.5 text-center text-xs font-semibold tabular-nums ${heatClass(count)}`} style={heatStyle(count)}>
      {count}
      <span className="sr-only"> {label}</span>
    </span>
  );
}
