/** The values a rule gives its event-identifying field (`EventID: 4624`, `eventName: ConsoleLogin`), positive only. */

import { identifierOccurrences, searchItems, type Detection } from '../../sigma';
import { expandedRoot } from './condition-tree';

export function ruleEventValues(detection: Detection, fields: readonly string[]): (number | string)[] {
  const wanted = new Set(fields.map((f) => f.toLowerCase()));
  const byName = new Map(detection.identifiers.map((i) => [i.name, i]));
  const out: (number | string)[] = [];
  for (const occ of identifierOccurrences(expandedRoot(detection))) {
    const ident = byName.get(occ.name);
    if (occ.negated || !ident) continue;
    for (const item of searchItems(ident.search)) {
      if (item.negated || item.operator !== 'equals' || !item.field || !wanted.has(item.field.toLowerCase())) continue;
      for (const v of item.values) {
        if (v.kind === 'number') out.push(v.value);
        else if (v.kind === 'string') out.push(/^\d+$/.test(v.value) ? Number(v.value) : v.value);
      }
    }
  }
  return [...new Set(out)];
}
