/** Builds rule texts for tests: a valid header around the given detection block. */

import { lineIndex } from '../source-text';
import { parseRuleFile } from './file';

export function ruleText(detection: string, extra = ''): string {
  const body = detection.replace(/^\n/, '').replace(/\s+$/, '');
  return `title: Test rule\nid: 11111111-2222-4333-8444-555555555555\n${extra}logsource:\n    product: windows\n    category: process_creation\ndetection:\n${body}\nlevel: low\n`;
}

export function parse(text: string) {
  const r = parseRuleFile(text);
  const at = lineIndex(text);
  return {
    rules: r.rules,
    diagnostics: r.findings.map((f) => ({ code: f.code, severity: f.severity, ...at(f.offset), message: f.message })),
  };
}
