/** `logsource:` with at least one of product, category, service (pySigma raises otherwise). */

import type { Findings } from '../diagnostics';
import type { Logsource } from '../types';
import type { YMap } from '../yaml/types';
import { entry, readText, shapeOf } from './nodes';

export function parseLogsource(rule: YMap, findings: Findings): Logsource | null {
  const e = entry(rule, 'logsource');
  if (!e) {
    findings.error('missing-field', rule.start, "the rule has no 'logsource'");
    return null;
  }
  if (e.value.kind !== 'map') {
    findings.error('wrong-type', e.value.start, `'logsource' must be a map, not ${shapeOf(e.value)}`);
    return null;
  }
  const ls: Logsource = {
    product: readText(e.value, 'product', findings),
    category: readText(e.value, 'category', findings),
    service: readText(e.value, 'service', findings),
    definition: readText(e.value, 'definition', findings),
  };
  if (!ls.product && !ls.category && !ls.service) {
    findings.error('missing-field', e.value.start, "'logsource' needs at least one of product, category, service");
    return null;
  }
  return ls;
}
