/**
 * One js-yaml event parse -> documents of offset-carrying nodes + findings.
 * Duplicate keys: warning, last value wins (as sigma-cli reads them). Aliases are shared, not copied,
 * and a document whose expansion would exceed MAX_EXPANDED_NODES is rejected (alias bombs).
 */

import { EVENT_ID, getScalarValue, parseEvents, YAMLException, type Event, type ScalarEvent } from 'js-yaml';
import { Findings } from '../diagnostics';
import { resolvePlainScalar, resolveTaggedScalar } from './scalars';
import type { ScalarStyle, YDocument, YEntry, YMap, YNode, YScalar, YSeq } from './types';

export const MAX_EXPANDED_NODES = 200_000;
const MAX_DEPTH = 64;

const STYLES: Record<number, ScalarStyle> = { 1: 'plain', 2: 'single', 3: 'double', 4: 'literal', 5: 'folded' };

export interface LoadedYaml {
  documents: YDocument[];
  /** Sorted [start, end) pairs of every scalar, for telling comments from text. */
  scalarRanges: number[];
  findings: Findings;
}

export function loadYaml(text: string): LoadedYaml {
  const findings = new Findings();
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (e) {
    if (e instanceof YAMLException) {
      const offset = typeof e.mark?.position === 'number' ? e.mark.position : 0;
      findings.error('yaml-syntax', offset, `YAML syntax error: ${e.reason ?? firstLine(e.message)}`);
    } else {
      findings.error('yaml-syntax', 0, `YAML could not be read: ${(e as Error).message}`);
    }
    return { documents: [], scalarRanges: [], findings };
  }
  return new TreeBuilder(text, events, findings).build();
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

class TreeBuilder {
  private i = 0;
  private anchors = new Map<string, YNode>();
  private aliasCount = 0;
  private readonly ranges: number[] = [];

  constructor(
    private readonly text: string,
    private readonly events: Event[],
    private readonly findings: Findings,
  ) {}

  build(): LoadedYaml {
    const roots: (YNode | null)[] = [];
    while (this.i < this.events.length) {
      const ev = this.events[this.i++];
      if (ev.type !== EVENT_ID.DOCUMENT) continue;
      this.anchors.clear();
      this.aliasCount = 0;
      const root = this.events[this.i]?.type === EVENT_ID.POP ? null : this.node();
      this.i++; // the document's POP
      if (root && this.aliasCount > 0 && expandedSize(root) > MAX_EXPANDED_NODES) {
        this.findings.error('alias-limit', root.start, `YAML aliases expand to more than ${MAX_EXPANDED_NODES} nodes`);
        roots.push(null);
      } else roots.push(root);
    }
    const extents = documentExtents(this.text, roots);
    const documents = roots.map((root, k) => ({ root, ...extents[k] }));
    // Scalar events come in text order, so the ranges are already sorted.
    return { documents, scalarRanges: this.ranges, findings: this.findings };
  }

  private node(): YNode {
    const ev = this.events[this.i++];
    switch (ev.type) {
      case EVENT_ID.SCALAR:
        return this.remember(ev.anchorStart, ev.anchorEnd, this.scalar(ev));
      case EVENT_ID.MAPPING:
        return this.mapping(ev.start, ev.anchorStart, ev.anchorEnd, ev.style === 2);
      case EVENT_ID.SEQUENCE:
        return this.sequence(ev.start, ev.anchorStart, ev.anchorEnd, ev.style === 2);
      case EVENT_ID.ALIAS: {
        this.aliasCount++;
        const name = this.text.slice(ev.anchorStart, ev.anchorEnd);
        const target = this.anchors.get(name);
        if (target) return target;
        this.findings.error('yaml-syntax', ev.anchorStart, `YAML alias *${name} names no anchor`);
        return nullScalar(ev.anchorStart);
      }
      default:
        throw new Error(`unexpected YAML event ${ev.type}`);
    }
  }

  private remember<T extends YNode>(anchorStart: number, anchorEnd: number, node: T): T {
    if (anchorStart >= 0) this.anchors.set(this.text.slice(anchorStart, anchorEnd), node);
    return node;
  }

  private scalar(ev: ScalarEvent): YScalar {
    const style = STYLES[ev.style] ?? 'plain';
    const decoded = getScalarValue(this.text, ev);
    const quoted = style === 'single' || style === 'double';
    const start = quoted ? ev.valueStart - 1 : ev.valueStart;
    const end = quoted ? ev.valueEnd + 1 : ev.valueEnd;
    if (end > start) this.ranges.push(start, end);
    let value = style === 'plain' ? resolvePlainScalar(decoded) : { kind: 'string' as const, value: decoded, text: decoded };
    if (ev.tagStart >= 0) {
      const tag = this.text.slice(ev.tagStart, ev.tagEnd);
      const tagged = resolveTaggedScalar(tag, decoded, style === 'plain');
      if (!tagged || !['!', '!!str', '!!null', '!!bool', '!!int', '!!float'].includes(tag)) {
        this.findings.warn('wrong-type', ev.tagStart, `YAML tag ${tag} is not supported here; the value is read as text`);
      }
      value = tagged ?? { kind: 'string', value: decoded, text: decoded };
    }
    return { kind: 'scalar', start, end, style, value };
  }

  private mapping(start: number, anchorStart: number, anchorEnd: number, flow: boolean): YMap {
    const map: YMap = { kind: 'map', start, end: start, entries: [] };
    this.remember(anchorStart, anchorEnd, map);
    const index = new Map<string, number>();
    while (this.events[this.i].type !== EVENT_ID.POP) {
      const keyNode = this.node();
      const value = this.node();
      map.end = Math.max(map.end, value.end, keyNode.end);
      if (keyNode.kind !== 'scalar') {
        this.findings.error('wrong-type', keyNode.start, 'a mapping key must be a plain value, not a list or a map');
        continue;
      }
      const key = keyNode.value.kind === 'string' ? keyNode.value.value : keyNode.value.text;
      const entry: YEntry = { key: keyNode, value };
      const seen = index.get(key);
      if (seen !== undefined) {
        this.findings.warn('duplicate-key', keyNode.start, `duplicate key '${key}': the last value is used`);
        map.entries[seen] = entry;
      } else {
        index.set(key, map.entries.length);
        map.entries.push(entry);
      }
    }
    this.i++;
    if (flow) map.end = closeFlow(this.text, map.end, '}');
    return map;
  }

  private sequence(start: number, anchorStart: number, anchorEnd: number, flow: boolean): YSeq {
    const seq: YSeq = { kind: 'seq', start, end: start, items: [] };
    this.remember(anchorStart, anchorEnd, seq);
    while (this.events[this.i].type !== EVENT_ID.POP) {
      const item = this.node();
      seq.end = Math.max(seq.end, item.end);
      seq.items.push(item);
    }
    this.i++;
    if (flow) seq.end = closeFlow(this.text, seq.end, ']');
    return seq;
  }
}

function nullScalar(at: number): YScalar {
  return { kind: 'scalar', start: at, end: at, style: 'plain', value: { kind: 'null', text: '' } };
}

/** A flow collection ends at its closing bracket, past any whitespace, commas and comments. */
function closeFlow(text: string, from: number, close: string): number {
  for (let p = from; p < text.length; p++) {
    const c = text[p];
    if (c === close) return p + 1;
    if (c === '#') p = text.indexOf('\n', p) === -1 ? text.length : text.indexOf('\n', p);
  }
  return from;
}

/** Size of the tree with every alias expanded, memoized per shared node: an alias bomb is cheap to measure. */
function expandedSize(root: YNode): number {
  const memo = new Map<YNode, number>();
  const size = (n: YNode): number => {
    const known = memo.get(n);
    if (known !== undefined) return known;
    let s = 1;
    if (n.kind === 'map') for (const e of n.entries) s += 1 + size(e.value);
    else if (n.kind === 'seq') for (const it of n.items) s += size(it);
    s = Math.min(s, Number.MAX_SAFE_INTEGER);
    memo.set(n, s);
    return s;
  };
  return size(root);
}

const MARKER_RE = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/**
 * Document extents from the `---`/`...` marker lines. js-yaml's document events carry no offsets; markers
 * at column 0 cannot occur inside a document's content, so the regions between them are the documents.
 */
function documentExtents(text: string, roots: (YNode | null)[]): { start: number; end: number }[] {
  if (roots.length <= 1) return [{ start: 0, end: text.length }];
  const regions: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(MARKER_RE)) {
    regions.push({ start, end: m.index });
    const eol = text.indexOf('\n', m.index);
    start = eol === -1 ? text.length : eol + 1;
  }
  regions.push({ start, end: text.length });
  // Keep the regions that hold a document's content, in order.
  return roots.map((root, k) => {
    if (root) {
      const r = regions.find((g) => g.start <= root.start && root.start < Math.max(g.end, g.start + 1));
      if (r) return r;
    }
    return regions[Math.min(k, regions.length - 1)];
  });
}
