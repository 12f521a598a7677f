import type { Stage } from '@/lib/catalog/types';
import { Empty } from '@/components/ui/table';
import { YamlCode } from './yaml-code';

/** Stage 0 is the condition; then each search identifier it uses, `not X` under a negation. */
export function StageList({ stages }: { stages: Stage[] }) {
  if (stages.length === 0) return <Empty>A correlation rule has no detection stages; see the correlation above.</Empty>;
  return (
    <ol className="space-y-3">
      {stages.map((s, i) => (
        <li key={s.label} id={`stage-${i}`}>
          <h3 className="text-sm font-semibold text-slate-800">
            Stage {i}: <span className={s.negated ? 'text-red-800' : undefined}>{s.label}</span>
          </h3>
          {i === 0 ? (
            <pre className="mt-1 overflow-x-auto rounded border border-slate-200 bg-slate-50 p-2 text-[13px]">
              <code>{s.yaml}</code>
            </pre>
          ) : (
            <div className="mt-1">
              <YamlCode yaml={s.yaml} label={`Stage ${i}: ${s.label}`} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
