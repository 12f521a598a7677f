/**
 * buildCatalog(roots): the per-rule pass over every file of every root, then the corpus pass
 * (ids, duplicate ids, references, indicator counts). Every file ends up either in the catalog or in
 * the diagnostics; no file stops the others.
 */

import { join } from 'node:path';
import { compareDiagnostics, parseRuleFile, type Finding } from '../sigma';
import { getAttackData } from './attack/data';
import { analyzeRule } from './analyze';
import { applyCounts, buildIndicatorIndex, type IndicatorUse } from './corpus/counts';
import { buildLinks } from './corpus/links';
import { placeFindings, type CatalogDiagnostic } from './diagnostics';
import { listRuleFiles } from './ingest/files';
import { assignSlugs, derivedId } from './ingest/ids';
import { readRuleFile } from './ingest/read';
import type { CatalogRule, RuleRoot } from './types';

export interface BuiltCatalog {
  roots: RuleRoot[];
  rules: CatalogRule[];
  diagnostics: CatalogDiagnostic[];
  indicators: Map<string, IndicatorUse>;
  attackVersion: string;
  /** Files read, per root: files in = rules' files + files reported with an error. */
  files: number;
}

export function buildCatalog(roots: readonly RuleRoot[]): BuiltCatalog {
  const rules: CatalogRule[] = [];
  const diagnostics: CatalogDiagnostic[] = [];
  const texts = new Map<CatalogRule, string>();
  let files = 0;
  for (const root of roots) {
    for (const path of listRuleFiles(root.dir)) {
      files++;
      const read = readRuleFile(join(root.dir, path));
      if (!read.ok) {
        const { code, severity, message } = read.finding;
        diagnostics.push({ root: root.name, path, line: read.line, column: read.column, code, severity, message });
        continue;
      }
      const parsed = parseRuleFile(read.text);
      const extra: Finding[] = [];
      for (const rule of parsed.rules) {
        let id = rule.id;
        if (!id) {
          id = derivedId(root.name, path, rule.document);
          extra.push({ code: 'missing-field', severity: 'warning', offset: rule.offset, message: `the rule has no 'id'; using the derived id ${id}` });
        }
        const entry = analyzeRule(rule, { root: root.name, path, fileText: read.text, scalarRanges: parsed.scalarRanges }, id, !rule.id);
        extra.push(...tagFindings(entry, read.text, rule.offset));
        rules.push(entry);
        // Only correlations and filters need their text again (reference positions); others are re-read if ever.
        if (entry.kind !== 'detection') texts.set(entry, read.text);
      }
      diagnostics.push(...placeFindings(root.name, path, read.text, [...parsed.findings, ...extra]));
    }
  }
  const { slugs, duplicates } = assignSlugs(rules);
  rules.forEach((r, i) => (r.slug = slugs[i]));
  for (const [i, first] of duplicates) {
    const r = rules[i];
    const text = texts.get(r) ?? reread(roots, r);
    const f: Finding = { code: 'duplicate-id', severity: 'warning', offset: offsetOf(text, r.id, 0), message: `id ${r.id} is also used by ${rules[first].root}:${rules[first].path}; this rule is at /rules/${r.slug}/` };
    diagnostics.push(...placeFindings(r.root, r.path, text, [f]));
  }
  diagnostics.push(...referenceFindings(rules, texts));
  const indicators = buildIndicatorIndex(rules, roots.map((r) => r.name));
  applyCounts(rules, indicators);
  buildLinks(rules);
  diagnostics.sort((a, b) => rootOrder(roots, a.root) - rootOrder(roots, b.root) || compareDiagnostics(a, b));
  return { roots: [...roots], rules, diagnostics, indicators, attackVersion: getAttackData().version, files };
}

/** A rule's file text read again (rare: duplicate ids), so the build need not keep every text alive. */
function reread(roots: readonly RuleRoot[], rule: CatalogRule): string {
  const root = roots.find((r) => r.name === rule.root)!;
  const read = readRuleFile(join(root.dir, rule.path));
  return read.ok ? read.text : '';
}

function rootOrder(roots: readonly RuleRoot[], name: string): number {
  return roots.findIndex((r) => r.name === name);
}

function offsetOf(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from);
  return i === -1 ? from : i;
}

function tagFindings(rule: CatalogRule, text: string, docOffset: number): Finding[] {
  const out: Finding[] = [];
  for (const tag of rule.attack.unknown) {
    out.push({ code: 'unknown-tag', severity: 'warning', offset: offsetOf(text, tag, docOffset), message: `tag '${tag}' names nothing in MITRE ATT&CK v${getAttackData().version}` });
  }
  for (const l of rule.attack.legacy) {
    out.push({ code: 'legacy-tag', severity: 'warning', offset: offsetOf(text, l.tag, docOffset), message: `tag '${l.tag}' is a legacy ATT&CK name; now ${l.current.join(', ') || 'deprecated, with no replacement'}` });
  }
  return out;
}

/** Correlations and filters name rules by id or name; names that resolve to nothing are reported. */
function referenceFindings(rules: CatalogRule[], texts: Map<CatalogRule, string>): CatalogDiagnostic[] {
  const known = new Set<string>();
  for (const r of rules) {
    known.add(r.id);
    if (r.name) known.add(r.name);
  }
  const out: CatalogDiagnostic[] = [];
  for (const r of rules) {
    const refs = r.correlation?.rules ?? (Array.isArray(r.filterRules) ? r.filterRules : []);
    if (refs.length === 0) continue;
    const text = texts.get(r)!;
    const findings: Finding[] = refs
      .filter((ref) => !known.has(ref))
      .map((ref) => ({ code: 'unresolved-reference', severity: 'warning', offset: offsetOf(text, ref, 0), message: `'${ref}' names no rule of the catalog (by id or name)` }));
    out.push(...placeFindings(r.root, r.path, text, findings));
  }
  return out;
}
