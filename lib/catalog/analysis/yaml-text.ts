/** A search identifier's YAML as written, without comments, dedented: what a stage shows. */

/** True when `pos` lies inside one of the sorted [start, end) scalar ranges. */
function insideScalar(ranges: readonly number[], pos: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid * 2] > pos) hi = mid - 1;
    else if (ranges[mid * 2 + 1] <= pos) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The lines from `start`'s line to `end`'s line, comments removed (a `#` outside any scalar, after a blank). */
export function yamlWithoutComments(text: string, start: number, end: number, ranges: readonly number[]): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const eol = text.indexOf('\n', Math.max(end - 1, start));
  const to = eol === -1 ? text.length : eol;
  const indent = start - from;
  const lines: string[] = [];
  let lineStart = from;
  while (lineStart <= to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    let cut = lineEnd;
    for (let p = lineStart; p < lineEnd; p++) {
      if (text[p] === '#' && (p === lineStart || text[p - 1] === ' ' || text[p - 1] === '\t') && !insideScalar(ranges, p)) {
        cut = p;
        break;
      }
    }
    const line = text.slice(lineStart, cut).trimEnd();
    const commentOnly = cut < lineEnd && line.trim() === '';
    if (!commentOnly) lines.push(line.slice(0, indent).trim() === '' ? line.slice(indent) : line.trimStart());
    lineStart = lineEnd + 1;
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}
