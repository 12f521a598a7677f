/** A rule's analysis as text: the sections of the reference rule page, in its order. */

import type { CatalogRule } from '../catalog/types';

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function formatEvent(eventId: number | string | null): string {
  return eventId === null ? '(any event)' : typeof eventId === 'number' ? `Event ID ${eventId}` : String(eventId);
}

export function formatRuleText(r: CatalogRule): string {
  const out: string[] = [];
  out.push('Detection rules › Sigma', r.title);
  if (r.description) out.push(r.description.trim());
  const meta = [
    `id: ${r.id}${r.idDerived ? ' (derived)' : ''}`,
    `status: ${r.status ?? '-'}`,
    `level: ${r.level ?? '-'}`,
    `author: ${r.author ?? '-'}`,
    `date: ${r.date ?? '-'}${r.modified ? `, modified ${r.modified}` : ''}`,
    `source: ${r.root}:${r.path}`,
  ];
  out.push(meta.join('\n'));
  out.push('MITRE ATT&CK coverage');
  out.push(
    r.attack.rows.length
      ? table(
          ['Tactic', 'Techniques'],
          r.attack.rows.map((row) => [row.tactic.name, row.techniques.map((t) => `${t.id} ${t.fullName}`).join(', ')]),
        )
      : '(no ATT&CK tags)',
  );
  out.push('Event coverage');
  out.push(
    r.events.length
      ? table(['Provider', 'Event', 'Title'], r.events.map((e) => [e.provider, formatEvent(e.eventId), e.title ?? '']))
      : `(no concrete provider event: ${r.eventCoverage})`,
  );
  out.push('Rule body yaml', r.yaml.replace(/\s+$/, ''));
  out.push('Stages and Predicates');
  out.push(r.stages.map((s, i) => `Stage ${i}: ${s.label}\n${s.yaml}`).join('\n'));
  out.push('Exclusions', 'Top-level NOT(...) conjuncts: predicates this rule actively suppresses.');
  out.push(
    table(
      ['Field', 'Kind', 'Excluded values'],
      r.exclusions.flatMap((x) => x.values.map((v) => [x.field ?? '(keyword)', kindText(x.kind, x.modifiers), v])),
    ),
  );
  out.push('Indicators');
  out.push(
    table(
      ['Field', 'Operator', 'Value', 'Corpus'],
      r.indicators.map((i) => [i.field ?? '(keyword)', kindText(i.operator, i.modifiers), i.value, String(i.corpus)]),
    ),
  );
  return `${out.join('\n\n')}\n`;
}

export function kindText(kind: string, modifiers: readonly string[]): string {
  return modifiers.length ? `${kind} (${modifiers.join(', ')})` : kind;
}
