import { relative, join } from 'node:path';
import { buildCatalog } from '../../catalog/build';
import { configuredRoots } from '../../catalog/config';
import { formatDiagnostic } from '../../sigma';
import type { Args } from '../args';

export function runCheck(args: Args): number {
  const roots = configuredRoots(args.rules);
  const catalog = buildCatalog(roots);
  const dirOf = new Map(roots.map((r) => [r.name, relative(process.cwd(), r.dir) || '.']));
  for (const d of catalog.diagnostics) {
    process.stdout.write(`${formatDiagnostic({ ...d, path: join(dirOf.get(d.root)!, d.path).split('\\').join('/') })}\n`);
  }
  const errors = catalog.diagnostics.filter((d) => d.severity === 'error');
  const errorFiles = new Set(errors.map((d) => `${d.root}/${d.path}`));
  const ruleFiles = new Set(catalog.rules.map((r) => `${r.root}/${r.path}`));
  const rejected = [...errorFiles].filter((f) => !ruleFiles.has(f)).length;
  process.stdout.write(
    `${catalog.files} files: ${ruleFiles.size} with rules (${catalog.rules.length} rules), ${rejected} rejected; ` +
      `${errors.length} errors, ${catalog.diagnostics.length - errors.length} warnings\n`,
  );
  return args.flags.has('--strict') && errors.length > 0 ? 1 : 0;
}
