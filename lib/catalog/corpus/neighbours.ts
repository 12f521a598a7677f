/**
 * Neighbours: the rules most likely to fire on the same events. By logsource: same logsource triple and
 * the most shared positive indicators. By events: rules needing the same provider events, most shared
 * detection fields first. Ties go by title.
 *
 * A query, not part of the index: `neighboursOf` answers for one rule from a context prepared once per
 * catalog (flat arrays by rule position: event groups reach 1,500 rules, so no allocation per pair).
 */

import type { BuiltCatalog } from '../build';
import type { CatalogRule, Neighbours } from '../types';
import { ruleRef } from './links';

const MAX_LOGSOURCE = 8;
const MAX_EVENTS = 8;

interface Context {
  position: Map<CatalogRule, number>;
  order: Int32Array;
  logsource: Int32Array;
  /** Positions of the rules sharing each indicator key (keys used by one rule are left out). */
  users: Map<string, Int32Array>;
  fields: number[][];
  fieldUsers: Map<number, number[]>[];
  group: number[][];
  groupOf: Int32Array;
  groupByTitle: number[][];
  score: Int32Array;
}

const contexts = new WeakMap<BuiltCatalog, Context>();

export function neighboursOf(catalog: BuiltCatalog, rule: CatalogRule): Neighbours {
  const cx = context(catalog);
  const i = cx.position.get(rule)!;
  const rules = catalog.rules;
  if (rule.kind !== 'detection') return { logsource: [], events: [], eventsTotal: 0 };

  const touched: number[] = [];
  for (const ind of rule.indicators) {
    const others = cx.users.get(ind.key);
    if (!others) continue;
    for (const j of others) {
      if (j === i || cx.logsource[j] !== cx.logsource[i]) continue;
      if (cx.score[j]++ === 0) touched.push(j);
    }
  }
  const byLogsource = topK(touched, cx.score, cx.order, MAX_LOGSOURCE).map((j) => ({ ...ruleRef(rules[j]), shared: cx.score[j] }));
  for (const j of touched) cx.score[j] = 0;

  const g = cx.groupOf[i];
  if (g < 0) return { logsource: byLogsource, events: [], eventsTotal: 0 };
  const sharing: number[] = [];
  for (const f of cx.fields[i]) {
    for (const j of cx.fieldUsers[g].get(f)!) if (j !== i && cx.score[j]++ === 0) sharing.push(j);
  }
  const top = topK(sharing, cx.score, cx.order, MAX_EVENTS);
  // Too few rules share a field: fill up with the rest of the group in title order.
  for (let k = 0; top.length < MAX_EVENTS && k < cx.groupByTitle[g].length; k++) {
    const j = cx.groupByTitle[g][k];
    if (j !== i && cx.score[j] === 0) top.push(j);
  }
  for (const j of sharing) cx.score[j] = 0;
  return { logsource: byLogsource, events: top.map((j) => ruleRef(rules[j])), eventsTotal: cx.group[g].length - 1 };
}

function context(catalog: BuiltCatalog): Context {
  const known = contexts.get(catalog);
  if (known) return known;
  const rules = catalog.rules;
  const position = new Map(rules.map((r, i) => [r, i]));
  const bySlug = new Map(rules.map((r, i) => [r.slug, i]));
  const users = new Map<string, Int32Array>();
  for (const [key, use] of catalog.indicators) if (use.rules.length > 1) users.set(key, Int32Array.from(use.rules, (s) => bySlug.get(s)!));
  const fieldIds = new Map<string, number>();
  const fields = rules.map((r) =>
    [...new Set(r.indicators.map((x) => x.field?.toLowerCase()).filter((f): f is string => !!f))].map(
      (f) => fieldIds.get(f) ?? (fieldIds.set(f, fieldIds.size), fieldIds.size - 1),
    ),
  );
  const groupIds = new Map<string, number>();
  const group: number[][] = [];
  const groupOf = new Int32Array(rules.length).fill(-1);
  rules.forEach((r, i) => {
    if (r.kind !== 'detection' || r.events.length === 0) return;
    const key = r.events.map((e) => `${e.provider}\u0000${e.eventId}`).join('\u0001');
    let g = groupIds.get(key);
    if (g === undefined) groupIds.set(key, (g = group.push([]) - 1));
    group[g].push(i);
    groupOf[i] = g;
  });
  const order = titleOrder(rules);
  const fieldUsers = group.map((members) => {
    const m = new Map<number, number[]>();
    for (const j of members) for (const f of fields[j]) (m.get(f) ?? m.set(f, []).get(f)!).push(j);
    return m;
  });
  const cx: Context = {
    position,
    order,
    logsource: interned(rules.map((r) => (r.logsource ? `${r.logsource.product}/${r.logsource.category}/${r.logsource.service}` : ''))),
    users,
    fields,
    fieldUsers,
    group,
    groupOf,
    groupByTitle: group.map((members) => [...members].sort((a, b) => order[a] - order[b])),
    score: new Int32Array(rules.length),
  };
  contexts.set(catalog, cx);
  return cx;
}

/** The k best candidates by score, then title order: a running insertion list, no sort, no closures. */
function topK(candidates: readonly number[], score: Int32Array, order: Int32Array, k: number): number[] {
  const top: number[] = [];
  for (const j of candidates) {
    const sj = score[j];
    const oj = order[j];
    let p = top.length;
    while (p > 0) {
      const b = top[p - 1];
      if (sj > score[b] || (sj === score[b] && oj < order[b])) p--;
      else break;
    }
    if (p >= k) continue;
    top.splice(p, 0, j);
    if (top.length > k) top.pop();
  }
  return top;
}

function titleOrder(rules: CatalogRule[]): Int32Array {
  const idx = rules.map((_, i) => i).sort((a, b) => cmp(rules[a].title, rules[b].title) || cmp(rules[a].slug, rules[b].slug));
  const order = new Int32Array(rules.length);
  idx.forEach((ruleIndex, rank) => (order[ruleIndex] = rank));
  return order;
}

function interned(keys: string[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(keys, (k) => ids.get(k) ?? (ids.set(k, ids.size), ids.size - 1));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
