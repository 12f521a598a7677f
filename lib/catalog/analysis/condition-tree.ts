/** The expanded condition of a rule and its top-level conjuncts (the catalog's terms, sigma-semantics §5). */

import { expandCondition, type Detection, type ExpandedNode } from '../../sigma';

const expanded = new WeakMap<Detection, ExpandedNode>();

/** Several conditions mean OR of them. Memoized: every analysis of a rule reads the same tree. */
export function expandedRoot(detection: Detection): ExpandedNode {
  const known = expanded.get(detection);
  if (known) return known;
  const names = detection.identifiers.map((i) => i.name);
  const trees = detection.conditions.map((c) => expandCondition(c.ast, names));
  const root: ExpandedNode = trees.length === 1 ? trees[0] : { kind: 'or', operands: trees };
  expanded.set(detection, root);
  return root;
}

/** Root AND: its direct children (nesting kept, as pySigma parses); any other root is one conjunct. */
export function conjuncts(root: ExpandedNode): ExpandedNode[] {
  return root.kind === 'and' ? root.operands : [root];
}
