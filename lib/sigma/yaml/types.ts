/** A YAML tree that keeps offsets, built from js-yaml's event stream. */

import type { SigmaValue } from '../types';

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface YScalar {
  kind: 'scalar';
  /** Extent in the file text, quotes included. */
  start: number;
  end: number;
  style: ScalarStyle;
  value: SigmaValue;
}

export interface YEntry {
  key: YScalar;
  value: YNode;
}

export interface YMap {
  kind: 'map';
  start: number;
  end: number;
  entries: YEntry[];
}

export interface YSeq {
  kind: 'seq';
  start: number;
  end: number;
  items: YNode[];
}

export type YNode = YScalar | YMap | YSeq;

export interface YDocument {
  root: YNode | null;
  /** The document's extent in the file text (between `---` markers). */
  start: number;
  end: number;
}

/** Ranges of scalars (quotes included) in the file, sorted: where a `#` is text, not a comment. */
export type ScalarRanges = Int32Array;
