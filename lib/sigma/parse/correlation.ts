/** `correlation:` (spec v2.1 correlation rules; pySigma correlations.py). */

import type { Findings } from '../diagnostics';
import type { ComparisonOp, Correlation, CorrelationCondition, CorrelationType } from '../types';
import type { YMap, YNode } from '../yaml/types';
import { entry, keyText, readText, readTextList, scalarText, shapeOf } from './nodes';

const TYPES: CorrelationType[] = [
  'event_count',
  'value_count',
  'temporal',
  'temporal_ordered',
  'value_sum',
  'value_avg',
  'value_percentile',
  'value_median',
];
const OPS: ComparisonOp[] = ['gt', 'gte', 'lt', 'lte', 'eq', 'neq'];
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800, M: 2629746, y: 31556952 };
const NEEDS_FIELD = new Set<CorrelationType>(['value_count', 'value_sum', 'value_avg', 'value_percentile', 'value_median']);

export function parseCorrelation(rule: YMap, findings: Findings): Correlation | null {
  const e = entry(rule, 'correlation')!;
  if (e.value.kind !== 'map') {
    findings.error('wrong-type', e.value.start, `'correlation' must be a map, not ${shapeOf(e.value)}`);
    return null;
  }
  const map = e.value;
  const type = readText(map, 'type', findings) as CorrelationType | null;
  if (!type || !TYPES.includes(type)) {
    const at = entry(map, 'type')?.value.start ?? map.start;
    findings.error(type ? 'invalid-value' : 'missing-field', at, type ? `unknown correlation type '${type}'` : "the correlation has no 'type'");
    return null;
  }
  const rules = readTextList(map, 'rules', findings);
  if (rules.length === 0) {
    findings.error('missing-field', map.start, "the correlation names no 'rules'");
    return null;
  }
  const timespan = readText(map, 'timespan', findings) ?? readText(map, 'timeframe', findings);
  const m = timespan ? /^(\d+)([smhdwMy])$/.exec(timespan) : null;
  if (!timespan || !m) {
    const at = entry(map, 'timespan')?.value.start ?? map.start;
    findings.error(timespan ? 'invalid-value' : 'missing-field', at, timespan ? `timespan '${timespan}' is not like 10m, 1h, 2d` : "the correlation has no 'timespan'");
    return null;
  }
  const groupBy = entry(map, 'group-by')?.value.kind === 'scalar' ? [readText(map, 'group-by', findings) ?? ''].filter(Boolean) : readTextList(map, 'group-by', findings);
  const condition = readCorrelationCondition(map, type, rules.length, findings);
  if (condition === undefined) return null;
  // The spec's prose puts `generate` in the correlation section, its JSON schema at the top level: read both.
  const generate = entry(map, 'generate')?.value ?? entry(rule, 'generate')?.value;
  return {
    type,
    rules,
    groupBy,
    timespan,
    timespanSeconds: Number(m[1]) * UNIT_SECONDS[m[2]],
    condition,
    aliases: readAliases(entry(map, 'aliases')?.value, findings),
    generate: generate?.kind === 'scalar' && generate.value.kind === 'bool' ? generate.value.value : false,
  };
}

/** undefined = an error was reported. Temporal types default to "all referenced rules" (pySigma). */
function readCorrelationCondition(
  map: YMap,
  type: CorrelationType,
  ruleCount: number,
  findings: Findings,
): CorrelationCondition | null | undefined {
  const e = entry(map, 'condition');
  const temporal = type === 'temporal' || type === 'temporal_ordered';
  if (!e) {
    if (temporal) return { bounds: [{ op: 'gte', value: ruleCount }], field: [], percentile: null, expression: null };
    findings.error('missing-field', map.start, `a ${type} correlation needs a 'condition'`);
    return undefined;
  }
  if (e.value.kind === 'scalar' && e.value.value.kind === 'string' && temporal) {
    return { bounds: [], field: [], percentile: null, expression: e.value.value.value };
  }
  if (e.value.kind !== 'map') {
    findings.error('wrong-type', e.value.start, `the correlation 'condition' must be a map like {gte: 10}, not ${shapeOf(e.value)}`);
    return undefined;
  }
  const bounds: CorrelationCondition['bounds'] = [];
  let field: string[] = [];
  let percentile: number | null = null;
  for (const { key, value } of e.value.entries) {
    const k = keyText(key);
    if (k === 'field') field = value.kind === 'seq' ? value.items.filter((i) => i.kind === 'scalar').map((i) => scalarText(i as never)) : value.kind === 'scalar' ? [scalarText(value)] : [];
    else if (k === 'percentile') percentile = numberOf(value);
    else if (OPS.includes(k as ComparisonOp)) {
      const n = numberOf(value);
      if (n === null) {
        findings.error('invalid-value', value.start, `correlation condition '${k}' needs a number`);
        return undefined;
      }
      bounds.push({ op: k as ComparisonOp, value: n });
    } else findings.warn('invalid-value', key.start, `unknown key '${k}' in the correlation condition`);
  }
  if (bounds.length === 0) {
    findings.error('missing-field', e.value.start, 'the correlation condition has no operator (gt, gte, lt, lte, eq, neq)');
    return undefined;
  }
  if (NEEDS_FIELD.has(type) && field.length === 0) {
    findings.error('missing-field', e.value.start, `a ${type} correlation condition needs a 'field'`);
    return undefined;
  }
  return { bounds, field, percentile, expression: null };
}

function numberOf(node: YNode): number | null {
  return node.kind === 'scalar' && node.value.kind === 'number' ? node.value.value : null;
}

function readAliases(node: YNode | undefined, findings: Findings): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  if (!node || (node.kind === 'scalar' && node.value.kind === 'null')) return out;
  if (node.kind !== 'map') {
    findings.warn('wrong-type', node.start, `'aliases' must be a map, not ${shapeOf(node)}`);
    return out;
  }
  for (const { key, value } of node.entries) {
    if (value.kind !== 'map') {
      findings.warn('wrong-type', value.start, `alias '${keyText(key)}' must map rule names to fields`);
      continue;
    }
    const inner: Record<string, string> = {};
    for (const p of value.entries) if (p.value.kind === 'scalar') inner[keyText(p.key)] = scalarText(p.value);
    out[keyText(key)] = inner;
  }
  return out;
}
