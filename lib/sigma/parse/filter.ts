/** Filter (meta filter) rules: `filter: {rules, <identifiers>, condition}` plus a logsource. */

import type { Findings } from '../diagnostics';
import type { Detection } from '../types';
import type { YMap } from '../yaml/types';
import { parseDetection } from './detection';
import { entry, readTextList, shapeOf } from './nodes';

export function parseFilter(rule: YMap, findings: Findings): { rules: string[] | 'any'; detection: Detection } | null {
  const e = entry(rule, 'filter')!;
  if (e.value.kind !== 'map') {
    findings.error('wrong-type', e.value.start, `'filter' must be a map, not ${shapeOf(e.value)}`);
    return null;
  }
  const r = entry(e.value, 'rules');
  let rules: string[] | 'any';
  if (!r) {
    findings.error('missing-field', e.value.start, "the filter names no 'rules' (a list of ids or names, or 'any')");
    return null;
  } else if (r.value.kind === 'scalar' && r.value.value.kind === 'string' && r.value.value.value === 'any') {
    rules = 'any';
  } else {
    rules = readTextList(e.value, 'rules', findings);
    if (rules.length === 0) rules = 'any';
  }
  const detection = parseDetection(e.value, findings, ['rules']);
  return detection ? { rules, detection } : null;
}
