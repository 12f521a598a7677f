/**
 * ATT&CK coverage, shared by the matrix page (server and browser), the Navigator layer and the CLI: the
 * matrix model (what a column shows), rule counts per technique, and the heat scale. Pure and browser-safe:
 * `data.ts` and `types.ts` are imported for their types only.
 */

import type { CatalogRule } from '../types';
import type { AttackData } from './data';

/* ---- the matrix model ---- */

export interface MatrixTactic {
  id: string;
  shortname: string;
  name: string;
  /** Top-level technique IDs, alphabetical by name as in MITRE's matrix. */
  techniques: string[];
}

export interface MatrixTechnique {
  name: string;
  /** Sub-technique IDs, alphabetical by name; absent when there are none (keeps the props small). */
  subs?: string[];
}

/**
 * The enterprise matrix: active techniques only. Compact on purpose: it is the matrix's client props.
 * A sub-technique's tactics are its parent's (true of every active v19 sub-technique), so they are not
 * repeated.
 */
export interface MatrixModel {
  /** ATT&CK release, `19.0`. */
  version: string;
  /** Matrix order. */
  tactics: MatrixTactic[];
  /** Every active technique and sub-technique by ID. */
  techniques: Record<string, MatrixTechnique>;
}

const byName = (names: Map<string, string>) => (a: string, b: string) => {
  const x = names.get(a)!;
  const y = names.get(b)!;
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : 1;
};

export function buildMatrixModel(data: AttackData): MatrixModel {
  const active = data.content.techniques.filter((t) => !t.revoked && !t.deprecated);
  const names = new Map(active.map((t) => [t.id, t.name] as const));
  const order = byName(names);
  const subs = new Map<string, string[]>();
  for (const t of active) if (t.parent && names.has(t.parent)) (subs.get(t.parent) ?? subs.set(t.parent, []).get(t.parent)!).push(t.id);
  const techniques: Record<string, MatrixTechnique> = {};
  for (const t of [...active].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const list = subs.get(t.id)?.sort(order);
    techniques[t.id] = list ? { name: t.name, subs: list } : { name: t.name };
  }
  const tactics = data.matrixOrder.map((shortname) => {
    const tactic = data.tactics.get(shortname)!;
    const ids = active.filter((t) => !t.parent && t.tactics.includes(shortname)).map((t) => t.id);
    return { id: tactic.id, shortname, name: tactic.name, techniques: ids.sort(order) };
  });
  return { version: data.version, tactics, techniques };
}

/** `T1218.009` → `T1218`; a technique is its own parent. */
export const parentOf = (id: string): string => id.split('.')[0];

/** `System Binary Proxy Execution: Regsvcs/Regasm` for sub-techniques, else the name. */
export function fullNameOf(model: MatrixModel, id: string): string {
  const parent = parentOf(id);
  const name = model.techniques[id]?.name ?? id;
  return parent === id ? name : `${model.techniques[parent]?.name ?? parent}: ${name}`;
}

/** Tactic shortnames of an active technique (a sub-technique's are its parent's), in matrix order. */
export function tacticsOf(model: MatrixModel, id: string): string[] {
  const parent = parentOf(id);
  return model.tactics.filter((t) => t.techniques.includes(parent)).map((t) => t.shortname);
}

/* ---- counting ---- */

/** What counting needs of a rule; a catalog row (`CatalogRow`) is one. */
export interface CoverageRule {
  slug: string;
  title: string;
  level: string | null;
  /** Current technique IDs (legacy tags already resolved), sub-techniques included. */
  techniques: readonly string[];
}

/** A catalog rule as counting sees it: the techniques of its tactic rows and its untacticed ones. */
export function coverageRule(rule: CatalogRule): CoverageRule {
  const ids = new Set<string>();
  for (const row of rule.attack.rows) for (const t of row.techniques) ids.add(t.id);
  for (const t of rule.attack.untacticed) ids.add(t.id);
  return { slug: rule.slug, title: rule.title, level: rule.level, techniques: [...ids].sort() };
}

/** Whether a rule covers a technique or one of its sub-techniques (the catalog's technique facet). */
export function coversTechnique(rule: Pick<CoverageRule, 'techniques'>, id: string): boolean {
  return rule.techniques.some((t) => t === id || t.startsWith(`${id}.`));
}

/**
 * Rules per technique, each rule once: a technique counts the rules tagging it or any of its
 * sub-techniques (a deprecated sub-technique still rolls up into its active parent, as the catalog's
 * technique facet does); a sub-technique counts its own. Techniques without rules are absent.
 */
export function countCoverage(rules: Iterable<Pick<CoverageRule, 'techniques'>>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rules) {
    const ids = new Set<string>();
    for (const t of r.techniques) {
      ids.add(t);
      ids.add(parentOf(t));
    }
    for (const id of ids) counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/* ---- heat scale ---- */

export interface HeatBin {
  /** Lowest count of the bin. */
  min: number;
  /** `2–4`; the last bin is open (`100+`). */
  label: string;
  background: string;
  /** Text colour with at least 4.5:1 contrast on the background. */
  color: string;
}

const DARK = '#0f172a';
const LIGHT = '#ffffff';

/**
 * ColorBrewer YlGnBu: sequential, one direction of lightness, safe for the common colour-vision
 * deficiencies and in greyscale. Log-like bins because counts run from 1 to several hundred and most
 * techniques have few rules. Text switches to white where dark text would fall below 4.5:1.
 */
const STOPS: [number, string, string][] = [
  [1, '#edf8b1', DARK],
  [2, '#c7e9b4', DARK],
  [5, '#7fcdbb', DARK],
  [10, '#41b6c4', DARK],
  [20, '#1d91c0', DARK],
  [50, '#225ea8', LIGHT],
  [100, '#253494', LIGHT],
];

export const HEAT_BINS: readonly HeatBin[] = STOPS.map(([min, background, color], i) => {
  const next = STOPS[i + 1]?.[0];
  const label = next === undefined ? `${min}+` : next - 1 === min ? `${min}` : `${min}–${next - 1}`;
  return { min, label, background, color };
});

/** The bin of a count; null for zero (uncovered techniques have their own, uncoloured style). */
export function heatBin(count: number): HeatBin | null {
  if (count <= 0) return null;
  let bin = HEAT_BINS[0];
  for (const b of HEAT_BINS) if (count >= b.min) bin = b;
  return bin;
}
