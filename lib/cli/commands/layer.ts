/**
 * `layer`: the ATT&CK Navigator layer (format 4.5) of the catalog's rules, optionally filtered the way the
 * catalog's URL query filters them (`--level high --product windows` = `/rules/?level=high&product=windows`).
 */

import { writeFileSync } from 'node:fs';
import { buildMatrixModel } from '../../catalog/attack/coverage';
import { getAttackData } from '../../catalog/attack/data';
import { buildLayer, describeQuery } from '../../catalog/attack/layer';
import { buildCatalog } from '../../catalog/build';
import { configuredRoots } from '../../catalog/config';
import { buildCatalogIndex } from '../../catalog/rows';
import { decodeIndex } from '../../site/catalog-index';
import { matchesFacets, type CatalogQuery, type Facet } from '../../site/catalog-query';
import { absoluteUrl } from '../../site/config';
import { UsageError, type Args } from '../args';

/** Layer options → catalog facets; each may repeat, and `a,b` lists values as in the URL. */
const FILTERS: Record<string, Facet> = { '--level': 'level', '--product': 'product', '--tactic': 'tactic', '--technique': 'technique' };
const OTHER = new Set(['--rules', '--out', '--site-url']);

export interface LayerOptions {
  query: CatalogQuery;
  out: string | null;
  siteUrl: string | null;
}

/**
 * The shared parser (args.ts) knows the values of `--rules`, `--out` and `--filter` only: `--level high`
 * would come back as a flag and a loose positional, and the pairing is lost once several filters are
 * given. So this command reads its own arguments (`argv` after the command name); `--rules` stays with
 * the shared parser.
 */
export function parseLayerArgs(argv: readonly string[]): LayerOptions {
  const facets: CatalogQuery['facets'] = {};
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new UsageError(`layer: unexpected argument '${a}'`);
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (!(name in FILTERS) && !OTHER.has(name)) throw new UsageError(`layer: unknown option ${name}`);
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    const facet = FILTERS[name];
    if (facet) facets[facet] = [...new Set([...(facets[facet] ?? []), ...value.split(',').map((v) => v.trim()).filter(Boolean)])];
    else options.set(name, value);
  }
  return { query: { q: '', facets, sort: null }, out: options.get('--out') ?? null, siteUrl: options.get('--site-url') ?? null };
}

/** Tactic IDs (TA0005) and any-case technique IDs are accepted; the catalog's rows use shortnames and upper case. */
function normalize(query: CatalogQuery): CatalogQuery {
  const data = getAttackData();
  const byId = new Map([...data.tactics.values()].map((t) => [t.id.toUpperCase(), t.shortname] as const));
  const facets = { ...query.facets };
  if (facets.tactic) {
    facets.tactic = facets.tactic.map((t) => byId.get(t.toUpperCase()) ?? t.toLowerCase());
    const unknown = facets.tactic.filter((t) => !data.tactics.has(t));
    if (unknown.length) throw new UsageError(`--tactic: not an ATT&CK v${data.version} tactic: ${unknown.join(', ')}`);
  }
  if (facets.technique) {
    facets.technique = facets.technique.map((t) => t.toUpperCase());
    const unknown = facets.technique.filter((t) => !/^T\d{4}(\.\d{3})?$/.test(t));
    if (unknown.length) throw new UsageError(`--technique: not a technique ID: ${unknown.join(', ')}`);
  }
  return { ...query, facets };
}

export function runLayer(args: Args, argv: readonly string[] = process.argv.slice(3)): number {
  const opts = parseLayerArgs(argv);
  const query = normalize(opts.query);
  const catalog = buildCatalog(configuredRoots(args.rules));
  const rows = decodeIndex(buildCatalogIndex(catalog)).filter((r) => matchesFacets(r, query.facets));
  const filter = describeQuery(query);
  const layer = buildLayer({
    model: buildMatrixModel(getAttackData()),
    rules: rows,
    name: filter ? `Sigma rules: ${filter}` : 'Sigma rules',
    description: `${rows.length} of ${catalog.rules.length} Sigma rules${filter ? ` (${filter})` : ''}. Score: rules covering the technique or its sub-techniques.`,
    siteUrl: (opts.siteUrl ?? absoluteUrl('')).replace(/\/$/, ''),
    query,
  });
  const json = `${JSON.stringify(layer, null, 2)}\n`;
  if (opts.out) {
    writeFileSync(opts.out, json);
    process.stderr.write(`${rows.length} rules, ${new Set(layer.techniques.map((t) => t.techniqueID)).size} techniques -> ${opts.out}\n`);
  } else process.stdout.write(json);
  return 0;
}
