/** Title, id, status, level, dates, tags, related, references: typed, with checks that warn. */

import type { Findings } from '../diagnostics';
import type { RelatedRule, RuleMeta } from '../types';
import type { YMap } from '../yaml/types';
import { entry, readText, readTextList, shapeOf } from './nodes';

const STATUSES = ['stable', 'test', 'experimental', 'deprecated', 'unsupported'];
const LEVELS = ['informational', 'low', 'medium', 'high', 'critical'];
const RELATION_TYPES = ['derived', 'obsolete', 'obsoletes', 'merged', 'renamed', 'similar'];
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_RE = /^\d{4}[-/]\d{2}[-/]\d{2}$/;

/** Returns null when the rule lacks a title (required by every schema). */
export function parseMetadata(map: YMap, findings: Findings): RuleMeta | null {
  const title = readText(map, 'title', findings);
  if (title === null) {
    findings.error('missing-field', map.start, "the rule has no 'title'");
    return null;
  }
  const id = readText(map, 'id', findings);
  if (id !== null && !UUID_RE.test(id)) warnAt(map, 'id', findings, `id '${id}' is not a UUID`);
  const status = readText(map, 'status', findings);
  if (status !== null && !STATUSES.includes(status)) warnAt(map, 'status', findings, `unknown status '${status}' (expected ${STATUSES.join(', ')})`);
  const level = readText(map, 'level', findings);
  if (level !== null && !LEVELS.includes(level)) warnAt(map, 'level', findings, `unknown level '${level}' (expected ${LEVELS.join(', ')})`);
  const date = readDate(map, 'date', findings);
  const modified = readDate(map, 'modified', findings);
  return {
    title,
    id,
    name: readText(map, 'name', findings),
    status,
    level,
    description: readText(map, 'description', findings),
    license: readText(map, 'license', findings),
    author: readText(map, 'author', findings),
    date,
    modified,
    references: readTextList(map, 'references', findings),
    falsepositives: readTextList(map, 'falsepositives', findings),
    tags: readTextList(map, 'tags', findings),
    fields: readTextList(map, 'fields', findings),
    related: readRelated(map, findings),
    scope: readTextList(map, 'scope', findings),
  };
}

function readDate(map: YMap, key: string, findings: Findings): string | null {
  const text = readText(map, key, findings);
  if (text !== null && !DATE_RE.test(text)) warnAt(map, key, findings, `${key} '${text}' is not a date like 2024-04-25`);
  return text;
}

function warnAt(map: YMap, key: string, findings: Findings, message: string): void {
  findings.warn('invalid-value', entry(map, key)?.value.start ?? map.start, message);
}

function readRelated(map: YMap, findings: Findings): RelatedRule[] {
  const e = entry(map, 'related');
  if (!e || (e.value.kind === 'scalar' && e.value.value.kind === 'null')) return [];
  if (e.value.kind !== 'seq') {
    findings.warn('wrong-type', e.value.start, `'related' must be a list of {id, type}, not ${shapeOf(e.value)}`);
    return [];
  }
  const out: RelatedRule[] = [];
  for (const item of e.value.items) {
    if (item.kind !== 'map') {
      findings.warn('wrong-type', item.start, `'related' items must be maps with id and type, not ${shapeOf(item)}`);
      continue;
    }
    const id = readText(item, 'id', findings);
    const type = readText(item, 'type', findings) ?? 'related';
    if (!id) {
      findings.warn('missing-field', item.start, "a 'related' item has no id");
      continue;
    }
    if (!RELATION_TYPES.includes(type)) findings.warn('invalid-value', item.start, `unknown relation type '${type}'`);
    out.push({ id, type });
  }
  return out;
}
