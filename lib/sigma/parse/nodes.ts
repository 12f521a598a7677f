/** Typed reads from YAML nodes; a wrong shape is reported where it stands, never thrown. */

import type { Findings } from '../diagnostics';
import type { YEntry, YMap, YNode, YScalar } from '../yaml/types';

export function entry(map: YMap, key: string): YEntry | undefined {
  for (const e of map.entries) if (keyText(e.key) === key) return e;
  return undefined;
}

export function keyText(key: YScalar): string {
  return key.value.kind === 'string' ? key.value.value : key.value.text;
}

const SHAPE: Record<YNode['kind'], string> = { scalar: 'a value', map: 'a map', seq: 'a list' };

export function shapeOf(node: YNode): string {
  return node.kind === 'scalar' && node.value.kind === 'null' ? 'empty' : SHAPE[node.kind];
}

/** A scalar read as text (`date: 2024-01-01`, `title: yes` stay as written); null when absent or empty. */
export function readText(map: YMap, key: string, findings: Findings): string | null {
  const e = entry(map, key);
  if (!e) return null;
  const v = e.value;
  if (v.kind !== 'scalar') {
    findings.error('wrong-type', v.start, `'${key}' must be a value, not ${shapeOf(v)}`);
    return null;
  }
  if (v.value.kind === 'null') return null;
  return v.value.kind === 'string' ? v.value.value : v.value.text;
}

/**
 * A list of strings. A lone string where a list belongs (`tags: attack.t1003`) is read as a one-element
 * list with a warning, since its meaning is plain.
 */
export function readTextList(map: YMap, key: string, findings: Findings): string[] {
  const e = entry(map, key);
  if (!e) return [];
  const v = e.value;
  if (v.kind === 'scalar') {
    if (v.value.kind === 'null') return [];
    findings.warn('wrong-type', v.start, `'${key}' must be a list; the single value is read as a list of one`);
    return [scalarText(v)];
  }
  if (v.kind === 'map') {
    findings.error('wrong-type', v.start, `'${key}' must be a list, not a map`);
    return [];
  }
  const out: string[] = [];
  for (const item of v.items) {
    if (item.kind !== 'scalar') findings.warn('wrong-type', item.start, `'${key}' items must be values, not ${shapeOf(item)}; skipped`);
    else if (item.value.kind !== 'null') out.push(scalarText(item));
  }
  return out;
}

export function scalarText(s: YScalar): string {
  return s.value.kind === 'string' ? s.value.value : s.value.text;
}

export function asMap(node: YNode | undefined): YMap | null {
  return node && node.kind === 'map' ? node : null;
}
