/** Stable ids for rules without one, and unique slugs when ids collide (both rules stay reachable). */

import { createHash } from 'node:crypto';

/** A name-based UUID (version 5 layout) from root and path: the same file always gets the same id. */
export function derivedId(root: string, path: string, document: number): string {
  const h = createHash('sha1').update(`sigma-catalog:${root}/${path}#${document}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The first rule with an id keeps it as its slug; later ones get `<id>~2`, `<id>~3`, ... */
export function assignSlugs<T extends { id: string }>(rules: T[]): { slugs: string[]; duplicates: Map<number, number> } {
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  const duplicates = new Map<number, number>();
  const slugs = rules.map((r, i) => {
    const key = r.id.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return r.id;
    }
    const n = (counts.get(key) ?? 1) + 1;
    counts.set(key, n);
    duplicates.set(i, first);
    return `${r.id}~${n}`;
  });
  return { slugs, duplicates };
}
