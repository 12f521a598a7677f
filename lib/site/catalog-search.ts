/**
 * Full-text search over the catalog rows: a real index (MiniSearch: BM25 ranking, prefix and typo
 * tolerance). Titles weigh most; the search text (description, tags, fields, values) is added when it has
 * loaded, so the cold load stays small and every rule is searchable by title, ATT&CK and author at once.
 */

import MiniSearch from 'minisearch';
import type { CatalogRow } from './catalog-index';

export interface RuleSearch {
  /** Slugs of matching rules, best first. */
  search(q: string): string[];
  /** True once descriptions, fields and values are indexed too. */
  fullText: boolean;
}

const FIELDS = ['title', 'ids', 'author', 'text'] as const;

export function buildRuleSearch(rows: readonly CatalogRow[], texts?: readonly string[]): RuleSearch {
  const mini = new MiniSearch<{ id: string; title: string; ids: string; author: string; text: string }>({
    fields: [...FIELDS],
    storeFields: [],
    searchOptions: { boost: { title: 4, ids: 3, author: 1.5, text: 1 }, prefix: true, fuzzy: (term) => (term.length > 3 ? 0.2 : 0), combineWith: 'AND' },
    // Keep Sigma's punctuation-heavy values searchable: split on whitespace and a few separators only.
    tokenize: (text) => text.toLowerCase().split(/[\s,;:()[\]{}"'|/\\]+/).filter(Boolean),
  });
  mini.addAll(
    rows.map((r, i) => ({
      id: r.slug,
      title: r.title,
      ids: [...r.techniques, ...r.tactics, r.slug, r.level ?? '', r.product ?? '', r.category ?? '', r.service ?? ''].join(' '),
      author: r.author ?? '',
      text: texts?.[i] ?? r.search,
    })),
  );
  return {
    fullText: Boolean(texts) || rows.some((r) => r.search),
    search: (q) => (q.trim() ? mini.search(q.trim()).map((h) => String(h.id)) : rows.map((r) => r.slug)),
  };
}
