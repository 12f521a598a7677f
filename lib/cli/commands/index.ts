import { writeFileSync } from 'node:fs';
import { buildCatalog } from '../../catalog/build';
import { configuredRoots } from '../../catalog/config';
import { catalogToJson } from '../../catalog/serialize';
import type { Args } from '../args';

export function runIndex(args: Args): number {
  const catalog = buildCatalog(configuredRoots(args.rules));
  const json = catalogToJson(catalog);
  const out = args.options.get('--out');
  if (out) {
    writeFileSync(out, json);
    process.stderr.write(`${catalog.rules.length} rules from ${catalog.files} files, ${catalog.diagnostics.length} diagnostics -> ${out}\n`);
  } else process.stdout.write(json);
  return 0;
}
