/**
 * The compact catalog index for the browser (/rules/, /attack/): slim rows, not full rules. Enumerations
 * become dictionary indexes; the search text holds what full-text search needs beyond the title
 * (description, tags, fields and values), deduplicated per rule.
 */

import type { CatalogIndexFile, RowTuple, SearchTextsFile } from '../site/catalog-index';
import { INDEX_VERSION } from '../site/catalog-index';
import { getAttackData } from './attack/data';
import type { BuiltCatalog } from './build';
import type { CatalogRule } from './types';

const MAX_SEARCH_CHARS = 600;

export function buildCatalogIndex(catalog: BuiltCatalog): CatalogIndexFile {
  const dicts = {
    level: new Dict(),
    status: new Dict(),
    product: new Dict(),
    category: new Dict(),
    service: new Dict(),
    tactic: new Dict(getAttackData().matrixOrder),
    technique: new Dict(),
    author: new Dict(),
    root: new Dict(catalog.roots.map((r) => r.name)),
    kind: new Dict(['detection', 'correlation', 'filter']),
  };
  const rows: RowTuple[] = catalog.rules.map((r) => [
    r.slug,
    r.title,
    dicts.level.id(r.level),
    dicts.status.id(r.status),
    dicts.product.id(r.logsource?.product ?? null),
    dicts.category.id(r.logsource?.category ?? null),
    dicts.service.id(r.logsource?.service ?? null),
    r.attack.rows.map((row) => dicts.tactic.id(row.tactic.shortname)),
    techniqueIds(r).map((t) => dicts.technique.id(t)),
    dicts.author.id(r.author),
    r.date ?? '',
    r.modified ?? '',
    dicts.root.id(r.root),
    r.deprecated ? 1 : 0,
    dicts.kind.id(r.kind),
  ]);
  return {
    version: INDEX_VERSION,
    attackVersion: catalog.attackVersion,
    dict: Object.fromEntries(Object.entries(dicts).map(([k, d]) => [k, d.values])) as CatalogIndexFile['dict'],
    rows,
  };
}

/** The search texts in row order (loaded by the browser only when a search needs them). */
export function buildSearchTexts(catalog: BuiltCatalog): SearchTextsFile {
  return catalog.rules.map(searchText);
}

function techniqueIds(r: CatalogRule): string[] {
  const ids = new Set<string>();
  for (const row of r.attack.rows) for (const t of row.techniques) ids.add(t.id);
  for (const t of r.attack.untacticed) ids.add(t.id);
  return [...ids].sort();
}

/** Words a user may search for beyond the title; each distinct word once. */
function searchText(r: CatalogRule): string {
  const parts = [r.description ?? '', ...r.tags, ...r.indicators.flatMap((i) => [i.field ?? '', i.value])];
  const seen = new Set<string>();
  const words: string[] = [];
  let length = 0;
  for (const w of parts.join(' ').split(/[\s"'`,;()[\]{}<>|]+/)) {
    const word = w.toLowerCase();
    if (word.length < 2 || seen.has(word)) continue;
    seen.add(word);
    if (length + word.length > MAX_SEARCH_CHARS) break;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

/** Values in first-seen order (or a given order), null as -1. */
class Dict {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[] = []) {
    for (const v of initial) this.id(v);
  }
  id(v: string | null): number {
    if (v === null) return -1;
    let i = this.index.get(v);
    if (i === undefined) {
      i = this.values.push(v) - 1;
      this.index.set(v, i);
    }
    return i;
  }
}
