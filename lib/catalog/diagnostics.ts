/** Findings placed in files: offsets -> line/column once, at this edge. */

import { lineIndex, type Diagnostic, type Finding } from '../sigma';

export interface CatalogDiagnostic extends Diagnostic {
  root: string;
}

export function placeFindings(root: string, path: string, text: string, findings: readonly Finding[]): CatalogDiagnostic[] {
  if (findings.length === 0) return [];
  const at = lineIndex(text);
  return findings.map((f) => ({ root, path, ...at(f.offset), severity: f.severity, code: f.code, message: f.message }));
}
