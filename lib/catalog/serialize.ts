/** The catalog as JSON: fixed key order, sorted lists, no machine paths: identical input, identical bytes. */

import type { BuiltCatalog } from './build';
import type { CatalogRule } from './types';

export const INDEX_FORMAT = 1;

export function catalogToJson(c: BuiltCatalog): string {
  const doc = {
    format: INDEX_FORMAT,
    attackVersion: c.attackVersion,
    roots: c.roots.map((r) => ({ name: r.name, sourceUrl: r.sourceUrl ?? null })),
    summary: {
      files: c.files,
      rules: c.rules.length,
      errors: c.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: c.diagnostics.filter((d) => d.severity === 'warning').length,
    },
    // The raw YAML stays out of the index (it is the rule file itself); `show --json` carries it.
    rules: c.rules.map((r) => ({ ...ruleToJson(r), yaml: undefined })),
    indicators: [...c.indicators.values()].filter((u) => u.rules.length > 1).map((u) => ({ id: u.id, key: u.key, count: u.rules.length, byRoot: u.byRoot, rules: u.rules })),
    diagnostics: c.diagnostics.map((d) => ({ root: d.root, path: d.path, line: d.line, column: d.column, severity: d.severity, code: d.code, message: d.message })),
  };
  return `${JSON.stringify(doc)}\n`;
}

/** `show --json` and the index share this shape. */
export function ruleToJson(r: CatalogRule): Record<string, unknown> {
  return {
    id: r.id,
    slug: r.slug,
    idDerived: r.idDerived,
    kind: r.kind,
    title: r.title,
    name: r.name,
    root: r.root,
    path: r.path,
    document: r.document,
    status: r.status,
    level: r.level,
    description: r.description,
    author: r.author,
    date: r.date,
    modified: r.modified,
    license: r.license,
    references: r.references,
    falsepositives: r.falsepositives,
    tags: r.tags,
    fields: r.fields,
    related: r.related,
    logsource: r.logsource,
    deprecated: r.deprecated,
    unsupported: r.unsupported,
    attack: r.attack.rows.map((row) => ({ tactic: row.tactic, techniques: row.techniques, legacyTag: row.legacyTag })),
    attackDetail: { untacticed: r.attack.untacticed, groups: r.attack.groups, software: r.attack.software, legacy: r.attack.legacy, unknown: r.attack.unknown },
    events: r.events,
    eventCoverage: r.eventCoverage,
    stages: r.stages,
    exclusions: r.exclusions,
    indicators: r.indicators,
    correlation: r.correlation,
    filterRules: r.filterRules,
    // Other rules by slug only: their titles are in their own entries.
    links: {
      related: r.links.related.map((l) => ({ id: l.id, type: l.type, slug: l.rule?.slug ?? null })),
      relatedFrom: r.links.relatedFrom.map((l) => ({ type: l.type, slug: l.rule.slug })),
      correlates: r.links.correlates.map((l) => ({ ref: l.ref, slug: l.rule?.slug ?? null })),
      correlatedBy: r.links.correlatedBy.map((l) => l.slug),
      filters: r.links.filters.map((l) => l.slug),
      filtered: r.links.filtered.map((l) => l.slug),
    },
    yaml: r.yaml,
  };
}
