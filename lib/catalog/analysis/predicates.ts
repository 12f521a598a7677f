/** Detection items flattened to (field, operator, value) predicates, values as written. */

import { displayValue, searchItems, type DetectionItem, type ModifierName, type Operator, type SearchIdentifier } from '../../sigma';

export interface Predicate {
  identifier: string;
  item: DetectionItem;
  field: string | null;
  operator: Operator;
  modifiers: ModifierName[];
  value: string;
  raw: DetectionItem['values'][number];
}

export function identifierPredicates(ident: SearchIdentifier): Predicate[] {
  return searchItems(ident.search).flatMap((item) =>
    item.values.map((v) => ({
      identifier: ident.name,
      item,
      field: item.field,
      operator: item.operator,
      modifiers: item.modifiers,
      value: displayValue(v),
      raw: v,
    })),
  );
}
