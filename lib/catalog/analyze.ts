/** The per-rule pass: a parsed Sigma rule -> its catalog entry (everything but corpus-wide figures). */

import type { Logsource, SigmaRule } from '../sigma';
import { resolveAttackTags } from './attack/tags';
import { eventCoverage, eventIdFields } from './events/coverage';
import { ruleEventValues } from './analysis/event-values';
import { buildExclusions } from './analysis/exclusions';
import { buildIndicators } from './analysis/indicators';
import { buildStages } from './analysis/stages';
import type { AttackCoverage, CatalogRule, EventCoverageLevel, EventRow } from './types';

export interface RuleSource {
  root: string;
  path: string;
  fileText: string;
  scalarRanges: readonly number[];
}

/** Many rules share their tag list and their logsource: resolve each distinct one once (results are read-only). */
const attackByTags = new Map<string, AttackCoverage>();
const eventsByKey = new Map<string, ReturnType<typeof eventCoverage>>();

function attackFor(tags: string[]): AttackCoverage {
  const key = tags.join('\n');
  let cov = attackByTags.get(key);
  if (!cov) attackByTags.set(key, (cov = resolveAttackTags(tags)));
  return cov;
}

function eventsFor(logsource: Logsource, ids: (number | string)[]): ReturnType<typeof eventCoverage> {
  const key = JSON.stringify([logsource.product, logsource.category, logsource.service, ids]);
  let cov = eventsByKey.get(key);
  if (!cov) eventsByKey.set(key, (cov = eventCoverage(logsource, ids)));
  return cov;
}

export function analyzeRule(rule: SigmaRule, src: RuleSource, id: string, idDerived: boolean): CatalogRule {
  const detection = rule.kind === 'correlation' ? null : rule.detection;
  const logsource = rule.kind === 'correlation' ? null : rule.logsource;
  let events: EventRow[] = [];
  let eventLevel: EventCoverageLevel = 'unmapped';
  if (rule.kind === 'detection') {
    const cov = eventsFor(rule.logsource, ruleEventValues(rule.detection, eventIdFields(rule.logsource)));
    events = cov.events;
    eventLevel = cov.level;
  }
  const topFolder = src.path.split('/')[0];
  return {
    slug: id,
    id,
    idDerived,
    kind: rule.kind,
    title: rule.title,
    name: rule.name,
    root: src.root,
    path: src.path,
    document: rule.document,
    status: rule.status,
    level: rule.level,
    description: rule.description,
    author: rule.author,
    date: rule.date,
    modified: rule.modified,
    license: rule.license,
    references: rule.references,
    falsepositives: rule.falsepositives,
    tags: rule.tags,
    fields: rule.fields,
    related: rule.related,
    logsource,
    deprecated: rule.status === 'deprecated' || topFolder === 'deprecated',
    unsupported: rule.status === 'unsupported' || topFolder === 'unsupported',
    yaml: rule.source,
    attack: attackFor(rule.tags),
    events,
    eventCoverage: eventLevel,
    stages: detection ? buildStages(detection, src.fileText, src.scalarRanges) : [],
    exclusions: detection ? buildExclusions(detection) : [],
    indicators: rule.kind === 'detection' ? buildIndicators(rule.detection) : [],
    correlation: rule.kind === 'correlation' ? rule.correlation : null,
    filterRules: rule.kind === 'filter' ? rule.rules : null,
    links: { related: [], relatedFrom: [], correlates: [], correlatedBy: [], filters: [], filtered: [] },
  };
}
