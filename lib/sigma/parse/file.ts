/**
 * A YAML file -> Sigma rules. One document = one rule; the kind is decided by its keys (pySigma
 * collection.py): `correlation` -> correlation, `filter` -> filter, otherwise detection. Legacy
 * `action: global|reset|repeat` collections are merged as pySigma merges them (the template wins).
 */

import { Findings, type Finding } from '../diagnostics';
import { loadYaml } from '../yaml/load';
import type { SigmaRule } from '../types';
import type { YDocument, YEntry, YMap, YNode } from '../yaml/types';
import { parseCorrelation } from './correlation';
import { parseDetection } from './detection';
import { parseFilter } from './filter';
import { parseLogsource } from './logsource';
import { parseMetadata } from './metadata';
import { entry, keyText, readText } from './nodes';

export interface ParsedFile {
  rules: SigmaRule[];
  findings: Finding[];
  /** Sorted scalar ranges, for telling comments from text in the file. */
  scalarRanges: number[];
}

const RULE_KEYS = ['title', 'detection', 'logsource', 'correlation', 'filter'];

export function parseRuleFile(text: string): ParsedFile {
  const loaded = loadYaml(text);
  const findings = loaded.findings;
  const rules: SigmaRule[] = [];
  let template: YMap | null = null;
  let previous: YMap | null = null;
  let contentDocs = 0;
  loaded.documents.forEach((doc, index) => {
    if (!doc.root) return;
    contentDocs++;
    if (doc.root.kind !== 'map' || !doc.root.entries.some((e) => RULE_KEYS.includes(keyText(e.key)))) {
      findings.error('not-a-rule', doc.root.start, notARuleMessage(doc.root, loaded.documents.length));
      return;
    }
    let map = doc.root;
    const action = readText(map, 'action', findings);
    if (action === 'global') {
      template = withoutKey(map, 'action');
      return;
    }
    if (action === 'reset') {
      template = null;
      return;
    }
    if (action === 'repeat' && previous) map = mergeMaps(previous, withoutKey(map, 'action'));
    else if (action !== null) findings.warn('invalid-value', map.start, `unknown legacy action '${action}'`);
    previous = map;
    const merged = template ? mergeMaps(map, template) : map;
    const rule = parseRule(merged, text, doc, index, findings);
    if (rule) rules.push(rule);
  });
  if (contentDocs === 0 && !findings.hasError) findings.error('not-a-rule', 0, 'the file is empty: no Sigma rule in it');
  return { rules, findings: findings.list, scalarRanges: loaded.scalarRanges };
}

function notARuleMessage(root: YNode, docs: number): string {
  const what = root.kind === 'map' ? `a map with keys ${root.entries.slice(0, 4).map((e) => `'${keyText(e.key)}'`).join(', ')}` : root.kind === 'seq' ? 'a list' : 'a single value';
  return `not a Sigma rule: ${docs > 1 ? 'a document' : 'the file'} is ${what}, without title, logsource or detection`;
}

function parseRule(map: YMap, text: string, doc: YDocument, index: number, fileFindings: Findings): SigmaRule | null {
  const findings = new Findings();
  const rule = parseRuleBody(map, text, doc, index, findings);
  fileFindings.list.push(...findings.list);
  return findings.hasError ? null : rule;
}

function parseRuleBody(map: YMap, text: string, doc: YDocument, index: number, findings: Findings): SigmaRule | null {
  const meta = parseMetadata(map, findings);
  const base = meta && { ...meta, document: index, source: text.slice(doc.start, doc.end), offset: doc.start };
  if (entry(map, 'correlation')) {
    const correlation = parseCorrelation(map, findings);
    return base && correlation ? { kind: 'correlation', ...base, correlation } : null;
  }
  const logsource = parseLogsource(map, findings);
  if (entry(map, 'filter')) {
    const filter = parseFilter(map, findings);
    return base && logsource && filter ? { kind: 'filter', ...base, logsource, ...filter } : null;
  }
  const d = entry(map, 'detection');
  if (!d) {
    findings.error('missing-field', map.start, "the rule has no 'detection'");
    return null;
  }
  if (d.value.kind !== 'map') {
    findings.error('wrong-type', d.value.start, `'detection' must be a map of search identifiers and a condition`);
    return null;
  }
  const detection = parseDetection(d.value, findings);
  return base && logsource && detection ? { kind: 'detection', ...base, logsource, detection } : null;
}

function withoutKey(map: YMap, key: string): YMap {
  return { ...map, entries: map.entries.filter((e) => keyText(e.key) !== key) };
}

/** `over` written into `base`, maps merged recursively (pySigma deep_dict_update). */
function mergeMaps(base: YMap, over: YMap): YMap {
  const entries: YEntry[] = base.entries.slice();
  for (const o of over.entries) {
    const k = keyText(o.key);
    const i = entries.findIndex((e) => keyText(e.key) === k);
    if (i === -1) entries.push(o);
    else if (entries[i].value.kind === 'map' && o.value.kind === 'map') {
      entries[i] = { key: entries[i].key, value: mergeMaps(entries[i].value as YMap, o.value) };
    } else entries[i] = { key: entries[i].key, value: o.value };
  }
  return { ...base, entries };
}
