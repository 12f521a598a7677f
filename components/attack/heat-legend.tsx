import { HEAT_BINS } from '@/lib/catalog/attack/coverage';
import { heatClass, heatStyle } from './heat';

/** The colour scale, swatch by swatch, each swatch labelled with its range (the colour is never the only cue). */
export function HeatLegend() {
  const swatches = [{ label: '0', min: 0 }, ...HEAT_BINS];
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
      <span id="heat-legend" className="font-medium text-slate-700">
        Rules per technique
      </span>
      <ul aria-labelledby="heat-legend" className="flex flex-wrap gap-1">
        {swatches.map((b) => (
          <li key={b.label} className={`min-w-[3rem] rounded px-2 py-0.5 text-center font-semibold tabular-nums ${heatClass(b.min)}`} style={heatStyle(b.min)}>
            {b.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
