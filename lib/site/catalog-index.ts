/**
 * The compact catalog index the browser loads for /rules/ and /attack/: one row per rule, enumerations
 * as indexes into dictionaries, plus a search text. Types and decoding only (safe in client code).
 */

export const INDEX_VERSION = 1;

export interface CatalogIndexFile {
  version: number;
  attackVersion: string;
  dict: {
    level: string[];
    status: string[];
    product: string[];
    category: string[];
    service: string[];
    /** Tactic shortnames, matrix order. */
    tactic: string[];
    /** Technique ids (sub-techniques included). */
    technique: string[];
    author: string[];
    root: string[];
    kind: string[];
  };
  /** Per row: [slug, title, level, status, product, category, service, tactics, techniques, author, date, modified, root, deprecated, kind]. -1 = none. */
  rows: RowTuple[];
}

export type RowTuple = [string, string, number, number, number, number, number, number[], number[], number, string, string, number, 0 | 1, number];

/** The search texts, in row order: a separate file, loaded when search needs it. */
export type SearchTextsFile = string[];

export const INDEX_URL = '/catalog/rows.json';
export const SEARCH_URL = '/catalog/search.json';

export interface CatalogRow {
  slug: string;
  title: string;
  level: string | null;
  status: string | null;
  product: string | null;
  category: string | null;
  service: string | null;
  tactics: string[];
  techniques: string[];
  author: string | null;
  date: string | null;
  modified: string | null;
  root: string;
  deprecated: boolean;
  kind: string;
  /** Description, tags, fields and values, for full-text search ('' until loaded). */
  search: string;
}

export function decodeIndex(file: CatalogIndexFile, texts?: SearchTextsFile): CatalogRow[] {
  const d = file.dict;
  const at = (list: string[], i: number) => (i < 0 ? null : list[i]);
  return file.rows.map((r, i) => ({
    slug: r[0],
    title: r[1],
    level: at(d.level, r[2]),
    status: at(d.status, r[3]),
    product: at(d.product, r[4]),
    category: at(d.category, r[5]),
    service: at(d.service, r[6]),
    tactics: r[7].map((i) => d.tactic[i]),
    techniques: r[8].map((i) => d.technique[i]),
    author: at(d.author, r[9]),
    date: r[10] || null,
    modified: r[11] || null,
    root: d.root[r[12]],
    deprecated: r[13] === 1,
    kind: d.kind[r[14]],
    search: texts?.[i] ?? '',
  }));
}
