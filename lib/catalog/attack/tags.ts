/**
 * A rule's `attack.*` tags → its ATT&CK v19 coverage: tactic rows with their techniques, groups, software,
 * the tags that needed the legacy map, and the tags that name nothing.
 * Follows "Resolving a Sigma tag" in shared/reference/attack/README.md.
 */

import type { AttackCoverage, AttackRef, AttackRow, AttackTactic, AttackTechnique } from '../types';
import { getAttackData, type AttackData, type ContentRef, type ContentTactic, type ContentTechnique } from './data';

/* ---- types ---- */

type LegacyEntry = AttackCoverage['legacy'][number];

/** A technique tag after resolution: the technique to show (current when the tag was revoked) and that tag. */
interface ResolvedTechnique {
  shown: ContentTechnique;
  legacyTag: string | null;
}

interface TacticTag {
  shortname: string;
  legacyTag: string | null;
}

/** Tag forms other than tactic names; `mNNNN`/`dsNNNN`/`dcNNNN` are known but have no place in coverage. */
type TagKind = 'technique' | 'group' | 'software' | 'other' | 'tactic';

const PREFIX = 'attack.';

/* ---- helpers ---- */

/** Code-unit order, independent of locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function kindOf(name: string): TagKind {
  if (/^t\d{4}(\.\d{3})?$/.test(name)) return 'technique';
  if (/^g\d{4}$/.test(name)) return 'group';
  if (/^s\d{4}$/.test(name)) return 'software';
  if (/^(m|ds|dc)\d{4}$/.test(name)) return 'other';
  return 'tactic';
}

function toTactic(t: ContentTactic): AttackTactic {
  return { id: t.id, shortname: t.shortname, name: t.name, url: t.url };
}

function toTechnique(r: ResolvedTechnique): AttackTechnique {
  const t = r.shown;
  return { id: t.id, name: t.name, fullName: t.fullName, url: t.url, legacyTag: r.legacyTag, deprecated: t.deprecated };
}

function toRef(r: ContentRef): AttackRef {
  return { id: r.id, name: r.name, url: r.url };
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return cmp(a.id, b.id);
}

/* ---- resolution ---- */

/**
 * Resolve a rule's tags. Non-`attack.` tags (cve., detection., car., tlp., …) are ignored.
 * Output order never depends on tag order: rows in matrix order, everything else by ID or tag.
 */
export function resolveAttackTags(tags: readonly string[], data: AttackData = getAttackData()): AttackCoverage {
  const legacy = new Map<string, LegacyEntry>();
  const unknown = new Map<string, string>();
  const addLegacy = (tag: string, current: string[]) => {
    if (!legacy.has(tag.toLowerCase())) legacy.set(tag.toLowerCase(), { tag, current });
  };
  const addUnknown = (tag: string) => {
    if (!unknown.has(tag.toLowerCase())) unknown.set(tag.toLowerCase(), tag);
  };

  const parsed = tags
    .map((raw) => raw.trim())
    .filter((tag) => tag.toLowerCase().startsWith(PREFIX))
    .map((tag) => {
      const name = tag.slice(PREFIX.length).toLowerCase();
      return { tag, name, kind: kindOf(name) };
    });

  // Techniques first: a split tactic (defense-evasion) is resolved by them.
  const techniques = new Map<string, ResolvedTechnique>();
  const groups = new Map<string, AttackRef>();
  const software = new Map<string, AttackRef>();
  for (const { tag, name, kind } of parsed) {
    if (kind === 'technique') {
      const found = data.techniques.get(name.toUpperCase());
      if (!found) {
        addUnknown(tag);
        continue;
      }
      const shown = found.revoked && found.current ? data.techniques.get(found.current) : found;
      if (!shown) {
        addUnknown(tag);
        continue;
      }
      if (found.revoked) addLegacy(tag, [shown.id]);
      else if (found.deprecated) addLegacy(tag, []);
      const legacyTag = found.revoked ? tag : null;
      const prev = techniques.get(shown.id);
      // A tag naming the current ID directly wins over one that needed the legacy map.
      if (!prev || (prev.legacyTag !== null && legacyTag === null)) techniques.set(shown.id, { shown, legacyTag });
    } else if (kind === 'group' || kind === 'software') {
      const table = kind === 'group' ? data.groups : data.software;
      const found = table.get(name.toUpperCase());
      const shown = found?.revokedBy ? table.get(found.revokedBy) : found;
      if (!found || !shown) {
        addUnknown(tag);
        continue;
      }
      if (found.revokedBy) addLegacy(tag, [shown.id]);
      (kind === 'group' ? groups : software).set(shown.id, toRef(shown));
    } else if (kind === 'other') {
      const found = data.others.get(name.toUpperCase());
      if (!found) addUnknown(tag);
      // Deprecated with no successor (attack.ds0005): like a deprecated technique, note it as legacy.
      else if (found.deprecated) addLegacy(tag, []);
    }
  }

  // The tactics each technique may sit under: the shown (current) technique's v19 tactics.
  const techniqueTactics = new Set([...techniques.values()].flatMap((t) => t.shown.tactics));

  const tacticTags: TacticTag[] = [];
  for (const { tag, name, kind } of parsed) {
    if (kind !== 'tactic') continue;
    if (data.tactics.has(name)) {
      tacticTags.push({ shortname: name, legacyTag: null });
      continue;
    }
    const hyphenated = name.replace(/_/g, '-');
    const old = data.content.legacyTactics[name] ?? data.content.legacyTactics[hyphenated];
    let current: string[];
    if (old) {
      const successors = old.resolveBy === 'technique' ? old.current.filter((s) => techniqueTactics.has(s)) : [];
      current = successors.length > 0 ? successors : old.current;
    } else if (data.tactics.has(hyphenated)) {
      current = [hyphenated]; // an underscore spelling the map does not list
    } else {
      addUnknown(tag);
      continue;
    }
    addLegacy(tag, current);
    for (const shortname of current) tacticTags.push({ shortname, legacyTag: tag });
  }

  // With no tactic tag at all, place each technique under its own tactics rather than leave it rowless.
  const placed =
    tacticTags.length > 0 ? tacticTags : [...techniqueTactics].map((shortname) => ({ shortname, legacyTag: null }));

  const rowTactics = new Map<string, string | null>();
  for (const { shortname, legacyTag } of placed) {
    const prev = rowTactics.get(shortname);
    if (prev === undefined || (prev !== null && legacyTag === null)) rowTactics.set(shortname, legacyTag);
  }

  const sortedTechniques = [...techniques.values()].sort((a, b) => cmp(a.shown.id, b.shown.id));
  const rows: AttackRow[] = data.matrixOrder
    .filter((shortname) => rowTactics.has(shortname))
    .map((shortname) => ({
      tactic: toTactic(data.tactics.get(shortname)!),
      techniques: sortedTechniques.filter((t) => t.shown.tactics.includes(shortname)).map(toTechnique),
      legacyTag: rowTactics.get(shortname) ?? null,
    }));

  return {
    rows,
    untacticed: sortedTechniques.filter((t) => !t.shown.tactics.some((s) => rowTactics.has(s))).map(toTechnique),
    groups: [...groups.values()].sort(byId),
    software: [...software.values()].sort(byId),
    legacy: [...legacy.values()].sort((a, b) => cmp(a.tag.toLowerCase(), b.tag.toLowerCase())),
    unknown: [...unknown.values()].sort((a, b) => cmp(a.toLowerCase(), b.toLowerCase())),
  };
}
