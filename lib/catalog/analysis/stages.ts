/**
 * Stages: stage 0 is the condition; then each search identifier the condition uses (patterns expanded),
 * in order of appearance, `not X` when it sits under a negation, with its YAML without comments.
 */

import { identifierOccurrences, type Detection } from '../../sigma';
import type { Stage } from '../types';
import { expandedRoot } from './condition-tree';
import { yamlWithoutComments } from './yaml-text';

export function buildStages(detection: Detection, fileText: string, scalarRanges: readonly number[]): Stage[] {
  const stages: Stage[] = [
    { label: 'condition', identifier: null, negated: false, yaml: detection.conditions.map((c) => c.text.trim()).join('\n') },
  ];
  const byName = new Map(detection.identifiers.map((i) => [i.name, i]));
  const seen = new Set<string>();
  for (const occ of identifierOccurrences(expandedRoot(detection))) {
    const key = `${occ.negated ? 'not ' : ''}${occ.name}`;
    const ident = byName.get(occ.name);
    if (seen.has(key) || !ident) continue;
    seen.add(key);
    stages.push({
      label: key,
      identifier: occ.name,
      negated: occ.negated,
      yaml: yamlWithoutComments(fileText, ident.start, ident.end, scalarRanges),
    });
  }
  return stages;
}
