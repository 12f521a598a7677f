import { buildCatalog } from '../../catalog/build';
import { neighboursOf } from '../../catalog/corpus/neighbours';
import { findRules } from '../../catalog/query';
import { configuredRoots } from '../../catalog/config';
import { ruleToJson } from '../../catalog/serialize';
import { UsageError, type Args } from '../args';
import { formatRuleText } from '../format-text';

export function runShow(args: Args): number {
  const wanted = args.positionals[0];
  if (!wanted) throw new UsageError('show needs a rule id or path');
  const catalog = buildCatalog(configuredRoots(args.rules));
  const found = findRules(catalog.rules, wanted);
  if (found.length === 0) {
    process.stderr.write(`no rule with id, slug or path '${wanted}'\n`);
    return 1;
  }
  if (args.flags.has('--json')) {
    const shared = new Map([...catalog.indicators].map(([k, u]) => [k, u.rules]));
    const withLists = found.map((r) => ({
      ...ruleToJson(r),
      indicators: r.indicators.map((i) => ({ ...i, rules: shared.get(i.key) ?? [r.slug] })),
      neighbours: neighboursOf(catalog, r),
    }));
    process.stdout.write(`${JSON.stringify(found.length === 1 ? withLists[0] : withLists, null, 2)}\n`);
  } else {
    process.stdout.write(found.map(formatRuleText).join('\n\n'));
    if (found.length > 1) process.stderr.write(`${found.length} rules match '${wanted}'\n`);
  }
  return 0;
}
