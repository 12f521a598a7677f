/**
 * Plain scalars typed as PyYAML (YAML 1.1) types them, since pySigma reads rules with PyYAML:
 * `yes`/`off` are booleans, `0755` is octal, `00000429` stays a string, `1:20` is sexagesimal.
 * Timestamps stay strings: the catalog shows dates as written.
 */

import type { SigmaValue } from '../types';

const NULL_RE = /^(?:~|null|Null|NULL|)$/;
const TRUE_RE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE_RE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const INT_RE =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT_RE =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** First characters that can start a non-string plain scalar: most keys and values skip every regex. */
const TYPED_START = new Set('~+-.0123456789yYnNtTfFoO');

export function resolvePlainScalar(text: string): SigmaValue {
  if (text !== '' && !TYPED_START.has(text[0])) return { kind: 'string', value: text, text };
  if (NULL_RE.test(text)) return { kind: 'null', text };
  if (TRUE_RE.test(text)) return { kind: 'bool', value: true, text };
  if (FALSE_RE.test(text)) return { kind: 'bool', value: false, text };
  if (INT_RE.test(text)) return { kind: 'number', value: parseYaml11Int(text), text };
  if (FLOAT_RE.test(text)) return { kind: 'number', value: parseYaml11Float(text), text };
  return { kind: 'string', value: text, text };
}

function parseYaml11Int(text: string): number {
  let s = text.replace(/_/g, '');
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s.startsWith('0b')) return sign * parseInt(s.slice(2), 2);
  if (s.startsWith('0x')) return sign * parseInt(s.slice(2), 16);
  if (s.includes(':')) return sign * sexagesimal(s);
  if (s.length > 1 && s[0] === '0') return sign * parseInt(s, 8);
  return sign * parseInt(s, 10);
}

function parseYaml11Float(text: string): number {
  const s = text.replace(/_/g, '');
  const lower = s.toLowerCase();
  if (lower.endsWith('.inf')) return s.startsWith('-') ? -Infinity : Infinity;
  if (lower === '.nan') return NaN;
  if (s.includes(':')) {
    const sign = s.startsWith('-') ? -1 : 1;
    return sign * sexagesimal(s.replace(/^[-+]/, ''));
  }
  return parseFloat(s);
}

function sexagesimal(s: string): number {
  return s.split(':').reduce((acc, part) => acc * 60 + parseFloat(part), 0);
}

/** An explicit tag forces the type; unknown tags fall back to the plain reading. */
export function resolveTaggedScalar(tag: string, text: string, plain: boolean): SigmaValue | null {
  switch (tag) {
    case '!':
    case '!!str':
    case 'tag:yaml.org,2002:str':
      return { kind: 'string', value: text, text };
    case '!!null':
      return { kind: 'null', text };
    case '!!bool':
    case '!!int':
    case '!!float': {
      const v = resolvePlainScalar(text);
      return v.kind === 'string' ? null : v;
    }
    default:
      return plain ? resolvePlainScalar(text) : { kind: 'string', value: text, text };
  }
}
