/** Diagnostics: collected, never thrown. Offsets inside; line/column only at the edge. */

export type Severity = 'error' | 'warning';

export type DiagnosticCode =
  | 'yaml-syntax'
  | 'duplicate-key'
  | 'alias-limit'
  | 'file-too-large'
  | 'not-utf8'
  | 'not-a-rule'
  | 'missing-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'unknown-modifier'
  | 'modifier-misplaced'
  | 'undefined-identifier'
  | 'unused-identifier'
  | 'empty-selector'
  | 'condition-syntax'
  | 'deprecated-syntax'
  | 'unknown-tag'
  | 'legacy-tag'
  | 'duplicate-id'
  | 'unresolved-reference'
  | 'read-error';

/** A finding with its place in the file text (UTF-16 offset). */
export interface Finding {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  offset: number;
}

/** A finding placed in a file: 1-based line and column, path relative to its root. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  path: string;
  line: number;
  column: number;
}

/** Sink that parse functions report into; `error` means the rule cannot enter the catalog. */
export class Findings {
  readonly list: Finding[] = [];
  error(code: DiagnosticCode, offset: number, message: string): void {
    this.list.push({ code, severity: 'error', message, offset });
  }
  warn(code: DiagnosticCode, offset: number, message: string): void {
    this.list.push({ code, severity: 'warning', message, offset });
  }
  get hasError(): boolean {
    return this.list.some((f) => f.severity === 'error');
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.path}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.path, b.path) || a.line - b.line || a.column - b.column || cmp(a.code, b.code) || cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
