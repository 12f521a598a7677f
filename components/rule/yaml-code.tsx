import { highlightYamlHtml } from '@/lib/site/highlight-yaml';

/**
 * YAML highlighted at build time; the text inside is the YAML verbatim (copy takes it from here).
 * The markup comes from highlightYamlHtml, which escapes all rule text (see its tests).
 */
export function YamlCode({ yaml, id, label }: { yaml: string; id?: string; label: string }) {
  return (
    <pre className="yaml overflow-x-auto rounded border border-slate-200 bg-slate-50 p-3 text-[13px] leading-snug" tabIndex={0} aria-label={label}>
      <code id={id} dangerouslySetInnerHTML={{ __html: highlightYamlHtml(yaml) }} />
    </pre>
  );
}
