/**
 * ATT&CK Navigator layers (layer format 4.5) of a set of rules: the whole catalog (/attack/layer.json), a
 * filtered view (built in the browser), one technique's rules, or the CLI's `layer` command. Pure: no fs,
 * no React; the ATT&CK facts come in as the matrix model, so the browser needs nothing more than the page.
 *
 * Format: mitre-attack/attack-navigator `layers/spec/v4.5/layerformat.md`. `layerProblems` checks a layer
 * against that spec (field names, types, enumerations) and, given the model, against ATT&CK v19.
 */

import { FACETS, queryString, type CatalogQuery } from '../../site/catalog-query';
import { ruleHref, rulesHref, techniqueHref } from '../../site/urls';
import { countCoverage, coversTechnique, fullNameOf, HEAT_BINS, tacticsOf, type CoverageRule, type MatrixModel } from './coverage';

/* ---- the 4.5 format ---- */

export interface LayerLink {
  label: string;
  url: string;
}
export interface LayerMetadata {
  name: string;
  value: string;
}
export interface LayerDivider {
  divider: boolean;
}

export interface LayerTechnique {
  techniqueID: string;
  /** Tactic shortname: the annotation applies under this tactic only. */
  tactic: string;
  score: number;
  comment: string;
  enabled: boolean;
  showSubtechniques: boolean;
  links: (LayerLink | LayerDivider)[];
  metadata: (LayerMetadata | LayerDivider)[];
}

export interface NavigatorLayer {
  name: string;
  versions: { attack: string; navigator: string; layer: '4.5' };
  domain: 'enterprise-attack';
  description: string;
  sorting: 0 | 1 | 2 | 3;
  layout: {
    layout: 'side' | 'flat' | 'mini';
    showID: boolean;
    showName: boolean;
    showAggregateScores: boolean;
    countUnscored: boolean;
    aggregateFunction: 'average' | 'min' | 'max' | 'sum';
    expandedSubtechniques: 'none' | 'all' | 'annotated';
  };
  hideDisabled: boolean;
  techniques: LayerTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  selectTechniquesAcrossTactics: boolean;
  selectSubtechniquesWithParent: boolean;
  selectVisibleTechniques: boolean;
  metadata: (LayerMetadata | LayerDivider)[];
  links: (LayerLink | LayerDivider)[];
}

export const LAYER_FORMAT = '4.5';
/** The Navigator release the layer is written for (4.5 needs at least 4.9.0). */
export const NAVIGATOR_VERSION = '5.1.0';

/* ---- building ---- */

export interface LayerInput {
  model: MatrixModel;
  rules: readonly CoverageRule[];
  name: string;
  description: string;
  /** Absolute site URL with its base path and no trailing slash (`https://example.org/sigma`): links back to the rules. */
  siteUrl: string;
  /** The catalog query the rules came from: each technique's catalog link keeps its other filters. */
  query?: CatalogQuery;
  /** Expand covered sub-techniques when the layer opens (one technique's layer; the whole catalog would be too long). */
  expandSubtechniques?: boolean;
}

/** A technique's links name at most this many rules; the catalog link lists them all. */
const MAX_RULE_LINKS = 10;
const LEVELS = ['critical', 'high', 'medium', 'low', 'informational'];
/** Gradient stops: enough for the log-like spread below to survive the Navigator's linear interpolation. */
const GRADIENT_STOPS = 12;

export function buildLayer(input: LayerInput): NavigatorLayer {
  const { model, rules, siteUrl } = input;
  const counts = countCoverage(rules);
  const covered = Object.keys(model.techniques).filter((id) => (counts[id] ?? 0) > 0);
  const maxScore = Math.max(0, ...covered.map((id) => counts[id]));
  const gradient = { colors: gradientColors(maxScore), minValue: 0, maxValue: Math.max(1, maxScore) };
  const techniques: LayerTechnique[] = [];
  for (const id of covered) {
    const entry = techniqueEntry(input, id, rules.filter((r) => coversTechnique(r, id)), counts);
    for (const tactic of tacticsOf(model, id)) techniques.push({ ...entry, tactic });
  }
  const version = model.version.split('.')[0];
  return {
    name: input.name,
    versions: { attack: version, navigator: NAVIGATOR_VERSION, layer: LAYER_FORMAT },
    domain: 'enterprise-attack',
    description: input.description,
    // Alphabetical, as MITRE's matrix and the site's matrix are: techniques keep their place across layers.
    sorting: 0,
    layout: {
      layout: 'side',
      showID: true,
      showName: true,
      // A technique's score already counts its sub-techniques' rules (each rule once); aggregating again would double count.
      showAggregateScores: false,
      countUnscored: false,
      aggregateFunction: 'sum',
      expandedSubtechniques: input.expandSubtechniques ? 'annotated' : 'none',
    },
    hideDisabled: false,
    techniques,
    gradient,
    legendItems: [
      { label: 'no rule (unscored)', color: '#ffffff' },
      ...HEAT_BINS.filter((b) => b.min <= maxScore).map((b) => ({ label: `${b.label} rule${b.label === '1' ? '' : 's'}`, color: gradientColorAt(gradient, b.min) })),
    ],
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
    selectVisibleTechniques: false,
    metadata: [
      { name: 'Rules', value: String(rules.length) },
      { name: 'Techniques with rules', value: String(covered.length) },
      { name: 'ATT&CK', value: `v${model.version}` },
      { name: 'Score', value: 'number of rules covering the technique (a technique counts its sub-techniques’ rules, each rule once)' },
    ],
    links: [{ label: 'These rules in the catalog', url: `${siteUrl}${rulesHref}${queryString({ ...(input.query ?? { q: '', facets: {} }), sort: null })}` }],
  };
}

/** One technique's annotation (without its tactic): score, comment, links back to the site, levels. */
function techniqueEntry(input: LayerInput, id: string, rules: readonly CoverageRule[], counts: Record<string, number>): Omit<LayerTechnique, 'tactic'> {
  const { model, siteUrl } = input;
  const score = rules.length;
  const subs = model.techniques[id].subs ?? [];
  const query = input.query ?? { q: '', facets: {}, sort: null };
  const catalogUrl = `${siteUrl}${rulesHref}${queryString({ ...query, sort: null, facets: { ...query.facets, technique: [id] } })}`;
  const ranked = [...rules].sort((a, b) => levelRank(a.level) - levelRank(b.level) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  const byLevel = LEVELS.map((l) => [l, rules.filter((r) => r.level === l).length] as const).filter(([, n]) => n > 0);
  return {
    techniqueID: id,
    score,
    comment: `${score} Sigma rule${score === 1 ? '' : 's'} cover${score === 1 ? 's' : ''} ${id} ${fullNameOf(model, id)}${subs.length ? ' or its sub-techniques' : ''}.`,
    enabled: true,
    showSubtechniques: Boolean(input.expandSubtechniques && subs.some((s) => (counts[s] ?? 0) > 0)),
    links: [
      { label: `${id} rules in the catalog`, url: catalogUrl },
      { label: `${id} technique page`, url: `${siteUrl}${techniqueHref(id)}` },
      { divider: true },
      ...ranked.slice(0, MAX_RULE_LINKS).map((r) => ({ label: r.level ? `${r.title} (${r.level})` : r.title, url: `${siteUrl}${ruleHref(r.slug)}` })),
      ...(ranked.length > MAX_RULE_LINKS ? [{ label: `… ${ranked.length - MAX_RULE_LINKS} more in the catalog`, url: catalogUrl }] : []),
    ],
    metadata: [{ name: 'Rules', value: String(score) }, ...(byLevel.length ? [{ divider: true }] : []), ...byLevel.map(([name, n]) => ({ name, value: String(n) }))],
  };
}

const levelRank = (level: string | null) => {
  const i = LEVELS.indexOf(level ?? '');
  return i < 0 ? LEVELS.length : i;
};

/** A one-line summary of a catalog query for names and descriptions: `level high, critical · product windows · search "x"`. */
export function describeQuery(query: CatalogQuery): string {
  const parts = FACETS.filter((f) => query.facets[f]?.length).map((f) => `${f} ${query.facets[f]!.join(', ')}`);
  if (query.q) parts.push(`search "${query.q}"`);
  return parts.join(' · ');
}

/* ---- colours ---- */

/**
 * The Navigator spreads gradient colours evenly between minValue and maxValue and interpolates in RGB. To
 * keep few-rule techniques distinguishable when the top technique has hundreds, the stops sample the heat
 * scale on a log axis: stop i (value max·i/(n−1)) gets the colour at log(1+v)/log(1+max).
 */
function gradientColors(max: number): string[] {
  const top = Math.max(1, max);
  return Array.from({ length: GRADIENT_STOPS }, (_, i) => scaleAt(Math.log1p((top * i) / (GRADIENT_STOPS - 1)) / Math.log1p(top)));
}

/** The heat scale's bin colours as one continuous ramp, t in [0, 1]. */
function scaleAt(t: number): string {
  const colors = HEAT_BINS.map((b) => b.background);
  const x = Math.min(1, Math.max(0, t)) * (colors.length - 1);
  const i = Math.min(colors.length - 2, Math.floor(x));
  return mix(colors[i], colors[i + 1], x - i);
}

/** The colour the Navigator shows for a score: linear over evenly spaced stops, clamped. */
export function gradientColorAt(gradient: NavigatorLayer['gradient'], value: number): string {
  const { colors, minValue, maxValue } = gradient;
  const x = (Math.min(maxValue, Math.max(minValue, value)) - minValue) / (maxValue - minValue) * (colors.length - 1);
  const i = Math.min(colors.length - 2, Math.floor(x));
  return mix(colors[i], colors[i + 1], x - i);
}

function mix(a: string, b: string, t: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x.map((v, i) => Math.round(v + (y[i] - v) * t).toString(16).padStart(2, '0')).join('')}`;
}

/* ---- format check ---- */

type Check = (value: unknown, path: string, out: string[]) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const typed = (type: string, test: (v: unknown) => boolean): Check => (v, path, out) => {
  if (!test(v)) out.push(`${path}: expected ${type}, got ${JSON.stringify(v)}`);
};
const str = typed('a string', (v) => typeof v === 'string');
const num = typed('a number', (v) => typeof v === 'number' && Number.isFinite(v));
const bool = typed('a boolean', (v) => typeof v === 'boolean');
const oneOf = (...values: unknown[]): Check => typed(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, (v) => values.includes(v));
const matching = (re: RegExp, what: string): Check => typed(what, (v) => typeof v === 'string' && re.test(v));
const arrayOf = (item: Check, minLength = 0): Check => (v, path, out) => {
  if (!Array.isArray(v)) return void out.push(`${path}: expected an array`);
  if (v.length < minLength) out.push(`${path}: expected at least ${minLength} items`);
  v.forEach((x, i) => item(x, `${path}[${i}]`, out));
};
/** An object with required and optional properties; any other property is an error (catches misspelt names). */
const object = (required: Record<string, Check>, optional: Record<string, Check> = {}): Check => (v, path, out) => {
  if (!isObject(v)) return void out.push(`${path}: expected an object`);
  for (const [k, check] of Object.entries(required)) {
    if (!(k in v)) out.push(`${path}.${k}: required`);
    else check(v[k], `${path}.${k}`, out);
  }
  for (const [k, x] of Object.entries(v)) {
    if (k in required) continue;
    if (k in optional) optional[k](x, `${path}.${k}`, out);
    else out.push(`${path}.${k}: not a property of the 4.5 format`);
  }
};
const divider = object({ divider: bool });
const orDivider = (check: Check): Check => (v, path, out) => (isObject(v) && 'divider' in v ? divider : check)(v, path, out);
const hexColor = matching(/^#[0-9a-fA-F]{6}$/, 'a #rrggbb colour');
const metadata = arrayOf(orDivider(object({ name: str, value: str })));
const links = arrayOf(orDivider(object({ label: str, url: matching(/^[a-z][a-z0-9+.-]*:\/\//i, 'a URL with a protocol') })));
const atLeast490 = typed('a version of at least 4.9.0', (v) => {
  if (typeof v !== 'string' || !/^\d+\.\d+(\.\d+)?$/.test(v)) return false;
  const [a, b, c = 0] = v.split('.').map(Number);
  return a * 1e6 + b * 1e3 + c >= 4_009_000;
});

/** Layer format 4.5, property by property. */
const LAYER_45: Check = object(
  { name: str, domain: oneOf('enterprise-attack', 'mobile-attack', 'ics-attack') },
  {
    versions: object({ navigator: atLeast490, layer: oneOf('4.5') }, { attack: str }),
    description: str,
    customDataURL: str,
    filters: object({}, { platforms: arrayOf(str) }),
    sorting: oneOf(0, 1, 2, 3),
    layout: object(
      {},
      {
        layout: oneOf('side', 'flat', 'mini'),
        showID: bool,
        showName: bool,
        showAggregateScores: bool,
        countUnscored: bool,
        aggregateFunction: oneOf('average', 'min', 'max', 'sum'),
        expandedSubtechniques: oneOf('none', 'all', 'annotated'),
      },
    ),
    hideDisabled: bool,
    techniques: arrayOf(
      object(
        { techniqueID: matching(/^T\d{4}(\.\d{3})?$/, 'a technique ID (T#### or T####.###)') },
        { tactic: str, comment: str, enabled: bool, score: num, color: str, metadata, links, showSubtechniques: bool },
      ),
    ),
    gradient: (v, path, out) => {
      object({ colors: arrayOf(hexColor, 2), minValue: num, maxValue: num })(v, path, out);
      if (isObject(v) && typeof v.minValue === 'number' && typeof v.maxValue === 'number' && !(v.maxValue > v.minValue)) out.push(`${path}: maxValue must be > minValue`);
    },
    legendItems: arrayOf(object({ label: str, color: str })),
    showTacticRowBackground: bool,
    tacticRowBackground: str,
    selectTechniquesAcrossTactics: bool,
    selectSubtechniquesWithParent: bool,
    selectVisibleTechniques: bool,
    metadata,
    links,
  },
);

/**
 * What is wrong with a layer: the 4.5 format, then, given the matrix model, ATT&CK itself (every technique
 * active in that release, each tactic one of its tactics, no (technique, tactic) twice, sub-techniques
 * only expanded under techniques that have some). Empty when the layer is fine.
 */
export function layerProblems(layer: unknown, model?: MatrixModel): string[] {
  const out: string[] = [];
  LAYER_45(layer, 'layer', out);
  if (!model || !isObject(layer) || !Array.isArray(layer.techniques)) return out;
  const seen = new Set<string>();
  layer.techniques.forEach((t: unknown, i) => {
    if (!isObject(t) || typeof t.techniqueID !== 'string') return;
    const id = t.techniqueID;
    const at = `layer.techniques[${i}] ${id}`;
    if (!model.techniques[id]) return void out.push(`${at}: not an active technique of ATT&CK v${model.version}`);
    if (t.tactic !== undefined && !tacticsOf(model, id).includes(String(t.tactic))) out.push(`${at}: ${String(t.tactic)} is not one of its tactics`);
    const key = `${id}/${String(t.tactic)}`;
    if (seen.has(key)) out.push(`${at}: listed twice under ${String(t.tactic)}`);
    seen.add(key);
    if (t.showSubtechniques === true && !model.techniques[id].subs?.length) out.push(`${at}: showSubtechniques on a technique without sub-techniques`);
  });
  return out;
}
