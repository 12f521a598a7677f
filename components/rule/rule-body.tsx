import type { CatalogRule } from '@/lib/catalog/types';
import { CopyButton, DownloadButton } from '@/components/ui/copy-button';
import { YamlCode } from './yaml-code';

/** The rule YAML verbatim, comments kept, with copy and download. */
export function RuleBody({ rule }: { rule: CatalogRule }) {
  const file = rule.path.split('/').pop() ?? 'rule.yml';
  return (
    <>
      <div className="mb-2 flex gap-2">
        <CopyButton label="Copy YAML" fromElement="rule-yaml" />
        <DownloadButton label={`Download ${file}`} fromElement="rule-yaml" filename={file} />
      </div>
      <YamlCode yaml={rule.yaml} id="rule-yaml" label="Rule body (YAML)" />
    </>
  );
}
