/** Detection values: scalars as Sigma reads them; nested maps and lists are not values. */

import type { Findings } from '../diagnostics';
import type { SigmaValue } from '../types';
import type { YNode } from '../yaml/types';
import { shapeOf } from './nodes';

export interface PlacedValue {
  value: SigmaValue;
  offset: number;
}

/** A field's value: scalar = one value; list = its values; `[]` = null (as pySigma reads it). */
export function readFieldValues(node: YNode, key: string, findings: Findings): PlacedValue[] | null {
  if (node.kind === 'scalar') return [{ value: node.value, offset: node.start }];
  if (node.kind === 'map') {
    findings.error('wrong-type', node.start, `the value of '${key}' is a nested map; a value or a list of values is expected`);
    return null;
  }
  if (node.items.length === 0) return [{ value: { kind: 'null', text: '[]' }, offset: node.start }];
  const out: PlacedValue[] = [];
  for (const item of node.items) {
    if (item.kind !== 'scalar') {
      findings.error('wrong-type', item.start, `'${key}' holds ${shapeOf(item)} inside its list; only plain values are allowed`);
      return null;
    }
    out.push({ value: item.value, offset: item.start });
  }
  return out;
}

/** How a value is shown: as written (decoded YAML text), `null` for null. */
export function displayValue(v: SigmaValue): string {
  switch (v.kind) {
    case 'string':
      return v.value;
    case 'null':
      return 'null';
    default:
      return v.text;
  }
}
