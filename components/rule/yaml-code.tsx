import { highlightYaml, type TokenKind } from '@/lib/site/highlight-yaml';

const CLASS: Record<TokenKind, string | undefined> = {
  key: 'text-blue-900 font-semibold',
  string: 'text-emerald-800',
  comment: 'text-slate-600 italic',
  punct: 'text-slate-500',
  plain: undefined,
  block: 'text-emerald-800',
};

/** YAML highlighted at build time; the text inside is the YAML verbatim (copy takes it from here). */
export function YamlCode({ yaml, id, label }: { yaml: string; id?: string; label: string }) {
  return (
    <pre className="overflow-x-auto rounded border border-slate-200 bg-slate-50 p-3 text-[13px] leading-snug" tabIndex={0} aria-label={label}>
      <code id={id}>
        {highlightYaml(yaml).map((line, i) => (
          <span key={i}>
            {line.map((t, j) => (CLASS[t.kind] ? <span key={j} className={CLASS[t.kind]}>{t.text}</span> : t.text))}
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  );
}
