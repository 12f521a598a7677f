/** An ATT&CK tactic as the catalog shows it; passed from the server page in matrix order (a few hundred bytes). */
export interface TacticInfo {
  shortname: string;
  name: string;
}

export function tacticLabels(tactics: readonly TacticInfo[]): Record<string, string> {
  return Object.fromEntries(tactics.map((t) => [t.shortname, t.name]));
}
