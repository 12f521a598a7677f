/**
 * With `output: 'export'` a dynamic route must generate at least one page, but a small catalog can have
 * no shared indicator or exclusion. Such a route then generates one placeholder page that says "not found".
 */

export const PLACEHOLDER = '_none';

export function nonEmpty<K extends string>(key: K, values: string[]): Record<K, string>[] {
  return (values.length ? values : [PLACEHOLDER]).map((v) => ({ [key]: v }) as Record<K, string>);
}
