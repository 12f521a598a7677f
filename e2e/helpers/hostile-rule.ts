/** A rule whose text tries to run script in a reader's browser; written at test time, never committed. */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE_ID } from './site';

export function writeHostileRules(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'hostile.yml'),
    [
      `title: Hostile <img src=x onerror="window.__pwned=1"> rule`,
      `id: ${HOSTILE_ID}`,
      'status: test',
      `description: "<script>window.__pwned=1;alert(1)</script> and <b onmouseover=alert(1)>bold</b>"`,
      'references:',
      "    - 'javascript:window.__pwned=1'",
      "    - 'JaVaScRiPt:alert(1)'",
      "    - 'data:text/html,<script>alert(1)</script>'",
      '    - https://example.org/safe',
      'author: <script>window.__pwned=1</script>',
      'date: 2026-01-01',
      'tags:',
      '    - attack.execution',
      '    - attack.t1059',
      'logsource:',
      '    category: process_creation',
      '    product: windows',
      'detection:',
      '    selection:',
      "        CommandLine|contains: '<script>window.__pwned=1</script>'",
      '    filter:',
      "        User: '<img src=x onerror=window.__pwned=1>'",
      '    condition: selection and not filter',
      'falsepositives:',
      "    - '<iframe src=javascript:window.__pwned=1>'",
      'level: high',
      '',
    ].join('\n'),
  );
}
